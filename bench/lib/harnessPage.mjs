/**
 * What every headless-Chromium benchmark starts with: a production build of its harness page (React's
 * development mode would measure React's own checks) in a directory of its own, never the app's dist/; a
 * preview server for it; and Chromium. Used by bench/*.bench.mjs.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { build, preview } from 'vite';
import { findChromium } from '../../scripts/ensure-chromium.mjs';

/**
 * Builds `html` into a temporary directory named `name`, serves it on `port` and launches Chromium.
 * `resolve` is passed to Vite (e.g. aliases for React's profiling build). `close()` stops both.
 *
 * `profile: true` runs Chromium with a regular (persistent) profile in a fresh temporary folder, as a learner's
 * window does, and answers with its `context` too (open pages there): Playwright's usual contexts are private
 * ("off the record"), where Chromium keeps the origin private file system in memory behind a round trip to
 * the browser process for every write, and Blobs in memory only (bench/README.md, issue #14 item 7).
 */
export async function openHarness({ name, html, port, resolve, profile = false }) {
  const outDir = join(os.tmpdir(), name);
  await build({
    configFile: 'vite.config.ts',
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true, manifest: false, rollupOptions: { input: html } },
    ...(resolve ? { resolve } : {}),
  });
  const server = await preview({
    configFile: 'vite.config.ts',
    logLevel: 'warn',
    build: { outDir },
    preview: { host: '127.0.0.1', port, strictPort: true },
  });
  const options = {
    executablePath: findChromium()?.path,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
    ],
  };
  const profileDir = profile ? await mkdtemp(join(os.tmpdir(), `${name}-profile-`)) : undefined;
  const context = profileDir ? await chromium.launchPersistentContext(profileDir, options) : undefined;
  const browser = context ? context.browser() : await chromium.launch(options);
  return {
    browser,
    context,
    async close() {
      await (context ?? browser).close();
      await server.close();
      if (profileDir) await rm(profileDir, { recursive: true, force: true });
    },
  };
}

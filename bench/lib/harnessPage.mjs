/**
 * What every headless-Chromium benchmark starts with: a production build of its harness page (React's
 * development mode would measure React's own checks) in a directory of its own, never the app's dist/; a
 * preview server for it; and Chromium. Used by bench/*.bench.mjs.
 */
import os from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { build, preview } from 'vite';
import { findChromium } from '../../scripts/ensure-chromium.mjs';

/**
 * Builds `html` into a temporary directory named `name`, serves it on `port` and launches Chromium.
 * `resolve` is passed to Vite (e.g. aliases for React's profiling build). `close()` stops both.
 */
export async function openHarness({ name, html, port, resolve }) {
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
  const browser = await chromium.launch({
    executablePath: findChromium()?.path,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
    ],
  });
  return {
    browser,
    async close() {
      await browser.close();
      await server.close();
    },
  };
}

#!/usr/bin/env node
/**
 * Screenshots of the production build: docs/screenshot.png for the README (English, light), and every
 * language × theme in test-results/screenshots/ to look at before a change is called done.
 * Usage: npm run build && node scripts/screenshots.mjs
 */
import { mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { preview } from 'vite';
import { findChromium } from './ensure-chromium.mjs';

const outDir = 'test-results/screenshots';
mkdirSync(outDir, { recursive: true });
mkdirSync('docs', { recursive: true });

const server = await preview({ preview: { port: 0, host: '127.0.0.1' }, logLevel: 'warn' });
const url = server.resolvedUrls?.local[0];
if (!url) throw new Error('vite preview did not report a URL');

const browser = await chromium.launch({
  executablePath: findChromium()?.path,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
});

async function shoot({ lang, theme, file, fullPage = true, openWhatIf = true }) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1 });
  await page.addInitScript((prefs) => localStorage.setItem('kms-lab.preferences', JSON.stringify(prefs)), {
    lang,
    theme,
    motion: 'system',
  });
  await page.goto(url);
  await page.locator('main h1').waitFor();
  // Open one "what happens if" answer so the picture shows the table's interaction.
  if (openWhatIf) await page.locator('[data-testid="what-if-toggle"]').nth(6).click();
  // Let entrance animations settle (opacity fades run even with reduced motion).
  await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'));
  await page.waitForTimeout(400);
  await page.screenshot({ path: file, fullPage });
  await page.close();
  console.log(`screenshots: ${file}`);
}

try {
  await shoot({
    lang: 'en',
    theme: 'light',
    file: 'docs/screenshot.png',
    fullPage: false,
    openWhatIf: false,
  });
  for (const lang of ['ja', 'en']) {
    for (const theme of ['light', 'dark', 'projector']) {
      await shoot({
        lang,
        theme,
        file: `${outDir}/${lang}-${theme}.png`,
        fullPage: false,
        openWhatIf: false,
      });
      await shoot({ lang, theme, file: `${outDir}/${lang}-${theme}-full.png` });
    }
  }
} finally {
  await browser.close();
  await new Promise((resolve) => server.httpServer.close(resolve));
}

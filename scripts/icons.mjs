#!/usr/bin/env node
/**
 * Renders public/favicon.svg to the PNG icons the web app manifest names (public/icons/): browsers want PNGs
 * of 192 and 512 px to offer "Install", and a maskable one whose key sits inside the safe zone (the middle
 * 80 %: https://web.dev/articles/maskable-icon). Run after changing the favicon: `node scripts/icons.mjs`.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { findChromium } from './ensure-chromium.mjs';

const svg = readFileSync('public/favicon.svg', 'utf8');
const icons = [
  { file: 'icon-192.png', size: 192, padding: 0 },
  { file: 'icon-512.png', size: 512, padding: 0 },
  { file: 'icon-maskable-512.png', size: 512, padding: 0.12 },
];

mkdirSync('public/icons', { recursive: true });
const browser = await chromium.launch({ executablePath: findChromium()?.path, args: ['--no-sandbox'] });
const page = await browser.newPage();
for (const { file, size, padding } of icons) {
  await page.setViewportSize({ width: size, height: size });
  const inset = Math.round(size * padding);
  // A maskable icon fills its square: the favicon's dark tile colour behind a smaller key.
  await page.setContent(
    `<body style="margin:0;background:${padding ? '#16191f' : 'transparent'}">` +
      `<div style="position:absolute;inset:${inset}px">${svg.replace('<svg ', '<svg width="100%" height="100%" ')}</div></body>`,
  );
  await page.screenshot({ path: `public/icons/${file}`, omitBackground: !padding });
}
await browser.close();

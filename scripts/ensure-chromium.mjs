#!/usr/bin/env node
/**
 * Finds a Chromium for the browser tests, installing one when there is none, and says what it did.
 * Order: $PLAYWRIGHT_CHROMIUM_PATH, the system's Chromium, Playwright's own download.
 * With none: as root on Debian/Ubuntu `apt-get install -y chromium`, elsewhere `npx playwright install chromium`.
 * Browser tests never skip: if no Chromium can be had, this exits non-zero and `npm test` fails.
 * Japanese text needs a font that has it: without one, Chromium draws boxes of a fallback width and the layout
 * tests in Japanese (line breaks, overflow at 390 px, 24 px on a projector) measure something no learner sees.
 * So a Debian/Ubuntu machine without a Japanese font gets `fonts-noto-cjk` too (as root), or a warning.
 * playwright.config.ts imports findChromium() from here, so both agree on the browser.
 */
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';

const systemPaths = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome-stable'];

function playwrightChromium() {
  try {
    const { chromium } = createRequire(import.meta.url)('playwright-core');
    return chromium.executablePath();
  } catch {
    return undefined;
  }
}

/** @returns {{ path: string, source: string } | undefined} */
export function findChromium() {
  const fromEnv = process.env.PLAYWRIGHT_CHROMIUM_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`PLAYWRIGHT_CHROMIUM_PATH=${fromEnv} does not exist`);
    return { path: fromEnv, source: 'PLAYWRIGHT_CHROMIUM_PATH' };
  }
  const system = systemPaths.find((p) => existsSync(p));
  if (system) return { path: system, source: 'system' };
  const bundled = playwrightChromium();
  if (bundled && existsSync(bundled)) return { path: bundled, source: "Playwright's browser cache" };
  return undefined;
}

function run(command) {
  console.log(`ensure-chromium: running: ${command}`);
  execSync(command, { stdio: 'inherit' });
}

const isRoot = process.getuid?.() === 0;
const isDebian = existsSync('/etc/debian_version');

/** Whether fontconfig knows a font with Japanese glyphs (`fc-list :lang=ja`). */
function hasJapaneseFont() {
  try {
    return (
      execSync('fc-list :lang=ja family', {
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'ignore'],
      }).trim() !== ''
    );
  } catch {
    return false; // no fontconfig: Chromium on Linux has no fonts to find either
  }
}

function installJapaneseFont() {
  if (hasJapaneseFont()) return;
  if (isRoot && isDebian) {
    console.log('ensure-chromium: no Japanese font; installing fonts-noto-cjk (about 30 s).');
    run(
      'apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends fonts-noto-cjk',
    );
  } else {
    console.warn(
      'ensure-chromium: no Japanese font found (fc-list :lang=ja); Japanese layout tests may fail.',
    );
  }
}

function install() {
  if (isRoot && isDebian) {
    console.log('ensure-chromium: no Chromium found; installing the Debian/Ubuntu package (about 30 s).');
    run('apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y chromium fonts-noto-cjk');
  } else {
    console.log("ensure-chromium: no Chromium found; downloading Playwright's Chromium.");
    run('npx playwright install chromium');
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  let found = findChromium();
  if (!found) {
    install();
    found = findChromium();
  }
  if (!found) {
    console.error('ensure-chromium: still no Chromium. Set PLAYWRIGHT_CHROMIUM_PATH to a Chromium binary.');
    process.exit(1);
  }
  installJapaneseFont();
  console.log(`ensure-chromium: using ${found.path} (${found.source})`);
}

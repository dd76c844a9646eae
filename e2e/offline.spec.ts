import { readFileSync, writeFileSync } from 'node:fs';
import { expect, type Page, test } from '@playwright/test';
import { type Section, sections } from '../src/ui/sections';
import { gotoApp, type Lang, watchConsole } from './helpers/app';

/**
 * Issue #12 item 6: after the first visit KMS Lab works offline (a precached build, src/offline), and a new
 * build is offered with a reload prompt instead of being swapped in under the learner.
 */
test.use({ serviceWorkers: 'allow' });
// The update test rewrites dist/sw.js, which the other test's worker would then install: one at a time.
test.describe.configure({ mode: 'serial' });

const readyText: Record<Lang, RegExp> = {
  en: /now opens and works without a network/,
  ja: /ネットワークなしでも開いて使えます/,
};

/** Opens the app and waits until its service worker controls the page and says the app works offline. */
async function installOffline(page: Page, lang: Lang) {
  await gotoApp(page, { lang });
  await expect(page.getByRole('status').filter({ hasText: readyText[lang] })).toBeVisible({
    timeout: 20_000,
  });
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
}

/**
 * The section's heading, and for a section that shows a scenario the player: its lazy chunks, the scenario
 * replay and the worker all came from the offline copy.
 */
async function sectionShown(page: Page, section: Section) {
  await expect(page.locator('main h1')).toBeVisible();
  if (section.showsScenario) {
    await expect(page.getByRole('region', { name: /Scenario player|シナリオプレーヤー/ })).toBeVisible();
  }
}

// Every section between the two languages (alternate ones in each), so each language's offline copy is tried
// and every section reloads offline once: the reloads take half the time of every section in both.
for (const [lang, half] of [
  ['en', 0],
  ['ja', 1],
] as const) {
  test(`every section reloads offline after the first visit (${lang}: every other section)`, async ({
    page,
    context,
  }) => {
    // Full reloads, each replaying its scenario on a busy 2-core machine.
    test.setTimeout(180_000);
    const console = watchConsole(page);
    await installOffline(page, lang);
    await context.setOffline(true);
    for (const section of sections.filter((_, i) => i % 2 === half)) {
      await page.goto(`/#view=${section.id}`);
      await sectionShown(page, section);
      await page.reload();
      await sectionShown(page, section);
      await expect(page.getByRole('alert')).toHaveCount(0);
    }
    // Offline, everything came from the cache. The one exception is the tab's icon: Chromium fetches favicons
    // itself, outside any service worker, so offline it fails whatever the page does (the page has it cached
    // and the tab keeps the icon it had).
    expect(console.errors.filter((e) => !/^request failed: \S*\/favicon\.svg /.test(e))).toEqual([]);
  });
}

test('a new build is offered with a reload prompt, and reloading runs it', async ({ page }) => {
  await installOffline(page, 'en');
  const ready = page.getByRole('status').filter({ hasText: readyText.en });
  // Never over the picture a room is watching: presenting hides the notice until it stops.
  await page.goto('/#view=envelope&present=1');
  await expect(page.getByRole('toolbar', { name: 'Presentation' })).toBeVisible();
  await expect(ready).toHaveCount(0);
  await page.keyboard.press('Escape');
  await expect(page.getByRole('banner')).toBeVisible();
  await ready.getByRole('button', { name: 'OK' }).click();
  await expect(ready).toHaveCount(0);
  const file = 'dist/sw.js';
  const original = readFileSync(file, 'utf8');
  try {
    // What a new deployment looks like to the browser: different bytes at the same service worker URL.
    writeFileSync(file, `${original}\n// a newer build\n`);
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
    const prompt = page.getByRole('status').filter({ hasText: 'A new version of KMS Lab is ready' });
    await expect(prompt).toBeVisible({ timeout: 20_000 });
    const scenarioBefore = await page.evaluate(() => location.hash);
    await Promise.all([
      page.waitForEvent('load'),
      prompt.getByRole('button', { name: 'Reload now' }).click(),
    ]);
    await expect(page.locator('main h1')).toBeVisible();
    expect(await page.evaluate(() => location.hash)).toBe(scenarioBefore);
    const running = await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.getRegistration();
      return { waiting: registration?.waiting !== null, active: registration?.active?.state };
    });
    expect(running).toEqual({ waiting: false, active: 'activated' });
    await expect(prompt).toHaveCount(0);
  } finally {
    writeFileSync(file, original);
  }
});

// Hostile share links (issue #13): they are refused with a message where the learner is, and never block the
// page for long while being read.
import { readFileSync } from 'node:fs';
import { deflateRawSync } from 'node:zlib';
import { expect, type Page, test } from '@playwright/test';
import { gotoApp } from './helpers/app';

test.describe.configure({ timeout: 90_000 });

/** The first notice waits for the app, a lazy chunk and the catalogues: slow on a shared, loaded machine. */
const LOAD_TIMEOUT = 20_000;

const link = (json: string) =>
  `v=1&s=${deflateRawSync(Buffer.from(json), { level: 9 }).toString('base64url')}&step=1`;

/** The longest main-thread task (Long Tasks API) from now until the returned function is called. */
/**
 * Starts a heartbeat (a chain of zero-delay timers) that counts how many times the page got control back until
 * an alert appears, and watches the longest main-thread task (Long Tasks API). A link read in one blocking
 * task lets no heartbeat through; a read split into short tasks lets many.
 */
async function watchResponsiveness(
  page: Page,
): Promise<() => Promise<{ beats: number; longestTask: number }>> {
  await page.evaluate(() => {
    const w = window as unknown as { beats: number; longestTask: number };
    w.beats = 0;
    w.longestTask = 0;
    const observer = new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) w.longestTask = Math.max(w.longestTask, entry.duration);
    });
    observer.observe({ type: 'longtask' });
    const beat = () => {
      if (document.querySelector('main [role="alert"]')) {
        setTimeout(() => observer.disconnect(), 100);
        return;
      }
      w.beats++;
      setTimeout(beat, 0);
    };
    setTimeout(beat, 0);
  });
  return async () => {
    await page.waitForTimeout(200);
    return page.evaluate(() => {
      const { beats, longestTask } = window as unknown as { beats: number; longestTask: number };
      return { beats, longestTask };
    });
  };
}

test('a deflate bomb and a million nested arrays are read in short tasks, then refused (item 18)', async ({
  page,
}, testInfo) => {
  await gotoApp(page, { view: 'envelope', lang: 'en' });
  const cases = [
    // 64 MiB of spaces: about 87,000 characters of link; inflated in one go it blocked the page for 2.1 s.
    {
      name: 'deflate bomb',
      fragment: link(' '.repeat(64 * 1024 * 1024)),
      message: 'This link is too large to open safely.',
    },
    // 2.6 KB of link; JSON.parse alone blocked the page for over a second on it.
    {
      name: 'nested arrays',
      fragment: link(`${'['.repeat(1_000_000)}${']'.repeat(1_000_000)}`),
      message: 'This link is damaged',
    },
  ];
  for (const { name, fragment, message } of cases) {
    const watched = await watchResponsiveness(page);
    await page.evaluate((hash) => {
      window.location.hash = `view=envelope&${hash}`;
    }, fragment);
    const alert = page.getByRole('alert').filter({ hasText: message });
    await expect(alert).toBeVisible({ timeout: LOAD_TIMEOUT });
    const { beats, longestTask } = await watched();
    // Wall-clock limits are not asserted (the machine is shared); the longest task is recorded for people.
    testInfo.annotations.push({
      type: 'longest task',
      description: `${name}: ${Math.round(longestTask)} ms`,
    });
    expect(beats, `${name}: times the page got control back while reading the link`).toBeGreaterThanOrEqual(
      3,
    );
    await alert.getByRole('button').click();
  }
});

const damagedLinkCases = [
  { lang: 'en', view: 'view=keytypes&', heading: 'Key types', message: 'This link is damaged' },
  { lang: 'en', view: 'view=notes&', heading: 'Study notes', message: 'This link is damaged' },
  // No `view`: the first section.
  { lang: 'en', view: '', heading: 'Key types', message: 'This link is damaged' },
  { lang: 'ja', view: 'view=notes&', heading: '学習ノート', message: 'このリンクは壊れています' },
] as const;

for (const { lang, view, heading, message } of damagedLinkCases) {
  test(`a bad link on ${heading} (${lang}${view ? '' : ', no view'}) is reported there, without the player (item 15)`, async ({
    page,
  }) => {
    await page.addInitScript((l) => {
      localStorage.setItem('kms-lab.preferences', JSON.stringify({ lang: l }));
    }, lang);
    await page.goto(`/#${view}v=1&s=not-deflate&step=1`);
    await expect(page).toHaveTitle(new RegExp(heading));
    // Said where the learner is: in this section's main area, with no player on the page.
    const alert = page.locator('main').getByRole('alert').filter({ hasText: message });
    await expect(alert).toBeVisible({ timeout: LOAD_TIMEOUT });
    await expect(page.getByRole('region', { name: /Scenario player|シナリオプレーヤー/ })).toHaveCount(0);
    await alert.getByRole('button').click();
    await expect(alert).toBeHidden();
  });
}

const SAVE_KEY = 'kms-lab/scenario';
const player = (page: Page) => page.getByRole('region', { name: /Scenario player|シナリオプレーヤー/ });

/** Opens the envelope section in a browser whose saved scenario is `saved` (written before the page loads). */
async function openWithSave(page: Page, saved: string, lang: 'en' | 'ja' = 'en') {
  await page.addInitScript(
    ([key, value, l]) => {
      if (sessionStorage.getItem('seeded')) return;
      sessionStorage.setItem('seeded', '1');
      localStorage.setItem(key, value);
      localStorage.setItem('kms-lab.preferences', JSON.stringify({ lang: l }));
    },
    [SAVE_KEY, saved, lang] as const,
  );
  await page.goto('/#view=envelope');
  await expect(player(page)).toBeVisible({ timeout: LOAD_TIMEOUT });
}

test('damaged saved work is kept aside, downloadable, and the learner is told (item 19)', async ({
  page,
}) => {
  const damaged = '{"format":"kms-lab/scenario","version":1,"seed":"cut off';
  await openWithSave(page, damaged);
  const alert = player(page).getByRole('alert').filter({ hasText: 'Your saved work could not be read' });
  await expect(alert).toBeVisible({ timeout: LOAD_TIMEOUT });
  const download = page.waitForEvent('download');
  await alert.getByRole('button', { name: 'Download the saved work' }).click();
  const file = await download;
  expect(readFileSync(await file.path(), 'utf8')).toBe(damaged);
  // Kept aside in storage too, before the new work is autosaved over the old key.
  await expect
    .poll(() => page.evaluate((key) => localStorage.getItem(`${key}.unreadable`), SAVE_KEY))
    .toBe(damaged);
  await expect.poll(() => page.evaluate((key) => localStorage.getItem(key), SAVE_KEY)).not.toBe(damaged);
});

test('a newer version’s save is never overwritten, and the learner is told in Japanese (item 19)', async ({
  page,
}) => {
  const newer = JSON.stringify({
    format: 'kms-lab/scenario',
    version: 99,
    seed: 'from-the-future',
    steps: [],
  });
  await openWithSave(page, newer, 'ja');
  const alert = player(page).getByRole('alert').filter({ hasText: '新しいバージョンの KMS Lab' });
  await expect(alert).toBeVisible({ timeout: LOAD_TIMEOUT });
  await expect(alert.getByRole('button', { name: 'ファイルに保存' })).toBeVisible();
  // The player moves (a change the autosave would write) and time passes beyond the autosave delay.
  await player(page).getByRole('button', { name: '最初のステップ (Home)' }).click();
  await page.waitForTimeout(1000);
  expect(await page.evaluate((key) => localStorage.getItem(key), SAVE_KEY)).toBe(newer);
});

test('when storage refuses to save, the learner is told once and offered the file (item 19)', async ({
  page,
}) => {
  await page.addInitScript((key) => {
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function (this: Storage, name: string, value: string) {
      if (name === key) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      setItem.call(this, name, value);
    };
    localStorage.setItem('kms-lab.preferences', JSON.stringify({ lang: 'en' }));
  }, SAVE_KEY);
  await page.goto('/#view=envelope');
  const alert = player(page).getByRole('alert').filter({ hasText: 'storage is full' });
  await expect(alert).toBeVisible({ timeout: LOAD_TIMEOUT });
  await expect(alert).toHaveCount(1);
  const download = page.waitForEvent('download');
  await alert.getByRole('button', { name: 'Save as file' }).click();
  expect((await download).suggestedFilename()).toMatch(/\.kmslab\.json$/);
});

// Hostile share links (issue #13): they are refused with a message where the learner is, and never block the
// page for long while being read.
import { deflateRawSync } from 'node:zlib';
import { expect, type Page, test } from '@playwright/test';
import { gotoApp } from './helpers/app';

test.describe.configure({ timeout: 90_000 });

const link = (json: string) =>
  `v=1&s=${deflateRawSync(Buffer.from(json), { level: 9 }).toString('base64url')}&step=1`;

/** The longest main-thread task (Long Tasks API) from now until the returned function is called. */
async function watchLongTasks(page: Page): Promise<() => Promise<number>> {
  await page.evaluate(() => {
    const w = window as unknown as { longestTask: number };
    w.longestTask = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) w.longestTask = Math.max(w.longestTask, entry.duration);
    }).observe({ type: 'longtask' });
  });
  return async () => {
    // Long-task entries are delivered after the task; give the observer a frame to report.
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 50))));
    return page.evaluate(() => (window as unknown as { longestTask: number }).longestTask);
  };
}

test('a deflate bomb and a million nested arrays are refused without blocking the page for 200 ms (item 18)', async ({
  page,
}) => {
  await gotoApp(page, { view: 'envelope', lang: 'en' });
  const cases = [
    // 64 MiB of spaces: about 87,000 characters of link.
    { fragment: link(' '.repeat(64 * 1024 * 1024)), message: 'This link is too large to open safely.' },
    // 2.6 KB of link; JSON.parse alone took over a second on it.
    { fragment: link(`${'['.repeat(1_000_000)}${']'.repeat(1_000_000)}`), message: 'This link is damaged' },
  ];
  for (const { fragment, message } of cases) {
    const longest = await watchLongTasks(page);
    await page.evaluate((hash) => {
      window.location.hash = `view=envelope&${hash}`;
    }, fragment);
    await expect(page.getByRole('alert').filter({ hasText: message })).toBeVisible();
    expect(await longest()).toBeLessThan(200);
    await page.getByRole('alert').filter({ hasText: message }).getByRole('button').click();
  }
});

import { expect, test } from '@playwright/test';
import { gotoApp } from './helpers/app';

/** What the page says (issue #13, item 11): spaces kept, no literal backticks, a count's word agrees with it. */

test('“Call Encrypt” keeps its space inside the studio’s flex button', async ({ page }) => {
  await gotoApp(page, { lang: 'en', motion: 'reduce', view: 'envelope' });
  const nav = page.getByRole('navigation', { name: /Studio/ });
  await nav.getByRole('button', { name: 'Why envelope?' }).click();
  const button = page.getByRole('button', { name: 'Call Encrypt' });
  const gap = await button.evaluate((el) => {
    const code = el.querySelector('code');
    const before = code?.previousSibling;
    if (!code || !before) return -1;
    // The word alone, without its trailing space: the space is the distance to the <code>.
    const range = document.createRange();
    range.setStart(before, 0);
    range.setEnd(before, (before.textContent ?? '').trimEnd().length);
    return code.getBoundingClientRect().left - range.getBoundingClientRect().right;
  });
  // The word space of the button's font (the <code> has its own padding besides).
  expect(gap).toBeGreaterThan(2);
});

test('policy texts show identifiers as code, never literal backticks', async ({ page }) => {
  await gotoApp(page, { lang: 'en', motion: 'reduce', view: 'policy' });
  await page.getByRole('tab', { name: 'IAM policies' }).click();
  const lead = page.getByText(/IAM policies live in the caller’s account/);
  await expect(lead).toBeVisible();
  await expect(lead).not.toContainText('`');
  await expect(lead.locator('code', { hasText: 'Principal' })).toBeVisible();
});

test('a count of one takes the singular: “1 frame”, not “1 frames”', async ({ page }) => {
  await gotoApp(page, { lang: 'en', motion: 'reduce', view: 'envelope' });
  const studio = page.getByTestId('studio');
  await expect(studio).toContainText(/\b1 frame\b/);
  await expect(studio).not.toContainText(/\b1 frames\b/);
});

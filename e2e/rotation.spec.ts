import { expect, type Page, test } from '@playwright/test';
import { scenarioLinkParams } from '../src/scenario/codec';
import { createScenario } from '../src/scenario/schema';
import { axeCheck, gotoApp, type Lang, type Theme, watchConsole } from './helpers/app';
import { untranslatedInEnglish, untranslatedInJapanese, visibleProse } from './helpers/language';

// Each flow replays a real scenario with real AES-GCM step by step: generous on a shared 2-core machine.
test.describe.configure({ timeout: 90_000 });

/** Opens `view` on a new, empty scenario (a link with no steps), so each test starts from nothing. */
async function openEmpty(page: Page, view: string, options: { lang?: Lang; theme?: Theme } = {}) {
  const { v, s, step } = await scenarioLinkParams(createScenario('rotation-e2e'), 0);
  await gotoApp(page, {
    lang: options.lang ?? 'en',
    ...(options.theme ? { theme: options.theme } : {}),
    view: `${view}&${new URLSearchParams({ v, s, step })}`,
  });
}

const outcome = (page: Page) => page.getByRole('region', { name: 'What KMS answered' });

async function call(page: Page, name: string) {
  await page.getByRole('button', { name, exact: true }).click();
}

async function advanceDays(page: Page, days: number) {
  await page.getByLabel('Amount').fill(String(days));
  await page.getByLabel('Unit').selectOption('days');
  await page.getByRole('button', { name: 'Advance the clock' }).click();
}

test('rotate three times, then decrypt the first ciphertext with its old version', async ({ page }) => {
  const console = watchConsole(page);
  await openEmpty(page, 'rotation');
  await page.getByRole('button', { name: 'Create a key for this lesson' }).click();
  await expect(outcome(page)).toContainText('CreateKey succeeded');

  await page.getByLabel('Plaintext').fill('first secret');
  await call(page, 'Encrypt');
  await expect(outcome(page)).toContainText('Encrypt succeeded');

  await page.getByLabel('Period (90–2560 days)').fill('90');
  await call(page, 'EnableKeyRotation');
  await expect(page.getByText('On: every 90 days, next on Apr 1, 2026.')).toBeVisible();

  // 200 days: KMS rotates automatically on day 90 (Apr 1) and day 180 (Jun 30), at those dates.
  await advanceDays(page, 200);
  await expect(page.getByRole('heading', { name: /Timeline \(now: Jul 20, 2026/ })).toBeVisible();
  await expect(
    page.getByRole('button', { name: /^Version v1 \(automatic rotation\), created Apr 1, 2026/ }),
  ).toBeVisible();
  await expect(
    page.getByRole('button', { name: /^Version v2 \(automatic rotation\), created Jun 30, 2026/ }),
  ).toBeVisible();

  // The third rotation, on demand.
  await call(page, 'RotateKeyOnDemand');
  await expect(page.getByText('1 of 25 on-demand rotations used')).toBeVisible();
  await expect(page.getByRole('button', { name: /^Version v3 \(on-demand rotation\)/ })).toBeVisible();

  // Decrypt the first ciphertext (step s2): KMS uses the original backing key, v0.
  await page.getByRole('button', { name: 'Decrypt s2' }).click();
  await expect(outcome(page)).toContainText('Decrypt succeeded');
  await expect(page.getByRole('status').filter({ hasText: 'used version v0' })).toContainText(
    'of a key rotated 3 times',
  );
  await expect(page.getByRole('button', { name: /^Version v0 \(original key material\)/ })).toHaveClass(
    /is-used/,
  );
  await expect(page.getByRole('row', { name: /s2 Encrypt/ })).toContainText('decrypted with v0');

  // Focusing a version shows its KeyMaterialId (64 hex digits).
  await page.getByRole('button', { name: /^Version v3/ }).focus();
  await expect(page.getByTestId('tl-status')).toHaveText(/KeyMaterialId [0-9a-f]{64}$/);
  console.expectNone();
});

test('the clock handle moves only forward, by keyboard', async ({ page }) => {
  await openEmpty(page, 'rotation');
  await page.getByRole('button', { name: 'Create a key for this lesson' }).click();
  const handle = page.getByRole('slider', { name: 'Simulated clock' });
  await handle.focus();
  await page.keyboard.press('ArrowLeft');
  await expect(page.getByText('The clock only moves forward: a scenario cannot undo time.')).toBeVisible();
  await page.keyboard.press('PageUp');
  await page.keyboard.press('ArrowRight');
  await expect(handle).toHaveAttribute('aria-valuetext', 'Feb 2, 2026 (+32 days)');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: /Timeline \(now: Feb 2, 2026/ })).toBeVisible();
});

test('schedule deletion, cancel (Disabled), schedule again and let the window pass: shredded for good', async ({
  page,
}) => {
  await openEmpty(page, 'rotation');
  await page.getByRole('button', { name: 'Create a key for this lesson' }).click();
  await call(page, 'Encrypt');
  await page.getByLabel('Waiting period (days)').fill('7');
  await call(page, 'ScheduleKeyDeletion');
  await expect(page.getByText('State: PendingDeletion')).toBeVisible();
  await call(page, 'CancelKeyDeletion');
  // Cancelling leaves the key Disabled, not Enabled (reference §2).
  await expect(page.getByText('State: Disabled')).toBeVisible();

  await call(page, 'ScheduleKeyDeletion');
  await advanceDays(page, 8);
  const alert = page.getByRole('alert').filter({ hasText: 'was deleted on Jan 8, 2026' });
  await expect(alert).toContainText('Ciphertexts made under it: 1. None of them can ever be decrypted again');

  await page.getByRole('button', { name: 'Decrypt s2' }).click();
  await expect(outcome(page)).toContainText('KMS refused Decrypt');
  await expect(outcome(page)).toContainText('AccessDeniedException');
  await expect(page.getByRole('row', { name: /s2 Encrypt/ })).toContainText('key deleted');
  await expect(page.getByRole('row', { name: /s2 Encrypt/ })).toContainText('AccessDeniedException');

  // The state machine shows the path taken, cancel and deletion included.
  await expect(page).toHaveURL(/[&#]step=7(&|$)/);
  await page.getByRole('navigation').getByRole('link', { name: 'Keys', exact: true }).click();
  const diagram = page.getByRole('img', { name: 'Key state machine' });
  await expect(diagram).toHaveAccessibleDescription(/PendingDeletion → Disabled \(CancelKeyDeletion ×1\)/);
  await expect(diagram).toHaveAccessibleDescription(/PendingDeletion → Deleted \(clock\.advance ×1\)/);
});

test('the bill of a known scenario', async ({ page }) => {
  await openEmpty(page, 'rotation');
  await page.getByRole('button', { name: 'Create a key for this lesson' }).click();
  await page.getByLabel('Period (90–2560 days)').fill('90');
  await call(page, 'EnableKeyRotation');
  await call(page, 'Encrypt');
  await advanceDays(page, 100);
  // The URL carries the scenario once the player has written it; a section opened before that would reopen
  // the link's older scenario.
  await expect(page).toHaveURL(/[&#]step=4(&|$)/);
  await page.getByRole('navigation').getByRole('link', { name: 'Cost' }).click();
  // Key created 2026-01-01T00:00Z; clock moved 100 days to 2026-04-11T00:00Z.
  // Key fees: January, February, March = 3 × $1; April 1–10 = 240 of 720 hours = $0.333333 → $3.33.
  // Rotation surcharge: the first rotation on day 90 (2026-04-01): $1 × 240/720 h = $0.333333 → $0.33.
  // Requests: CreateKey, EnableKeyRotation, Encrypt = 3, inside the 20,000 free: $0.00. Total $3.666666 → $3.67.
  const totals = page.getByRole('table', { name: 'Bill totals' });
  await expect(totals.getByRole('row', { name: /^Key fees/ })).toContainText('$3.33');
  await expect(totals.getByRole('row', { name: /^Rotation surcharges/ })).toContainText('$0.33');
  await expect(totals.getByRole('row', { name: /^Request charges/ })).toContainText('$0.00');
  await expect(totals.getByRole('row', { name: /^Request charges/ })).toContainText(
    '3 requests: 3 in the free tier, 0 charged',
  );
  await expect(page.getByTestId('cost-total')).toHaveText('$3.67');
  const compare = page.getByRole('table', { name: 'The same usage with other kinds of key' });
  await expect(compare.getByRole('row', { name: /^AWS managed key/ })).toContainText('$0.00');
  await page.getByText('Show the numbers by month').click();
  await expect(
    page.getByRole('table', { name: 'Cost by month' }).getByRole('row', { name: /^2026-04/ }),
  ).toContainText('$3.67');
});

for (const view of ['rotation', 'cost'] as const) {
  for (const theme of ['light', 'projector'] as const) {
    test(`${view}: axe finds no serious violations (${theme}), and every string is translated`, async ({
      page,
    }) => {
      const console = watchConsole(page);
      await openEmpty(page, view, { theme });
      if (view === 'rotation') {
        await page.getByRole('button', { name: 'Create a key for this lesson' }).click();
        await call(page, 'Encrypt');
      }
      await axeCheck(page, `${view}/${theme}`);
      expect(untranslatedInEnglish(await visibleProse(page))).toEqual([]);
      await page.getByRole('radio', { name: '日本語' }).check();
      await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
      // The player's caption is the player's own (checked by its tests); everything else here is this section's.
      const caption = (await page.getByTestId('player-caption').textContent())?.trim() ?? '';
      const japanese = (await visibleProse(page)).filter((text) => !caption.includes(text));
      expect(untranslatedInJapanese(japanese)).toEqual([]);
      await axeCheck(page, `${view}/${theme}/ja`);
      console.expectNone();
    });
  }
}

import { expect, type Page, test } from '@playwright/test';
import { createScenario } from '../src/scenario/schema';
import type { Step } from '../src/scenario/steps/index';
import { templateScenario } from '../src/scenario/templates';
import { axeCheck, type Lang, openScenario, type Theme, watchConsole } from './helpers/app';
import { untranslatedInEnglish, untranslatedInJapanese, visibleProse } from './helpers/language';

test.describe.configure({ timeout: 90_000 });

const player = (page: Page) => page.getByRole('region', { name: 'Scenario player' });
const transport = [
  'First step (Home)',
  'Previous step (←)',
  'Play (Space)',
  'Next step (→)',
  'Last step (End)',
];

test('the transport buttons are drawn icons with names, and the file buttons are full-size on a projector', async ({
  page,
}) => {
  const console = watchConsole(page);
  await openScenario(page, templateScenario('why-envelope'), {
    view: 'keys',
    step: 1,
    lang: 'en',
    theme: 'projector',
  });
  for (const name of transport) {
    const button = player(page).getByRole('button', { name, exact: true });
    await expect(button).toBeVisible();
    // An SVG, not a Unicode symbol that shows as an empty box without a symbol font.
    await expect(button.locator('svg')).toHaveCount(1);
    await expect(button).toHaveText('');
  }
  for (const name of ['Copy link', 'Save as file', 'Open a scenario file']) {
    const box = await player(page).getByRole('button', { name, exact: true }).boundingBox();
    expect(box?.height, name).toBeGreaterThanOrEqual(44);
    expect(box?.width, name).toBeGreaterThanOrEqual(44);
  }
  const tooSmall = await page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('.player *')]
      .filter((el) => [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent?.trim()))
      .filter((el) => el.checkVisibility() && Number.parseFloat(getComputedStyle(el).fontSize) < 24)
      .map((el) => el.className),
  );
  expect(tooSmall).toEqual([]);
  await player(page).getByRole('button', { name: 'Next step (→)' }).click();
  await expect(player(page).getByText('Step 2 of')).toBeVisible();
  console.expectNone();
});

test('a failed call is marked by a sign, names the AWS exception and offers the CLI command', async ({
  page,
}) => {
  await openScenario(page, templateScenario('why-envelope'), { view: 'keys', step: 3, lang: 'en' });
  const caption = player(page).locator('.player__caption');
  await expect(caption).toContainText('Encrypt failed');
  await expect(caption.locator('code', { hasText: 'ValidationException' })).toBeVisible();
  // The AWS message is the service's own English, marked as machine output in English.
  await expect(caption.locator('samp[lang="en"]')).toContainText('4096');
  await expect(caption.locator('.player__failed-mark svg')).toBeVisible();
  const slider = player(page).getByRole('slider', { name: 'Step' });
  await expect(slider).toHaveAttribute('aria-valuetext', /\(failed\)$/);
  await expect(player(page).locator('.player__marker-failed')).toHaveCount(1);

  await player(page).getByText('This step as an AWS CLI command').click();
  await expect(player(page).locator('.cli-equivalent')).toContainText('aws kms encrypt');

  // Moving on: the next step did not fail; the failed one keeps its sign on the scrubber.
  await page.keyboard.press('ArrowRight');
  await expect(slider).toHaveAttribute('aria-valuetext', /^Step 4 of \d+$/);
  await expect(caption.locator('.player__failed-mark')).toHaveCount(0);
  await expect(player(page).locator('.player__marker-failed')).toHaveCount(1);
});

test('the player reports the share link length, and suggests the file for a long link', async ({
  page,
  browser,
}) => {
  await openScenario(page, templateScenario('envelope-basics'), { view: 'keys', step: 0, lang: 'en' });
  const length = player(page).locator('.player__link-length');
  await expect(length).toHaveText(/^The share link is [\d,]+ characters long\.$/);
  // The URL is written after a short debounce: compare once both have settled.
  await expect
    .poll(async () => {
      const shown = Number(((await length.textContent()) ?? '').replace(/\D/g, ''));
      return shown === (await page.evaluate(() => window.location.href.length));
    })
    .toBe(true);

  // Notes that do not compress (each a different run of digits) make a link longer than 2,000 characters.
  const notes: Step[] = Array.from({ length: 40 }, (_, i) => ({
    id: `n${i}`,
    kind: 'note',
    text: Array.from({ length: 12 }, (_, j) => ((i + 7) * 7919 * (j + 3)) % 104729).join(' '),
  }));
  // Opened in a fresh browser: in the same page the app would first ask before replacing the open work.
  const fresh = await browser.newPage();
  await openScenario(fresh, createScenario('long-notes', {}, notes), { view: 'keys', step: 0, lang: 'en' });
  await expect(player(fresh).locator('.player__link-length')).toContainText('use “Save as file”');
  expect(await fresh.evaluate(() => window.location.href.length)).toBeGreaterThan(2000);
  await fresh.close();
});

for (const [lang, theme] of [
  ['en', 'light'],
  ['ja', 'light'],
  ['en', 'projector'],
  ['ja', 'projector'],
] as [Lang, Theme][]) {
  test(`every caption of a scenario reads in ${lang} only, and the player passes axe (${theme})`, async ({
    page,
  }) => {
    const console = watchConsole(page);
    const scenario = templateScenario('why-envelope');
    await openScenario(page, scenario, { view: 'keys', step: 0, lang, theme });
    const slider = page.locator('.player input[type="range"]');
    for (let step = 1; step <= scenario.steps.length; step++) {
      await slider.focus();
      await page.keyboard.press('ArrowRight');
      await expect(slider).toHaveValue(String(step));
      await expect(page.locator('.player__caption')).not.toHaveText(/Replaying|再生中/);
      const prose = await visibleProse(page, '.player');
      expect(
        lang === 'ja' ? untranslatedInJapanese(prose) : untranslatedInEnglish(prose),
        `step ${step}`,
      ).toEqual([]);
    }
    await axeCheck(page, `player ${lang} ${theme}`, '.player');
    // The failed step, with its command unfolded, for a look at the whole player.
    await slider.focus();
    await page.keyboard.press('Home');
    for (let step = 1; step <= 3; step++) await page.keyboard.press('ArrowRight');
    await expect(page.locator('.player__failed-mark')).toBeVisible();
    await page.locator('.player__detail summary').click();
    await page.locator('.player').screenshot({ path: `test-results/player/player-${lang}-${theme}.png` });
    console.expectNone();
  });
}

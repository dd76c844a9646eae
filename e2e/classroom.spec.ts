import { expect, type Page, test } from '@playwright/test';
import jsQR from 'jsqr';
import { lesson } from '../src/scenario/lessons/lessons';
import { templateScenario } from '../src/scenario/templates';
import { axeCheck, gotoApp, type Lang, openScenario, watchConsole } from './helpers/app';

/**
 * Issue #12 items 1, 4 and 5: presenting on a projector (keys, blank, full screen, a presenter window that stays on
 * the same step both ways), sharing for a room (the link and its QR code, visible from the player), and a
 * lesson's printed handout.
 */
test.describe.configure({ timeout: 90_000 });

const text = {
  en: {
    player: 'Scenario player',
    share: 'Share',
    dialog: 'Share this step',
    copy: 'Copy link',
    copied: /Link copied: \d+ characters/,
    present: 'Present',
    presenterWindow: 'Presenter window',
    leave: 'Stop presenting (Esc)',
    position: (step: number, total: number) => `Step ${step} of ${total}`,
    presenter: 'Presenter view',
  },
  ja: {
    player: 'シナリオプレーヤー',
    share: '共有',
    dialog: 'このステップを共有',
    copy: 'リンクをコピー',
    copied: /リンクをコピーしました: \d+ 文字/,
    present: 'プレゼンテーション',
    presenterWindow: '発表者用ウィンドウ',
    leave: 'プレゼンテーションを終了 (Esc)',
    position: (step: number, total: number) => `ステップ ${step} / ${total}`,
    presenter: '発表者ビュー',
  },
} as const;

const player = (page: Page, lang: Lang) => page.getByRole('region', { name: text[lang].player });
const scenario = templateScenario('envelope-basics', 'ja');
const total = scenario.steps.length;

/** The player's position text, e.g. "Step 3 of 7". */
async function expectStep(page: Page, lang: Lang, step: number) {
  await expect(player(page, lang).getByText(text[lang].position(step, total), { exact: true })).toBeVisible();
}

/** Reads the QR code the way a phone camera would: its pixels, decoded by jsQR. */
async function decodeQr(page: Page, name: RegExp): Promise<string | undefined> {
  const svg = page.getByRole('img', { name });
  const { data, width, height } = await svg.evaluate(async (element) => {
    const source = new XMLSerializer().serializeToString(element);
    const url = URL.createObjectURL(new Blob([source], { type: 'image/svg+xml' }));
    const image = new Image();
    image.src = url;
    await image.decode();
    const side = 4 * Number(element.getAttribute('viewBox')?.split(' ')[2]);
    const canvas = document.createElement('canvas');
    canvas.width = side;
    canvas.height = side;
    const context = canvas.getContext('2d');
    if (!context) throw new Error('no 2d context');
    context.imageSmoothingEnabled = false;
    context.drawImage(image, 0, 0, side, side);
    URL.revokeObjectURL(url);
    return { data: [...context.getImageData(0, 0, side, side).data], width: side, height: side };
  });
  return jsQR(Uint8ClampedArray.from(data), width, height)?.data;
}

for (const lang of ['en', 'ja'] as const) {
  test(`Share shows the link and a QR code that decodes back to it (${lang})`, async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const console = watchConsole(page);
    await openScenario(page, scenario, { view: 'envelope', step: 2, lang });
    const share = player(page, lang).getByRole('button', { name: text[lang].share, exact: true });
    await share.click();
    const dialog = page.getByRole('dialog', { name: text[lang].dialog });
    await expect(dialog).toBeVisible();
    const link = await page.evaluate(() => location.href);
    await expect(dialog.getByRole('textbox')).toHaveValue(link);
    expect(await decodeQr(page, lang === 'en' ? /QR code of the link to step 2/ : /QR コード/)).toBe(link);
    await dialog.getByRole('button', { name: text[lang].copy }).click();
    await expect(dialog.getByRole('status')).toHaveText(text[lang].copied);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link);
    await axeCheck(page, `share dialog (${lang})`);
    await page.keyboard.press('Escape');
    await expect(dialog).toHaveCount(0);
    await expect(share).toBeFocused();
    console.expectNone();
  });
}

test('presenting: only the player and the picture, keys step, B blanks, F full screen, Esc leaves', async ({
  page,
}) => {
  const console = watchConsole(page);
  await openScenario(page, scenario, { view: 'envelope', step: 1, lang: 'en', theme: 'projector' });
  await player(page, 'en').getByRole('button', { name: text.en.present }).click();
  await expect(page).toHaveURL(/present=1/);
  await expect(page.getByRole('banner')).toHaveCount(0);
  await expect(page.getByRole('navigation', { name: 'Sections' })).toHaveCount(0);
  await expect(player(page, 'en')).toBeVisible();
  await expectStep(page, 'en', 1);
  // A clicker sends PageDown and PageUp; Space is "next" too while presenting.
  for (const [key, step] of [
    ['ArrowRight', 2],
    ['PageDown', 3],
    [' ', 4],
    ['ArrowLeft', 3],
    ['PageUp', 2],
    ['End', total],
    ['Home', 0],
  ] as const) {
    await page.keyboard.press(key === ' ' ? 'Space' : key);
    await expectStep(page, 'en', step);
  }
  await page.keyboard.press('b');
  await expect(page.locator('[data-blank]')).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'The screen is blanked' })).toBeAttached();
  await page.keyboard.press('b');
  await expect(page.locator('[data-blank]')).toHaveCount(0);
  await page.keyboard.press('f');
  await expect.poll(() => page.evaluate(() => document.fullscreenElement !== null)).toBe(true);
  await page.keyboard.press('f');
  await expect.poll(() => page.evaluate(() => document.fullscreenElement !== null)).toBe(false);
  await page.keyboard.press('Escape');
  await expect(page).not.toHaveURL(/present=1/);
  await expect(page.getByRole('banner')).toBeVisible();
  console.expectNone();
});

test('a link with #present opens ready to present', async ({ page }) => {
  await openScenario(page, scenario, { view: 'envelope&present=1', step: 2, lang: 'ja' });
  await expect(page.getByRole('banner')).toHaveCount(0);
  await expectStep(page, 'ja', 2);
  await expect(page.getByRole('toolbar', { name: 'プレゼンテーション' })).toBeVisible();
});

for (const lang of ['en', 'ja'] as const) {
  test(`the presenter window and the presentation stay on the same step both ways (${lang})`, async ({
    page,
  }) => {
    await openScenario(page, scenario, { view: 'envelope&present=1', step: 1, lang });
    const [presenter] = await Promise.all([
      page.waitForEvent('popup'),
      page.getByRole('button', { name: text[lang].presenterWindow }).click(),
    ]);
    await expect(presenter.getByRole('heading', { name: text[lang].presenter })).toBeVisible();
    const presenterStep = (step: number) =>
      expect(presenter.getByText(text[lang].position(step, total), { exact: true })).toBeVisible();
    await presenterStep(1);
    // Stepping in the presenter window moves the projected one…
    await presenter.keyboard.press('ArrowRight');
    await presenterStep(2);
    await expectStep(page, lang, 2);
    await presenter.keyboard.press('PageDown');
    await expectStep(page, lang, 3);
    // …and stepping in the projected window moves the presenter window.
    await page.keyboard.press('ArrowLeft');
    await presenterStep(2);
    await page.keyboard.press('End');
    await presenterStep(total);
    // Blanking from the presenter window blanks the room's screen.
    await presenter.keyboard.press('b');
    await expect(page.locator('[data-blank]')).toBeVisible();
    await presenter.keyboard.press('b');
    await expect(page.locator('[data-blank]')).toHaveCount(0);
    await axeCheck(presenter, `presenter view (${lang})`);
  });
}

test('a lesson link opens ready to present, and the presenter window shows its narration and speaker notes', async ({
  page,
}) => {
  const { lessons } = await import('../src/scenario/lessons/lessons');
  const { stepWords } = await import('../src/ui/lessons/lessonText');
  await (await import('../src/i18n')).loadCatalogues(['lessons'], ['en']);
  const lesson = [...lessons().values()].find((l) => l.id === 'key-types');
  if (!lesson) throw new Error('no key-types lesson');
  const steps = lesson.scenario.steps.length;
  await gotoApp(page, { lang: 'en', view: 'lessons&lesson=key-types&present=1' });
  await expect(page.getByRole('banner')).toHaveCount(0);
  const [presenter] = await Promise.all([
    page.waitForEvent('popup'),
    page.getByRole('button', { name: 'Presenter window' }).click(),
  ]);
  const notes = presenter.getByRole('region', { name: 'Speaker notes' });
  // The lesson link opened at its first step; the presenter window opens on the step the room sees.
  for (let step = 1; step <= 3; step++) {
    await expect(presenter.getByText(`Step ${step} of ${steps}`, { exact: true })).toBeVisible();
    const words = stepWords('en', lesson, step - 1);
    await expect(notes).toContainText(words.notes ?? words.say.replaceAll('`', ''));
    await page.keyboard.press('ArrowRight');
  }
});

/** Each printed step as the print stylesheet leaves it: shown, with a drawing of the stage and a caption. */
const printedSteps = (page: Page) =>
  page.locator('[data-handout-step]').evaluateAll((sections) =>
    sections.map((section) => ({
      step: Number(section.getAttribute('data-handout-step')),
      shown: section.checkVisibility(),
      actors: [...section.querySelectorAll('svg[role="img"] [data-actor]')].map((e) =>
        e.getAttribute('data-actor'),
      ),
      caption: section.querySelector('[data-handout-caption]')?.textContent ?? '',
      breakInside: getComputedStyle(section).breakInside,
      breakBefore: getComputedStyle(section).breakBefore,
    })),
  );

test('Print handout: one section per step of a lesson, each with its picture and caption, in print (en, ja)', async ({
  page,
}) => {
  const console = watchConsole(page);
  const subject = lesson('decrypt-flow');
  const steps = subject.scenario.steps.length;
  const all = Array.from({ length: steps }, (_, i) => i + 1);
  // In the dark theme: the handout is still dark text on white paper, on screen and in print.
  await gotoApp(page, { lang: 'en', theme: 'dark', view: 'lessons&lesson=decrypt-flow' });
  const open = page.getByRole('link', { name: 'Print handout' });
  await open.focus();
  await page.keyboard.press('Enter');
  const sections = page.locator('[data-handout="decrypt-flow"] [data-handout-step]');
  await expect(sections).toHaveCount(steps);
  await expect(page).toHaveTitle('Handout: The 2 decrypt steps');
  expect(await decodeQr(page, /QR code of the lesson/)).toMatch(/#view=lessons&lesson=decrypt-flow$/);
  await axeCheck(page, 'the handout (en, dark)');

  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('toolbar', { name: 'Handout' })).toBeHidden();
  await expect(page.getByRole('navigation')).toBeHidden();
  const paper = await page
    .locator('[data-handout]')
    .evaluate((e) => [getComputedStyle(e).color, getComputedStyle(e).backgroundColor]);
  expect(paper).toEqual(['rgb(15, 20, 26)', 'rgb(255, 255, 255)']);
  const printed = await printedSteps(page);
  expect(printed.map((s) => s.step)).toEqual(all);
  for (const s of printed) {
    // Two steps per page: the cover with step 1, then a new page before steps 2, 4, 6…
    const breakBefore = s.step % 2 === 0 ? 'page' : 'auto';
    expect(s, `step ${s.step}`).toMatchObject({ shown: true, breakInside: 'avoid', breakBefore });
    expect(s.actors, `step ${s.step}`).toEqual(['caller', 'memory', 'kms', 'storage', 'trail']);
    expect(s.caption, `step ${s.step}`).not.toBe('');
  }
  // Each section is its own step's: step 7 is the application's denied Decrypt, step 11 the caught tamper.
  expect(printed[6]?.caption).toContain('AccessDeniedException');
  await expect(sections.nth(6).locator('svg [data-outcome="denied"]')).toHaveCount(1);
  await expect(sections.nth(10).locator('svg [data-token-id^="data:"]')).toHaveCount(1);

  await page.emulateMedia({ media: 'screen' });
  await page.getByRole('radio', { name: '日本語' }).check();
  await expect(sections.first().getByRole('heading')).toHaveText(/^ステップ 1 \/ 11, /);
  await expect(sections.first().getByRole('img')).toContainText('メモリ');
  await page.getByRole('radio', { name: '1 つ' }).check();
  await page.emulateMedia({ media: 'print' });
  const oneEach = await printedSteps(page);
  expect(oneEach.map((s) => [s.step, s.shown, s.breakBefore])).toEqual(all.map((n) => [n, true, 'page']));
  expect(oneEach[0]?.caption).toContain('CreateKey');

  await page.emulateMedia({ media: 'screen' });
  await page.getByRole('link', { name: 'レッスンに戻る' }).click();
  await expect(page.locator('main h1')).toHaveText('復号の 2 ステップ');
  // Back to the handout, then away by the navigation: another section leaves the handout.
  await page.goBack();
  await expect(sections).toHaveCount(steps);
  await page.getByRole('navigation').getByRole('link', { name: 'キー', exact: true }).click();
  await expect(page.locator('[data-handout]')).toHaveCount(0);
  await expect(page).not.toHaveURL(/handout=/);
  console.expectNone();
});

import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { expect, type Page, test } from '@playwright/test';
import { axeCheck, gotoApp, type Lang, type Theme, watchConsole } from './helpers/app';

/**
 * A file step replays in the session that chose the file: with the cursor on it, the studio shows the file's
 * envelope (header, frames with IV and tag, sizes, the download). After a reload the file is gone from the
 * session (files never go into links or storage): the step says so and offers to choose it again; the same
 * file (SHA-256 checked) makes it replay to the very same envelope, another file changes nothing.
 */

const MiB = 1024 * 1024;

/** Writes `bytes` of content that differs in every frame; returns its path. */
function writeFile(path: string, bytes: number, salt: number): string {
  const data = Buffer.alloc(bytes);
  for (let i = 0; i < bytes; i += 4) data.writeUInt32LE((i * 2654435761 + salt) >>> 0, i);
  writeFileSync(path, data);
  return path;
}

const sha256Of = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

const text = {
  en: {
    tab: 'Large files',
    studio: 'Studio',
    prev: 'Previous step (←)',
    recorded: /Recorded in the scenario at step (\d+)/,
    stepTitle: (n: number) => `Step ${n}: the file’s envelope`,
    header: 'Envelope header bytes',
    choose: (name: string) => `Choose “${name}” again…`,
  },
  ja: {
    tab: '大きなファイル',
    studio: 'スタジオ',
    prev: '前のステップ (←)',
    recorded: /ステップ (\d+) としてシナリオに記録しました/,
    stepTitle: (n: number) => `ステップ ${n}: ファイルのエンベロープ`,
    header: 'エンベロープのヘッダーのバイト列',
    choose: (name: string) => `「${name}」をもう一度選ぶ…`,
  },
} as const;

async function openLargeFiles(page: Page, lang: Lang, theme?: Theme) {
  await gotoApp(page, { lang, motion: 'reduce', view: 'envelope', ...(theme ? { theme } : {}) });
  const tab = page
    .getByRole('navigation', { name: text[lang].studio })
    .getByRole('button', { name: text[lang].tab });
  await tab.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: text[lang].tab, level: 2 })).toBeVisible();
}

/** Encrypts `path` in the Large files tab; returns the step number the file step got. */
async function encryptFile(page: Page, path: string, lang: Lang): Promise<number> {
  await page.getByTestId('plain-file-input').setInputFiles(path);
  const recorded = page.getByTestId('file-result').getByText(text[lang].recorded);
  await expect(recorded).toBeVisible({ timeout: 60_000 });
  return Number(text[lang].recorded.exec((await recorded.textContent()) ?? '')?.[1]);
}

/** Moves the cursor back one step with the player's button, and waits until the URL (and autosave) say so. */
async function stepBack(page: Page, lang: Lang, to: number) {
  await page.getByRole('button', { name: text[lang].prev }).first().click();
  await expect(page).toHaveURL(new RegExp(`[#&]step=${to}(&|$)`));
}

/** What the step shows of its envelope: the message ID and every traced frame's IV and tag. */
async function envelopeFacts(page: Page) {
  const step = page.getByTestId('file-step');
  return {
    messageId: await step
      .locator('[data-testid="fact"]', { hasText: /Message ID|メッセージ ID/ })
      .locator('dd')
      .textContent(),
    frames: await step.locator('table[data-testid="frames"] tbody tr').allTextContents(),
  };
}

/** Downloads the envelope the step offers; returns its SHA-256. */
async function downloadStepEnvelope(page: Page, path: string): Promise<string> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('file-step-download').click(),
  ]);
  await download.saveAs(path);
  return sha256Of(path);
}

test('a file step shows its envelope, and after a reload replays once the same file is chosen again', async ({
  page,
}, testInfo) => {
  test.setTimeout(120_000);
  const console = watchConsole(page);
  const lecture = writeFile(testInfo.outputPath('lecture.bin'), 2.5 * MiB, 1);
  const other = writeFile(testInfo.outputPath('other.bin'), 2.5 * MiB, 2);
  await openLargeFiles(page, 'en');
  const fileStep = await encryptFile(page, lecture, 'en');

  // The download of the job, for comparison with the step's own envelope.
  const [jobDownload] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: 'Download the envelope (lecture.bin.encrypted)' }).click(),
  ]);
  const jobPath = testInfo.outputPath('job.encrypted');
  await jobDownload.saveAs(jobPath);

  // The cursor is on the discard step; one step back is the file step, shown with its envelope.
  await stepBack(page, 'en', fileStep);
  const step = page.getByTestId('file-step');
  await expect(step.getByRole('heading', { name: text.en.stepTitle(fileStep) })).toBeVisible();
  await expect(step).toContainText('2.50 MiB of data became a 2,621,889-byte envelope: a 345-byte header');
  await expect(step.getByRole('table', { name: /3 frames of up to 1,048,576 bytes/ })).toBeVisible();
  await expect(step.getByRole('table', { name: /^Header fields/ })).toBeVisible();
  await expect(step.getByRole('button', { name: 'Encrypted data key', exact: true })).toBeVisible();
  const before = await envelopeFacts(page);
  expect(before.frames).toHaveLength(3);
  const stepSha = await downloadStepEnvelope(page, testInfo.outputPath('step-before.encrypted'));
  expect(stepSha).toBe(sha256Of(jobPath));

  // A reload: the scenario and the cursor come back, the file does not.
  await page.reload();
  await expect(step).toBeVisible();
  await expect(step.getByTestId('error-name')).toHaveText('FileNotInScenario');
  await expect(page.getByTestId('player-caption')).toContainText('Choose the same file again');
  const again = page.getByRole('button', { name: text.en.choose('lecture.bin') });

  // Another file: a clear message, and nothing changes.
  await page.getByTestId('file-again-input').setInputFiles(other);
  await expect(page.getByTestId('file-again-mismatch')).toContainText(
    `That is not the file of this step, so nothing changed: “other.bin” (2.50 MiB) has SHA-256 ${sha256Of(other)}`,
  );
  await expect(step.getByTestId('error-name')).toHaveText('FileNotInScenario');

  // The same file, chosen with the keyboard: the step replays to the very same envelope.
  // Enabled first: a disabled button takes no focus, and Enter would then open nothing.
  await expect(again).toBeEnabled();
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), again.press('Enter')]);
  await chooser.setFiles(lecture);
  await expect(step.getByRole('table', { name: /^Header fields/ })).toBeVisible({ timeout: 60_000 });
  await expect(page.getByTestId('file-again')).toHaveCount(0);
  expect(await envelopeFacts(page)).toEqual(before);
  expect(await downloadStepEnvelope(page, testInfo.outputPath('step-after.encrypted'))).toBe(stepSha);

  // The Encrypt and decrypt tab shows the same step as the notes' step 2.
  const flowTab = page
    .getByRole('navigation', { name: 'Studio' })
    .getByRole('button', { name: 'Encrypt and decrypt' });
  await flowTab.click();
  await expect(page.locator('#stage-title')).toContainText('2.');
  await expect(page.locator('[data-testid="stage-panel"] table[data-testid="frames"] tbody tr')).toHaveText(
    before.frames,
  );
  console.expectNone();
});

/** Hides the sticky player, which would otherwise cover part of an element screenshot. */
const hidePlayer = (page: Page) =>
  page.evaluate(() => {
    for (const player of document.querySelectorAll<HTMLElement>('[data-testid="player"]'))
      player.style.setProperty('display', 'none', 'important');
  });

// Each language once and each theme once (pairwise): the language check does not depend on the theme, nor
// axe's contrast on the language, and the browser suite has a time budget (issue #15).
for (const [theme, lang] of [
  ['light', 'en'],
  ['projector', 'ja'],
] as const) {
  test(`the file step and choosing its file again pass axe and read well: ${theme}, ${lang}`, async ({
    page,
  }, testInfo) => {
    test.setTimeout(120_000);
    const console = watchConsole(page);
    const path = writeFile(testInfo.outputPath('notes-scan.pdf'), 1.5 * MiB, 3);
    await openLargeFiles(page, lang, theme);
    await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
    const fileStep = await encryptFile(page, path, lang);
    await stepBack(page, lang, fileStep);
    const step = page.getByTestId('file-step');
    await expect(step.getByRole('heading', { name: text[lang].stepTitle(fileStep) })).toBeVisible();
    await axeCheck(page, `file step ${theme}/${lang}`, '[data-testid="files"]');
    await hidePlayer(page);
    await step.screenshot({ path: testInfo.outputPath(`file-step-${theme}-${lang}.png`) });

    await page.reload();
    await expect(page.getByTestId('file-again')).toBeVisible();
    await expect(page.getByRole('button', { name: text[lang].choose('notes-scan.pdf') })).toBeVisible();
    await page.getByTestId('file-again-input').setInputFiles({
      name: 'wrong.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from('not the scanned notes'),
    });
    await expect(page.getByTestId('file-again-mismatch')).toBeVisible();
    await axeCheck(page, `choose again ${theme}/${lang}`, '[data-testid="files"]');
    await hidePlayer(page);
    await step.screenshot({ path: testInfo.outputPath(`file-again-${theme}-${lang}.png`) });
    console.expectNone();
  });
}

import { expect, type Locator, type Page, test } from '@playwright/test';
import { axeCheck, gotoApp, type Lang, type Theme, watchConsole } from './helpers/app';
import { untranslatedInEnglish, untranslatedInJapanese, visibleProse } from './helpers/language';
import { textSmallerThan } from './helpers/textSize';

/** "AWS CLI" is the product's name, kept in Latin letters by Japanese AWS documentation. */
const productWords = /^CLI in /;

/** The console's parts, found the way a learner (or a screen reader) finds them. */
function consoleOf(page: Page, lang: Lang = 'en') {
  const labels = {
    en: { command: 'Command', log: 'Console output' },
    ja: { command: 'コマンド', log: 'コンソールの出力' },
  }[lang];
  const input = page.getByRole('textbox', { name: labels.command, exact: true });
  const log = page.getByRole('log', { name: labels.log });
  /** Types a line, presses Enter and waits for its exit status; returns the command's entry in the log. */
  const run = async (line: string): Promise<Locator> => {
    const before = await log.getByTestId('console-entry').count();
    await input.fill(line);
    await input.press('Enter');
    await expect(input).toHaveValue('');
    const entry = log.getByTestId('console-entry').nth(before);
    await expect(entry.locator('[data-testid="console-entry-command"] code')).toHaveText(line);
    await expect(entry.getByTestId('console-entry-exit')).toBeVisible();
    return entry;
  };
  const stdout = (entry: Locator) => entry.locator('[data-testid="console-entry-stdout"] code');
  const stderr = (entry: Locator) => entry.locator('[data-testid="console-entry-stderr"] code');
  const position = page.getByTestId('player-position');
  /** Resolves once the scenario has loaded (the built-in lesson has steps). */
  const ready = () => expect(position).toHaveText(/^Step [1-9]\d* of [1-9]\d*$/);
  return { input, log, run, stdout, stderr, position, ready };
}

async function stepTotal(position: Locator): Promise<number> {
  const text = (await position.textContent()) ?? '';
  return Number(/of (\d+)/.exec(text)?.[1]);
}

// Each command is a replayed scenario step, and these scripts run several plus axe on a shared 2-core machine.
test.describe.configure({ timeout: 60_000 });

test.beforeEach(async ({ page }) => {
  // A fresh learner: no saved scenario, console or actor (the scenario starts from the built-in lesson).
  await page.addInitScript(() => {
    if (sessionStorage.getItem('kms-lab.test.fresh')) return;
    sessionStorage.setItem('kms-lab.test.fresh', '1');
    localStorage.clear();
  });
});

test('a create-key → create-alias → encrypt → decrypt session prints what the AWS CLI prints', async ({
  page,
}) => {
  const errors = watchConsole(page);
  await gotoApp(page, { lang: 'en', view: 'console' });
  const c = consoleOf(page);
  await c.ready();
  const before = await stepTotal(c.position);

  // create-key: the JSON document the CLI prints, four-space indented.
  const created = await c.run('aws kms create-key --description "console key"');
  const createdJson = JSON.parse((await c.stdout(created).textContent()) ?? '') as {
    KeyMetadata: Record<string, unknown>;
  };
  expect(createdJson.KeyMetadata).toMatchObject({
    Description: 'console key',
    KeyState: 'Enabled',
    KeyUsage: 'ENCRYPT_DECRYPT',
    KeySpec: 'SYMMETRIC_DEFAULT',
    KeyManager: 'CUSTOMER',
    Origin: 'AWS_KMS',
  });
  await expect(c.stdout(created)).toContainText(
    '{\n    "KeyMetadata": {\n        "AWSAccountId": "111122223333",',
  );
  await expect(created.getByText('Exit status 0')).toBeVisible();
  const keyId = String(createdJson.KeyMetadata.KeyId);

  // create-alias returns nothing, and the CLI prints nothing.
  const alias = await c.run(`aws kms create-alias --alias-name alias/app --target-key-id ${keyId}`);
  await expect(
    alias.locator('[data-testid="console-entry-stdout"], [data-testid="console-entry-stderr"]'),
  ).toHaveCount(0);

  const encrypted = await c.run(
    'aws kms encrypt --key-id alias/app --plaintext fileb://secret.txt --encryption-context purpose=demo',
  );
  const encryptedJson = JSON.parse((await c.stdout(encrypted).textContent()) ?? '') as Record<string, string>;
  expect(Object.keys(encryptedJson)).toEqual(['CiphertextBlob', 'KeyId', 'EncryptionAlgorithm']);
  expect(encryptedJson.KeyId).toBe(`arn:aws:kms:us-east-1:111122223333:key/${keyId}`);
  expect(encryptedJson.EncryptionAlgorithm).toBe('SYMMETRIC_DEFAULT');

  // Text output, piped through base64 --decode into a file the file panel then lists.
  await c.run(
    'aws kms encrypt --key-id alias/app --plaintext fileb://secret.txt --encryption-context purpose=demo ' +
      '--output text --query CiphertextBlob | base64 --decode > secret.enc',
  );
  await expect(page.getByRole('row', { name: /secret\.enc/ })).toBeVisible();

  const decrypted = await c.run(
    'aws kms decrypt --ciphertext-blob fileb://secret.enc --encryption-context purpose=demo ' +
      '--output text --query Plaintext | base64 --decode',
  );
  await expect(c.stdout(decrypted)).toHaveText('Hello, KMS!\n');

  const table = await c.run(`aws kms list-aliases --key-id ${keyId} --output table`);
  await expect(c.stdout(table)).toContainText('ListAliases');
  await expect(c.stdout(table)).toContainText(/\|\s+AliasName\s+\|\s+alias\/app\s+\|/);
  await expect(c.stdout(table)).toContainText('+--');

  // A different encryption context: the AWS error on stderr, exit status 254.
  const wrong = await c.run(
    'aws kms decrypt --ciphertext-blob fileb://secret.enc --encryption-context purpose=other',
  );
  await expect(c.stderr(wrong)).toHaveText(
    'An error occurred (InvalidCiphertextException) when calling the Decrypt operation: \n',
  );
  await expect(wrong.getByText('Standard error')).toBeVisible();
  await expect(wrong.getByText('Exit status 254')).toBeVisible();

  // Every KMS call is a step of the scenario: the player counts them and sits on the last one.
  const calls = 7;
  await expect(c.position).toHaveText(`Step ${before + calls} of ${before + calls}`);
  await expect(page.getByTestId('player-caption')).toContainText('Decrypt');
  await expect(wrong.getByText('The step under the player’s cursor')).toBeVisible();

  // ↑ brings back the previous commands.
  await c.input.focus();
  await c.input.press('ArrowUp');
  await expect(c.input).toHaveValue(
    'aws kms decrypt --ciphertext-blob fileb://secret.enc --encryption-context purpose=other',
  );
  await c.input.press('ArrowUp');
  await expect(c.input).toHaveValue(`aws kms list-aliases --key-id ${keyId} --output table`);
  await c.input.press('ArrowDown');
  await c.input.press('ArrowDown');
  await expect(c.input).toHaveValue('');

  errors.expectNone();
});

test('scrubbing the player back hides later commands and shows the same output again', async ({ page }) => {
  await gotoApp(page, { lang: 'en', view: 'console' });
  const c = consoleOf(page);
  await c.ready();
  const first = await c.run('aws kms create-key --query KeyMetadata.KeyState --output text');
  await c.run('aws kms generate-random --number-of-bytes 8 --query Plaintext --output text');
  await expect(c.stdout(first)).toHaveText('Enabled\n');

  await page.getByRole('button', { name: 'Previous step (←)' }).click();
  await expect(
    c.log.getByText('Commands after the player’s position are hidden: 1.', { exact: false }),
  ).toBeVisible();
  await expect(
    c.log.locator('[data-testid="console-entry"][data-current] [data-testid="console-entry-stdout"] code'),
  ).toHaveText('Enabled\n');

  // The step link moves the player forward again.
  await page.getByRole('button', { name: 'Next step (→)' }).click();
  await expect(c.log.getByText(/hidden/)).toHaveCount(0);
  await c.log
    .getByRole('button', { name: /^Show step \d+ in the player$/ })
    .first()
    .click();
  await expect(c.log.locator('[data-testid="console-entry"][data-current]')).toHaveCount(1);
});

test('calls made in other sections show their CLI command; examples, Tab, Esc and Ctrl+L work', async ({
  page,
}) => {
  await gotoApp(page, { lang: 'en', view: 'console' });
  const c = consoleOf(page);
  await c.ready();
  // The built-in lesson's calls were made elsewhere: each shows as its equivalent command.
  await expect(
    c.log.getByText('aws kms create-alias --alias-name alias/study-notes', { exact: false }),
  ).toBeVisible();
  await expect(c.log.getByText('Made in another section').first()).toBeVisible();

  // An example goes onto the command line, not straight into the scenario.
  await page.getByRole('button', { name: /Create a symmetric encryption key/ }).click();
  await expect(c.input).toBeFocused();
  await expect(c.input).toHaveValue(/^KEY_ID=\$\(aws kms create-key/);
  await c.input.fill('');

  // Tab completes from the KMS model; several matches are listed.
  await c.input.fill('aws kms gen');
  await c.input.press('Tab');
  await expect(c.input).toHaveValue('aws kms generate-');
  await expect(page.getByRole('status').filter({ hasText: 'Completions:' })).toContainText('generate-random');
  await c.input.pressSequentially('ra');
  await c.input.press('Tab');
  await expect(c.input).toHaveValue('aws kms generate-random ');

  // Esc leaves the command line (no keyboard trap).
  await c.input.press('Escape');
  await expect(c.log).toBeFocused();

  await c.input.fill('echo hello');
  await c.input.press('Enter');
  await expect(c.log.getByText('hello', { exact: true })).toBeVisible();
  await c.input.press('Control+l');
  await expect(c.log.getByTestId('console-entry')).toHaveCount(0);
  await expect(c.log.getByText('No commands yet.', { exact: false })).toBeVisible();
});

test('the step under the cursor shows its equivalent CLI command, to copy and with its files', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await gotoApp(page, { lang: 'en', view: 'console' });
  const c = consoleOf(page);
  await c.ready();
  await c.run(
    'aws kms encrypt --key-id alias/study-notes --plaintext fileb://secret.txt --encryption-context purpose=demo --query KeyId',
  );
  // The player shows the step's command folded under its caption; open it when it is closed.
  const openCommand = async () => {
    const detail = page.getByTestId('player-detail');
    if (!(await detail.evaluate((d) => (d as HTMLDetailsElement).open)))
      await detail.locator('summary').click();
  };
  await openCommand();
  const box = page.getByRole('figure', { name: 'Equivalent AWS CLI command' });
  const line = box.locator('[data-testid="cli-equivalent-line"] code');
  const expected =
    'aws kms encrypt --key-id alias/study-notes --plaintext fileb://plaintext.bin --encryption-context purpose=demo';
  await expect(line).toHaveText(expected);
  await box.getByRole('button', { name: 'Copy the AWS CLI command' }).click();
  await expect(box.getByRole('status')).toHaveText('Copied.');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(expected);

  const download = page.waitForEvent('download');
  await box.getByRole('button', { name: 'Download plaintext.bin' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('plaintext.bin');
  const path = await file.path();
  const { readFileSync } = await import('node:fs');
  expect(readFileSync(path, 'utf8')).toBe('Hello, KMS!\n');

  // A step made elsewhere, which took the key ID from step 1: shown with the value the replay resolved.
  await c.log.getByRole('button', { name: 'Show step 2 in the player' }).click();
  await openCommand();
  await expect(line).toHaveText(
    /^aws kms create-alias --alias-name alias\/study-notes --target-key-id [0-9a-f]{8}-[0-9a-f-]{27}$/,
  );
});

test('history and the transcript survive a reload; files can be added and removed', async ({ page }) => {
  await gotoApp(page, { lang: 'en', view: 'console' });
  const c = consoleOf(page);
  await c.ready();
  await c.run('aws kms list-keys --query "length(Keys)"');
  await page
    .getByLabel('Add a file from this computer')
    .setInputFiles({ name: 'my notes.txt', mimeType: 'text/plain', buffer: Buffer.from('note') });
  await expect(page.getByText('Added my_notes.txt. Use it as fileb://my_notes.txt.')).toBeVisible();
  await page.getByRole('button', { name: 'Delete my_notes.txt' }).click();
  await expect(page.getByRole('row', { name: /my_notes\.txt/ })).toHaveCount(0);

  await page.reload();
  const again = consoleOf(page);
  await expect(again.log.getByText('aws kms list-keys --query "length(Keys)"')).toBeVisible();
  await again.input.press('ArrowUp');
  await expect(again.input).toHaveValue('aws kms list-keys --query "length(Keys)"');
});

// Each language once and each theme once (pairwise): the language check does not depend on the theme, nor
// axe's contrast on the language, and the browser suite has a time budget (issue #15).
for (const [lang, theme] of [
  ['en', 'light'],
  ['ja', 'projector'],
] as const satisfies readonly (readonly [Lang, Theme])[]) {
  test(`the console in ${lang}, ${theme}: accessible, translated, screenshot`, async ({ page }) => {
    const errors = watchConsole(page);
    await page.setViewportSize({ width: 1280, height: 900 });
    await gotoApp(page, { lang, theme, view: 'console' });
    const c = consoleOf(page, lang);
    await expect(c.position).not.toHaveText(/ 0$|^0 /);
    await c.run('aws kms create-key --description "screenshot" --query KeyMetadata');
    await c.run('aws kms decrypt --ciphertext-blob fileb://secret.txt');
    await axeCheck(page, `console, ${lang}, ${theme}`);
    if (theme === 'projector') {
      // The section's own text (the shared player is checked by its owner): nothing under 24 px.
      expect(await textSmallerThan(page, 24, '[data-testid="console-section"]')).toEqual([]);
    }
    const prose = await visibleProse(page);
    if (lang === 'ja') expect(untranslatedInJapanese(prose).filter((w) => !productWords.test(w))).toEqual([]);
    else expect(untranslatedInEnglish(prose)).toEqual([]);
    // From the top: the sticky player would otherwise sit over the terminal in a full-page capture.
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: `test-results/console/console-${lang}-${theme}.png`, fullPage: true });
    await page
      .getByRole('region', { name: lang === 'ja' ? 'コンソール' : 'Console', exact: true })
      .screenshot({ path: `test-results/console/terminal-${lang}-${theme}.png` });
    errors.expectNone();
  });
}

test('help, a table in a narrow console and a bad query answer as the lab and awscli do (issue #13, item 16)', async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await gotoApp(page, { view: 'console', lang: 'en' });
  const c = consoleOf(page);
  await c.ready();
  const help = await c.run('help');
  await expect(c.stdout(help)).toContainText('aws kms help');
  await expect(c.stdout(help)).toContainText('base64 [-d]');
  // The table keeps its boxes: every line is one row of the box, never wrapped; the console scrolls sideways.
  const table = await c.run('aws kms list-keys --output table');
  const lines = await c.stdout(table).evaluate((code) => {
    const pre = code.closest('pre') as HTMLElement;
    const lineHeight = Number.parseFloat(getComputedStyle(pre).lineHeight);
    return {
      rendered: Math.round(code.getBoundingClientRect().height / lineHeight),
      text: code.textContent ?? '',
    };
  });
  expect(lines.rendered).toBe(lines.text.replace(/\n$/, '').split('\n').length);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  const bad = await c.run('aws kms list-keys --query Keys[].');
  await expect(c.stderr(bad)).toContainText("Bad value for --query Keys[].: Expecting: ['quoted_identifier'");
  await expect(c.stderr(bad)).not.toContainText('Cannot read properties');
});

test('help answers in Japanese when the lab is in Japanese (issue #13, item 16)', async ({ page }) => {
  await gotoApp(page, { view: 'console', lang: 'ja' });
  const c = consoleOf(page, 'ja');
  await expect(c.input).toBeVisible();
  await expect(c.stdout(await c.run('help'))).toContainText('KMS のコマンドの一覧');
});

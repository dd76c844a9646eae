import { expect, type Page, test } from '@playwright/test';
import { axeCheck, gotoApp, type Lang, type Theme, watchConsole } from './helpers/app';
import { untranslatedInEnglish, untranslatedInJapanese, visibleProse } from './helpers/language';

/** AWS product and feature names Japanese AWS documentation keeps in Latin letters. */
const awsNames = new Set([
  'RDS',
  'EFS',
  'Lambda',
  'Secrets',
  'Manager',
  'Parameter',
  'Store',
  'SDK',
  'Encryption',
  'SSE-S3',
  'Amazon',
  'Systems',
]);
const untranslated = (texts: string[]) =>
  untranslatedInJapanese(texts).filter((problem) => !awsNames.has(problem.split(' in ')[0] as string));

test.beforeEach(async ({ page }) => {
  // A fresh learner: no saved scenario or actor (the scenario starts from the built-in lesson).
  await page.addInitScript(() => {
    if (sessionStorage.getItem('kms-lab.test.fresh')) return;
    sessionStorage.setItem('kms-lab.test.fresh', '1');
    localStorage.clear();
  });
});

/** Runs one of the service's operations from its form and waits for the player to show its result. */
async function run(page: Page, action: string, outcome: 'succeeded' | 'failed') {
  await page.getByRole('button', { name: `Run ${action}`, exact: true }).click();
  const result = page.locator('.service__result');
  await expect(
    result.getByText(new RegExp(`:${action}\\W.*${outcome === 'succeeded' ? 'succeeded' : 'failed'}`)),
  ).toBeVisible({
    timeout: 20_000,
  });
  return result;
}

test('a learner stores and reads an S3 object with SSE-KMS, then finds GenerateDataKey and Decrypt in CloudTrail', async ({
  page,
}) => {
  const errors = watchConsole(page);
  await gotoApp(page, { lang: 'en', view: 'services' });
  await expect(page.getByRole('tab', { name: 'Amazon S3' })).toHaveAttribute('aria-selected', 'true');

  const put = await run(page, 'PutObject', 'succeeded');
  const calls = put.getByRole('table', { name: 'KMS calls made by this operation, in order' });
  await expect(calls.getByRole('row')).toHaveCount(2);
  await expect(calls).toContainText('GenerateDataKey');
  await expect(calls).toContainText('aws:s3:arn=arn:aws:s3:::kms-lab-demo/hello.txt');
  await expect(calls).toContainText('s3.us-east-1.amazonaws.com');

  const get = await run(page, 'GetObject', 'succeeded');
  await expect(get.getByRole('table')).toContainText('Decrypt');
  await get.getByText('Response').click();
  await expect(get.locator('pre')).toContainText('"Body": "Hello, KMS!"');

  await page.getByRole('link', { name: 'CloudTrail' }).click();
  const list = page.getByRole('list', { name: 'CloudTrail records, newest first' });
  const rows = list.getByRole('button');
  await expect(rows.nth(0)).toContainText('Decrypt');
  await expect(rows.nth(0)).toContainText('this step');
  await expect(rows.nth(0)).toContainText('via s3.amazonaws.com');
  await expect(rows.nth(1)).toContainText('GenerateDataKey');

  for (const [row, event] of [
    [0, 'Decrypt'],
    [1, 'GenerateDataKey'],
  ] as const) {
    await rows.nth(row).click();
    const json = page.getByTestId('trail-json');
    await expect(json).toContainText(`"eventName": "${event}"`);
    await expect(json).toContainText('"aws:s3:arn": "arn:aws:s3:::kms-lab-demo/hello.txt"');
    await expect(json).toContainText('"invokedBy": "s3.amazonaws.com"');
    await expect(json).toContainText('"responseElements": null');
    await expect(json).not.toContainText('"plaintext"');
  }
  errors.expectNone();
});

test('Bucket Keys cut the KMS requests for 1,000 objects from 1,000 to 1', async ({ page }) => {
  test.setTimeout(120_000);
  const errors = watchConsole(page);
  await gotoApp(page, { lang: 'en', view: 'services' });
  await page.getByRole('button', { name: 'Put 1,000 objects without and with Bucket Keys' }).click();
  const requests = page.getByTestId('bucket-key-requests');
  await expect(requests).toHaveText(['1,000', '1'], { timeout: 90_000 });
  await expect(page.getByRole('status').filter({ hasText: 'fewer KMS requests' })).toHaveText(
    'Bucket Keys made 999 fewer KMS requests here (99.9% fewer).',
  );
  errors.expectNone();
});

test('a Secrets Manager secret breaks while its key is disabled and works again once enabled', async ({
  page,
}) => {
  const errors = watchConsole(page);
  await gotoApp(page, { lang: 'en', view: 'services' });
  await page.getByRole('tab', { name: 'AWS Secrets Manager' }).click();
  await page.getByRole('radio', { name: 'Customer managed key' }).check();
  await page.getByRole('button', { name: 'Create a customer managed key' }).click();
  await expect(page.getByText('Key state: Enabled')).toBeVisible();

  await run(page, 'CreateSecret', 'succeeded');
  await run(page, 'GetSecretValue', 'succeeded');

  await page.getByRole('button', { name: 'Disable the key' }).click();
  await expect(page.getByText('Key state: Disabled')).toBeVisible();
  const broken = await run(page, 'GetSecretValue', 'failed');
  await expect(broken.getByRole('alert')).toContainText('DecryptionFailure');
  await expect(broken.getByRole('alert')).toContainText("Secrets Manager can't decrypt the secret value:");
  await expect(broken.getByRole('alert')).toContainText('Error Code: DisabledException');
  await expect(broken.getByRole('table')).toContainText('refused: DisabledException');

  await page.getByRole('button', { name: 'Enable the key' }).click();
  await expect(page.getByText('Key state: Enabled')).toBeVisible();
  const fixed = await run(page, 'GetSecretValue', 'succeeded');
  await fixed.getByText('Response').click();
  await expect(fixed.locator('pre')).toContainText('"SecretString": "hunter2"');
  errors.expectNone();
});

for (const [lang, theme] of [
  ['en', 'light'],
  ['ja', 'projector'],
] as [Lang, Theme][]) {
  test(`the gallery passes axe and speaks ${lang} only (${theme})`, async ({ page }) => {
    const errors = watchConsole(page);
    await gotoApp(page, { lang, theme, view: 'services' });
    await page.getByTestId('services-tab').nth(5).click();
    await axeCheck(page, `services ${lang} ${theme}`);
    // The learner's own data (form values) and the player's caption (its owner checks it) are not this page's prose.
    const data = await page.evaluate(() =>
      [...document.querySelectorAll('textarea, [data-testid="player"]')].map(
        (e) => e.textContent?.trim() ?? '',
      ),
    );
    const prose = (await visibleProse(page)).filter((text) => !data.some((d) => d.includes(text)));
    expect(lang === 'ja' ? untranslated(prose) : untranslatedInEnglish(prose)).toEqual([]);
    errors.expectNone();
  });
}

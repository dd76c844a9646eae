import { expect, type Page, test } from '@playwright/test';
import { axeCheck, chooseLanguage, chooseTheme, gotoApp, watchConsole } from './helpers/app';
import { untranslatedInJapanese, visibleProse } from './helpers/language';

/** A key policy that names only the Admin role: no root statement, so IAM policies no longer count. */
const ADMIN_ONLY = JSON.stringify(
  {
    Version: '2012-10-17',
    Statement: [
      {
        Sid: 'KeyAdministrator',
        Effect: 'Allow',
        Principal: { AWS: 'arn:aws:iam::111122223333:role/Admin' },
        Action: 'kms:*',
        Resource: '*',
      },
    ],
  },
  null,
  2,
);

/** Opens the policy section and brings in the cast and a key, as a learner does on first visit. */
async function openPolicyLab(page: Page) {
  await gotoApp(page, { lang: 'en', theme: 'light', motion: 'reduce', view: 'policy' });
  await page.getByRole('button', { name: 'Set up the policy lab' }).click();
  await expect(cell(page, 'user/Dev', 'Encrypt')).toContainText('Allowed');
}

function cell(page: Page, principal: string, operation: string) {
  return page.getByRole('button', { name: new RegExp(`^${principal}, ${operation}: `) });
}

async function tab(page: Page, name: string) {
  await page.getByRole('tab', { name }).click();
}

/** Replaces the whole document in the open CodeMirror editor (insertText: no auto-closed brackets). */
async function replaceDocument(page: Page, text: string) {
  await page.locator('.cm-content').click();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.insertText(text);
}

/** Opens the key policy editor; CodeMirror is its own chunk, fetched now (slow on a busy machine). */
async function openKeyPolicyEditor(page: Page) {
  await tab(page, 'Key policy');
  await page.getByRole('button', { name: 'Edit this policy' }).click();
  await expect(page.locator('.cm-content')).toBeVisible({ timeout: 15_000 });
}

async function chooseTemplate(page: Page, label: RegExp) {
  const select = page.getByLabel('Start from a template');
  const value = await select.locator('option', { hasText: label }).getAttribute('value');
  await select.selectOption(value ?? '');
}

test('removing the root statement takes access away from IAM-only users, and the editor loads only when opened', async ({
  page,
}) => {
  const console = watchConsole(page);
  const editorChunks: string[] = [];
  page.on('request', (request) => {
    if (/codemirror/i.test(request.url())) editorChunks.push(request.url());
  });
  await openPolicyLab(page);
  await tab(page, 'Key policy');
  await expect(page.getByText('"Sid": "Enable IAM User Permissions"')).toBeVisible();
  expect(editorChunks).toEqual([]);

  await page.getByRole('button', { name: 'Edit this policy' }).click();
  await expect(page.locator('.cm-content')).toBeVisible({ timeout: 15_000 });
  expect(editorChunks.length).toBeGreaterThan(0);

  await replaceDocument(page, ADMIN_ONLY);
  await expect(page.getByText('No problems found.')).toBeVisible();
  await page.getByRole('button', { name: 'Save with PutKeyPolicy as role/Admin' }).click();
  await expect(page.getByText(/^Saved as step \d+\.$/)).toBeVisible();

  await tab(page, 'Who may do what');
  await expect(cell(page, 'user/Dev', 'Encrypt')).toContainText('Denied');
  await expect(cell(page, 'role/App', 'Decrypt')).toContainText('Denied');
  await expect(cell(page, 'role/Admin', 'Encrypt')).toContainText('Allowed');
  await cell(page, 'user/Dev', 'Encrypt').click();
  await expect(
    page.getByText('Denied: the key policy neither allows this principal nor delegates to IAM'),
  ).toBeVisible();
  console.expectNone();
});

test('a JSON syntax error is shown at its line and column, and the draft survives a failed save and a reload', async ({
  page,
}) => {
  await openPolicyLab(page);
  await openKeyPolicyEditor(page);
  // Line 3 lacks the comma after "2012-10-17".
  const broken = '{\n  "Version": "2012-10-17"\n  "Statement": []\n}';
  await replaceDocument(page, broken);
  const problem = page.locator('[data-testid="problem"]', { hasText: 'JSON syntax error' });
  await expect(problem).toContainText('Line 3, column 3');
  await problem.getByRole('button', { name: 'Go to line 3, column 3' }).click();
  await expect(page.locator('.cm-content')).toBeFocused();

  await page.getByRole('button', { name: /^Save with PutKeyPolicy/ }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'MalformedPolicyDocumentException' })).toBeVisible();
  await expect(page.getByText('Your draft is kept')).toBeVisible();
  await expect(page.locator('.cm-content')).toContainText('"Statement": []');

  await page.reload();
  await openKeyPolicyEditor(page);
  await expect(page.getByText('Your unsaved draft was restored.')).toBeVisible();
  await expect(page.locator('.cm-content')).toContainText('"Version": "2012-10-17"');
  await expect(page.locator('[data-testid="problem"]', { hasText: 'JSON syntax error' })).toContainText(
    'Line 3, column 3',
  );
});

test('the lockout safety check refuses a policy the caller could not change again', async ({ page }) => {
  await openPolicyLab(page);
  await openKeyPolicyEditor(page);
  await replaceDocument(page, ADMIN_ONLY.replace('role/Admin', 'user/Dev'));
  await expect(page.getByText(/would fail the lockout safety check/)).toBeVisible();
  await page.getByRole('button', { name: 'Save with PutKeyPolicy as role/Admin' }).click();
  const failure = page.getByRole('alert').filter({ hasText: 'MalformedPolicyDocumentException' });
  await expect(failure).toContainText(
    'The new key policy will not allow you to update the key policy in the future.',
  );
  // Nothing changed: Dev still uses the key through IAM, and the edit is still in the editor.
  await expect(page.locator('.cm-content')).toContainText('user/Dev');
  await tab(page, 'Who may do what');
  await expect(cell(page, 'user/Dev', 'Encrypt')).toContainText('Allowed');
});

test('cross-account access needs the key policy and the Partner role’s own IAM policy, by key ARN', async ({
  page,
}) => {
  await openPolicyLab(page);
  await expect(cell(page, 'role/Partner', 'Decrypt')).toContainText('Denied');
  await expect(cell(page, 'role/Partner', 'PutKeyPolicy')).toContainText('Not across accounts');
  await cell(page, 'role/Partner', 'Decrypt').click();
  await expect(page.getByText(/the key policy allows neither that account nor this principal/)).toBeVisible();

  // Step 1: the key policy shares the key with account 444455556666.
  await openKeyPolicyEditor(page);
  await chooseTemplate(page, /Cross-account use/);
  await expect(page.locator('.cm-content')).toContainText('arn:aws:iam::444455556666:root');
  await page.getByRole('button', { name: 'Save with PutKeyPolicy as role/Admin' }).click();
  await expect(page.getByText(/^Saved as step \d+\.$/)).toBeVisible();

  await tab(page, 'Who may do what');
  await expect(cell(page, 'role/Partner', 'Decrypt')).toContainText('Denied');
  await cell(page, 'role/Partner', 'Decrypt').click();
  await expect(
    page.getByText(/the caller’s own IAM policy \(in its account\) does not allow this/),
  ).toBeVisible();

  // Step 2: the Partner account allows its role to use the key, by key ARN.
  await tab(page, 'IAM policies');
  const partnerRow = page.getByRole('row').filter({ has: page.getByText('role/Partner', { exact: true }) });
  await partnerRow.getByLabel('New inline policy name').fill('UseSharedKmsKey');
  await partnerRow.getByRole('button', { name: 'Add an inline policy' }).click();
  await chooseTemplate(page, /IAM policy for using a key in another account/);
  await expect(page.locator('.cm-content')).toContainText(':key/');
  await page.getByRole('button', { name: 'Save with iam.putPrincipalPolicy' }).click();
  await expect(page.getByText(/^Saved as step \d+\.$/)).toBeVisible();

  await tab(page, 'Who may do what');
  await expect(cell(page, 'role/Partner', 'Decrypt')).toContainText('Allowed');
  await cell(page, 'role/Partner', 'Decrypt').click();
  await expect(
    page.getByText(/Allowed across accounts: the key policy allows the other account/),
  ).toBeVisible();
  await expect(cell(page, 'role/Partner', 'PutKeyPolicy')).toContainText('Not across accounts');
});

test('applying a suggested fix allows the request and nothing more', async ({ page }) => {
  await openPolicyLab(page);
  await expect(cell(page, 'role/App', 'DescribeKey')).toContainText('Denied');
  await cell(page, 'role/App', 'DescribeKey').click();
  const fixes = page.getByRole('region', { name: 'Why not, and what fixes it' });
  const first = fixes.getByRole('listitem').first();
  await expect(first).toContainText('Allows exactly what you asked.');
  await expect(first.locator('[data-testid="diff-line"][data-kind="added"]').first()).toBeVisible();
  await first.getByRole('button', { name: 'Apply this fix' }).click();
  await expect(cell(page, 'role/App', 'DescribeKey')).toContainText('Allowed');
  // Only what was asked: App still may not manage the key.
  await expect(cell(page, 'role/App', 'PutKeyPolicy')).toContainText('Denied');
});

test('a grant is a third path, limited by its encryption context constraint', async ({ page }) => {
  await openPolicyLab(page);
  await tab(page, 'Grants');
  await page.getByLabel('Grantee principal').selectOption({ label: 'role/Partner (444455556666)' });
  await page.getByRole('checkbox', { name: 'Encrypt', exact: true }).check();
  await page.getByRole('radio', { name: 'EncryptionContextEquals' }).check();
  await page.getByLabel('Pairs (key=value, comma-separated)').fill('project=reports');
  await page.getByLabel('Name (optional)').fill('partner-reports');
  await page.getByRole('button', { name: 'Create the grant with CreateGrant as role/Admin' }).click();
  await expect(page.getByRole('row').filter({ hasText: 'partner-reports' })).toContainText('project=reports');

  await tab(page, 'Who may do what');
  await expect(cell(page, 'role/Partner', 'Encrypt')).toContainText('Denied');
  await page.getByLabel('Encryption context').fill('project=reports');
  await expect(cell(page, 'role/Partner', 'Encrypt')).toContainText('Allowed');
  await cell(page, 'role/Partner', 'Encrypt').click();
  await expect(page.getByText('Allowed by a grant.')).toBeVisible();

  await tab(page, 'Grants');
  await page.getByRole('button', { name: 'Revoke grant partner-reports as role/Admin' }).click();
  await expect(page.getByText('No grants on this key.')).toBeVisible();
});

test('a denied call shows the real AccessDeniedException and links to its explanation', async ({ page }) => {
  await openPolicyLab(page);
  await page.getByLabel('Acting as').selectOption({ label: 'user/Dev — IAM user' });
  await expect(page.getByText(/Acting as user\/Dev \(IAM user, account 111122223333\)/)).toBeVisible();
  await tab(page, 'Grants');
  await page.getByRole('button', { name: 'Create the grant with CreateGrant as user/Dev' }).click();
  const callout = page.getByTestId('denied-callout');
  await expect(callout).toContainText('AccessDeniedException');
  await expect(callout).toContainText(
    'User: arn:aws:iam::111122223333:user/Dev is not authorized to perform: kms:CreateGrant',
  );
  await callout.getByRole('link', { name: 'Why was this denied, and what fixes it?' }).click();
  await expect(page.getByText(/^The real call of step \d+, as recorded in its trace$/)).toBeVisible();
  await expect(page.getByText(/no IAM policy of the caller allows this action on this key/)).toBeVisible();
  await expect(page.getByRole('region', { name: 'Why not, and what fixes it' })).toBeVisible();
});

for (const theme of ['light', 'projector'] as const) {
  test(`the policy section passes axe in the ${theme} theme, with an explanation and the editor open`, async ({
    page,
  }) => {
    // Three full-page axe runs.
    test.slow();
    const console = watchConsole(page);
    await openPolicyLab(page);
    await chooseTheme(page, theme, 'en');
    await cell(page, 'role/Partner', 'Decrypt').click();
    await axeCheck(page, `policy access (${theme})`);
    await openKeyPolicyEditor(page);
    await axeCheck(page, `policy editor (${theme})`);
    await tab(page, 'Grants');
    await axeCheck(page, `policy grants (${theme})`);
    console.expectNone();
  });
}

test('the section reads in Japanese', async ({ page }) => {
  await openPolicyLab(page);
  await chooseLanguage(page, 'ja');
  await page.getByRole('button', { name: /^role\/Partner、Decrypt: / }).click();
  await expect(page.getByRole('heading', { name: '許可される 3 つの経路' })).toBeVisible();
  // JSON keeps its name in Japanese technical writing. The player (another section's component) is checked
  // by its own tests.
  const allowed = new Set(['JSON']);
  const player = (await page.getByTestId('player').allInnerTexts()).join('\n');
  const prose = (await visibleProse(page)).filter((text) => !player.includes(text));
  expect(untranslatedInJapanese(prose).filter((w) => !allowed.has(w.split(' ')[0] ?? ''))).toEqual([]);
});

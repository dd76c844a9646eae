import { expect, type Page, test } from '@playwright/test';
import { axeCheck, gotoApp, type Lang, type Theme, watchConsole } from './helpers/app';
import { untranslatedInEnglish, untranslatedInJapanese, visibleProse } from './helpers/language';
import { textSmallerThan } from './helpers/textSize';

/**
 * The envelope encryption studio, as a learner uses it. A fresh browser opens on the "envelope encryption
 * basics" scenario (CreateKey, CreateAlias, then the notes' GenerateDataKey → encrypt → discard → store →
 * decrypt), so every value checked here is the one the replayed scenario really produced.
 */

/** The example a first visit in English encrypts (86 bytes, as its Japanese original; issue #13 item 11). */
const ORIGINAL = 'Envelope encryption: large data is encrypted with a data key, which KMS then protects.';

async function openStudio(
  page: Page,
  options: { lang?: Lang; theme?: Theme; motion?: 'reduce' | 'full' } = {},
) {
  await gotoApp(page, {
    lang: options.lang ?? 'en',
    theme: options.theme,
    motion: options.motion ?? 'reduce',
    view: 'envelope',
  });
  // The boot replays the scenario and puts the cursor on its last step.
  await expect(page.getByTestId('player-position')).toHaveText(/7/);
}

const stageTitle = (page: Page) => page.locator('#stage-title');
const hexOf = async (page: Page, name: string) =>
  (await page.getByRole('group', { name, exact: true }).first().textContent())?.replace(/\s+/g, '') ?? '';

/** Opens a studio tab with the keyboard (the sticky player may cover it for a pointer). */
async function openTab(page: Page, name: string) {
  const tab = page.getByRole('navigation', { name: /Studio|スタジオ/ }).getByRole('button', { name });
  await tab.focus();
  await page.keyboard.press('Enter');
  await expect(tab).toHaveAttribute('aria-current', 'true');
}

/** Moves the player to step `n` with the keyboard only (Home, then → n times). */
async function walkTo(page: Page, n: number) {
  await page.locator('body').click({ position: { x: 1, y: 1 } });
  await page.keyboard.press('Home');
  // "Step n of m" in English, "ステップ n / m" in Japanese: the first number is the step.
  const at = (step: number) => new RegExp(`^\\D*${step}\\D`);
  await expect(page.getByTestId('player-position')).toHaveText(at(0));
  for (let i = 0; i < n; i++) await page.keyboard.press('ArrowRight');
  await expect(page.getByTestId('player-position')).toHaveText(at(n));
}

test('a learner walks the four encrypt steps and the two decrypt steps with the keyboard', async ({
  page,
}) => {
  const console = watchConsole(page);
  await openStudio(page);

  await walkTo(page, 3);
  await expect(stageTitle(page)).toContainText('1. GenerateDataKey: KMS returns the data key twice');
  await expect(page.getByText('arn:aws:kms:us-east-1:111122223333:alias/study-notes')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Plaintext data key (32 bytes)' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Encrypted data key (126 bytes)' })).toBeVisible();
  await expect(
    page.getByRole('table', { name: 'Encryption context' }).getByText('kms-lab-notes/notes/secret.txt'),
  ).toBeVisible();
  await expect(
    page.getByRole('table', { name: /Fields of the encrypted data key/ }).getByRole('row'),
  ).toHaveCount(9);
  await expect(page.getByText(/AWS does not document the byte layout/)).toBeVisible();
  const dataKey = await hexOf(page, 'Plaintext data key');
  expect(dataKey).toMatch(/^[0-9a-f]{64}$/);
  const encryptedDataKey = await hexOf(page, 'Encrypted data key, byte map');
  expect(encryptedDataKey).toHaveLength(252);

  await page.keyboard.press('ArrowRight');
  await expect(stageTitle(page)).toContainText('2. The plaintext data key encrypts the data');
  await expect(page.getByRole('heading', { name: 'Encrypted data (86 bytes, 1 frame)' })).toBeVisible();
  await expect(page.getByRole('table', { name: /1 frame of up to 4,096 bytes/ })).toBeVisible();

  await page.keyboard.press('ArrowRight');
  await expect(stageTitle(page)).toContainText('3. The plaintext data key is discarded at once');
  const cells = page.getByTestId('memory-cell');
  await expect(cells).toHaveCount(32);
  await expect(cells.filter({ hasNotText: '00' })).toHaveCount(0);
  await expect(page.getByText('All 32 bytes are 0x00: the plaintext data key is gone.')).toBeVisible();
  await expect(page.getByText('DataKeyHandle.discarded = true')).toBeVisible();
  // What the memory held before: the very key GenerateDataKey returned.
  expect((await page.getByTestId('memory-old').textContent())?.replace(/\s+/g, '')).toBe(dataKey);

  await page.keyboard.press('ArrowRight');
  await expect(stageTitle(page)).toContainText(
    '4. The encrypted data key is stored beside the encrypted data',
  );
  const envelope = await hexOf(page, 'Envelope byte map');
  expect(envelope).toHaveLength(492 * 2);
  // The envelope carries the encrypted data key byte for byte, and never the plaintext one.
  expect(envelope).toContain(encryptedDataKey);
  expect(envelope).not.toContain(dataKey);

  await page.keyboard.press('ArrowRight');
  await expect(stageTitle(page)).toContainText('Decryption');
  await expect(
    page.getByText('Key commitment verified: this is the data key of this envelope.'),
  ).toBeVisible();
  // KMS Decrypt returned the same plaintext data key that GenerateDataKey did.
  expect(
    (
      await page
        .locator('[data-testid="fact"]', { hasText: 'Plaintext data key returned' })
        .locator('dd')
        .textContent()
    )?.replace(/\s+/g, ''),
  ).toBe(dataKey);
  await expect(page.getByTestId('decrypted-text')).toHaveText(ORIGINAL);
  console.expectNone();
});

test('hovering or focusing a byte highlights its partner and names its field', async ({ page }) => {
  await openStudio(page);
  await walkTo(page, 4);
  const input = page.getByRole('group', { name: 'Plaintext bytes' });
  const output = page.getByRole('group', { name: 'Encrypted content bytes' });
  await input.focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  // The grid owns the arrow keys while focused: the player stays on step 4.
  await expect(page.getByTestId('player-position')).toHaveText(/Step 4 of/);
  await expect(input.locator('[data-testid="hex-byte"][data-active]')).toHaveAttribute('data-i', '1');
  await expect(output.locator('[data-testid="hex-byte"][data-active]')).toHaveAttribute('data-i', '1');
  await output.locator('[data-i="5"]').hover();
  await expect(input.locator('[data-testid="hex-byte"][data-active]')).toHaveAttribute('data-i', '5');

  await walkTo(page, 3);
  const blob = page.getByRole('group', { name: 'Encrypted data key, byte map' });
  await blob.locator('[data-i="20"]').hover();
  await expect(page.getByTestId('hex-status').filter({ hasText: 'Byte 20' })).toContainText('Backing key ID');
  await page.getByRole('button', { name: 'Authentication tag' }).focus();
  await expect(blob.locator('[data-testid="hex-byte"][data-marked]')).toHaveCount(16);
});

test('with full motion the discard overwrites the bytes one by one, ending in zeros', async ({ page }) => {
  await openStudio(page, { motion: 'full' });
  await walkTo(page, 5);
  const cells = page.getByTestId('memory-cell');
  await expect(page.getByText(/Overwriting: \d+ of 32 bytes are zero/)).toBeVisible();
  await expect(page.getByText('All 32 bytes are 0x00: the plaintext data key is gone.')).toBeVisible();
  await expect(cells.filter({ hasNotText: '00' })).toHaveCount(0);
});

test('why envelope: Encrypt of more than 4,096 bytes fails with the real ValidationException, the envelope way works', async ({
  page,
}) => {
  await openStudio(page);
  await openTab(page, 'Why envelope?');
  await expect(page.getByText('5,120 bytes of UTF-8')).toBeVisible();
  await page.getByRole('button', { name: 'Call Encrypt' }).click();
  const result = page.locator('.why__result');
  await expect(result.getByTestId('error-name')).toHaveText('ValidationException');
  await expect(result.locator('.error-message')).toContainText('4096');
  await expect(page.getByTestId('player-caption')).toContainText('ValidationException');

  await page.getByRole('button', { name: 'Encrypt with a data key (adds the steps)' }).click();
  await expect(page.getByRole('button', { name: 'Encrypt and decrypt' })).toHaveAttribute(
    'aria-current',
    'true',
  );
  // The player lands on the first added step (issue #13), and the flow runs on from there.
  await expect(stageTitle(page)).toContainText('1. GenerateDataKey');
  await page.locator('body').click({ position: { x: 1, y: 1 } });
  await page.keyboard.press('End');
  await expect(stageTitle(page)).toContainText('Decryption');
  await expect(page.getByTestId('decrypted-text')).toContainText('KMS can encrypt at most 4 KB directly');
});

const tamperCases = [
  { change: 'The encryption context', stop: 'InvalidCiphertextException', box: '1. Decrypt API' },
  { change: 'Disable the KMS key', stop: 'DisabledException', box: '1. Decrypt API' },
  {
    change: 'A bit of the tag',
    stop: 'frame-auth-failed',
    box: '2. The plaintext data key decrypts the data',
  },
];

for (const { change, stop, box } of tamperCases) {
  test(`tamper lab: ${change} stops the decryption with ${stop}, after a prediction`, async ({ page }) => {
    await openStudio(page);
    await openTab(page, 'Tamper lab');
    await page.getByRole('radio', { name: change }).check();
    const apply = page.getByRole('button', { name: 'Make the change and decrypt' });
    await expect(apply).toBeDisabled();
    await page.getByRole('radio', { name: 'It still decrypts' }).check();
    await apply.click();
    const reveal = page.getByTestId('reveal');
    await expect(reveal.getByRole('heading', { name: 'Not what you predicted' })).toBeVisible();
    const stopped = reveal.locator('[data-testid="box"][data-stopped]');
    await expect(stopped).toContainText(box);
    await expect(stopped.getByTestId('error-name')).toHaveText(stop);
    if (stop === 'frame-auth-failed') {
      await expect(reveal.getByText('Decrypted bytes')).toHaveCount(0);
    } else {
      await expect(
        reveal.getByText('Not reached: without the data key, nothing can be decrypted.'),
      ).toBeVisible();
    }
  });
}

test('acting as a principal without kms:Decrypt, the decryption stops at KMS with the real AccessDeniedException', async ({
  page,
}) => {
  await page.addInitScript(() =>
    localStorage.setItem('kms-lab.actor', JSON.stringify({ member: 'auditor' })),
  );
  await openStudio(page);
  await page.getByRole('button', { name: 'Decrypt: add the decrypt step' }).click();
  await expect(page.getByTestId('player-position')).toHaveText('Step 8 of 8');
  const stopped = page.locator('[data-testid="box"][data-stopped]');
  await expect(stopped).toContainText('1. Decrypt API');
  await expect(stopped.getByRole('alert')).toContainText('AccessDeniedException');
  await expect(stopped.getByRole('alert')).toContainText('arn:aws:iam::111122223333:role/Auditor');
  await expect(page.getByText('Not reached: without the data key, nothing can be decrypted.')).toBeVisible();
});

test('a shared link opened in a fresh browser shows byte-identical ciphertext, signed with 0x0578', async ({
  page,
  browser,
}) => {
  await openStudio(page);
  await page.getByLabel('Data to encrypt').fill('Shared by link: same seed, same steps, same bytes.');
  await page.getByLabel('Value of pair 1').fill('link-test');
  // The ESDK's default suite: the key pair is drawn before GenerateDataKey, so the link replays the signature.
  await page.getByRole('radio', { name: /With signing: 0x0578/ }).check();
  await page.getByRole('button', { name: 'Encrypt: add the 4 steps' }).click();
  // The player lands on the first of the added steps (issue #13); End goes to the last.
  await expect(page.getByTestId('player-position')).toHaveText('Step 8 of 11');
  const narration = page.locator('[data-stage] [data-narration]');
  await expect(narration).toContainText('first made an ECDSA P-384 key pair');
  await page.locator('body').click({ position: { x: 1, y: 1 } });
  await page.keyboard.press('ArrowRight');
  await expect(narration).toContainText('signed the whole message with its ECDSA private key');
  await expect(
    page.getByText('AES_256_GCM_HKDF_SHA512_COMMIT_KEY_ECDSA_P384', { exact: true }),
  ).toBeVisible();
  const publicKey = page.locator('[data-testid="fact"]', { hasText: 'Public key' }).locator('dd');
  await expect(publicKey).toHaveText(/^A[0-9A-Za-z+/]{65}==$/);
  const publicKeyText = (await publicKey.textContent()) ?? '';
  await page.keyboard.press('End');
  await expect(page.getByTestId('player-position')).toHaveText('Step 11 of 11');
  await expect(stageTitle(page)).toContainText('4. The encrypted data key is stored');
  const mine = await hexOf(page, 'Envelope byte map');
  // Version 2, then suite 0x0578; the legend names the public key pair and the footer's signature.
  expect(mine.slice(0, 6)).toBe('020578');
  const legend = page.getByRole('table', { name: /Envelope fields/ });
  await expect(
    legend.getByText(/0x0578: AES-256-GCM, HKDF-SHA512, key commitment, and an ECDSA P-384/),
  ).toBeVisible();
  await expect(legend.getByText(/“aws-crypto-public-key”\. Added by the AWS Encryption SDK/)).toBeVisible();
  await expect(legend.getByRole('button', { name: 'Signature', exact: true })).toBeVisible();
  expect(mine).toContain(Buffer.from(publicKeyText).toString('hex'));
  // The URL is written shortly after the change (debounced).
  await expect(page).toHaveURL(/step=11/);
  const link = page.url();

  // The link in a fresh browser, in Japanese: the same bytes, the signature verified on decryption.
  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await other.addInitScript(() =>
    localStorage.setItem('kms-lab.preferences', JSON.stringify({ lang: 'ja', motion: 'reduce' })),
  );
  await other.goto(link);
  await expect(other.getByTestId('player-position')).toHaveText(/^\D*11\D/);
  expect(await hexOf(other, 'エンベロープのバイトマップ')).toBe(mine);
  await other.getByRole('button', { name: '復号: 復号ステップを追加' }).click();
  await expect(other.getByTestId('player-position')).toHaveText(/^\D*12\D/);
  const otherNarration = other.locator('[data-stage] [data-narration]');
  await expect(otherNarration).toContainText('公開鍵でフッターの `ECDSA` 署名を検証'.replaceAll('`', ''));
  await expect(other.getByTestId('decrypted-text')).toHaveText(
    'Shared by link: same seed, same steps, same bytes.',
  );
  await expect(other.getByRole('radio', { name: /署名あり: 0x0578/ })).toBeVisible();
  await fresh.close();
});

// Each language once and each theme once (pairwise): the language check does not depend on the theme, nor
// axe's contrast on the language, and the browser suite has a time budget (issue #15).
for (const [theme, lang] of [
  ['light', 'en'],
  ['projector', 'ja'],
] as const) {
  test(`axe finds no serious or critical violations in the studio: ${theme}, ${lang}`, async ({ page }) => {
    test.setTimeout(120_000);
    await openStudio(page, { theme, lang });
    for (const tab of lang === 'en'
      ? ['Encrypt and decrypt', 'Why envelope?', 'Tamper lab', 'Threat lens', 'Large files']
      : ['暗号化と復号', 'なぜエンベロープ?', '改ざんラボ', '脅威レンズ', '大きなファイル']) {
      await openTab(page, tab);
      await axeCheck(page, `${tab} ${theme}/${lang}`);
    }
    await openTab(page, lang === 'en' ? 'Encrypt and decrypt' : '暗号化と復号');
    await walkTo(page, 3);
    await axeCheck(page, `GenerateDataKey ${theme}/${lang}`);
  });
}

/** Hides the player: its captions are the player's own (checked by its tests), this checks the studio. */
const hidePlayer = (page: Page) =>
  page.evaluate(() => {
    for (const player of document.querySelectorAll<HTMLElement>('[data-testid="player"]'))
      player.hidden = true;
  });

test('every visible string of the studio is in English on an English page', async ({ page }) => {
  await openStudio(page, { lang: 'en' });
  await hidePlayer(page);
  for (const tab of ['Encrypt and decrypt', 'Tamper lab', 'Threat lens', 'Why envelope?', 'Large files']) {
    await openTab(page, tab);
    expect(untranslatedInEnglish(await visibleProse(page)), tab).toEqual([]);
  }
});

test('every visible string of the studio is in Japanese on a Japanese page', async ({ page }) => {
  await openStudio(page, { lang: 'ja' });
  await hidePlayer(page);
  for (const tab of ['暗号化と復号', '改ざんラボ', '脅威レンズ', 'なぜエンベロープ?', '大きなファイル']) {
    await openTab(page, tab);
    expect(untranslatedInJapanese(await visibleProse(page)), tab).toEqual([]);
  }
});

test('the projector theme keeps the studio’s text at 24 px or more', async ({ page }) => {
  await openStudio(page, { theme: 'projector' });
  await walkTo(page, 3);
  // The player is the shell's, outside the studio, and checked by its own tests.
  expect(await textSmallerThan(page, 24, '[data-testid="studio"]')).toEqual([]);
});

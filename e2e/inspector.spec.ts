import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  AlgorithmSuiteIdentifier,
  buildClient,
  CommitmentPolicy,
  KmsKeyringNode,
} from '@aws-crypto/client-node';
import { CreateKeyCommand, KMS } from '@aws-sdk/client-kms';
import { expect, type Page, test } from '@playwright/test';
import { createKmsSimulator } from '../src/kms';
import { kmsClientFor } from '../src/kms/testing/sdkClient';
import { gotoApp, watchConsole } from './helpers/app';

/**
 * The message inspector of the envelope studio, in both languages. Its fixtures are made in this setup by the
 * official AWS Encryption SDK for JavaScript (`@aws-crypto/client-node`), whose KMS keyring calls a KMS Lab
 * simulator in this Node process through the official `@aws-sdk/client-kms`: a message in the ESDK's default
 * suite 0x0578 and one in the format 1.0 suite 0x0378. Their key is not in the page's scenario, so the page
 * shows them without decrypting; a message the studio itself made is then decrypted from the inspector.
 */

const fixtures = { signed: '', legacy: '', keyArn: '' };

test.beforeAll(async () => {
  const sim = createKmsSimulator({ seed: 'inspector-fixtures' });
  const client = kmsClientFor(sim);
  const kms = new KMS({
    region: 'us-east-1',
    credentials: { accessKeyId: 'AKIAKMSLABTEST000000', secretAccessKey: 'kms-lab-test-secret' },
    maxAttempts: 1,
    requestHandler: client.config.requestHandler,
  });
  const created = await client.send(new CreateKeyCommand({}));
  fixtures.keyArn = created.KeyMetadata?.Arn as string;
  const keyring = new KmsKeyringNode({ generatorKeyId: fixtures.keyArn, clientProvider: () => kms });
  // 40,000 bytes: larger than the 16 KiB the inspector reads first, so the end is found from the size.
  const plaintext = new Uint8Array(40_000).fill(7);
  const signed = await buildClient(CommitmentPolicy.REQUIRE_ENCRYPT_REQUIRE_DECRYPT).encrypt(
    keyring,
    plaintext,
    {
      encryptionContext: { department: 'finance' },
      frameLength: 4096,
    },
  );
  const legacy = await buildClient(CommitmentPolicy.FORBID_ENCRYPT_ALLOW_DECRYPT).encrypt(
    keyring,
    plaintext,
    {
      encryptionContext: { department: 'legacy' },
      suiteId: AlgorithmSuiteIdentifier.ALG_AES256_GCM_IV12_TAG16_HKDF_SHA384_ECDSA_P384,
    },
  );
  const dir = mkdtempSync(join(tmpdir(), 'kms-lab-inspector-'));
  fixtures.signed = join(dir, 'report.pdf.encrypted');
  fixtures.legacy = join(dir, 'legacy.encrypted');
  writeFileSync(fixtures.signed, signed.result);
  writeFileSync(fixtures.legacy, legacy.result);
});

async function openInspector(page: Page, lang: 'en' | 'ja') {
  await gotoApp(page, { lang, motion: 'reduce', view: 'envelope' });
  const names = { en: ['Studio', 'Message inspector'], ja: ['スタジオ', 'メッセージ検査'] }[lang];
  await page.getByRole('navigation', { name: names[0] }).getByRole('button', { name: names[1] }).click();
}

test('shows an ESDK message without its key: header, EDK with the key ARN, byte maps; names what is wrong', async ({
  page,
}, testInfo) => {
  const console = watchConsole(page);
  await openInspector(page, 'en');
  await expect(page.getByRole('heading', { name: 'Inspect an AWS Encryption SDK message' })).toBeVisible();
  const input = page.getByTestId('inspector-file');

  await input.setInputFiles(fixtures.signed);
  const inspection = page.getByTestId('inspection');
  await expect(inspection).toContainText('0x0578');
  await expect(inspection).toContainText('ALG_AES_256_GCM_HKDF_SHA512_COMMIT_KEY_ECDSA_P384');
  await expect(inspection).toContainText('2.0');
  await expect(inspection).toContainText('4,096 bytes'); // frame length
  await expect(inspection).toContainText('10; the final frame holds 3,136 bytes');
  await expect(inspection).toContainText(/ECDSA signature of 10[2-4] bytes/);
  await expect(inspection).toContainText('is the default suite of current AWS Encryption SDKs');
  const context = page.getByRole('table', { name: 'Encryption context (from the header)' });
  await expect(context).toContainText('department');
  await expect(context).toContainText('aws-crypto-public-key');
  const edks = page.getByRole('table', { name: 'Encrypted data keys (1)' });
  await expect(edks).toContainText('aws-kms');
  await expect(edks).toContainText(fixtures.keyArn);
  await expect(inspection).toContainText(`Its KMS key ${fixtures.keyArn} is not in this scenario`);
  await expect(
    page.getByRole('table', { name: /Start of the file: 16,384 of 40,\d{3} bytes/ }),
  ).toBeVisible();
  const footer = page.getByRole('table', { name: /Footer: the last 10\d bytes/ });
  await expect(footer.getByRole('button', { name: 'Signature', exact: true })).toBeVisible();
  await expect(inspection).toContainText(
    'The frames in between are not read: every regular frame is 4,128 bytes.',
  );
  await expect(footer.getByRole('button', { name: 'Signature length' })).toBeVisible();

  await input.setInputFiles(fixtures.legacy);
  await expect(inspection).toContainText('ALG_AES_256_GCM_IV12_TAG16_HKDF_SHA384_ECDSA_P384');
  await expect(inspection).toContainText('Message format 1.0: no key commitment.');
  await expect(inspection).toContainText('REQUIRE_ENCRYPT_REQUIRE_DECRYPT');
  await expect(
    page.getByRole('table', { name: /Start of the file/ }).getByRole('button', { name: 'Header IV' }),
  ).toBeVisible();

  const png = testInfo.outputPath('photo.png');
  writeFileSync(png, new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]));
  await input.setInputFiles(png);
  await expect(page.getByText('photo.png cannot be read as an AWS Encryption SDK message')).toBeVisible();
  await expect(page.getByText(/this is not an AWS Encryption SDK message/)).toBeVisible();
  console.expectNone();
});

test('in Japanese: a cut-short message is named as such, and the signed one is explained', async ({
  page,
}, testInfo) => {
  await openInspector(page, 'ja');
  await expect(page.getByRole('heading', { name: 'AWS Encryption SDK のメッセージを調べる' })).toBeVisible();
  const input = page.getByTestId('inspector-file');
  await input.setInputFiles(fixtures.signed);
  const inspection = page.getByTestId('inspection');
  await expect(inspection).toContainText('署名付きスイート');
  await expect(page.getByRole('table', { name: '暗号化されたデータキー (1)' })).toContainText(
    fixtures.keyArn,
  );
  await expect(inspection).toContainText('このシナリオにないため');

  const cut = testInfo.outputPath('cut.encrypted');
  const whole = readFileSync(fixtures.signed);
  writeFileSync(cut, whole.subarray(0, whole.length - 300));
  await input.setInputFiles(cut);
  await expect(
    page.getByText('cut.encrypted は AWS Encryption SDK のメッセージとして読めません'),
  ).toBeVisible();
  await expect(page.getByText('エンベロープが途中で切れています。')).toBeVisible();
});

test('decrypts a message whose KMS key is in the scenario, from the inspector', async ({
  page,
}, testInfo) => {
  await gotoApp(page, { lang: 'en', motion: 'reduce', view: 'envelope' });
  await expect(page.getByTestId('player-position')).toHaveText(/7/);
  const tabs = page.getByRole('navigation', { name: 'Studio' });
  await tabs.getByRole('button', { name: 'Large files' }).click();
  const plainPath = testInfo.outputPath('notes.txt');
  writeFileSync(plainPath, 'The data key encrypts the data; KMS encrypts the data key.\n'.repeat(200));
  await page.getByTestId('plain-file-input').setInputFiles(plainPath);
  const result = page.getByTestId('file-result');
  await expect(result).toContainText('Encrypted “notes.txt”');
  const envelopePath = testInfo.outputPath('notes.txt.encrypted');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: 'Download the envelope (notes.txt.encrypted)' }).click(),
  ]);
  await download.saveAs(envelopePath);

  await tabs.getByRole('button', { name: 'Message inspector' }).click();
  await page.getByTestId('inspector-file').setInputFiles(envelopePath);
  const inspection = page.getByTestId('inspection');
  await expect(inspection).toContainText('ALG_AES_256_GCM_HKDF_SHA512_COMMIT_KEY');
  await expect(inspection).toContainText('None: this suite does not sign');
  await inspection.getByRole('button', { name: /^Decrypt with / }).click();
  await expect(page.getByRole('heading', { name: 'Large files', level: 2 })).toBeVisible();
  await expect(result).toContainText('Decrypted “notes.txt.encrypted”');
  await expect(result).toContainText('11,800 bytes');
  await expect(result).toContainText('The SHA-256 matches the file recorded');
});

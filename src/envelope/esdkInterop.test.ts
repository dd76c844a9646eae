/**
 * Interoperability with the official AWS Encryption SDK for JavaScript (`@aws-crypto/client-node` 5.0.2),
 * whose AWS KMS keyring talks to the simulator through the official `@aws-sdk/client-kms` (a requestHandler
 * that calls `createKmsSimulator().handle`; no network). Messages the ESDK makes in its default suite (0x0578)
 * and in every format 1.0 suite open in KMS Lab; KMS Lab's 0x0578 and 0x0478 messages open in the ESDK.
 */
import {
  AlgorithmSuiteIdentifier,
  buildClient,
  CommitmentPolicy,
  KmsKeyringNode,
} from '@aws-crypto/client-node';
import {
  CreateKeyCommand,
  DecryptCommand,
  GenerateDataKeyCommand,
  KMS,
  type KMSClient,
} from '@aws-sdk/client-kms';
import { beforeAll, describe, expect, it } from 'vitest';
import { Drbg, equalBytes, utf8Decode, utf8Encode } from '../crypto';
import { createKmsSimulator } from '../kms';
import { kmsClientFor } from '../kms/testing/sdkClient';
import { PUBLIC_KEY_CONTEXT_KEY, SIGNED_ALGORITHM_SUITE } from './algorithmSuite';
import { DataKeyHandle } from './dataKey';
import type { EncryptionContext } from './encryptionContext';
import { AWS_KMS_PROVIDER_ID, awsKmsEncryptedDataKey, parseHeader } from './header';
import { decryptMessage, encryptMessage } from './message';
import type { DataKeyRequest } from './messageDecryptor';
import { publicKeyContext, SIGNING_KEY_SEED_LENGTH, signingKeyFromSeed } from './signature';
import { createDecryptStream } from './stream';
import { materials, providers, testBytes } from './testKit.fixture';

const sim = createKmsSimulator({ seed: 'esdk-interop' });
const client: KMSClient = kmsClientFor(sim);
/** The keyring calls `generateDataKey` / `decrypt` methods: the SDK's aggregated client, same handler. */
const kms = new KMS({
  region: 'us-east-1',
  credentials: { accessKeyId: 'AKIAKMSLABTEST000000', secretAccessKey: 'kms-lab-test-secret' },
  maxAttempts: 1,
  requestHandler: client.config.requestHandler,
});
let keyArn = '';
let keyring: KmsKeyringNode;

beforeAll(async () => {
  const created = await client.send(new CreateKeyCommand({ Description: 'ESDK interop' }));
  keyArn = created.KeyMetadata?.Arn as string;
  keyring = new KmsKeyringNode({ generatorKeyId: keyArn, clientProvider: () => kms });
});

/** KMS Lab's side of decryption: KMS Decrypt of the aws-kms EDK with the header's context, as the keyring does. */
async function decryptDataKey({ encryptedDataKeys, encryptionContext }: DataKeyRequest) {
  const edk = encryptedDataKeys.find((e) => e.providerId === AWS_KMS_PROVIDER_ID);
  if (!edk) throw new Error('no aws-kms EDK');
  const out = await client.send(
    new DecryptCommand({
      CiphertextBlob: edk.ciphertext,
      KeyId: utf8Decode(edk.providerInfo),
      EncryptionContext: { ...encryptionContext },
    }),
  );
  return new Uint8Array(out.Plaintext as Uint8Array);
}

const context = { purpose: 'interop', 'naïve-ключ': '値' };
const plaintext = testBytes(10_000, 'esdk-interop');

describe.each(providers)('ESDK → KMS Lab with $name', (provider) => {
  it('opens the default suite 0x0578 (signed), in memory and streamed in small chunks', async () => {
    const { encrypt } = buildClient(CommitmentPolicy.REQUIRE_ENCRYPT_REQUIRE_DECRYPT);
    const { result } = await encrypt(keyring, plaintext, { encryptionContext: context, frameLength: 1000 });
    const message = new Uint8Array(result);
    const header = parseHeader(message);
    expect(header.algorithmSuiteId).toBe(0x0578);
    expect(header.encryptionContext[PUBLIC_KEY_CONTEXT_KEY]).toMatch(/^A[0-9A-Za-z+/]{65}==$/);

    const opened = await decryptMessage({ provider, message, decryptDataKey });
    expect(equalBytes(opened.plaintext, plaintext)).toBe(true);
    expect(opened.trace).toMatchObject({
      algorithmSuite: { id: 0x0578 },
      signatureVerified: true,
      commitmentVerified: true,
      frameCount: 11,
    });

    const stream = createDecryptStream({ provider, decryptDataKey });
    const parts: Uint8Array[] = [];
    const reading = (async () => {
      const reader = stream.readable.getReader();
      for (let r = await reader.read(); !r.done; r = await reader.read()) parts.push(r.value);
    })();
    const writer = stream.writable.getWriter();
    for (let at = 0; at < message.length; at += 777) await writer.write(message.subarray(at, at + 777));
    await writer.close();
    await reading;
    expect(equalBytes(new Uint8Array(Buffer.concat(parts)), plaintext)).toBe(true);
    expect((await stream.trace).signatureVerified).toBe(true);
  });

  it('rejects a 0x0578 message whose signature was changed, at the footer', async () => {
    const { encrypt } = buildClient(CommitmentPolicy.REQUIRE_ENCRYPT_REQUIRE_DECRYPT);
    const { result } = await encrypt(keyring, utf8Encode('signed'));
    const message = new Uint8Array(result);
    message[message.length - 5] ^= 0x01;
    await expect(decryptMessage({ provider, message, decryptDataKey })).rejects.toMatchObject({
      code: 'signature-invalid',
      step: 'footer',
    });
  });

  // Every format 1.0 suite the ESDK still decrypts (material-management `AlgorithmSuiteIdentifier`), written
  // with the commitment policy that allows them (FORBID_ENCRYPT_ALLOW_DECRYPT).
  const v1Suites = [0x0014, 0x0046, 0x0078, 0x0114, 0x0146, 0x0178, 0x0214, 0x0346, 0x0378].map(
    (id) => [`0x${id.toString(16).padStart(4, '0')}`, id] as const,
  );
  it.each(v1Suites)('opens format 1.0 suite %s', async (_label, suiteId) => {
    const { encrypt } = buildClient(CommitmentPolicy.FORBID_ENCRYPT_ALLOW_DECRYPT);
    const { result } = await encrypt(keyring, plaintext, {
      encryptionContext: context,
      suiteId: suiteId as AlgorithmSuiteIdentifier,
      frameLength: 4096,
    });
    const message = new Uint8Array(result);
    const opened = await decryptMessage({ provider, message, decryptDataKey });
    expect(equalBytes(opened.plaintext, plaintext)).toBe(true);
    expect(opened.header).toMatchObject({ version: 1, algorithmSuiteId: suiteId });
    expect(opened.trace.messageFormatVersion).toBe(1);
    expect(opened.trace.commitmentVerified).toBe(false);
    expect(opened.trace.signatureVerified).toBe(suiteId >= 0x0214);
    expect(opened.encryptionContext).toMatchObject(context);
  });
});

/** KMS Lab's side of encryption, as the studio does it: GenerateDataKey with the context the header will carry. */
async function labMessage(signed: boolean, seed: string) {
  const drbg = Drbg.fromSeed(seed);
  const signingKey = signed
    ? signingKeyFromSeed(SIGNED_ALGORITHM_SUITE, drbg.bytes(SIGNING_KEY_SEED_LENGTH))
    : undefined;
  const kmsContext: EncryptionContext = {
    ...context,
    ...(signingKey && publicKeyContext(SIGNED_ALGORITHM_SUITE, signingKey)),
  };
  const dataKey = await client.send(
    new GenerateDataKeyCommand({ KeyId: keyArn, KeySpec: 'AES_256', EncryptionContext: { ...kmsContext } }),
  );
  return encryptMessage({
    provider: providers[0],
    algorithmSuiteId: signed ? 0x0578 : 0x0478,
    signingKey,
    dataKey: new DataKeyHandle(new Uint8Array(dataKey.Plaintext as Uint8Array)),
    encryptedDataKeys: [awsKmsEncryptedDataKey(keyArn, dataKey.CiphertextBlob as Uint8Array)],
    encryptionContext: context,
    messageId: drbg.bytes(32),
    frameLength: 1500,
    plaintext,
  });
}

describe('KMS Lab → ESDK', () => {
  it.each([
    [
      '0x0578 (signed)',
      true,
      AlgorithmSuiteIdentifier.ALG_AES256_GCM_IV12_TAG16_HKDF_SHA512_COMMIT_KEY_ECDSA_P384,
    ],
    ['0x0478', false, AlgorithmSuiteIdentifier.ALG_AES256_GCM_IV12_TAG16_HKDF_SHA512_COMMIT_KEY],
  ])('the ESDK opens KMS Lab’s %s message with its default policy', async (_label, signed, suiteId) => {
    const { message, trace } = await labMessage(signed, `lab-${signed}`);
    const { decrypt } = buildClient(CommitmentPolicy.REQUIRE_ENCRYPT_REQUIRE_DECRYPT);
    const opened = await decrypt(keyring, message);
    expect(equalBytes(new Uint8Array(opened.plaintext), plaintext)).toBe(true);
    expect(opened.messageHeader.suiteId).toBe(suiteId);
    expect(opened.messageHeader.encryptionContext).toMatchObject(context);
    expect(trace.messageLength).toBe(message.length);
    if (signed) expect(trace.footer?.signature.length).toBeGreaterThan(100);
  });

  it('writes 0x0578 deterministically: the same inputs and DRBG give the same bytes, signature included', async () => {
    const make = async () => {
      const m = await materials(providers[0], {}, 'deterministic');
      const signingKey = signingKeyFromSeed(
        SIGNED_ALGORITHM_SUITE,
        Drbg.fromSeed('signing').bytes(SIGNING_KEY_SEED_LENGTH),
      );
      return encryptMessage({
        provider: providers[0],
        algorithmSuiteId: 0x0578,
        signingKey,
        ...m,
        plaintext,
      });
    };
    const [a, b] = [await make(), await make()];
    expect(equalBytes(a.message, b.message)).toBe(true);
    expect(a.trace.footer?.length).toBeGreaterThan(100);
  });
});

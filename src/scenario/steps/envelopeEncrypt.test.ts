import {
  AlgorithmSuiteIdentifier,
  buildClient,
  CommitmentPolicy,
  KmsKeyringNode,
} from '@aws-crypto/client-node';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { selectCryptoProvider, toBase64, toHex, utf8Decode } from '../../crypto/index';
import { DataKeyHandle, FILE_FRAME_LENGTH, PUBLIC_KEY_CONTEXT_KEY, parseHeader } from '../../envelope/index';
import { createEnvelopeWorkerClient, type EnvelopeWorkerClient } from '../../envelope/workerClient';
import { serveEnvelopeRequests } from '../../envelope/workerProtocol';
import { envelopeMessage } from '../clientWorld';
import { createReplayer, type ReplayOptions } from '../replay';
import type { Scenario } from '../schema';
import { templateScenario } from '../templates';
import { validateScenario } from '../validateScenario';
import { fileEncryption, fileMessageId } from './envelopeEncrypt';
import { filesInMemory, fingerprintOf } from './envelopeEncrypt.fixture';
import type { Step } from './index';

/** Deterministic test content of `length` bytes that differs from frame to frame. */
function content(length: number, salt: number): Uint8Array {
  const out = new Uint8Array(length);
  for (let i = 0; i < length; i++) out[i] = (i * 31 + salt * 17 + (i >> 7)) & 0xff;
  return out;
}

/** The envelope-basics key (s1, s2) and a GenerateDataKey (s3) under it: what the studio's file flow starts from. */
const keyAndDataKey = (): Scenario => {
  const base = templateScenario('envelope-basics', 'ja');
  return { ...base, steps: base.steps.slice(0, 3) };
};

const generateDataKey = (id: string): Step => ({
  id,
  kind: 'kms.call',
  op: 'GenerateDataKey',
  request: { KeyId: 'alias/study-notes', KeySpec: 'AES_256', EncryptionContext: { purpose: 'kms-lab' } },
});

const withSteps = (scenario: Scenario, steps: Step[]): Scenario => ({
  ...scenario,
  steps: [...scenario.steps, ...steps],
});

/** The envelope worker's protocol over a real MessageChannel (structured cloning and transfer, as in a page). */
let workers: { client: EnvelopeWorkerClient; port: MessagePort }[] = [];
function envelopeWorker(): EnvelopeWorkerClient {
  const { port1, port2 } = new MessageChannel();
  serveEnvelopeRequests(port2);
  const client = createEnvelopeWorkerClient({ provider: 'webcrypto', port: port1 });
  workers.push({ client, port: port2 });
  return client;
}
afterEach(() => {
  for (const { client, port } of workers) {
    client.terminate();
    port.close();
  }
  workers = [];
});

const bytesOf = async (blob: Blob) => new Uint8Array(await blob.arrayBuffer());

/**
 * What the studio does for a file: the view after GenerateDataKey (step 3, `s3`), then the worker, before the
 * file step is appended.
 */
async function encryptBeforeTheStep(scenario: Scenario, file: Uint8Array) {
  const before = await createReplayer(scenario).goTo(2);
  const { provider } = selectCryptoProvider(before.cryptoProvider.name);
  const stepFields = { dataKey: 's3', frameLength: 1024 };
  const encryption = await fileEncryption(before.client, stepFields, provider);
  const memory = before.client.dataKeys.s3?.memory;
  if (!encryption || memory?.state !== 'live') throw new Error('no data key');
  const downloaded = await envelopeWorker().encryptFile({
    file: new Blob([file as Uint8Array<ArrayBuffer>]),
    dataKey: new DataKeyHandle(new Uint8Array(memory.bytes)),
    ...encryption,
  });
  return { stepFields, encryption, downloaded };
}

describe('envelope.encrypt of a file', () => {
  it('replays to the very envelope the worker made before the step existed (same message ID, same bytes)', async () => {
    const file = content(5000, 1);
    const fingerprint = await fingerprintOf('lecture.bin', file);
    const scenario = keyAndDataKey();
    const { stepFields, downloaded } = await encryptBeforeTheStep(scenario, file);

    const withFile = withSteps(scenario, [
      { id: 's4', kind: 'envelope.encrypt', ...stepFields, file: fingerprint },
    ]);
    const session = filesInMemory(file);
    const view = await createReplayer(withFile, { encryptFile: session.encryptFile }).goTo(3);
    expect(view.result).toMatchObject({ ok: true, kind: 'envelope.encrypt' });
    expect(session.envelopes).toHaveLength(1);
    expect(toHex(session.envelopes[0] as Uint8Array)).toBe(toHex(await bytesOf(downloaded.output)));
    if (view.result?.kind !== 'envelope.encrypt' || !view.result.ok) throw new Error('not encrypted');
    expect(view.result.detail.trace).toEqual(downloaded.trace);
    expect(view.result.detail.trace.frameCount).toBe(5);
    expect(view.result.detail.trace.keyDerivation.revealed).toBeUndefined();
  });

  it('keeps only the header of a file’s envelope in the client world', async () => {
    const file = content(3000, 2);
    const scenario = withSteps(keyAndDataKey(), [
      { id: 's4', kind: 'envelope.encrypt', dataKey: 's3', file: await fingerprintOf('a.bin', file) },
    ]);
    const session = filesInMemory(file);
    const view = await createReplayer(scenario, { encryptFile: session.encryptFile }).goTo(3);
    const envelope = view.client.envelopes.s4;
    if (!envelope || !('header' in envelope)) throw new Error('no file envelope');
    expect(envelopeMessage(envelope)).toBeUndefined();
    const message = session.envelopes[0] as Uint8Array;
    expect(envelope.messageLength).toBe(message.length);
    expect(toHex(envelope.header)).toBe(toHex(message.subarray(0, envelope.header.length)));
    expect(envelope.header.length).toBeLessThan(400);
    // Its bytes stay with the session: storing it in the simulated bucket says so instead of storing a header.
    const stored = withSteps(scenario, [
      { id: 's5', kind: 'envelope.store', envelope: 's4', object: { bucket: 'b-files', key: 'a.bin' } },
    ]);
    expect((await createReplayer(stored, { encryptFile: session.encryptFile }).goTo(4)).result).toMatchObject(
      { ok: false, error: { source: 'scenario', name: 'EnvelopeUnavailable' } },
    );
  });

  it('asks for the file with every input of the encryption and the client world’s own data key', async () => {
    const file = content(100, 3);
    const fingerprint = await fingerprintOf('x.bin', file);
    const scenario = withSteps(keyAndDataKey(), [
      {
        id: 's4',
        kind: 'envelope.encrypt',
        dataKey: 's3',
        file: fingerprint,
        encryptionContext: { purpose: 'other' },
        frameLength: 64,
      },
      { id: 's5', kind: 'envelope.discardDataKey', dataKey: 's3' },
    ]);
    const session = filesInMemory(file);
    const view = await createReplayer(scenario, { encryptFile: session.encryptFile }).goTo(4);
    const [request] = session.requests;
    expect(request).toMatchObject({
      fingerprint,
      encryptionContext: { purpose: 'other' },
      frameLength: 64,
      provider: view.cryptoProvider.name,
    });
    expect(request?.messageId).toHaveLength(32);
    // The handle the hook saw is the one the scenario's step 3 discarded: the hook only ever copied it.
    expect(request?.dataKey.discarded).toBe(true);
    expect(view.client.dataKeys.s3?.memory).toEqual({ state: 'discarded', length: 32 });
  });

  it('derives a message ID per message: another under the same data key, or another data key, gets another', async () => {
    const a = content(10, 4);
    const b = content(10, 5);
    const scenario = withSteps(keyAndDataKey(), [
      { id: 's4', kind: 'envelope.encrypt', dataKey: 's3', file: await fingerprintOf('a', a) },
      { id: 's5', kind: 'envelope.encrypt', dataKey: 's3', file: await fingerprintOf('b', b) },
      generateDataKey('s6'),
      { id: 's7', kind: 'envelope.encrypt', dataKey: 's6', file: await fingerprintOf('a', a) },
    ]);
    const session = filesInMemory(a, b);
    const replayer = createReplayer(scenario, { encryptFile: session.encryptFile });
    await replayer.goTo(6);
    const ids = session.requests.map((r) => toHex(r.messageId));
    expect(new Set(ids).size).toBe(3);
    // Deterministic: a second replay asks with the same IDs; the first under a key is n = 0.
    const again = filesInMemory(a, b);
    await createReplayer(scenario, { encryptFile: again.encryptFile }).goTo(6);
    expect(again.requests.map((r) => toHex(r.messageId))).toEqual(ids);
    const { provider } = selectCryptoProvider('noble');
    const edk = session.requests[0]?.encryptedDataKeys[0]?.ciphertext as Uint8Array;
    expect(toHex(await fileMessageId(provider, edk, 0))).toBe(ids[0]);
    expect(toHex(await fileMessageId(provider, edk, 1))).toBe(ids[1]);
  });

  it('turns a session that cannot read the file any more into a failed step, not a broken replay', async () => {
    const file = content(10, 6);
    const scenario = withSteps(keyAndDataKey(), [
      { id: 's4', kind: 'envelope.encrypt', dataKey: 's3', file: await fingerprintOf('gone.bin', file) },
    ]);
    const encryptFile: ReplayOptions['encryptFile'] = async () => {
      throw Object.assign(new Error('The file could not be read'), { name: 'NotReadableError' });
    };
    expect((await createReplayer(scenario, { encryptFile }).goTo(3)).result).toMatchObject({
      ok: false,
      error: { source: 'envelope', name: 'NotReadableError', stage: 'input' },
    });
  });
});

describe('the client DRBG with and without a file', () => {
  const textEnvelopes = (views: Awaited<ReturnType<ReturnType<typeof createReplayer>['goTo']>>) =>
    Object.fromEntries(
      Object.entries(views.client.envelopes).flatMap(([id, e]) => {
        const message = envelopeMessage(e);
        return message ? [[id, toHex(message)]] : [];
      }),
    );

  it('gives a text envelope after a file step the same bytes on the machine with the file and on one without', async () => {
    const file = content(2000, 7);
    const scenario = withSteps(keyAndDataKey(), [
      { id: 's4', kind: 'envelope.encrypt', dataKey: 's3', file: await fingerprintOf('f.bin', file) },
      { id: 's5', kind: 'envelope.discardDataKey', dataKey: 's3' },
      generateDataKey('s6'),
      { id: 's7', kind: 'envelope.encrypt', dataKey: 's6', text: 'after the file' },
    ]);
    const withFile = await createReplayer(scenario, { encryptFile: filesInMemory(file).encryptFile }).goTo(6);
    const without = await createReplayer(scenario).goTo(6);
    expect(withFile.result).toMatchObject({ ok: true });
    expect(without.result).toMatchObject({ ok: true });
    expect(Object.keys(withFile.client.envelopes)).toEqual(['s4', 's7']);
    expect(Object.keys(without.client.envelopes)).toEqual(['s7']);
    expect(textEnvelopes(withFile)).toEqual(textEnvelopes(without));
  });

  it('whatever mix of text and file steps, and whichever files this session has (property)', async () => {
    const files = [content(300, 8), content(700, 9), content(50, 10)];
    const prints = await Promise.all(files.map((f, i) => fingerprintOf(`f${i}`, f)));
    const use = fc.record({
      file: fc.option(fc.integer({ min: 0, max: 2 }), { nil: undefined }),
      freshKey: fc.boolean(),
    });
    await fc.assert(
      fc.asyncProperty(
        fc.array(use, { minLength: 1, maxLength: 5 }),
        fc.subarray([0, 1, 2]),
        async (uses, here) => {
          const steps: Step[] = [];
          let n = 4;
          let dataKey = 's3';
          for (const [i, u] of uses.entries()) {
            if (u.freshKey) {
              dataKey = `s${n++}`;
              steps.push(generateDataKey(dataKey));
            }
            const id = `s${n++}`;
            steps.push(
              u.file === undefined
                ? { id, kind: 'envelope.encrypt', dataKey, text: `text ${i}` }
                : { id, kind: 'envelope.encrypt', dataKey, file: prints[u.file] as (typeof prints)[0] },
            );
          }
          const scenario = withSteps(keyAndDataKey(), steps);
          const last = scenario.steps.length - 1;
          const all = await createReplayer(scenario, {
            encryptFile: filesInMemory(...files).encryptFile,
          }).goTo(last);
          const some = await createReplayer(scenario, {
            encryptFile: filesInMemory(...here.map((i) => files[i] as Uint8Array)).encryptFile,
          }).goTo(last);
          const none = await createReplayer(scenario).goTo(last);
          expect(textEnvelopes(some)).toEqual(textEnvelopes(all));
          expect(textEnvelopes(none)).toEqual(textEnvelopes(all));
          expect(some.client.messagesPerDataKey).toEqual(all.client.messagesPerDataKey);
          expect(none.trail).toEqual(all.trail);
        },
      ),
      { numRuns: 20 },
    );
  });

  it('draws no client randomness for a file step (so FILE_FRAME_LENGTH files replay without the DRBG)', async () => {
    const file = content(10, 11);
    const scenario = withSteps(keyAndDataKey(), [
      {
        id: 's4',
        kind: 'envelope.encrypt',
        dataKey: 's3',
        file: await fingerprintOf('f', file),
        frameLength: FILE_FRAME_LENGTH,
      },
      generateDataKey('s5'),
      { id: 's6', kind: 'envelope.encrypt', dataKey: 's5', text: 'x' },
    ]);
    const withoutFileStep = withSteps(keyAndDataKey(), [
      generateDataKey('s5'),
      { id: 's6', kind: 'envelope.encrypt', dataKey: 's5', text: 'x' },
    ]);
    const a = await createReplayer(scenario, { encryptFile: filesInMemory(file).encryptFile }).goTo(5);
    const b = await createReplayer(withoutFileStep).goTo(4);
    if (a.result?.kind !== 'envelope.encrypt' || !a.result.ok) throw new Error('text failed');
    if (b.result?.kind !== 'envelope.encrypt' || !b.result.ok) throw new Error('text failed');
    expect(toHex(a.result.detail.trace.messageId)).toBe(toHex(b.result.detail.trace.messageId));
  });
});

describe('the signing suite, 0x0578 (GenerateDataKey for AES_256_GCM_HKDF_SHA512_COMMIT_KEY_ECDSA_P384)', () => {
  const object = { bucket: 'kms-lab-notes', key: 'notes/signed.txt' };
  /** The studio's text flow with the signing suite: the key, GenerateDataKey, encrypt, discard, store, decrypt. */
  const signedFlow = (): Scenario => {
    const base = keyAndDataKey();
    return withSteps({ ...base, steps: base.steps.slice(0, 2) }, [
      { ...generateDataKey('s3'), algorithmSuite: 'AES_256_GCM_HKDF_SHA512_COMMIT_KEY_ECDSA_P384' } as Step,
      { id: 's4', kind: 'envelope.encrypt', dataKey: 's3', text: '署名つきの秘密' },
      { id: 's5', kind: 'envelope.discardDataKey', dataKey: 's3' },
      { id: 's6', kind: 'envelope.store', envelope: 's4', object },
      { id: 's7', kind: 'envelope.decrypt', object },
    ]);
  };
  const messageOf = async (scenario: Scenario) => {
    const view = await createReplayer(validateScenario(JSON.parse(JSON.stringify(scenario)))).goTo(3);
    const envelope = view.client.envelopes.s4;
    const message = envelope && envelopeMessage(envelope);
    if (!message) throw new Error('no message');
    return { view, message };
  };

  it('draws the key pair before GenerateDataKey, and a link replays the message byte for byte', async () => {
    const { view, message } = await messageOf(signedFlow());
    const header = parseHeader(message);
    expect(header.algorithmSuiteId).toBe(0x0578);
    const publicKey = header.encryptionContext[PUBLIC_KEY_CONTEXT_KEY];
    expect(publicKey).toMatch(/^A[0-9A-Za-z+/]{65}==$/);
    // KMS got the public key in the GenerateDataKey context, as from the ESDK's CMM.
    const generated = await createReplayer(signedFlow()).goTo(2);
    if (generated.result?.kind !== 'kms.call') throw new Error('not a kms.call');
    expect(generated.result.detail?.request.EncryptionContext).toEqual({
      purpose: 'kms-lab',
      [PUBLIC_KEY_CONTEXT_KEY]: publicKey,
    });
    expect(view.result).toMatchObject({ ok: true, detail: { trace: { algorithmSuite: { id: 0x0578 } } } });
    // Another replayer, from the link's JSON: the same bytes, the signature in the footer included.
    const again = await messageOf(signedFlow());
    expect(toHex(again.message)).toBe(toHex(message));
    // The client DRBG drew the key first: the message ID differs from the unsigned flow's.
    const unsigned = withSteps(keyAndDataKey(), [
      { id: 's4', kind: 'envelope.encrypt', dataKey: 's3', text: '署名つきの秘密' },
    ]);
    const plain = await messageOf(unsigned);
    expect(parseHeader(plain.message).algorithmSuiteId).toBe(0x0478);
    expect(toHex(parseHeader(plain.message).messageId)).not.toBe(toHex(header.messageId));
  });

  it('zero-fills the private key with the data key, and decrypts by the public key in the header', async () => {
    const replayer = createReplayer(signedFlow());
    const beforeDiscard = await replayer.goTo(3);
    const signingKey = beforeDiscard.client.dataKeys.s3?.signingKey;
    expect(signingKey).toHaveLength(48);
    expect(signingKey?.some((b) => b !== 0)).toBe(true);
    const discarded = await replayer.goTo(4);
    expect(discarded.client.dataKeys.s3?.signingKey).toEqual(new Uint8Array(48));
    // The earlier view kept its copy (snapshots copy the key; the discard changed it in place).
    expect(beforeDiscard.client.dataKeys.s3?.signingKey?.some((b) => b !== 0)).toBe(true);
    const decrypted = await replayer.goTo(6);
    expect(decrypted.result).toMatchObject({
      ok: true,
      kind: 'envelope.decrypt',
      detail: { trace: { algorithmSuite: { id: 0x0578 }, signatureVerified: true } },
    });
  });

  it('makes a message the official ESDK (client-node) opens, its KMS keyring calling the scenario’s KMS', async () => {
    const scenario = signedFlow();
    const { message } = await messageOf(scenario);
    // KMS Decrypt as a step appended to the scenario: the keyring's call, answered by the scenario's own KMS.
    const kms = {
      async decrypt(request: { CiphertextBlob: Uint8Array; KeyId?: string; EncryptionContext?: object }) {
        const steps = scenario.steps.slice(0, 5);
        const decrypt: Step = {
          id: 's9',
          kind: 'kms.call',
          op: 'Decrypt',
          request: {
            CiphertextBlob: toBase64(request.CiphertextBlob),
            ...(request.KeyId && { KeyId: request.KeyId }),
            EncryptionContext: { ...(request.EncryptionContext as Record<string, string>) },
          },
        };
        const view = await createReplayer({ ...scenario, steps: [...steps, decrypt] }).goTo(steps.length);
        if (view.result?.kind !== 'kms.call' || !view.result.ok) throw new Error('KMS Decrypt failed');
        const output = view.result.detail.invocation;
        if (!output?.ok) throw new Error('KMS Decrypt failed');
        return output.response;
      },
    };
    const keyArn = parseHeader(message).encryptedDataKeys[0]?.providerInfo;
    const keyring = new KmsKeyringNode({
      keyIds: [utf8Decode(keyArn as Uint8Array)],
      clientProvider: () => kms as never,
    });
    const { decrypt } = buildClient(CommitmentPolicy.REQUIRE_ENCRYPT_REQUIRE_DECRYPT);
    const opened = await decrypt(keyring, message);
    expect(utf8Decode(new Uint8Array(opened.plaintext))).toBe('署名つきの秘密');
    expect(opened.messageHeader.suiteId).toBe(
      AlgorithmSuiteIdentifier.ALG_AES256_GCM_IV12_TAG16_HKDF_SHA512_COMMIT_KEY_ECDSA_P384,
    );
  });

  it('encrypts a file with the same key pair in the worker as the step replays it', async () => {
    const file = content(4000, 5);
    const base = signedFlow();
    const scenario = { ...base, steps: base.steps.slice(0, 3) };
    const { stepFields, encryption, downloaded } = await encryptBeforeTheStep(scenario, file);
    expect(encryption.algorithmSuiteId).toBe(0x0578);
    const session = filesInMemory(file);
    const withFile = withSteps(scenario, [
      { id: 's4', kind: 'envelope.encrypt', ...stepFields, file: await fingerprintOf('signed.bin', file) },
    ]);
    const view = await createReplayer(withFile, { encryptFile: session.encryptFile }).goTo(3);
    expect(view.result).toMatchObject({ ok: true });
    expect(toHex(session.envelopes[0] as Uint8Array)).toBe(toHex(await bytesOf(downloaded.output)));
    expect(downloaded.trace.footer?.signature.length).toBeGreaterThan(100);
  });

  it('is validated: GenerateDataKey only, the two suite names, and a link without it means 0x0478', () => {
    const scenario = signedFlow();
    const withSuite = (step: object) =>
      JSON.parse(JSON.stringify({ ...scenario, steps: [...scenario.steps.slice(0, 2), step] }));
    expect(() =>
      validateScenario(withSuite({ ...generateDataKey('s3'), algorithmSuite: 'ALG_AES256_GCM' })),
    ).toThrow(/algorithmSuite/);
    expect(() =>
      validateScenario(
        withSuite({
          id: 's3',
          kind: 'kms.call',
          op: 'Encrypt',
          request: { KeyId: 'alias/study-notes', Plaintext: 'AA==' },
          algorithmSuite: 'AES_256_GCM_HKDF_SHA512_COMMIT_KEY',
        }),
      ),
    ).toThrow(/GenerateDataKey only/);
    const old = validateScenario(withSuite(generateDataKey('s3')));
    expect(old.steps[2]).not.toHaveProperty('algorithmSuite');
  });

  it('refuses a GenerateDataKey context that already holds aws-crypto-public-key, as the ESDK does', async () => {
    const base = signedFlow();
    const step = {
      ...generateDataKey('s3'),
      request: {
        KeyId: 'alias/study-notes',
        KeySpec: 'AES_256',
        EncryptionContext: { [PUBLIC_KEY_CONTEXT_KEY]: 'AAAA' },
      },
      algorithmSuite: 'AES_256_GCM_HKDF_SHA512_COMMIT_KEY_ECDSA_P384',
    } as Step;
    const view = await createReplayer({ ...base, steps: [...base.steps.slice(0, 2), step] }).goTo(2);
    expect(view.result).toMatchObject({
      ok: false,
      error: { source: 'envelope', name: 'reserved-encryption-context-key' },
    });
  });
});

import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { toHex, utf8Encode } from '../../crypto/index';
import { createReplayer, type Replayer } from '../../scenario/replay';
import type { Scenario } from '../../scenario/schema';
import type { Step } from '../../scenario/steps/index';
import { templateScenario } from '../../scenario/templates';
import { type Frame, invocationsOf, type Place, type Scene, sceneOf, type Token } from './picture';
import { endOf } from './sceneFrames';

/** The scene of step `index`, as the stage computes it: the view, the history up to it, the view before. */
async function sceneAt(replayer: Replayer, index: number): Promise<Scene> {
  const view = await replayer.goTo(index);
  const history = await replayer.history(index);
  const before = index >= 0 ? await replayer.goTo(index - 1) : undefined;
  return sceneOf(view, { ...history, records: history.records.slice(0, index + 1) }, before);
}

/** Token ids at a place, in the frame. */
const at = (frame: Frame, place: Place) => frame.tokens.filter((t) => t.at === place).map((t) => t.id);
const token = (frame: Frame, id: string) => frame.tokens.find((t) => t.id === id) as Token;

/** A scene as plain comparable data (bytes as hex). */
const plain = (scene: Scene) =>
  JSON.parse(
    JSON.stringify(scene, (_key, value) => (value instanceof Uint8Array ? `hex:${toHex(value)}` : value)),
  ) as unknown;

const basics = templateScenario('envelope-basics', 'ja');
const TEXT = (basics.steps[3] as Extract<Step, { kind: 'envelope.encrypt' }>).text as string;
const OBJECT = 's3://kms-lab-notes/notes/secret.txt';

describe('the envelope encrypt and decrypt steps (envelope-basics)', () => {
  const scenes: Scene[] = [];
  const scene = (index: number) => scenes[index + 1] as Scene;
  let plaintextKey: Uint8Array | undefined;
  beforeAll(async () => {
    const replayer = createReplayer(basics);
    for (let i = -1; i < basics.steps.length; i++) scenes.push(await sceneAt(replayer, i));
    const response = invocationsOf((await replayer.goTo(2)).result)[0];
    plaintextKey = response?.ok ? (response.response as { Plaintext: Uint8Array }).Plaintext : undefined;
  });

  it('starts empty: nothing in memory, storage or the trail, no call', () => {
    const start = endOf(scene(-1));
    expect(start.tokens).toEqual([]);
    expect(scene(-1).call).toBeUndefined();
    expect(scene(-1).narration.code).toBe('start');
  });

  it('CreateKey puts the key in KMS with one backing-key version, current, and a trail record', () => {
    const created = scene(0);
    expect(created.call?.operation).toBe('CreateKey');
    expect(created.key?.state).toBe('Enabled');
    expect(created.key?.versions).toEqual([expect.objectContaining({ index: 0, current: true })]);
    expect(at(endOf(created), 'trail')).toHaveLength(1);
    expect(token(endOf(created), at(endOf(created), 'trail')[0] as string).event?.name).toBe('CreateKey');
  });

  it('GenerateDataKey: the request goes out with its context, two tokens are made in KMS and come back', () => {
    const s = scene(2);
    expect(s.call).toMatchObject({
      operation: 'GenerateDataKey',
      outcome: 'ok',
      response: ['Plaintext', 'CiphertextBlob'],
    });
    expect(s.call?.fields).toEqual([
      { name: 'KeyId', value: 'alias/study-notes' },
      { name: 'KeySpec', value: 'AES_256' },
    ]);
    const [request, inside, end] = s.frames as [Frame, Frame, Frame];
    expect(at(request, 'wire')).toEqual(['ec:s3']);
    expect(at(request, 'memory')).toEqual([]);
    expect(at(inside, 'kms').sort()).toEqual(['dk:s3', 'ec:s3', 'edk:s3']);
    expect(inside.gate).toBe('allow');
    expect(at(end, 'memory')).toEqual(['dk:s3', 'edk:s3']);
    expect(token(end, 'ec:s3').pairs).toEqual([
      ['object', 'kms-lab-notes/notes/secret.txt'],
      ['purpose', 'kms-lab'],
    ]);
    // The real bytes: the plaintext data key is the one the engine returned; the blob names backing key v1.
    expect(toHex(token(end, 'dk:s3').bytes)).toBe(toHex(plaintextKey as Uint8Array));
    expect(token(end, 'edk:s3').version).toBe(0);
    expect(s.key?.used).toBe(0);
    // The trail row drops in last.
    expect(at(end, 'trail')).toHaveLength(3);
    expect(at(inside, 'trail')).toHaveLength(2);
    expect(s.narration).toEqual({ code: 'generateDataKey', params: { bytes: 32, version: 1 } });
  });

  it('encrypt: the plaintext and the data key in memory become encrypted frames there, KMS untouched', () => {
    const s = scene(3);
    expect(s.call).toBeUndefined();
    // The wire names what happened instead of a call: the ESDK suite's cipher, from the step's trace.
    expect(s.local).toEqual({
      kind: 'encrypt',
      cipher: 'AES-256-GCM',
      suite: 'ALG_AES_256_GCM_HKDF_SHA512_COMMIT_KEY',
    });
    const [first, end] = s.frames as [Frame, Frame];
    expect(at(first, 'memory').sort()).toEqual(['dk:s3', 'edk:s3', 'pt:s4']);
    expect(new TextDecoder().decode(token(first, 'pt:s4').bytes)).toBe(TEXT);
    expect(at(end, 'memory').sort()).toEqual(['data:s4', 'dk:s3', 'edk:s3']);
    expect(token(end, 'data:s4').frames).toBe(1);
  });

  it('discard: the plaintext key token is overwritten with 32 zero bytes in place, then gone', () => {
    const s = scene(4);
    const end = endOf(s);
    const zeroed = token(end, 'dk:s3');
    expect(zeroed.kind).toBe('zeroedKey');
    expect([...zeroed.bytes]).toEqual(new Array(32).fill(0));
    expect(toHex(zeroed.before as Uint8Array)).toBe(toHex(plaintextKey as Uint8Array));
    expect(end.tokens.filter((t) => t.kind === 'dataKey')).toEqual([]);
    // The next step has no trace of it at all.
    expect(endOf(scene(5)).tokens.filter((t) => t.id === 'dk:s3')).toEqual([]);
    expect(s.narration).toEqual({ code: 'discard', params: { bytes: 32, already: 0 } });
    expect(s.local).toEqual({ kind: 'discard' });
  });

  it('store: the encrypted key and the encrypted data travel to storage together', () => {
    expect(scene(5).local).toEqual({ kind: 'store' });
    const [first, end] = scene(5).frames as [Frame, Frame];
    expect(at(first, 'memory')).toEqual(['edk:s3', 'data:s4']);
    expect(at(first, 'storage')).toEqual([]);
    expect(at(end, 'memory')).toEqual([]);
    expect(at(end, 'storage')).toEqual(['edk:s3', 'data:s4']);
    expect(end.tokens.filter((t) => t.at === 'storage').map((t) => t.object)).toEqual([OBJECT, OBJECT]);
  });

  it('decrypt: the blob and context go into KMS, which uses the version in the blob; the key comes back, then the data', () => {
    const s = scene(6);
    expect(s.call?.operation).toBe('Decrypt');
    expect(s.local).toBeUndefined();
    expect(s.call?.fields.map((f) => f.name)).toEqual(['KeyId', 'CiphertextBlob']);
    const [wire, inside, back, zeroing, end] = s.frames as Frame[];
    expect(at(wire as Frame, 'wire').sort()).toEqual(['ec:s7', 'read:s7']);
    expect(token(wire as Frame, 'read:s7').version).toBe(0);
    expect(at(inside as Frame, 'kms').sort()).toEqual(['dk:s7', 'read:s7']);
    expect(at(back as Frame, 'memory')).toEqual(['dk:s7']);
    // The ESDK zero-fills the plaintext data key once the message keys are derived from it.
    expect(token(zeroing as Frame, 'dk:s7').kind).toBe('zeroedKey');
    expect(at(end as Frame, 'memory')).toEqual(['pt:s7']);
    expect(new TextDecoder().decode(token(end as Frame, 'pt:s7').bytes)).toBe(TEXT);
    // The stored envelope stays where it is.
    expect(at(end as Frame, 'storage')).toEqual(['edk:s3', 'data:s4']);
    expect(s.key?.used).toBe(0);
    expect(s.narration.code).toBe('decrypt');
  });

  it('scrubbing back is the same function on an earlier step', async () => {
    const again = createReplayer(basics);
    for (const index of [6, 2, 4, -1, 5])
      expect(plain(await sceneAt(again, index))).toEqual(plain(scene(index)));
  });
});

describe('the picture does not depend on how the replay got there', () => {
  it('same step ⇒ same picture, whatever order the steps were visited in', async () => {
    const reference = createReplayer(basics);
    const expected = new Map<number, unknown>();
    for (let i = -1; i < basics.steps.length; i++) expected.set(i, plain(await sceneAt(reference, i)));
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.integer({ min: -1, max: basics.steps.length - 1 }), { minLength: 1, maxLength: 6 }),
        fc.integer({ min: 1, max: 4 }),
        async (order, checkpointEvery) => {
          const replayer = createReplayer(basics, { checkpointEvery });
          for (const index of order)
            expect(plain(await sceneAt(replayer, index))).toEqual(expected.get(index));
        },
      ),
      { numRuns: 12 },
    );
  });
});

const withSteps = (name: string, extra: Step[]): Scenario => ({
  ...basics,
  seed: name,
  steps: [...basics.steps, ...extra],
});

describe('failures and attacks', () => {
  it('Encrypt over 4,096 bytes bounces off KMS with the real ValidationException', async () => {
    const scenario = templateScenario('why-envelope', 'ja');
    const s = await sceneAt(createReplayer(scenario), 2);
    expect(s.call?.operation).toBe('Encrypt');
    expect(s.call?.outcome).toBe('error');
    expect(s.call?.error?.name).toBe('ValidationException');
    expect(s.call?.error?.message).toMatch(/4096/);
    const [wire, end] = s.frames as [Frame, Frame];
    expect(at(wire, 'wire')).toEqual(['sent:s3']);
    expect(at(end, 'memory')).toEqual(['sent:s3']);
    expect(token(end, 'sent:s3').bytes.length).toBeGreaterThan(4096);
    expect(end.gate).toBe('idle');
    expect(s.narration).toEqual({
      code: 'rejected',
      params: { op: 'Encrypt', errorName: 'ValidationException' },
    });
  });

  it('a denied call closes the gate and names the step the policy section explains', async () => {
    const scenario = withSteps('denied', [
      {
        id: 's8',
        kind: 'kms.call',
        op: 'GenerateDataKey',
        request: { KeyId: 'alias/study-notes', KeySpec: 'AES_256' },
        caller: { principal: 'arn:aws:iam::111122223333:role/Reader' },
      },
    ]);
    const s = await sceneAt(createReplayer(scenario), 7);
    expect(s.call?.outcome).toBe('denied');
    expect(s.call?.error?.name).toBe('AccessDeniedException');
    expect(s.call?.deniedStepId).toBe('s8');
    expect(endOf(s).gate).toBe('deny');
    expect(s.caller).toEqual({ kind: 'principal', principal: 'arn:aws:iam::111122223333:role/Reader' });
    expect(endOf(s).tokens.filter((t) => t.kind === 'dataKey')).toEqual([]);
    const row = endOf(s)
      .tokens.filter((t) => t.kind === 'trailRecord')
      .at(-1);
    expect(row?.event).toMatchObject({ name: 'GenerateDataKey', errorCode: 'AccessDeniedException' });
    expect(s.narration.code).toBe('denied');
  });

  it('a flipped bit is marked in storage, and the decrypt shows where it was caught', async () => {
    const scenario = withSteps('tamper', [
      {
        id: 's8',
        kind: 'tamper',
        object: { bucket: 'kms-lab-notes', key: 'notes/secret.txt' },
        flip: { part: 'tag', bit: 3 },
      },
      { id: 's9', kind: 'envelope.decrypt', object: { bucket: 'kms-lab-notes', key: 'notes/secret.txt' } },
    ]);
    const replayer = createReplayer(scenario);
    const tampered = await sceneAt(replayer, 7);
    expect(token(endOf(tampered), 'data:s4').tampered).toEqual({ offset: expect.any(Number), length: 1 });
    expect(tampered.narration).toMatchObject({ code: 'tamper', params: { part: 'tag', bit: 3 } });
    const caught = await sceneAt(replayer, 8);
    expect(caught.narration.code).toBe('decryptCaught');
    expect(token(endOf(caught), 'data:s4').caughtAt).toEqual({ stage: 'body', frame: 1 });
    expect(endOf(caught).tokens.filter((t) => t.kind === 'plaintext')).toEqual([]);
  });

  it('a tampered encryption context is refused by KMS Decrypt itself', async () => {
    const scenario = withSteps('context', [
      {
        id: 's8',
        kind: 'tamper',
        object: { bucket: 'kms-lab-notes', key: 'notes/secret.txt' },
        encryptionContext: { purpose: 'kms-lab', object: 'elsewhere' },
      },
      { id: 's9', kind: 'envelope.decrypt', object: { bucket: 'kms-lab-notes', key: 'notes/secret.txt' } },
    ]);
    const s = await sceneAt(createReplayer(scenario), 8);
    expect(s.call?.operation).toBe('Decrypt');
    expect(s.call?.error?.name).toBe('InvalidCiphertextException');
    expect(s.narration).toEqual({
      code: 'decryptKmsFailed',
      params: { op: 'Decrypt', errorName: 'InvalidCiphertextException' },
    });
  });
});

describe('rotation', () => {
  it('each ciphertext keeps the version that made it; the new version is current, the old one kept', async () => {
    const scenario = templateScenario('rotation', 'ja');
    const replayer = createReplayer(scenario);
    const after = await sceneAt(replayer, 5);
    expect(after.key?.versions.map((v) => v.current)).toEqual([false, true]);
    const kept = endOf(after).tokens.filter((t) => t.kind === 'ciphertextBlob');
    expect(kept.map((t) => [t.id, t.version])).toEqual([
      ['ct:s2', 0],
      ['ct:s6', 1],
    ]);
    // Decrypting the old ciphertext uses the old version, named in the blob.
    const old = await sceneAt(replayer, 6);
    expect(old.key?.used).toBe(0);
    expect(toHex(token(old.frames[0] as Frame, 'sent:s7').bytes)).toBe(
      toHex(token(endOf(after), 'ct:s2').bytes),
    );
    const plaintext = token(endOf(old), 'pt:s7');
    expect(toHex(plaintext.bytes)).toBe(toHex(utf8Encode('before rotation')));
  });

  it('ReEncrypt moves an old ciphertext to the current version inside KMS: blob in, blob out, no plaintext', async () => {
    const rotation = templateScenario('rotation', 'en');
    const scenario: Scenario = {
      ...rotation,
      steps: [
        ...rotation.steps,
        {
          id: 's9',
          kind: 'kms.call',
          op: 'ReEncrypt',
          request: {
            CiphertextBlob: { $ref: 's2/CiphertextBlob' },
            DestinationKeyId: { $ref: 's1/KeyMetadata/KeyId' },
          },
        },
      ],
    };
    const s = await sceneAt(createReplayer(scenario), 8);
    expect(s.narration).toEqual({ code: 'reEncrypt', params: { from: 1, to: 2 } });
    const [wire, inside, end] = s.frames as [Frame, Frame, Frame];
    expect(at(wire, 'wire')).toEqual(['sent:s9']);
    expect(at(inside, 'kms').sort()).toEqual(['ct:s9', 'sent:s9']);
    expect(token(end, 'ct:s9').version).toBe(1);
    expect(
      [inside, end].flatMap((f) => f.tokens).some((t) => t.kind === 'plaintext' && t.id.endsWith('s9')),
    ).toBe(false);
  });
});

const KEY = { $ref: 's1/KeyMetadata/KeyId' };

describe('key lifecycle', () => {
  it('disable, enable, schedule deletion, the waiting period, and the ciphertexts that can never be decrypted again', async () => {
    const scenario = withSteps('lifecycle', [
      { id: 's8', kind: 'kms.call', op: 'DisableKey', request: { KeyId: KEY } },
      { id: 's9', kind: 'kms.call', op: 'EnableKey', request: { KeyId: KEY } },
      {
        id: 's10',
        kind: 'kms.call',
        op: 'ScheduleKeyDeletion',
        request: { KeyId: KEY, PendingWindowInDays: 7 },
      },
      { id: 's11', kind: 'clock.advance', ms: 8 * 86_400_000 },
      { id: 's12', kind: 'envelope.decrypt', object: { bucket: 'kms-lab-notes', key: 'notes/secret.txt' } },
    ]);
    const replayer = createReplayer(scenario);
    expect((await sceneAt(replayer, 7)).key?.state).toBe('Disabled');
    expect((await sceneAt(replayer, 8)).key?.state).toBe('Enabled');
    const scheduled = await sceneAt(replayer, 9);
    expect(scheduled.key?.state).toBe('PendingDeletion');
    expect(scheduled.key?.deletionDate).toBe('2026-01-08');
    expect(token(endOf(scheduled), 'edk:s3').orphaned).toBeUndefined();
    const deleted = await sceneAt(replayer, 10);
    expect(deleted.narration).toEqual({ code: 'clock', params: { days: 8 } });
    expect(deleted.key).toMatchObject({ deleted: true, state: 'Deleted', versions: [] });
    expect(token(endOf(deleted), 'edk:s3').orphaned).toBe(true);
    const row = endOf(deleted)
      .tokens.filter((t) => t.kind === 'trailRecord')
      .at(-1);
    expect(row?.event?.name).toBe('DeleteKey');
    const refused = await sceneAt(replayer, 11);
    expect(refused.call?.outcome).toBe('error');
    expect(refused.narration.code).toBe('decryptKmsFailed');
  });
});

describe('AWS services', () => {
  it('a service calls KMS for the principal with its own encryption context', async () => {
    const scenario = withSteps('service', [
      {
        id: 's8',
        kind: 'service.call',
        service: 'secretsmanager',
        action: 'CreateSecret',
        params: { Name: 'prod/db', SecretString: 'hunter2', KmsKeyId: 'alias/study-notes' },
      },
    ]);
    const s = await sceneAt(createReplayer(scenario), 7);
    expect(s.caller).toMatchObject({ kind: 'service', service: 'AWS Secrets Manager' });
    expect(s.call?.operation).toBe('GenerateDataKey');
    expect(s.call?.viaService).toMatch(/^secretsmanager\./);
    const context = endOf(s).tokens.find((t) => t.kind === 'encryptionContext');
    expect(context?.pairs?.map(([k]) => k)).toContain('SecretARN');
    expect(s.narration).toMatchObject({ code: 'service', params: { service: 'AWS Secrets Manager' } });
  });

  it('the secret the service stored is drawn in storage: its encrypted data key beside its encrypted value', async () => {
    const scenario = withSteps('service-storage', [
      {
        id: 's8',
        kind: 'service.call',
        service: 'secretsmanager',
        action: 'CreateSecret',
        params: { Name: 'prod/db', SecretString: 'hunter2', KmsKeyId: 'alias/study-notes' },
      },
    ]);
    const replayer = createReplayer(scenario);
    const s = await sceneAt(replayer, 7);
    const world = (await replayer.goTo(7)).result;
    if (world?.kind !== 'service.call' || !world.ok) throw new Error('CreateSecret did not run');
    const secret = world.detail.world.secretsmanager.secrets['prod/db'];
    const version = secret?.versions[0];
    const stored = endOf(s).tokens.filter((t) => t.object === 'prod/db');
    expect(stored.map((t) => [t.kind, t.at])).toEqual([
      ['ciphertextBlob', 'storage'],
      ['encryptedData', 'storage'],
    ]);
    // The very bytes Secrets Manager keeps: the encrypted data key and the sealed value.
    expect(toHex(stored[0]?.bytes as Uint8Array)).toBe(toHex(version?.encryptedDataKey as Uint8Array));
    expect(toHex(stored[1]?.bytes as Uint8Array)).toBe(toHex(version?.sealed.ciphertext as Uint8Array));
    // They land after the call: the first beat has them nowhere.
    expect((s.frames[0] as Frame).tokens.some((t) => t.object === 'prod/db')).toBe(false);
    expect(s.resources).toEqual({
      total: 1,
      groups: [{ object: 'prod/db', service: 'secretsmanager', serviceName: 'AWS Secrets Manager' }],
    });
  });

  it('S3 Bucket Keys: one KMS call and one encrypted bucket key for a whole bucket, one per object without', async () => {
    const batch = (id: string, bucketKeys: boolean, after?: string): Step => ({
      id,
      kind: 'service.call',
      service: 's3',
      action: 'PutObjectBatch',
      params: {
        Bucket: bucketKeys ? 'with-bucket-keys' : 'without-bucket-keys',
        KeyPrefix: 'object-',
        Count: 20,
        Body: 'x',
        ServerSideEncryption: 'aws:kms',
        SSEKMSKeyId: 'alias/study-notes',
        BucketKeyEnabled: bucketKeys,
      },
      ...(after ? { services: { $ref: `${after}/Services` } } : {}),
    });
    const read: Step = {
      id: 's10',
      kind: 'service.call',
      service: 's3',
      action: 'GetObject',
      params: { Bucket: 'with-bucket-keys', Key: 'object-7' },
      services: { $ref: 's9/Services' },
    };
    const scenario = withSteps('bucket-keys', [batch('s8', false), batch('s9', true, 's8'), read]);
    const replayer = createReplayer(scenario);
    const without = await sceneAt(replayer, 7);
    const withKeys = await sceneAt(replayer, 8);
    expect(without.resources?.groups).toEqual([
      { object: 's3://without-bucket-keys/', service: 's3', serviceName: 'Amazon S3', objects: 20, keys: 20 },
    ]);
    expect(without.narration).toMatchObject({ code: 'service', params: { calls: 20 } });
    // The step's own bucket first, then the other; S3's bucket key sits in S3's memory while S3 acts.
    expect(withKeys.resources?.groups).toEqual([
      {
        object: 's3://with-bucket-keys/',
        service: 's3',
        serviceName: 'Amazon S3',
        objects: 20,
        keys: 1,
        bucketKey: true,
      },
      { object: 's3://without-bucket-keys/', service: 's3', serviceName: 'Amazon S3', objects: 20, keys: 20 },
    ]);
    expect(withKeys.narration).toEqual({
      code: 'serviceBucketKeys',
      params: { service: 'Amazon S3', action: 'PutObjectBatch', calls: 1, objects: 20 },
    });
    const inMemory = endOf(withKeys).tokens.filter((t) => t.at === 'memory' && t.bucketKey);
    expect(inMemory.map((t) => [t.kind, t.bucketKey, t.bytes.length])).toEqual([
      ['dataKey', 'with-bucket-keys', 32],
    ]);
    // Reading an object of that bucket: S3 already holds the bucket key, so KMS is not called at all.
    const reading = await sceneAt(replayer, 9);
    expect(reading.call).toBeUndefined();
    expect(reading.local).toEqual({ kind: 'service', service: 'Amazon S3', bucketKey: true });
    expect(reading.narration.code).toBe('serviceBucketKeyReused');
    expect(reading.resources?.groups[0]?.object).toBe('s3://with-bucket-keys/');
    // The next step (not S3's) no longer draws S3's memory.
    const after = withSteps('bucket-keys', [
      batch('s8', false),
      batch('s9', true, 's8'),
      read,
      { id: 's11', kind: 'kms.call', op: 'ListKeys', request: {} },
    ]);
    const later = await sceneAt(createReplayer(after), 10);
    expect(endOf(later).tokens.some((t) => t.bucketKey)).toBe(false);
    expect(later.resources?.total).toBe(2);
  });

  it('a service that calls KMS several times is drawn by the call that makes the data key, after the others', async () => {
    const scenario = withSteps('rds', [
      {
        id: 's8',
        kind: 'service.call',
        service: 'rds',
        action: 'CreateDBInstance',
        params: { DBInstanceIdentifier: 'orders', KmsKeyId: 'alias/study-notes' },
      },
    ]);
    const s = await sceneAt(createReplayer(scenario), 7);
    expect(s.call?.operation).toBe('GenerateDataKeyWithoutPlaintext');
    expect(s.call?.earlier).toEqual({ count: 2, operations: ['DescribeKey', 'CreateGrant'] });
    expect(
      endOf(s)
        .tokens.filter((t) => t.object === 'orders')
        .map((t) => t.kind),
    ).toEqual(['ciphertextBlob']);
  });
});

/**
 * Scenarios shared by the scenario tests (and the replay benchmark): a typical 20-step lesson and one that
 * uses every step kind and setting. Fixtures, not product templates (those are in templates.ts).
 */
import { createScenario, type Scenario } from './schema';
import { DAY_MS } from './steps/clockAdvance';
import type { Step } from './steps/index';

const ADMIN = 'arn:aws:iam::111122223333:role/Admin';
const ALICE = 'arn:aws:iam::111122223333:user/Alice';
const keyId = { $ref: 's1/KeyMetadata/KeyId' };

/** A typical 20-step lesson: key, alias, the envelope flow, rotation, a policy, a tamper case, deletion. */
export function typicalTwentySteps(): Scenario {
  const object = { bucket: 'kms-lab-notes', key: 'notes/secret.txt' };
  return createScenario('lesson-2026-04', {}, [
    { id: 's1', kind: 'kms.call', op: 'CreateKey', request: { Description: 'Team notes key' } },
    {
      id: 's2',
      kind: 'kms.call',
      op: 'CreateAlias',
      request: { AliasName: 'alias/team-notes', TargetKeyId: keyId },
    },
    {
      id: 's3',
      kind: 'kms.call',
      op: 'GenerateDataKey',
      request: { KeyId: 'alias/team-notes', KeySpec: 'AES_256', EncryptionContext: { project: 'alpha' } },
    },
    {
      id: 's4',
      kind: 'envelope.encrypt',
      dataKey: 's3',
      text: '会議メモ: 来週のリリースは木曜日。鍵は KMS で管理する。',
    },
    { id: 's5', kind: 'envelope.discardDataKey', dataKey: 's3' },
    { id: 's6', kind: 'envelope.store', envelope: 's4', object },
    { id: 's7', kind: 'envelope.decrypt', object },
    {
      id: 's8',
      kind: 'kms.call',
      op: 'EnableKeyRotation',
      request: { KeyId: keyId, RotationPeriodInDays: 90 },
    },
    { id: 's9', kind: 'clock.advance', ms: 91 * DAY_MS },
    {
      id: 's10',
      kind: 'kms.call',
      op: 'Encrypt',
      request: { KeyId: 'alias/team-notes', Plaintext: 'aGVsbG8gd29ybGQ=' },
    },
    {
      id: 's11',
      kind: 'kms.call',
      op: 'Decrypt',
      request: { CiphertextBlob: { $ref: 's10/CiphertextBlob' } },
    },
    {
      id: 's12',
      kind: 'iam.putPrincipalPolicy',
      principal: ALICE,
      policyName: 'decrypt-only',
      policyDocument: JSON.stringify({
        Version: '2012-10-17',
        Statement: [{ Effect: 'Allow', Action: 'kms:Decrypt', Resource: '*' }],
      }),
    },
    { id: 's13', kind: 'envelope.decrypt', object, caller: { principal: ALICE } },
    { id: 's14', kind: 'tamper', object, flip: { part: 'tag', frame: 1, bit: 7 } },
    { id: 's15', kind: 'envelope.decrypt', object },
    {
      id: 's16',
      kind: 'kms.call',
      op: 'DisableKey',
      request: { KeyId: keyId },
      caller: { principal: ADMIN },
    },
    { id: 's17', kind: 'kms.call', op: 'Encrypt', request: { KeyId: 'alias/team-notes', Plaintext: 'aGk=' } },
    { id: 's18', kind: 'kms.call', op: 'EnableKey', request: { KeyId: keyId } },
    {
      id: 's19',
      kind: 'kms.call',
      op: 'ScheduleKeyDeletion',
      request: { KeyId: keyId, PendingWindowInDays: 7 },
    },
    { id: 's20', kind: 'note', text: '7 日後に鍵は消え、古い暗号文は二度と復号できない。' },
  ]);
}

export const everyKind = (): Scenario =>
  createScenario(
    'every-kind',
    {
      accountId: '444455556666',
      region: 'ap-northeast-1',
      startTime: '2030-02-03T04:05:06.789Z',
      crypto: 'noble',
    },
    [
      ...typicalTwentySteps().steps,
      {
        id: 's21',
        kind: 'tamper',
        object: { bucket: 'kms-lab-notes', key: 'notes/secret.txt' },
        encryptionContext: { project: 'beta' },
      },
      {
        id: 's22',
        kind: 'envelope.encrypt',
        dataKey: 's3',
        file: { name: 'video.mp4', size: 1_073_741_824, sha256: 'ab'.repeat(32) },
        encryptionContext: { a: 'b' },
        frameLength: 1_048_576,
      },
    ],
  );

/**
 * A long lesson of `length` steps for checkpoint and timing tests: keys created now and then, the envelope
 * flow, direct Encrypt/Decrypt with refs, tamper and failing decrypts, policies and clock advances (which run
 * automatic rotations), so every kind of state (engine, client world, trail, bill) grows along the way.
 */
export function longLesson(length: number, seed = 'long-lesson'): Scenario {
  const steps: Step[] = [];
  let n = 0;
  const id = () => `s${++n}`;
  let key = '';
  while (steps.length < length) {
    const cycle = steps.length;
    if (cycle % 100 === 0) {
      key = id();
      steps.push({ id: key, kind: 'kms.call', op: 'CreateKey', request: { Description: `key ${cycle}` } });
      steps.push({
        id: id(),
        kind: 'kms.call',
        op: 'EnableKeyRotation',
        request: { KeyId: { $ref: `${key}/KeyMetadata/KeyId` }, RotationPeriodInDays: 90 },
      });
    }
    const keyId = { $ref: `${key}/KeyMetadata/KeyId` };
    const gdk = id();
    const envelope = id();
    const object = { bucket: 'kms-lab-long', key: `obj-${cycle}` };
    const encrypt = id();
    steps.push(
      {
        id: gdk,
        kind: 'kms.call',
        op: 'GenerateDataKey',
        request: { KeyId: keyId, KeySpec: 'AES_256', EncryptionContext: { n: String(cycle) } },
      },
      {
        id: envelope,
        kind: 'envelope.encrypt',
        dataKey: gdk,
        text: `record ${cycle}: ${'x'.repeat(cycle % 50)}`,
      },
      { id: id(), kind: 'envelope.discardDataKey', dataKey: gdk },
      { id: id(), kind: 'envelope.store', envelope, object },
      { id: id(), kind: 'envelope.decrypt', object },
      { id: encrypt, kind: 'kms.call', op: 'Encrypt', request: { KeyId: keyId, Plaintext: 'aGVsbG8=' } },
      {
        id: id(),
        kind: 'kms.call',
        op: 'Decrypt',
        request: { CiphertextBlob: { $ref: `${encrypt}/CiphertextBlob` } },
      },
      { id: id(), kind: 'tamper', object, flip: { part: 'data', bit: cycle % 8 } },
      { id: id(), kind: 'envelope.decrypt', object },
      { id: id(), kind: 'clock.advance', ms: 7 * DAY_MS },
    );
  }
  return createScenario(seed, {}, steps.slice(0, length));
}

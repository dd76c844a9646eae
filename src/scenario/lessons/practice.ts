/**
 * The practice set: questions in the style of the AWS certification exams, each backed by a small scenario
 * whose run decides the answer (question.ts). A question's options are candidate outcomes; its stem and
 * explanation are in src/i18n/lessons.ts under `practice.<id>`.
 */
import { Drbg } from '../../crypto/index';
import { createScenario, type Scenario } from '../schema';
import type { Step } from '../steps/index';
import {
  ADMIN,
  ALLOWED_OR_DENIED,
  APP,
  advanceDays,
  allowIam,
  allowStatement,
  as,
  base64Text,
  ciphertextOf,
  DOLLARS,
  keyArnOf,
  keyIdOf,
  kms,
  PARTNER,
  PARTNER_ACCOUNT,
  putKeyPolicy,
  rotateNow,
  scheduleDeletion,
  service,
  textOfBytes,
} from './build';
import type { Probe } from './probe';
import type { Question } from './question';

export interface PracticeQuestion extends Question {
  readonly scenario: Scenario;
}

const outcome: Probe = { kind: 'outcome' };
const keyStateErrors = ['ok', 'DisabledException', 'KMSInvalidStateException', 'NotFoundException'];
const backingKeys = ['v0', 'v1', 'v2', 'v3', 'v4'];

const createKey = kms('s1', 'CreateKey', { Description: 'Practice key' });
const encrypt = (id: string, extra: Record<string, unknown> = {}, caller?: ReturnType<typeof as>) =>
  kms(
    id,
    'Encrypt',
    { KeyId: keyIdOf('s1'), Plaintext: base64Text('card 4111-1111'), ...extra } as never,
    caller,
  );
const decrypt = (
  id: string,
  of: string,
  extra: Record<string, unknown> = {},
  caller?: ReturnType<typeof as>,
) => kms(id, 'Decrypt', { CiphertextBlob: ciphertextOf(of), ...extra } as never, caller);
const defaultRootStatement = allowStatement('EnableIAMPolicies', 'arn:aws:iam::111122223333:root', 'kms:*');

interface Definition {
  readonly id: string;
  readonly steps: readonly Step[];
  /** The deciding step; the last step when omitted. */
  readonly step?: string;
  readonly probe?: Probe;
  readonly options: readonly string[];
}

const definitions: readonly Definition[] = [
  {
    id: 'encrypt-5kb',
    steps: [
      createKey,
      kms('s2', 'Encrypt', { KeyId: keyIdOf('s1'), Plaintext: base64Text(textOfBytes(5000)) }),
    ],
    options: ['ok', 'ValidationException', 'LimitExceededException', 'InvalidCiphertextException'],
  },
  {
    id: 'encrypt-4kb',
    steps: [
      createKey,
      kms('s2', 'Encrypt', { KeyId: keyIdOf('s1'), Plaintext: base64Text(textOfBytes(4096)) }),
    ],
    options: ['ok', 'ValidationException', 'LimitExceededException', 'InvalidCiphertextException'],
  },
  {
    id: 'disabled-decrypt',
    steps: [createKey, encrypt('s2'), kms('s3', 'DisableKey', { KeyId: keyIdOf('s1') }), decrypt('s4', 's2')],
    options: keyStateErrors,
  },
  {
    id: 'disabled-gdk',
    steps: [
      createKey,
      kms('s2', 'DisableKey', { KeyId: keyIdOf('s1') }),
      kms('s3', 'GenerateDataKey', { KeyId: keyIdOf('s1'), KeySpec: 'AES_256' }),
    ],
    options: keyStateErrors,
  },
  {
    id: 'pending-encrypt',
    steps: [createKey, scheduleDeletion('s2', 's1', 7), encrypt('s3')],
    options: keyStateErrors,
  },
  {
    id: 'deletion-window',
    steps: [createKey, scheduleDeletion('s2', 's1', 5)],
    options: ['ok', 'ValidationException', 'KMSInvalidStateException'],
  },
  {
    id: 'cancel-deletion',
    steps: [
      createKey,
      scheduleDeletion('s2', 's1', 7),
      kms('s3', 'CancelKeyDeletion', { KeyId: keyIdOf('s1') }),
    ],
    probe: { kind: 'keyState' },
    options: ['Enabled', 'Disabled', 'PendingDeletion'],
  },
  {
    id: 'deleted-after-window',
    steps: [
      createKey,
      encrypt('s2'),
      scheduleDeletion('s3', 's1', 7),
      advanceDays('s4', 8),
      decrypt('s5', 's2'),
    ],
    options: ['ok', 'NotFoundException', 'KMSInvalidStateException', 'AccessDeniedException'],
  },
  {
    id: 'app-no-iam',
    steps: [createKey, encrypt('s2'), decrypt('s3', 's2', {}, as(APP))],
    options: ALLOWED_OR_DENIED,
  },
  {
    id: 'app-iam',
    steps: [createKey, encrypt('s2'), allowIam('s3', APP, ['kms:Decrypt']), decrypt('s4', 's2', {}, as(APP))],
    options: ALLOWED_OR_DENIED,
  },
  {
    id: 'key-policy-only',
    steps: [
      createKey,
      encrypt('s2'),
      // IAM refuses a key policy naming a principal that does not exist: App exists once it has a policy.
      allowIam('s3', APP, ['kms:ListAliases']),
      putKeyPolicy('s4', 's1', [defaultRootStatement, allowStatement('AppDecrypt', APP, 'kms:Decrypt')]),
      decrypt('s5', 's2', {}, as(APP)),
    ],
    options: ALLOWED_OR_DENIED,
  },
  {
    id: 'iam-without-root',
    steps: [
      createKey,
      encrypt('s2'),
      putKeyPolicy('s3', 's1', [allowStatement('AdminOnly', ADMIN, 'kms:*')]),
      allowIam('s4', APP, ['kms:Decrypt']),
      decrypt('s5', 's2', {}, as(APP)),
    ],
    options: ALLOWED_OR_DENIED,
  },
  {
    id: 'wrong-action',
    steps: [createKey, allowIam('s2', APP, ['kms:Decrypt']), encrypt('s3', {}, as(APP))],
    options: ALLOWED_OR_DENIED,
  },
  {
    id: 'grant',
    steps: [
      createKey,
      encrypt('s2'),
      kms('s3', 'CreateGrant', { KeyId: keyIdOf('s1'), GranteePrincipal: APP, Operations: ['Decrypt'] }),
      decrypt('s4', 's2', {}, as(APP)),
    ],
    options: ALLOWED_OR_DENIED,
  },
  {
    id: 'wrong-context',
    steps: [
      createKey,
      encrypt('s2', { EncryptionContext: { tenant: 'blue' } }),
      decrypt('s3', 's2', { EncryptionContext: { tenant: 'green' } }),
    ],
    options: ['ok', 'InvalidCiphertextException', 'AccessDeniedException', 'IncorrectKeyException'],
  },
  {
    id: 'missing-context',
    steps: [createKey, encrypt('s2', { EncryptionContext: { tenant: 'blue' } }), decrypt('s3', 's2')],
    options: ['ok', 'InvalidCiphertextException', 'AccessDeniedException', 'IncorrectKeyException'],
  },
  {
    id: 'decrypt-no-keyid',
    steps: [createKey, encrypt('s2'), decrypt('s3', 's2')],
    options: ['ok', 'ValidationException', 'NotFoundException', 'IncorrectKeyException'],
  },
  {
    id: 'decrypt-other-keyid',
    steps: [
      createKey,
      kms('s2', 'CreateKey', {}),
      encrypt('s3'),
      decrypt('s4', 's3', { KeyId: keyIdOf('s2') }),
    ],
    options: ['ok', 'ValidationException', 'NotFoundException', 'IncorrectKeyException'],
  },
  {
    id: 'rotated-old',
    steps: [createKey, encrypt('s2'), rotateNow('s3', 's1'), decrypt('s4', 's2')],
    probe: { kind: 'backingKey' },
    options: ['v0', 'v1', 'v2', 'InvalidCiphertextException'],
  },
  {
    id: 'rotated-new',
    steps: [createKey, encrypt('s2'), rotateNow('s3', 's1'), encrypt('s4')],
    probe: { kind: 'backingKey' },
    options: ['v0', 'v1', 'v2', 'InvalidCiphertextException'],
  },
  {
    id: 'rotation-period',
    steps: [createKey, kms('s2', 'EnableKeyRotation', { KeyId: keyIdOf('s1'), RotationPeriodInDays: 30 })],
    options: ['ok', 'ValidationException', 'UnsupportedOperationException'],
  },
  {
    id: 'rotations-in-a-year',
    steps: [
      createKey,
      kms('s2', 'EnableKeyRotation', { KeyId: keyIdOf('s1'), RotationPeriodInDays: 90 }),
      advanceDays('s3', 365),
      encrypt('s4'),
    ],
    probe: { kind: 'backingKey' },
    options: backingKeys,
  },
  {
    id: 'other-region',
    steps: [
      createKey,
      kms('s2', 'Encrypt', { KeyId: keyArnOf('s1'), Plaintext: base64Text('x') }, as(ADMIN, 'eu-west-1')),
    ],
    options: ['ok', 'NotFoundException', 'AccessDeniedException', 'DisabledException'],
  },
  {
    id: 'cross-account-default',
    steps: [
      createKey,
      allowIam('s2', PARTNER, ['kms:Encrypt']),
      kms('s3', 'Encrypt', { KeyId: keyArnOf('s1'), Plaintext: base64Text('x') }, as(PARTNER)),
    ],
    options: ['ok', 'AccessDeniedException', 'NotFoundException'],
  },
  {
    id: 'cross-account-allowed',
    steps: [
      createKey,
      putKeyPolicy('s2', 's1', [
        defaultRootStatement,
        allowStatement('Partner', `arn:aws:iam::${PARTNER_ACCOUNT}:root`, ['kms:Encrypt', 'kms:Decrypt']),
      ]),
      allowIam('s3', PARTNER, ['kms:Encrypt']),
      kms('s4', 'Encrypt', { KeyId: keyArnOf('s1'), Plaintext: base64Text('x') }, as(PARTNER)),
    ],
    options: ['ok', 'AccessDeniedException', 'NotFoundException'],
  },
  {
    id: 'cross-account-alias',
    steps: [
      createKey,
      kms('s2', 'CreateAlias', { AliasName: 'alias/shared', TargetKeyId: keyIdOf('s1') }),
      putKeyPolicy('s3', 's1', [
        defaultRootStatement,
        allowStatement('Partner', `arn:aws:iam::${PARTNER_ACCOUNT}:root`, ['kms:Encrypt']),
      ]),
      allowIam('s4', PARTNER, ['kms:Encrypt']),
      kms('s5', 'Encrypt', { KeyId: 'alias/shared', Plaintext: base64Text('x') }, as(PARTNER)),
    ],
    options: ['ok', 'AccessDeniedException', 'NotFoundException'],
  },
  {
    id: 'data-key-bytes',
    steps: [createKey, kms('s2', 'GenerateDataKey', { KeyId: keyIdOf('s1'), KeySpec: 'AES_256' })],
    probe: { kind: 'plaintextBytes' },
    options: ['16', '32', '64', '4096'],
  },
  {
    id: 'data-key-128',
    steps: [createKey, kms('s2', 'GenerateDataKey', { KeyId: keyIdOf('s1'), KeySpec: 'AES_128' })],
    probe: { kind: 'plaintextBytes' },
    options: ['16', '32', '64', '4096'],
  },
  {
    id: 'aws-managed-direct',
    steps: [
      service('s1', 's3', 'PutObject', {
        Bucket: 'kms-lab-exam',
        Key: 'a.txt',
        Body: 'a',
        ServerSideEncryption: 'aws:kms',
      }),
      kms('s2', 'Encrypt', { KeyId: 'alias/aws/s3', Plaintext: base64Text('x') }),
    ],
    options: ['ok', 'AccessDeniedException', 'NotFoundException'],
  },
  {
    id: 'aws-managed-rotation',
    steps: [
      service('s1', 's3', 'PutObject', {
        Bucket: 'kms-lab-exam',
        Key: 'a.txt',
        Body: 'a',
        ServerSideEncryption: 'aws:kms',
      }),
      advanceDays('s2', 366),
      kms('s3', 'DescribeKey', { KeyId: 'alias/aws/s3' }),
      service(
        's4',
        's3',
        'PutObject',
        { Bucket: 'kms-lab-exam', Key: 'b.txt', Body: 'b', ServerSideEncryption: 'aws:kms' },
        's1',
      ),
      kms(
        's5',
        'Encrypt',
        { KeyId: keyIdOf('s3'), Plaintext: base64Text('x') },
        { viaService: 's3.us-east-1.amazonaws.com' },
      ),
    ],
    probe: { kind: 'backingKey' },
    options: ['v0', 'v1', 'v2', 'AccessDeniedException'],
  },
  {
    id: 'trail-denied',
    steps: [createKey, encrypt('s2'), decrypt('s3', 's2', {}, as(APP))],
    probe: { kind: 'trail' },
    options: ['none', 'recorded', 'AccessDenied', 'AccessDeniedException'],
  },
  {
    id: 'trail-data-key',
    steps: [createKey, kms('s2', 'GenerateDataKey', { KeyId: keyIdOf('s1'), KeySpec: 'AES_256' })],
    probe: { kind: 'trail' },
    options: ['none', 'recorded', 'AccessDeniedException'],
  },
  {
    id: 'cost-one-key',
    steps: [createKey, advanceDays('s2', 31)],
    probe: { kind: 'monthCost', month: '2026-01' },
    options: DOLLARS,
  },
  {
    id: 'cost-three-rotations',
    steps: [
      createKey,
      rotateNow('s2', 's1'),
      rotateNow('s3', 's1'),
      rotateNow('s4', 's1'),
      advanceDays('s5', 31),
    ],
    probe: { kind: 'monthCost', month: '2026-01' },
    options: DOLLARS,
  },
  {
    id: 'cost-pending-deletion',
    steps: [createKey, scheduleDeletion('s2', 's1', 30), advanceDays('s3', 31)],
    probe: { kind: 'monthCost', month: '2026-01' },
    options: DOLLARS,
  },
  {
    id: 'secret-disabled-key',
    steps: [
      createKey,
      kms('s5', 'CreateAlias', { AliasName: 'alias/exam', TargetKeyId: keyIdOf('s1') }),
      service('s2', 'secretsmanager', 'CreateSecret', {
        Name: 'prod/db',
        SecretString: 'hunter2',
        KmsKeyId: 'alias/exam',
      }),
      kms('s3', 'DisableKey', { KeyId: keyIdOf('s1') }),
      service('s4', 'secretsmanager', 'GetSecretValue', { SecretId: 'prod/db' }, 's2'),
    ],
    options: ['ok', 'DecryptionFailure', 'AccessDeniedException', 'DisabledException'],
  },
  {
    id: 'discarded-data-key',
    steps: [
      createKey,
      kms('s2', 'GenerateDataKey', { KeyId: keyIdOf('s1'), KeySpec: 'AES_256' }),
      { id: 's3', kind: 'envelope.discardDataKey', dataKey: 's2' },
      { id: 's4', kind: 'envelope.encrypt', dataKey: 's2', text: 'too late' },
    ],
    options: ['ok', 'DataKeyDiscarded', 'AccessDeniedException'],
  },
];

let cache: readonly PracticeQuestion[] | undefined;

/** The practice set, in its fixed authoring order. */
export function practiceQuestions(): readonly PracticeQuestion[] {
  cache ??= definitions.map((d) => {
    const steps = [...d.steps];
    return {
      id: d.id,
      step: d.step ?? (steps.at(-1) as Step).id,
      probe: d.probe ?? outcome,
      options: d.options,
      scenario: createScenario(`practice/${d.id}`, {}, steps),
    };
  });
  return cache;
}

/** A uniform integer in [0, bound) from the DRBG (rejection sampling, so no modulo bias). */
function below(drbg: Drbg, bound: number): number {
  const limit = 2 ** 32 - (2 ** 32 % bound);
  for (;;) {
    const bytes = drbg.bytes(4);
    const value =
      (bytes[0] as number) * 2 ** 24 +
      ((bytes[1] as number) << 16) +
      ((bytes[2] as number) << 8) +
      (bytes[3] as number);
    if (value < limit) return value % bound;
  }
}

/** Fisher–Yates with the seeded DRBG: the same seed gives the same order on every machine. */
export function shuffled<T>(items: readonly T[], seed: string): T[] {
  const drbg = Drbg.fromSeed(seed);
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = below(drbg, i + 1);
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

/** The seed of the n-th practice attempt: each attempt has its own order, reproducible from its number. */
export const attemptSeed = (attempt: number) => `practice/attempt-${attempt}`;

/**
 * Guided lessons from the study notes (/work/shared/seed/kms-study-notes.ja.md): each is a scenario built from
 * the step catalogue (so it replays byte for byte and travels in a link), chapters over its steps, and
 * questions asked before some steps, graded by running them (question.ts). The words — title, narration and
 * speaker notes per step, chapter titles, question stems and explanations — live in src/i18n/lessons.ts under
 * the lesson's and step's ids, in ja and en.
 */

import { createScenario, type Scenario } from '../schema';
import type { Step } from '../steps/index';
import { envelopeFlow, fiveKilobytes, keyWithAlias, templateScenario } from '../templates';
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
  putKeyPolicy,
  rotateNow,
  service,
  textOfBytes,
} from './build';
import type { Question } from './question';

export interface Chapter {
  readonly id: string;
  /** The step the chapter starts at. */
  readonly from: string;
}

export interface Lesson {
  readonly id: string;
  readonly scenario: Scenario;
  /** In step order; the first starts at the first step. */
  readonly chapters: readonly Chapter[];
  /** Each asked before its step. */
  readonly questions: readonly Question[];
  /** The study-notes points it teaches (ids of src/ui/notes/points.ts; the tests check every point is taught). */
  readonly teaches: readonly string[];
}

const TOKYO = 'ap-northeast-1';

const keyTypes = (): Lesson => ({
  id: 'key-types',
  teaches: ['lifecycle.managed', 'keyTypes.customer', 'keyTypes.awsManaged', 'keyTypes.awsOwned'],
  scenario: createScenario('lesson/key-types', {}, [
    kms('s1', 'CreateKey', { Description: 'Customer managed key for the photo app' }),
    kms('s2', 'DescribeKey', { KeyId: keyIdOf('s1') }),
    service('s3', 's3', 'PutObject', {
      Bucket: 'kms-lab-photos',
      Key: 'cat.txt',
      Body: 'a photo of a cat',
      ServerSideEncryption: 'aws:kms',
    }),
    kms('s4', 'DescribeKey', { KeyId: 'alias/aws/s3' }),
    kms('s5', 'Encrypt', { KeyId: 'alias/aws/s3', Plaintext: base64Text('straight to the AWS managed key') }),
    kms('s6', 'DisableKey', { KeyId: keyIdOf('s4') }),
    service(
      's7',
      's3',
      'PutObject',
      { Bucket: 'kms-lab-photos', Key: 'dog.txt', Body: 'a photo of a dog', ServerSideEncryption: 'AES256' },
      's3',
    ),
    kms('s8', 'ListKeys'),
  ]),
  chapters: [
    { id: 'customer', from: 's1' },
    { id: 'awsManaged', from: 's3' },
    { id: 'awsOwned', from: 's7' },
  ],
  questions: [
    { id: 'direct', step: 's5', probe: { kind: 'outcome' }, options: ALLOWED_OR_DENIED },
    {
      id: 'disable',
      step: 's6',
      probe: { kind: 'outcome' },
      options: ['ok', 'AccessDeniedException', 'UnsupportedOperationException'],
    },
  ],
});

const regional = (): Lesson => ({
  id: 'regional',
  teaches: ['lifecycle.region', 'lifecycle.cloudtrail', 'lifecycle.fips'],
  scenario: createScenario('lesson/regional', {}, [
    kms('s1', 'CreateKey', { Description: 'A key in N. Virginia' }),
    kms('s2', 'Encrypt', { KeyId: keyArnOf('s1'), Plaintext: base64Text('kept in us-east-1') }),
    kms('s3', 'Encrypt', { KeyId: keyArnOf('s1'), Plaintext: base64Text('from Tokyo') }, as(ADMIN, TOKYO)),
    kms('s4', 'CreateKey', { Description: 'A key in Tokyo' }, as(ADMIN, TOKYO)),
    kms('s5', 'Decrypt', { CiphertextBlob: ciphertextOf('s2') }, as(ADMIN, TOKYO)),
    kms('s6', 'Decrypt', { CiphertextBlob: ciphertextOf('s2') }, as(APP)),
    kms('s7', 'GenerateRandom', { NumberOfBytes: 32 }),
  ]),
  chapters: [
    { id: 'region', from: 's1' },
    { id: 'cloudtrail', from: 's6' },
    { id: 'fips', from: 's7' },
  ],
  questions: [
    {
      id: 'otherRegion',
      step: 's3',
      probe: { kind: 'outcome' },
      options: ['ok', 'NotFoundException', 'AccessDeniedException'],
    },
    {
      id: 'trail',
      step: 's6',
      probe: { kind: 'trail' },
      options: ['none', 'recorded', 'AccessDenied', 'AccessDeniedException'],
    },
  ],
});

const keyPolicy = (): Lesson => ({
  id: 'key-policy',
  teaches: ['keyPolicy', 'keyTypes.customer'],
  scenario: createScenario('lesson/key-policy', {}, [
    kms('s1', 'CreateKey', { Description: 'Orders database key' }),
    kms('s2', 'GetKeyPolicy', { KeyId: keyIdOf('s1'), PolicyName: 'default' }),
    kms('s3', 'Encrypt', { KeyId: keyIdOf('s1'), Plaintext: base64Text('order 1001: paid') }),
    kms('s4', 'Decrypt', { CiphertextBlob: ciphertextOf('s3') }, as(APP)),
    allowIam('s5', APP, ['kms:Decrypt']),
    kms('s6', 'Decrypt', { CiphertextBlob: ciphertextOf('s3') }, as(APP)),
    putKeyPolicy('s7', 's1', [allowStatement('AdminOnly', ADMIN, 'kms:*')]),
    kms('s8', 'Decrypt', { CiphertextBlob: ciphertextOf('s3') }, as(APP)),
  ]),
  chapters: [
    { id: 'default', from: 's1' },
    { id: 'iam', from: 's5' },
    { id: 'keyPolicyOnly', from: 's7' },
  ],
  questions: [
    { id: 'noIam', step: 's4', probe: { kind: 'outcome' }, options: ALLOWED_OR_DENIED },
    { id: 'withIam', step: 's6', probe: { kind: 'outcome' }, options: ALLOWED_OR_DENIED },
    { id: 'noRoot', step: 's8', probe: { kind: 'outcome' }, options: ALLOWED_OR_DENIED },
  ],
});

/**
 * A lesson is one scenario in both languages (its links, chapters and the learner's progress name its steps), so
 * its example text is the notes' own, in Japanese, whichever language the lesson is read in.
 */
const whyEnvelope = (): Lesson => {
  const big = fiveKilobytes('ja');
  return {
    id: 'why-envelope',
    teaches: ['envelope'],
    scenario: createScenario('lesson/why-envelope', {}, [
      ...keyWithAlias('alias/big-data'),
      kms('s3', 'Encrypt', { KeyId: 'alias/big-data', Plaintext: base64Text(textOfBytes(4096)) }),
      kms('s4', 'Encrypt', { KeyId: 'alias/big-data', Plaintext: base64Text(big) }),
      ...envelopeFlow('alias/big-data', big, { bucket: 'kms-lab-notes', key: 'notes/five-kb.txt' }, 5).slice(
        0,
        4,
      ),
    ]),
    chapters: [
      { id: 'limit', from: 's1' },
      { id: 'envelope', from: 's5' },
    ],
    questions: [
      {
        id: 'exact',
        step: 's3',
        probe: { kind: 'outcome' },
        options: ['ok', 'ValidationException', 'LimitExceededException'],
      },
      {
        id: 'over',
        step: 's4',
        probe: { kind: 'outcome' },
        options: ['ok', 'ValidationException', 'LimitExceededException'],
      },
    ],
  };
};

const SECRET = 'エンベロープ暗号化: 大きなデータはデータキーで暗号化する。';
const NOTES_OBJECT = { bucket: 'kms-lab-notes', key: 'notes/secret.txt' };

const encryptFlow = (): Lesson => {
  const flow = envelopeFlow('alias/study-notes', SECRET, NOTES_OBJECT, 3);
  return {
    id: 'encrypt-flow',
    teaches: ['encryptFlow'],
    scenario: createScenario('lesson/encrypt-flow', {}, [
      ...keyWithAlias('alias/study-notes'),
      ...flow.slice(0, 3),
      { id: 's6', kind: 'envelope.encrypt', dataKey: 's3', text: 'a second file, later' },
      ...flow.slice(3, 4).map((step) => ({ ...step, id: 's7' }) as Step),
    ]),
    chapters: [
      { id: 'generate', from: 's1' },
      { id: 'encrypt', from: 's4' },
      { id: 'discard', from: 's5' },
      { id: 'store', from: 's7' },
    ],
    questions: [
      { id: 'keyBytes', step: 's3', probe: { kind: 'plaintextBytes' }, options: ['16', '32', '64', '4096'] },
      {
        id: 'reuse',
        step: 's6',
        probe: { kind: 'outcome' },
        options: ['ok', 'DataKeyDiscarded', 'AccessDeniedException'],
      },
    ],
  };
};

const decryptFlow = (): Lesson => ({
  id: 'decrypt-flow',
  teaches: ['decryptFlow'],
  scenario: createScenario('lesson/decrypt-flow', {}, [
    ...keyWithAlias('alias/study-notes'),
    ...envelopeFlow('alias/study-notes', SECRET, NOTES_OBJECT, 3).slice(0, 4),
    { id: 's7', kind: 'envelope.decrypt', object: NOTES_OBJECT, caller: as(APP) },
    allowIam('s8', APP, ['kms:Decrypt']),
    { id: 's9', kind: 'envelope.decrypt', object: NOTES_OBJECT, caller: as(APP) },
    { id: 's10', kind: 'tamper', object: NOTES_OBJECT, flip: { part: 'data', bit: 7 } },
    { id: 's11', kind: 'envelope.decrypt', object: NOTES_OBJECT, caller: as(APP) },
  ]),
  chapters: [
    { id: 'prepare', from: 's1' },
    { id: 'decryptKey', from: 's7' },
    { id: 'decryptData', from: 's9' },
    { id: 'tamper', from: 's10' },
  ],
  questions: [
    { id: 'appDenied', step: 's7', probe: { kind: 'outcome' }, options: ALLOWED_OR_DENIED },
    { id: 'appAllowed', step: 's9', probe: { kind: 'outcome' }, options: ALLOWED_OR_DENIED },
    {
      id: 'tampered',
      step: 's11',
      probe: { kind: 'outcome' },
      options: ['ok', 'AccessDeniedException', 'InvalidCiphertextException', 'frame-auth-failed'],
    },
  ],
});

const rotation = (): Lesson => ({
  id: 'rotation',
  teaches: ['keyTypes.retained', 'keyTypes.awsManaged'],
  // The rotation example encrypts no text of either language.
  scenario: { ...templateScenario('rotation', 'ja'), seed: 'lesson/rotation' },
  chapters: [
    { id: 'before', from: 's1' },
    { id: 'rotate', from: 's3' },
    { id: 'after', from: 's6' },
  ],
  questions: [
    {
      id: 'old',
      step: 's7',
      probe: { kind: 'backingKey' },
      options: ['v0', 'v1', 'InvalidCiphertextException'],
    },
    {
      id: 'new',
      step: 's8',
      probe: { kind: 'backingKey' },
      options: ['v0', 'v1', 'InvalidCiphertextException'],
    },
  ],
});

const services = (): Lesson => ({
  id: 'services',
  teaches: ['services'],
  scenario: createScenario('lesson/services', {}, [
    ...keyWithAlias('alias/app-data'),
    service('s3', 's3', 'PutObject', {
      Bucket: 'kms-lab-app',
      Key: 'report.txt',
      Body: 'quarterly report',
      ServerSideEncryption: 'aws:kms',
      SSEKMSKeyId: 'alias/app-data',
    }),
    service('s4', 'ebs', 'CreateVolume', { Size: 8, KmsKeyId: 'alias/app-data' }, 's3'),
    service(
      's5',
      'rds',
      'CreateDBInstance',
      { DBInstanceIdentifier: 'orders', KmsKeyId: 'alias/app-data' },
      's4',
    ),
    service(
      's6',
      'elasticfilesystem',
      'CreateFileSystem',
      { CreationToken: 'shared', KmsKeyId: 'alias/app-data' },
      's5',
    ),
    service(
      's7',
      'lambda',
      'CreateFunction',
      {
        FunctionName: 'thumbnailer',
        Role: APP,
        Variables: { DB_PASSWORD: 'hunter2' },
        KMSKeyArn: 'alias/app-data',
      },
      's6',
    ),
    service(
      's8',
      'secretsmanager',
      'CreateSecret',
      { Name: 'prod/db', SecretString: 'hunter2', KmsKeyId: 'alias/app-data' },
      's7',
    ),
    service(
      's9',
      'ssm',
      'PutParameter',
      { Name: '/app/api-key', Value: 'k-123', KeyId: 'alias/app-data' },
      's8',
    ),
    kms('s10', 'DisableKey', { KeyId: keyIdOf('s1') }),
    service('s11', 'secretsmanager', 'GetSecretValue', { SecretId: 'prod/db' }, 's9'),
    kms('s12', 'EnableKey', { KeyId: keyIdOf('s1') }),
    service('s13', 'secretsmanager', 'GetSecretValue', { SecretId: 'prod/db' }, 's11'),
  ]),
  chapters: [
    { id: 'storage', from: 's1' },
    { id: 'compute', from: 's7' },
    { id: 'dependency', from: 's10' },
  ],
  questions: [
    {
      id: 'disabled',
      step: 's11',
      probe: { kind: 'outcome' },
      options: ['ok', 'DecryptionFailure', 'AccessDeniedException'],
    },
  ],
});

const pricing = (): Lesson => ({
  id: 'pricing',
  teaches: ['keyTypes.price', 'keyTypes.awsManaged', 'keyTypes.awsOwned'],
  scenario: createScenario('lesson/pricing', {}, [
    kms('s1', 'CreateKey', { Description: 'Billing example' }),
    advanceDays('s2', 31),
    rotateNow('s3', 's1'),
    advanceDays('s4', 28),
    rotateNow('s5', 's1'),
    rotateNow('s6', 's1'),
    advanceDays('s7', 31),
    service('s8', 's3', 'PutObject', {
      Bucket: 'kms-lab-bills',
      Key: 'april.txt',
      Body: 'April invoice',
      ServerSideEncryption: 'aws:kms',
    }),
    advanceDays('s9', 30),
  ]),
  chapters: [
    { id: 'monthly', from: 's1' },
    { id: 'rotations', from: 's3' },
    { id: 'managed', from: 's8' },
  ],
  questions: [
    { id: 'january', step: 's2', probe: { kind: 'monthCost', month: '2026-01' }, options: DOLLARS },
    { id: 'february', step: 's4', probe: { kind: 'monthCost', month: '2026-02' }, options: DOLLARS },
    { id: 'march', step: 's7', probe: { kind: 'monthCost', month: '2026-03' }, options: DOLLARS },
    {
      id: 'awsManaged',
      step: 's9',
      probe: { kind: 'monthCost', month: '2026-04', keyManager: 'AWS' },
      options: DOLLARS,
    },
  ],
});

/** The lessons in the order a newcomer takes them ("Start here" opens the first). */
const builders = [
  keyTypes,
  regional,
  keyPolicy,
  whyEnvelope,
  encryptFlow,
  decryptFlow,
  rotation,
  services,
  pricing,
] as const;

export const LESSON_IDS = [
  'key-types',
  'regional',
  'key-policy',
  'why-envelope',
  'encrypt-flow',
  'decrypt-flow',
  'rotation',
  'services',
  'pricing',
] as const;
export type LessonId = (typeof LESSON_IDS)[number];

export function isLessonId(value: unknown): value is LessonId {
  return (LESSON_IDS as readonly unknown[]).includes(value);
}

let cache: ReadonlyMap<LessonId, Lesson> | undefined;

/** Every lesson, built once (each is plain data; callers must not change it). */
export function lessons(): ReadonlyMap<LessonId, Lesson> {
  cache ??= new Map(
    builders.map((build) => {
      const lesson = build();
      return [lesson.id as LessonId, lesson];
    }),
  );
  return cache;
}

export function lesson(id: LessonId): Lesson {
  return lessons().get(id) as Lesson;
}

/**
 * The lesson whose scenario this is (the same steps, seed and settings), e.g. to show a presenter the speaker
 * notes of a lesson opened from a link; undefined for any other scenario.
 */
export function lessonOfScenario(scenario: Scenario): Lesson | undefined {
  const text = JSON.stringify(scenario);
  for (const subject of lessons().values()) {
    if (subject.scenario === scenario || JSON.stringify(subject.scenario) === text) return subject;
  }
  return undefined;
}

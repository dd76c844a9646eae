/**
 * fast-check scenarios for read-model properties: the cast, two keys, then a random mix of what changes what the
 * panels read (key policies that delegate to IAM, name only Admin, deny Dev, or lock everyone out; grants;
 * IAM policies; key states; rotations and clock advances that complete deletions; data keys and ciphertexts,
 * some failing). Steps name keys by `$ref`, so every generated scenario is valid.
 */
import fc from 'fast-check';
import { castMember, castSteps } from './cast';
import { createScenario, type Scenario } from './schema';
import { DAY_MS } from './steps/clockAdvance';
import type { Step } from './steps/index';

const ACCOUNT = '111122223333';
const ROOT = `arn:aws:iam::${ACCOUNT}:root`;
const ADMIN = castMember('admin').arn;
const DEV = castMember('dev').arn;
const APP = castMember('app').arn;
const PARTNER = castMember('partner').arn;
const CALLERS = [ADMIN, DEV, APP, PARTNER] as const;

const policy = (...statements: object[]) => JSON.stringify({ Version: '2012-10-17', Statement: statements });
const allow = (principal: string, action: string | string[] = 'kms:*') => ({
  Effect: 'Allow',
  Principal: { AWS: principal },
  Action: action,
  Resource: '*',
});

/** Key policies that change who may read a key's policy and grants. */
export const KEY_POLICIES = {
  delegate: policy(allow(ROOT)),
  adminOnly: policy(allow(ADMIN)),
  // The root user may read the policy but not list grants: the grants are read by the next of the cast.
  rootReadsPolicyOnly: policy(allow(ROOT, 'kms:GetKeyPolicy'), allow(ADMIN)),
  denyDevReads: policy(allow(ROOT), {
    Effect: 'Deny',
    Principal: { AWS: DEV },
    Action: ['kms:GetKeyPolicy', 'kms:ListGrants'],
    Resource: '*',
  }),
  // Nobody may read or change it again (accepted only with BypassPolicyLockoutSafetyCheck).
  lockout: policy(allow(APP, 'kms:Encrypt')),
} as const;

const IAM_POLICIES = [
  policy({ Effect: 'Allow', Action: ['kms:GetKeyPolicy', 'kms:ListGrants'], Resource: '*' }),
  policy({ Effect: 'Deny', Action: 'kms:*', Resource: '*' }),
];

type StepBody = Step extends infer S ? (S extends Step ? Omit<S, 'id'> : never) : never;

const keyRef = (key: 'k1' | 'k2') => ({ $ref: `${key}/KeyMetadata/Arn` });
const aKey = fc.constantFrom('k1' as const, 'k2' as const);

const stepBody: fc.Arbitrary<StepBody> = fc.oneof(
  fc
    .record({
      key: aKey,
      name: fc.constantFrom(...(Object.keys(KEY_POLICIES) as (keyof typeof KEY_POLICIES)[])),
    })
    .map(
      ({ key, name }): StepBody => ({
        kind: 'kms.call',
        op: 'PutKeyPolicy',
        request: {
          KeyId: keyRef(key),
          Policy: KEY_POLICIES[name],
          ...(name === 'lockout' || name === 'adminOnly' ? { BypassPolicyLockoutSafetyCheck: true } : {}),
        },
      }),
    ),
  fc
    .record({ key: aKey, grantee: fc.constantFrom(DEV, APP, PARTNER), caller: fc.constantFrom(...CALLERS) })
    .map(
      ({ key, grantee, caller }): StepBody => ({
        kind: 'kms.call',
        op: 'CreateGrant',
        request: { KeyId: keyRef(key), GranteePrincipal: grantee, Operations: ['Encrypt', 'Decrypt'] },
        caller: { principal: caller },
      }),
    ),
  fc.record({ principal: fc.constantFrom(DEV, APP), document: fc.constantFrom(...IAM_POLICIES) }).map(
    ({ principal, document }): StepBody => ({
      kind: 'iam.putPrincipalPolicy',
      principal,
      policyName: 'Generated',
      policyDocument: document,
    }),
  ),
  fc
    .record({
      key: aKey,
      op: fc.constantFrom('DisableKey', 'EnableKey', 'RotateKeyOnDemand', 'CancelKeyDeletion', 'ListGrants'),
    })
    .map(({ key, op }): StepBody => ({ kind: 'kms.call', op, request: { KeyId: keyRef(key) } }) as StepBody),
  aKey.map(
    (key): StepBody => ({
      kind: 'kms.call',
      op: 'ScheduleKeyDeletion',
      request: { KeyId: keyRef(key), PendingWindowInDays: 7 },
    }),
  ),
  fc.record({ key: aKey, caller: fc.constantFrom(...CALLERS) }).map(
    ({ key, caller }): StepBody => ({
      kind: 'kms.call',
      op: 'Encrypt',
      request: { KeyId: keyRef(key), Plaintext: 'aGk=' },
      caller: { principal: caller },
    }),
  ),
  aKey.map(
    (key): StepBody => ({
      kind: 'kms.call',
      op: 'GenerateDataKey',
      request: { KeyId: keyRef(key), KeySpec: 'AES_256' },
    }),
  ),
  fc.integer({ min: 1, max: 10 }).map((days): StepBody => ({ kind: 'clock.advance', ms: days * DAY_MS })),
  fc.constant<StepBody>({ kind: 'note', text: 'a note' }),
);

/** The cast, keys k1 and k2, then 0…`maxSteps` random steps with ids g1, g2, … */
export const arbitraryScenario = (maxSteps = 10): fc.Arbitrary<Scenario> =>
  fc
    .array(stepBody, { maxLength: maxSteps })
    .map((bodies) =>
      createScenario('read-model', {}, [
        ...castSteps(),
        { id: 'k1', kind: 'kms.call', op: 'CreateKey', request: { Description: 'one' } },
        { id: 'k2', kind: 'kms.call', op: 'CreateKey', request: { Description: 'two' } },
        ...bodies.map((body, i) => ({ ...body, id: `g${i + 1}` }) as Step),
      ]),
    );

/** Random further steps, for appending to or editing a scenario. */
export const arbitraryStep = (id: string): fc.Arbitrary<Step> =>
  stepBody.map((body) => ({ ...body, id }) as Step);

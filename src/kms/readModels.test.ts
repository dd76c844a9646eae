import { describe, expect, it } from 'vitest';
import { toHex } from '../crypto';
import { createKmsSimulator, type KmsSimulator, keyReadAccess, type World } from './index';

const ACCOUNT = '111122223333';
const ROOT = `arn:aws:iam::${ACCOUNT}:root`;
const ADMIN = `arn:aws:iam::${ACCOUNT}:role/Admin`;
const DEV = `arn:aws:iam::${ACCOUNT}:user/Dev`;
const NOBODY = `arn:aws:iam::${ACCOUNT}:user/Nobody`;
const PARTNER = 'arn:aws:iam::444455556666:role/Partner';
const PRINCIPALS = [ROOT, ADMIN, DEV, NOBODY, PARTNER];

const policy = (...statements: object[]) => JSON.stringify({ Version: '2012-10-17', Statement: statements });
const allow = (principal: string, action: string | string[]) => ({
  Effect: 'Allow',
  Principal: { AWS: principal },
  Action: action,
  Resource: '*',
});

/** Key policies that allow and deny reading in different ways (each with the lockout check bypassed). */
const POLICIES = {
  delegateToIam: policy(allow(ROOT, 'kms:*')),
  adminOnly: policy(allow(ADMIN, 'kms:*')),
  devReadsPolicyOnly: policy(allow(ADMIN, 'kms:*'), allow(DEV, 'kms:GetKeyPolicy')),
  partnerListsGrants: policy(allow(ADMIN, 'kms:*'), allow(PARTNER, ['kms:ListGrants', 'kms:GetKeyPolicy'])),
  // ListGrants sets kms:GrantIsForAWSResource (false for a direct call): Dev may list only because it is there.
  grantsOnlyDirect: policy(allow(ADMIN, 'kms:GetKeyPolicy'), {
    ...allow(DEV, 'kms:ListGrants'),
    Condition: { Bool: { 'kms:GrantIsForAWSResource': 'false' } },
  }),
  lockedOut: policy(allow(DEV, 'kms:Encrypt')),
};

/** What the real calls answer, one principal at a time. */
async function callsAllow(sim: KmsSimulator, keyArn: string, principal: string) {
  const caller = { principal };
  const policyCall = await sim.invoke('GetKeyPolicy', { KeyId: keyArn }, caller);
  const grantsCall = await sim.invoke('ListGrants', { KeyId: keyArn }, caller);
  return { policy: policyCall.ok, grants: grantsCall.ok };
}

async function keyWith(document: string, options: { pendingDeletion?: boolean } = {}) {
  const sim = createKmsSimulator({ seed: 'read-access' });
  sim.iam.putPrincipalPolicy(DEV, 'DevReads', policy({ Effect: 'Allow', Action: 'kms:*', Resource: '*' }));
  sim.iam.putPrincipalPolicy(
    PARTNER,
    'PartnerReads',
    policy({ Effect: 'Allow', Action: 'kms:*', Resource: '*' }),
  );
  const created = await sim.invoke('CreateKey', {});
  if (!created.ok) throw created.error;
  const arn = created.response.KeyMetadata.Arn as string;
  if (options.pendingDeletion)
    await sim.invoke('ScheduleKeyDeletion', { KeyId: arn, PendingWindowInDays: 7 });
  const put = await sim.invoke('PutKeyPolicy', {
    KeyId: arn,
    Policy: document,
    BypassPolicyLockoutSafetyCheck: true,
  });
  if (!put.ok) throw put.error;
  return { sim, arn };
}

const worldText = (sim: KmsSimulator) =>
  JSON.stringify(sim.snapshot(), (_, v) => (v instanceof Uint8Array ? toHex(v) : v));

describe('keyReadAccess', () => {
  it.each(Object.entries(POLICIES))('decides as GetKeyPolicy and ListGrants do (%s)', async (_, document) => {
    for (const pendingDeletion of [false, true]) {
      const { sim, arn } = await keyWith(document, { pendingDeletion });
      const predicted = PRINCIPALS.map((p) => keyReadAccess(sim.world as World, arn, p));
      const actual = [];
      for (const p of PRINCIPALS) actual.push(await callsAllow(sim, arn, p));
      expect(predicted).toEqual(actual);
    }
  });

  it('reads without a trace in the world: no CloudTrail record, request, principal or randomness', async () => {
    const { sim, arn } = await keyWith(POLICIES.partnerListsGrants);
    const before = worldText(sim);
    for (const p of PRINCIPALS) keyReadAccess(sim.world as World, arn, p);
    expect(worldText(sim)).toBe(before);
  });

  it('knows no key it cannot find', async () => {
    const { sim, arn } = await keyWith(POLICIES.delegateToIam);
    expect(keyReadAccess(sim.world as World, `${arn}0`, ADMIN)).toEqual({ policy: false, grants: false });
  });
});

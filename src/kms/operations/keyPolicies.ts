/**
 * GetKeyPolicy, PutKeyPolicy, ListKeyPolicies (reference §7). The only policy name is `default`.
 */
import { KmsError } from '../errors';
import { checkNewKeyPolicy } from '../keyPolicyRules';
import { defineOperation } from '../operation';
import { boolean, structure } from '../shapes';
import { KeyIdType, LimitType, MarkerType, PolicyNameType, PolicyType, page } from './common';

export const DEFAULT_POLICY_NAME = 'default';

function checkPolicyName(name: string | undefined): void {
  if (name !== undefined && name !== DEFAULT_POLICY_NAME)
    throw new KmsError('NotFoundException', `No such policy exists: ${name}`);
}

export const GetKeyPolicy = defineOperation({
  name: 'GetKeyPolicy',
  input: structure({ KeyId: KeyIdType, PolicyName: PolicyNameType }, ['KeyId']),
  iamAction: 'kms:GetKeyPolicy',
  readOnly: true,
  resource: 'key',
  keyIdAccepts: 'key-only',
  crossAccount: false,
  keyStates: 'any',
  validate: (req) => checkPolicyName(req.PolicyName),
  async run(ctx, req) {
    const key = ctx.accessKey(req.KeyId);
    return { Policy: key.policy, PolicyName: DEFAULT_POLICY_NAME };
  },
});

export const PutKeyPolicy = defineOperation({
  name: 'PutKeyPolicy',
  input: structure(
    {
      KeyId: KeyIdType,
      PolicyName: PolicyNameType,
      Policy: PolicyType,
      BypassPolicyLockoutSafetyCheck: boolean,
    },
    ['KeyId', 'Policy'],
  ),
  iamAction: 'kms:PutKeyPolicy',
  readOnly: false,
  resource: 'key',
  keyIdAccepts: 'key-only',
  crossAccount: false,
  keyStates: 'any',
  validate: (req) => checkPolicyName(req.PolicyName),
  async run(ctx, req) {
    const key = ctx.accessKey(req.KeyId, {
      conditions: { 'kms:BypassPolicyLockoutSafetyCheck': req.BypassPolicyLockoutSafetyCheck ?? false },
    });
    checkNewKeyPolicy(ctx, req.Policy, req.BypassPolicyLockoutSafetyCheck, key.arn);
    key.policy = req.Policy;
    return {};
  },
});

export const ListKeyPolicies = defineOperation({
  name: 'ListKeyPolicies',
  input: structure({ KeyId: KeyIdType, Limit: LimitType, Marker: MarkerType }, ['KeyId']),
  iamAction: 'kms:ListKeyPolicies',
  readOnly: true,
  resource: 'key',
  keyIdAccepts: 'key-only',
  crossAccount: false,
  keyStates: 'any',
  async run(ctx, req) {
    ctx.accessKey(req.KeyId);
    const { items, ...rest } = page([DEFAULT_POLICY_NAME], req.Limit, req.Marker);
    return { PolicyNames: items, ...rest };
  },
});

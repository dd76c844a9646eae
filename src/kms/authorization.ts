/**
 * Builds the request the policy evaluator decides (policy/types.ts): the key policy, the caller's IAM policies,
 * the key's grants, and the condition context KMS supplies (reference §7 condition keys; IAM global keys).
 */
import { type Caller, identityPoliciesOf } from './callers';
import type { EncryptionContext } from './encryptionContext';
import { identityArn } from './policy/principal';
import type { AuthorizationRequest, ConditionValue, GrantForEvaluation } from './policy/types';
import type { KeyRecord, World } from './world';

export interface AuthorizationInput {
  action: string;
  grantOperation?: string;
  key?: KeyRecord;
  encryptionContext?: EncryptionContext;
  /** The alias the request named the key by (`kms:RequestAlias`). */
  requestAlias?: string;
  grantTokens?: readonly string[];
  /** Operation-specific condition keys (kms:GrantOperations, kms:RotationPeriodInDays, …). */
  conditions?: Readonly<Record<string, ConditionValue | undefined>>;
}

export function grantsForEvaluation(world: World, keyArn: string): GrantForEvaluation[] {
  return Object.values(world.grants)
    .filter((g) => g.keyArn === keyArn)
    .map((g) => ({
      grantId: g.grantId,
      granteePrincipal: g.granteePrincipal,
      operations: g.operations,
      constraints: g.constraints,
      name: g.name,
    }));
}

export const aliasesOfKey = (world: World, key: KeyRecord): string[] =>
  Object.values(world.aliases)
    .filter((a) => a.targetKeyId === key.keyId && a.accountId === key.accountId && a.region === key.region)
    .map((a) => a.aliasName);

export function authorizationRequest(
  world: World,
  caller: Caller,
  input: AuthorizationInput,
): AuthorizationRequest {
  const { key, encryptionContext } = input;
  const context: Record<string, ConditionValue | undefined> = {
    'aws:PrincipalArn': identityArn(caller.principal),
    'aws:PrincipalAccount': caller.accountId,
    'kms:CallerAccount': caller.accountId,
    'kms:ViaService': caller.viaService,
    'kms:RequestAlias': input.requestAlias,
  };
  if (encryptionContext && Object.keys(encryptionContext).length > 0) {
    for (const [k, v] of Object.entries(encryptionContext)) context[`kms:EncryptionContext:${k}`] = v;
    context['kms:EncryptionContextKeys'] = Object.keys(encryptionContext);
  }
  if (key) {
    context['kms:KeySpec'] = key.keySpec;
    context['kms:KeyUsage'] = key.keyUsage;
    context['kms:KeyOrigin'] = key.origin;
    context['kms:MultiRegion'] = key.multiRegion;
    if (key.multiRegion)
      context['kms:MultiRegionKeyType'] = key.region === key.primaryRegion ? 'PRIMARY' : 'REPLICA';
    context['kms:ResourceAliases'] = aliasesOfKey(world, key);
  }
  Object.assign(context, input.conditions);
  for (const k of Object.keys(context)) if (context[k] === undefined) delete context[k];
  return {
    action: input.action,
    grantOperation: input.grantOperation,
    principalArn: caller.principal,
    principalAccount: caller.accountId,
    resourceArn: key?.arn ?? '*',
    resourceAccount: key?.accountId,
    keyPolicy: key?.policy,
    identityPolicies: identityPoliciesOf(world, caller.principal),
    grants: key ? grantsForEvaluation(world, key.arn) : [],
    grantTokensPresented: (input.grantTokens?.length ?? 0) > 0,
    context,
    encryptionContext,
  };
}

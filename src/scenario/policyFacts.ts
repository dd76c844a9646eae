/**
 * The two facts about keys that the other read models leave out and the policy section needs: each key's policy
 * document and its grants, as the scenario's cast could read them at that moment. AWS lets a principal read them
 * only with `GetKeyPolicy` and `ListGrants`; here each key is read by the first principal those calls would
 * allow (the key account's root user, then the rest of the cast in that account, the Admin role first), decided
 * by the engine's `keyReadAccess` without calling anything, so reading adds no CloudTrail record, charge or
 * principal to the learner's world. A policy nobody may read stays unknown, as it would in AWS.
 */
import { type GrantListEntry, keyPolicyOf, keyReadAccess, listGrantViews, type World } from '../kms/index';
import { accountRootArn } from '../kms/policy/principal';
import { castOf } from './cast';
import type { ScenarioSettings } from './schema';

export interface PolicyFacts {
  /** Key ARN → key policy document; absent when no principal of the cast may read it. */
  keyPolicies: Record<string, string>;
  /** The grants of every key some principal of the cast may list, key by key. */
  grants: GrantListEntry[];
}

/** The principals that try to read a key of `accountId`, in order. */
export function readersOf(
  settings: Pick<ScenarioSettings, 'accountId' | 'region'>,
  accountId: string,
): string[] {
  const cast = castOf(settings.accountId, settings.region)
    .filter((m) => m.accountId === accountId)
    .map((m) => m.arn);
  return [accountRootArn(accountId), ...cast];
}

export function policyFactsOf(
  world: World,
  settings: Pick<ScenarioSettings, 'accountId' | 'region'>,
): PolicyFacts {
  const facts: PolicyFacts = { keyPolicies: {}, grants: [] };
  for (const key of Object.values(world.keys)) {
    let policy = false;
    let grants = false;
    for (const reader of readersOf(settings, key.accountId)) {
      const access = keyReadAccess(world, key.arn, reader);
      policy ||= access.policy;
      grants ||= access.grants;
      if (policy && grants) break;
    }
    if (policy) facts.keyPolicies[key.arn] = keyPolicyOf(world, key.arn) as string;
    if (grants) facts.grants.push(...listGrantViews(world, key.arn));
  }
  return facts;
}

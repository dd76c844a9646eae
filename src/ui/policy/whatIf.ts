/**
 * "What if" questions: would this principal (through this service, with this encryption context) be allowed
 * this operation on this key, in the world under the player's cursor? Read-only: no step is appended and the
 * engine is not called. The request is built by the engine's own `authorizationRequest` (the same condition
 * keys, grants and IAM policies a real call would see) over a read-only copy of the world assembled from the
 * read models, and decided by the engine's `authorize`.
 */
import {
  type AliasView,
  authorizationRequest,
  emptyWorld,
  type GrantListEntry,
  type KeyRecord,
  type KeyView,
  type OperationView,
  type PrincipalView,
  resolveCaller,
  type World,
} from '../../kms';
import type { AuthorizationRequest, AuthorizationResult } from '../../kms/policy';
import { authorize } from '../../kms/policy';

/** What the read models of the step under the cursor say, plus the two facts they leave out. */
export interface PolicyWorldInput {
  accountId: string;
  region: string;
  keys: readonly KeyView[];
  aliases: readonly AliasView[];
  principals: readonly PrincipalView[];
  /** Key ARN → key policy document (absent: nobody may read it). */
  keyPolicies: Readonly<Record<string, string>>;
  grants: readonly GrantListEntry[];
}

/** A read-only world with what authorisation looks at: keys and their policies, aliases, grants, IAM. */
export function policyWorld(input: PolicyWorldInput): World {
  const world = emptyWorld(input.accountId, input.region, 0);
  for (const view of input.keys) {
    const m = view.metadata;
    const record: KeyRecord = {
      arn: m.Arn,
      keyId: m.KeyId,
      accountId: view.accountId,
      region: view.region,
      keyManager: m.KeyManager as KeyRecord['keyManager'],
      keySpec: m.KeySpec as KeyRecord['keySpec'],
      keyUsage: m.KeyUsage as KeyRecord['keyUsage'],
      origin: 'AWS_KMS',
      description: m.Description,
      creationMs: m.CreationDate.getTime(),
      keyState: m.KeyState as KeyRecord['keyState'],
      multiRegion: m.MultiRegion,
      ...(m.MultiRegionConfiguration ? { primaryRegion: m.MultiRegionConfiguration.PrimaryKey.Region } : {}),
      policy: input.keyPolicies[m.Arn] ?? '',
      tags: [],
      rotation: { enabled: view.rotation.enabled, periodInDays: view.rotation.periodInDays },
      onDemandRotations: view.rotation.onDemandRotations,
      // Key material never leaves the engine's read models; authorisation does not need it.
      versions: [],
    };
    world.keys[record.arn] = record;
  }
  for (const a of input.aliases) {
    const targetKeyId = a.targetKeyArn.slice(a.targetKeyArn.lastIndexOf('/') + 1);
    world.aliases[a.aliasArn] = {
      aliasName: a.aliasName,
      accountId: a.accountId,
      region: a.region,
      targetKeyId,
      creationMs: 0,
      lastUpdatedMs: 0,
    };
  }
  for (const p of input.principals) {
    world.principals[p.arn] = {
      arn: p.arn,
      principalId: '',
      accessKeyId: '',
      policies: Object.fromEntries(p.policies.map((x) => [x.name, x.document])),
    };
  }
  for (const g of input.grants) {
    world.grants[g.GrantId] = {
      grantId: g.GrantId,
      keyArn: g.KeyId,
      creationMs: g.CreationDate.getTime(),
      granteePrincipal: g.GranteePrincipal,
      issuingAccount: g.IssuingAccount,
      operations: [...g.Operations],
      ...(g.Name !== undefined ? { name: g.Name } : {}),
      ...(g.RetiringPrincipal !== undefined ? { retiringPrincipal: g.RetiringPrincipal } : {}),
      ...(g.Constraints ? { constraints: structuredClone(g.Constraints) } : {}),
    };
  }
  return world;
}

export interface WhatIfQuestion {
  principal: string;
  /** `kms:ViaService` endpoint, e.g. `s3.us-east-1.amazonaws.com`. */
  viaService?: string;
  operation: OperationView;
  keyArn: string;
  encryptionContext?: Readonly<Record<string, string>>;
}

export type WhatIfAnswer =
  | { kind: 'evaluated'; request: AuthorizationRequest; result: AuthorizationResult }
  /** Management operations never work across accounts: KMS refuses before any policy is read (reference §7). */
  | { kind: 'not-cross-account' }
  | { kind: 'no-such-key' };

export function whatIf(world: World, q: WhatIfQuestion): WhatIfAnswer {
  const key = world.keys[q.keyArn];
  if (!key) return { kind: 'no-such-key' };
  const caller = resolveCaller(world, {
    principal: q.principal,
    viaService: q.viaService,
    region: key.region,
  });
  if (caller.accountId !== key.accountId && !q.operation.crossAccount) return { kind: 'not-cross-account' };
  const request = authorizationRequest(world, caller, {
    action: q.operation.iamActions[0] as string,
    grantOperation: q.operation.grantOperation,
    key,
    encryptionContext: q.encryptionContext ? { ...q.encryptionContext } : undefined,
  });
  return { kind: 'evaluated', request, result: authorize(request) };
}

/**
 * Read models for the UI: pure functions of the world (no DRBG, no trail, no billing side effects), across
 * every account and Region, in the shapes the panels draw. Key material never leaves through these.
 */
import { type AuthorizationInput, aliasesOfKey, authorizationRequest } from './authorization';
import { resolveCaller } from './callers';
import { aliasArn } from './identifiers';
import { keyStateRefusal } from './keyStates';
import { type KeyMetadata, keyMetadata } from './metadata';
import type { AnyOperation } from './operation';
import { OPERATIONS } from './operations';
import { type GrantListEntry, grantListEntry, listGrantsConditions } from './operations/grants';
import { authorize } from './policy/authorize';
import { lowerCamel, type Shape } from './shapes';
import { currentVersion, type RotationType, type Tag, type World } from './world';

export interface BackingKeyVersionView {
  keyMaterialId: string;
  createdDate: Date;
  /** Absent for the original material. */
  rotationType?: RotationType;
  current: boolean;
}

export interface KeyView {
  metadata: KeyMetadata;
  region: string;
  accountId: string;
  aliases: string[];
  tags: Tag[];
  rotation: { enabled: boolean; periodInDays: number; nextRotationDate?: Date; onDemandRotations: number };
  versions: BackingKeyVersionView[];
  grantCount: number;
}

export function listKeyViews(world: World, filter: { accountId?: string; region?: string } = {}): KeyView[] {
  return Object.values(world.keys)
    .filter(
      (k) =>
        (!filter.accountId || k.accountId === filter.accountId) &&
        (!filter.region || k.region === filter.region),
    )
    .map((k) => {
      const current = currentVersion(k);
      return {
        metadata: keyMetadata(world, k),
        region: k.region,
        accountId: k.accountId,
        aliases: aliasesOfKey(world, k),
        tags: k.tags.map((t) => ({ ...t })),
        rotation: {
          enabled: k.rotation.enabled,
          periodInDays: k.rotation.periodInDays,
          ...(k.rotation.nextRotationMs !== undefined
            ? { nextRotationDate: new Date(k.rotation.nextRotationMs) }
            : {}),
          onDemandRotations: k.onDemandRotations,
        },
        versions: k.versions.map((v) => ({
          keyMaterialId: v.keyMaterialId,
          createdDate: new Date(v.createdMs),
          ...(v.rotationType ? { rotationType: v.rotationType } : {}),
          current: v === current,
        })),
        grantCount: Object.values(world.grants).filter((g) => g.keyArn === k.arn).length,
      };
    });
}

export interface AliasView {
  aliasName: string;
  aliasArn: string;
  accountId: string;
  region: string;
  targetKeyArn: string;
  creationDate: Date;
  lastUpdatedDate: Date;
}

export function listAliasViews(world: World): AliasView[] {
  return Object.values(world.aliases).map((a) => ({
    aliasName: a.aliasName,
    aliasArn: aliasArn(a.region, a.accountId, a.aliasName),
    accountId: a.accountId,
    region: a.region,
    targetKeyArn: `arn:aws:kms:${a.region}:${a.accountId}:key/${a.targetKeyId}`,
    creationDate: new Date(a.creationMs),
    lastUpdatedDate: new Date(a.lastUpdatedMs),
  }));
}

export function listGrantViews(world: World, keyArn?: string): GrantListEntry[] {
  return Object.values(world.grants)
    .filter((g) => !keyArn || g.keyArn === keyArn)
    .map(grantListEntry);
}

export interface PrincipalView {
  arn: string;
  accountId: string;
  policies: { name: string; document: string }[];
}

export function listPrincipalViews(world: World): PrincipalView[] {
  return Object.values(world.principals).map((p) => ({
    arn: p.arn,
    accountId: p.arn.split(':')[4],
    policies: Object.entries(p.policies).map(([name, document]) => ({ name, document })),
  }));
}

export function keyPolicyOf(world: World, keyArn: string): string | undefined {
  return world.keys[keyArn]?.policy;
}

/**
 * What `principal` may read of a key: its policy (`GetKeyPolicy`) and its grants (`ListGrants`), decided the way
 * those calls decide (their declarations' IAM action, cross-account rule and key-state row; the same
 * authorisation request and condition keys) without making them: nothing is recorded in CloudTrail, billed,
 * counted or created, so asking changes nothing. The caller is in the key's Region, without an AWS service.
 */
export function keyReadAccess(
  world: World,
  keyArn: string,
  principal: string,
): { policy: boolean; grants: boolean } {
  const key = world.keys[keyArn];
  if (!key) return { policy: false, grants: false };
  const caller = resolveCaller(world, { principal, region: key.region });
  const may = (declaration: AnyOperation, conditions?: AuthorizationInput['conditions']) =>
    (declaration.crossAccount || caller.accountId === key.accountId) &&
    authorize(
      authorizationRequest(world, caller, {
        action: declaration.iamAction,
        grantOperation: declaration.grantOperation,
        key,
        conditions,
      }),
    ).allowed &&
    keyStateRefusal(declaration.keyStates, key.keyState, key.arn) === undefined;
  return {
    policy: may(OPERATIONS.GetKeyPolicy),
    grants: may(OPERATIONS.ListGrants, listGrantsConditions(caller)),
  };
}

export interface OperationMemberView {
  name: string;
  /** camelCase, as AWS names it in validation messages and CloudTrail. */
  wireName: string;
  type: Shape['type'];
  required: boolean;
  min?: number;
  max?: number;
  enum?: readonly string[];
}

export interface OperationView {
  name: string;
  iamActions: string[];
  grantOperation?: string;
  readOnly: boolean;
  resource: 'key' | 'none';
  keyIdAccepts: 'key-or-alias' | 'key-only';
  crossAccount: boolean;
  keyStates: string;
  members: OperationMemberView[];
}

/** The operation registry as plain data, for the UI's operation list, console and docs. */
export function operationCatalogue(): OperationView[] {
  return Object.values(OPERATIONS as Record<string, AnyOperation>).map((op) => ({
    name: op.name,
    iamActions: [op.iamAction, ...(op.additionalIamActions ?? [])],
    ...(op.grantOperation ? { grantOperation: op.grantOperation } : {}),
    readOnly: op.readOnly,
    resource: op.resource,
    keyIdAccepts: op.keyIdAccepts,
    crossAccount: op.crossAccount,
    keyStates: op.keyStates,
    members: Object.entries(op.input.members).map(([name, shape]) => ({
      name,
      wireName: lowerCamel(name),
      type: shape.type,
      required: (op.input.required as readonly string[]).includes(name),
      ...('min' in shape && shape.min !== undefined ? { min: shape.min } : {}),
      ...('max' in shape && shape.max !== undefined ? { max: shape.max } : {}),
      ...('enum' in shape && shape.enum ? { enum: shape.enum } : {}),
    })),
  }));
}

/**
 * Grants (reference §7): CreateGrant, ListGrants, ListRetirableGrants, RetireGrant, RevokeGrant. A grant allows
 * one grantee principal a set of grant operations on one key, optionally constrained by the encryption context
 * (≤ 8 pairs, values ≤ 384 characters). `Name` makes CreateGrant idempotent. GrantId: 64 hex digits.
 */

import { toBase64Url } from '../../crypto';
import type { Caller } from '../callers';
import type { OperationContext } from '../context';
import { KmsError } from '../errors';
import { accountRootArn } from '../identifiers';
import { defineOperation } from '../operation';
import { list, map, string, structure } from '../shapes';
import type { GrantConstraints, GrantRecord } from '../world';
import {
  GrantIdType,
  GrantTokenList,
  GrantTokenType,
  KeyIdType,
  LimitType,
  MarkerType,
  NullableBooleanType,
  PrincipalIdType,
  page,
} from './common';

/** API model GrantOperation enum. */
export const GRANT_OPERATIONS = [
  'Decrypt',
  'Encrypt',
  'GenerateDataKey',
  'GenerateDataKeyWithoutPlaintext',
  'ReEncryptFrom',
  'ReEncryptTo',
  'Sign',
  'Verify',
  'GetPublicKey',
  'CreateGrant',
  'RetireGrant',
  'DescribeKey',
  'GenerateDataKeyPair',
  'GenerateDataKeyPairWithoutPlaintext',
  'GenerateMac',
  'VerifyMac',
  'DeriveSharedSecret',
] as const;

/** Grant quotas: 50,000 grants per key; constraint maps up to 8 pairs with values ≤ 384 characters. */
export const MAX_GRANTS_PER_KEY = 50_000;
const constraintMap = map(string({ min: 0, max: 384 }));

const createInput = structure(
  {
    KeyId: KeyIdType,
    GranteePrincipal: PrincipalIdType,
    RetiringPrincipal: PrincipalIdType,
    Operations: list(string({ enum: GRANT_OPERATIONS })),
    Constraints: structure({
      EncryptionContextSubset: constraintMap,
      EncryptionContextEquals: constraintMap,
    }),
    GrantTokens: GrantTokenList,
    Name: string({ min: 1, max: 256, pattern: '^[a-zA-Z0-9:/_-]+$' }),
    DryRun: NullableBooleanType,
  },
  ['KeyId', 'GranteePrincipal', 'Operations'],
);

function validateConstraints(constraints: GrantConstraints | undefined): void {
  for (const c of [constraints?.EncryptionContextEquals, constraints?.EncryptionContextSubset])
    if (c && Object.keys(c).length > 8)
      throw new KmsError(
        'ValidationException',
        'A grant constraint can contain at most 8 encryption context pairs.',
      );
}

const sameConstraints = (a: GrantConstraints | undefined, b: GrantConstraints | undefined) =>
  JSON.stringify(a ?? {}) === JSON.stringify(b ?? {});

export const CreateGrant = defineOperation({
  name: 'CreateGrant',
  input: createInput,
  iamAction: 'kms:CreateGrant',
  grantOperation: 'CreateGrant',
  readOnly: false,
  resource: 'key',
  keyIdAccepts: 'key-only',
  crossAccount: true,
  keyStates: 'create-grant',
  validate(req) {
    if (req.Operations.length === 0)
      throw new KmsError(
        'ValidationException',
        "1 validation error detected: Value '[]' at 'operations' failed to satisfy constraint: Member must have length greater than or equal to 1",
      );
    validateConstraints(req.Constraints);
  },
  async run(ctx, req) {
    const key = ctx.accessKey(req.KeyId, {
      grantTokens: req.GrantTokens,
      conditions: {
        'kms:GrantOperations': req.Operations,
        'kms:GranteePrincipal': req.GranteePrincipal,
        'kms:RetiringPrincipal': req.RetiringPrincipal,
        'kms:GrantIsForAWSResource': ctx.caller.viaService !== undefined,
        'kms:GrantConstraintType': req.Constraints
          ? Object.keys(req.Constraints).find((k) => k.startsWith('EncryptionContext'))
          : undefined,
      },
    });
    ctx.stopIfDryRun(req.DryRun);
    const grants = Object.values(ctx.world.grants).filter((g) => g.keyArn === key.arn);
    const existing = req.Name
      ? grants.find(
          (g) =>
            g.name === req.Name &&
            g.granteePrincipal === req.GranteePrincipal &&
            g.retiringPrincipal === req.RetiringPrincipal &&
            g.operations.join() === req.Operations.join() &&
            sameConstraints(g.constraints, req.Constraints),
        )
      : undefined;
    if (existing) return { GrantToken: newGrantToken(ctx, existing.grantId), GrantId: existing.grantId };
    if (grants.length >= MAX_GRANTS_PER_KEY)
      throw new KmsError(
        'LimitExceededException',
        `A KMS key can have at most ${MAX_GRANTS_PER_KEY} grants.`,
      );
    const grantId = ctx.drbg.hex(32);
    const grant: GrantRecord = {
      grantId,
      keyArn: key.arn,
      creationMs: ctx.nowMs,
      granteePrincipal: req.GranteePrincipal,
      issuingAccount: accountRootArn(ctx.caller.accountId),
      operations: [...req.Operations],
      ...(req.Name ? { name: req.Name } : {}),
      ...(req.RetiringPrincipal ? { retiringPrincipal: req.RetiringPrincipal } : {}),
      ...(req.Constraints ? { constraints: structuredClone(req.Constraints) } : {}),
    };
    ctx.world.grants[grantId] = grant;
    return { GrantToken: newGrantToken(ctx, grantId), GrantId: grantId };
  },
  trailResponseElements: (res) => ({ grantId: res.GrantId }),
});

/**
 * A grant token: opaque to callers (AWS's are long base64 strings). KMS Lab's ends with the grant ID so
 * RetireGrant can find the grant from the token alone.
 */
function newGrantToken(ctx: OperationContext, grantId: string): string {
  return toBase64Url(ctx.drbg.bytes(32)) + grantId;
}

export interface GrantListEntry {
  KeyId: string;
  GrantId: string;
  Name?: string;
  CreationDate: Date;
  GranteePrincipal: string;
  RetiringPrincipal?: string;
  IssuingAccount: string;
  Operations: string[];
  Constraints?: GrantConstraints;
}

export const grantListEntry = (g: GrantRecord): GrantListEntry => ({
  KeyId: g.keyArn,
  GrantId: g.grantId,
  ...(g.name ? { Name: g.name } : {}),
  CreationDate: new Date(g.creationMs),
  GranteePrincipal: g.granteePrincipal,
  ...(g.retiringPrincipal ? { RetiringPrincipal: g.retiringPrincipal } : {}),
  IssuingAccount: g.issuingAccount,
  Operations: [...g.operations],
  ...(g.constraints ? { Constraints: structuredClone(g.constraints) } : {}),
});

/** The condition key ListGrants adds to its authorisation: whether an AWS service makes the call (reference §7). */
export const listGrantsConditions = (caller: Pick<Caller, 'viaService'>) => ({
  'kms:GrantIsForAWSResource': caller.viaService !== undefined,
});

export const ListGrants = defineOperation({
  name: 'ListGrants',
  input: structure(
    {
      Limit: LimitType,
      Marker: MarkerType,
      KeyId: KeyIdType,
      GrantId: GrantIdType,
      GranteePrincipal: PrincipalIdType,
    },
    ['KeyId'],
  ),
  iamAction: 'kms:ListGrants',
  readOnly: true,
  resource: 'key',
  keyIdAccepts: 'key-only',
  crossAccount: true,
  keyStates: 'any',
  async run(ctx, req) {
    const key = ctx.accessKey(req.KeyId, { conditions: listGrantsConditions(ctx.caller) });
    const grants = Object.values(ctx.world.grants).filter(
      (g) =>
        g.keyArn === key.arn &&
        (req.GrantId === undefined || g.grantId === req.GrantId) &&
        (req.GranteePrincipal === undefined || g.granteePrincipal === req.GranteePrincipal),
    );
    const { items, ...rest } = page(grants.map(grantListEntry), req.Limit, req.Marker);
    return { Grants: items, ...rest };
  },
});

export const ListRetirableGrants = defineOperation({
  name: 'ListRetirableGrants',
  input: structure({ Limit: LimitType, Marker: MarkerType, RetiringPrincipal: PrincipalIdType }, [
    'RetiringPrincipal',
  ]),
  iamAction: 'kms:ListRetirableGrants',
  readOnly: true,
  resource: 'none',
  keyIdAccepts: 'key-only',
  crossAccount: false,
  keyStates: 'any',
  async run(ctx, req) {
    ctx.authorizeOrThrow({ action: 'kms:ListRetirableGrants' });
    const grants = Object.values(ctx.world.grants).filter(
      (g) => g.retiringPrincipal === req.RetiringPrincipal,
    );
    const { items, ...rest } = page(grants.map(grantListEntry), req.Limit, req.Marker);
    return { Grants: items, ...rest };
  },
});

function findGrant(ctx: OperationContext, keyArn: string, grantId: string): GrantRecord {
  const grant = ctx.world.grants[grantId];
  if (!grant || grant.keyArn !== keyArn)
    throw new KmsError('NotFoundException', `Grant ID ${grantId} not found`);
  return grant;
}

/**
 * RetireGrant: by GrantToken, or by KeyId + GrantId. Allowed for the grant's retiring principal, its grantee
 * when the grant includes RetireGrant, or whoever the key policy/IAM allows kms:RetireGrant (API_RetireGrant).
 */
export const RetireGrant = defineOperation({
  name: 'RetireGrant',
  input: structure({
    GrantToken: GrantTokenType,
    KeyId: KeyIdType,
    GrantId: GrantIdType,
    DryRun: NullableBooleanType,
  }),
  iamAction: 'kms:RetireGrant',
  grantOperation: 'RetireGrant',
  readOnly: false,
  resource: 'key',
  keyIdAccepts: 'key-only',
  crossAccount: true,
  keyStates: 'any',
  validate(req) {
    if (req.GrantToken === undefined && (req.KeyId === undefined || req.GrantId === undefined))
      throw new KmsError(
        'ValidationException',
        'Either GrantToken or both KeyId and GrantId must be specified.',
      );
  },
  async run(ctx, req) {
    let grant: GrantRecord | undefined;
    if (req.GrantToken !== undefined) {
      grant = ctx.world.grants[req.GrantToken.slice(-64)];
      if (!grant) throw new KmsError('InvalidGrantTokenException', 'Invalid grant token.');
    }
    const keyArnOfGrant = grant?.keyArn;
    const key =
      req.KeyId !== undefined ? ctx.resolve(req.KeyId).key : ctx.world.keys[keyArnOfGrant as string];
    if (!key) throw new KmsError('NotFoundException', 'The key of this grant no longer exists.');
    grant = grant ?? findGrant(ctx, key.arn, req.GrantId as string);
    const caller = ctx.caller.principal;
    const retiresOwnGrant =
      grant.retiringPrincipal === caller ||
      (grant.granteePrincipal === caller && grant.operations.includes('RetireGrant'));
    ctx.noteResource(key);
    if (!retiresOwnGrant) ctx.accessResolvedKey(key, { keyStates: 'any' });
    ctx.stopIfDryRun(req.DryRun);
    delete ctx.world.grants[grant.grantId];
    return {};
  },
});

export const RevokeGrant = defineOperation({
  name: 'RevokeGrant',
  input: structure({ KeyId: KeyIdType, GrantId: GrantIdType, DryRun: NullableBooleanType }, [
    'KeyId',
    'GrantId',
  ]),
  iamAction: 'kms:RevokeGrant',
  readOnly: false,
  resource: 'key',
  keyIdAccepts: 'key-only',
  crossAccount: true,
  keyStates: 'any',
  async run(ctx, req) {
    const key = ctx.accessKey(req.KeyId, { conditions: listGrantsConditions(ctx.caller) });
    const grant = findGrant(ctx, key.arn, req.GrantId);
    ctx.stopIfDryRun(req.DryRun);
    delete ctx.world.grants[grant.grantId];
    return {};
  },
});

/**
 * CreateAlias, UpdateAlias, DeleteAlias, ListAliases (reference §4). Alias names start with `alias/`, never with
 * the reserved `alias/aws/`; an alias and its key share account and Region; at most 50 aliases per key;
 * UpdateAlias only retargets to a key of the same type and usage. ListAliases shows the predefined
 * `alias/aws/*` names even before their AWS managed keys exist (without TargetKeyId).
 */

import type { OperationContext } from '../context';
import { aliasNotFound, KmsError } from '../errors';
import { ALIAS_PREFIX, AWS_ALIAS_PREFIX, aliasArn } from '../identifiers';
import { defineOperation } from '../operation';
import { MANAGED_KEY_SERVICES } from '../policy/templates';
import { structure } from '../shapes';
import type { KeyRecord } from '../world';
import { AliasNameType, KeyIdType, LimitType, MarkerType, page } from './common';

export const MAX_ALIASES_PER_KEY = 50;

/** The recorded AWS message for a missing prefix [rec]. */
const MISSING_PREFIX =
  'Alias must start with the prefix "alias/". Please see https://docs.aws.amazon.com/kms/latest/developerguide/kms-alias.html';

function checkAliasName(aliasName: string): void {
  if (!aliasName.startsWith(ALIAS_PREFIX)) throw new KmsError('ValidationException', MISSING_PREFIX);
}

function checkCustomerAlias(aliasName: string): void {
  checkAliasName(aliasName);
  if (aliasName.startsWith(AWS_ALIAS_PREFIX))
    // The API model lists InvalidAliasNameException for this; the exact wording is unrecorded.
    throw new KmsError(
      'InvalidAliasNameException',
      `Alias names beginning with ${AWS_ALIAS_PREFIX} are reserved for AWS managed keys.`,
    );
}

const aliasCount = (ctx: OperationContext, key: KeyRecord) =>
  Object.values(ctx.world.aliases).filter(
    (a) => a.targetKeyId === key.keyId && a.accountId === key.accountId && a.region === key.region,
  ).length;

/** Aliases are authorised on the alias (IAM) and on the key (key policy); KMS Lab evaluates the key side. */
function targetKey(ctx: OperationContext, targetKeyId: string, aliasName: string): KeyRecord {
  const key = ctx.accessKey(targetKeyId, {
    member: 'TargetKeyId',
    conditions: { 'kms:RequestAlias': aliasName },
  });
  if (aliasCount(ctx, key) >= MAX_ALIASES_PER_KEY)
    throw new KmsError(
      'LimitExceededException',
      `A KMS key can have at most ${MAX_ALIASES_PER_KEY} aliases.`,
    );
  return key;
}

const aliasInput = structure({ AliasName: AliasNameType, TargetKeyId: KeyIdType }, [
  'AliasName',
  'TargetKeyId',
]);

export const CreateAlias = defineOperation({
  name: 'CreateAlias',
  input: aliasInput,
  iamAction: 'kms:CreateAlias',
  readOnly: false,
  resource: 'key',
  keyIdAccepts: 'key-only',
  crossAccount: false,
  keyStates: 'not-pending-deletion',
  validate: (req) => checkCustomerAlias(req.AliasName),
  async run(ctx, req) {
    const key = targetKey(ctx, req.TargetKeyId, req.AliasName);
    const arn = aliasArn(key.region, key.accountId, req.AliasName);
    if (ctx.world.aliases[arn])
      throw new KmsError('AlreadyExistsException', `An alias with the name ${arn} already exists`);
    ctx.world.aliases[arn] = {
      aliasName: req.AliasName,
      accountId: key.accountId,
      region: key.region,
      targetKeyId: key.keyId,
      creationMs: ctx.nowMs,
      lastUpdatedMs: ctx.nowMs,
    };
    return {};
  },
});

export const UpdateAlias = defineOperation({
  name: 'UpdateAlias',
  input: aliasInput,
  iamAction: 'kms:UpdateAlias',
  readOnly: false,
  resource: 'key',
  keyIdAccepts: 'key-only',
  crossAccount: false,
  // The destination key may not be pending deletion; the source key may (reference §2 footnote 10).
  keyStates: 'not-pending-deletion',
  validate: (req) => checkCustomerAlias(req.AliasName),
  async run(ctx, req) {
    const { accountId, region } = ctx.caller;
    const arn = aliasArn(region, accountId, req.AliasName);
    const alias = ctx.world.aliases[arn];
    if (!alias) throw aliasNotFound(arn);
    const current = ctx.resolve(alias.targetKeyId, { member: 'AliasName' }).key;
    ctx.accessResolvedKey(current, { keyStates: 'any' });
    const key = targetKey(ctx, req.TargetKeyId, req.AliasName);
    if (key.keySpec !== current.keySpec || key.keyUsage !== current.keyUsage)
      throw new KmsError(
        'ValidationException',
        `${key.arn} is not the same key type (key spec and key usage) as the key the alias points to.`,
      );
    alias.targetKeyId = key.keyId;
    alias.lastUpdatedMs = ctx.nowMs;
    return {};
  },
});

export const DeleteAlias = defineOperation({
  name: 'DeleteAlias',
  input: structure({ AliasName: AliasNameType }, ['AliasName']),
  iamAction: 'kms:DeleteAlias',
  readOnly: false,
  resource: 'key',
  keyIdAccepts: 'key-only',
  crossAccount: false,
  keyStates: 'any',
  validate: (req) => checkCustomerAlias(req.AliasName),
  async run(ctx, req) {
    const { accountId, region } = ctx.caller;
    const arn = aliasArn(region, accountId, req.AliasName);
    const alias = ctx.world.aliases[arn];
    if (!alias) throw aliasNotFound(arn);
    ctx.accessKey(alias.targetKeyId, { member: 'AliasName' });
    delete ctx.world.aliases[arn];
    return {};
  },
});

export interface AliasListEntry {
  AliasName: string;
  AliasArn: string;
  TargetKeyId?: string;
  CreationDate?: Date;
  LastUpdatedDate?: Date;
}

export const ListAliases = defineOperation({
  name: 'ListAliases',
  input: structure({ KeyId: KeyIdType, Limit: LimitType, Marker: MarkerType }),
  iamAction: 'kms:ListAliases',
  readOnly: true,
  resource: 'none',
  keyIdAccepts: 'key-only',
  crossAccount: false,
  keyStates: 'any',
  async run(ctx, req) {
    ctx.authorizeOrThrow({ action: 'kms:ListAliases' });
    const { accountId, region } = ctx.caller;
    const filterKey = req.KeyId === undefined ? undefined : ctx.resolve(req.KeyId).key;
    const entries: AliasListEntry[] = Object.values(ctx.world.aliases)
      .filter((a) => a.accountId === accountId && a.region === region)
      .filter((a) => !filterKey || a.targetKeyId === filterKey.keyId)
      .map((a) => ({
        AliasName: a.aliasName,
        AliasArn: aliasArn(region, accountId, a.aliasName),
        TargetKeyId: a.targetKeyId,
        CreationDate: new Date(a.creationMs),
        LastUpdatedDate: new Date(a.lastUpdatedMs),
      }));
    if (!filterKey)
      for (const service of MANAGED_KEY_SERVICES) {
        const aliasName = `${AWS_ALIAS_PREFIX}${service.alias}`;
        if (!entries.some((e) => e.AliasName === aliasName))
          entries.push({ AliasName: aliasName, AliasArn: aliasArn(region, accountId, aliasName) });
      }
    entries.sort((a, b) => (a.AliasName < b.AliasName ? -1 : a.AliasName > b.AliasName ? 1 : 0));
    const { items, ...rest } = page(entries, req.Limit, req.Marker);
    return { Aliases: items, ...rest };
  },
});

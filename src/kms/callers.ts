/**
 * Who is calling: the principal, its account and Region, and the AWS service it calls through (if any), plus
 * the IAM principals of the world (their policies and the IDs CloudTrail shows).
 */
import type { Drbg } from '../crypto';
import { accountRootArn, isAccountId, isRegion, PARTITION, principalAccount } from './identifiers';
import { identityArn } from './policy/principal';
import { type PrincipalRecord, table, type World } from './world';

export interface CallerOptions {
  principal?: string;
  region?: string;
  /** The integrated service the call comes through: `s3`, or its endpoint `s3.us-east-1.amazonaws.com`. */
  viaService?: string;
}

export interface Caller {
  /** The caller ARN as given (IAM user/role, STS assumed-role session, or account root). */
  principal: string;
  accountId: string;
  region: string;
  /** `kms:ViaService` value, `<service>.<region>.amazonaws.com` (reference §7). */
  viaService?: string;
  /** CloudTrail `userIdentity.invokedBy`, `<service>.amazonaws.com` (reference §9). */
  invokedBy?: string;
}

export const defaultPrincipal = (accountId: string) => `arn:${PARTITION}:iam::${accountId}:role/Admin`;

/** The IAM policy of the default caller: `kms:*` on `*` (architecture.md, test-facing contract). */
export const ADMIN_POLICY_NAME = 'AdministratorKmsAccess';
export const ADMIN_POLICY = JSON.stringify({
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Action: 'kms:*', Resource: '*' }],
});

export function resolveCaller(world: World, options: CallerOptions = {}): Caller {
  const principal = options.principal ?? defaultPrincipal(world.defaultAccountId);
  const accountId = principalAccount(principal);
  if (!accountId) throw new TypeError(`caller principal is not an IAM or STS ARN: ${principal}`);
  const region = options.region ?? world.defaultRegion;
  if (!isRegion(region)) throw new TypeError(`caller region is not a Region name: ${region}`);
  if (!options.viaService) return { principal, accountId, region };
  const service = options.viaService.split('.')[0];
  return {
    principal,
    accountId,
    region,
    viaService: options.viaService.includes('.') ? options.viaService : `${service}.${region}.amazonaws.com`,
    invokedBy: `${service}.amazonaws.com`,
  };
}

const BASE32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
function iamUniqueId(drbg: Drbg, prefix: string): string {
  let out = prefix;
  for (const b of drbg.bytes(16)) out += BASE32[b & 31];
  return out;
}

/**
 * The principal record behind a caller (an assumed-role session is its role), created on first sight.
 * IAM unique-ID prefixes (IAM User Guide, "Unique identifiers"): AIDA users, AROA roles; access keys AKIA
 * (long-term, users) and ASIA (temporary, role sessions).
 */
export function ensurePrincipal(world: World, drbg: Drbg, arn: string): PrincipalRecord {
  const id = identityArn(arn);
  const existing = world.principals[id];
  if (existing) return existing;
  const isRoot = id.endsWith(':root');
  const isRole = id.includes(':role/');
  const record: PrincipalRecord = {
    arn: id,
    principalId: isRoot ? (principalAccount(id) ?? '') : iamUniqueId(drbg, isRole ? 'AROA' : 'AIDA'),
    accessKeyId: iamUniqueId(drbg, isRole ? 'ASIA' : 'AKIA'),
    policies: table(),
  };
  world.principals[id] = record;
  return record;
}

/** Root users are not subject to identity policies: everything in their own account is allowed. */
const ROOT_IDENTITY_POLICY = ADMIN_POLICY.replace('kms:*', '*');

export function identityPoliciesOf(world: World, principalArn: string): { name: string; document: string }[] {
  const id = identityArn(principalArn);
  if (id === accountRootArn(principalAccount(id) ?? ''))
    return [{ name: 'root', document: ROOT_IDENTITY_POLICY }];
  const record = world.principals[id];
  return record ? Object.entries(record.policies).map(([name, document]) => ({ name, document })) : [];
}

/**
 * Principals that exist, for the invalid-principal check of key policies (reference §7): account roots and
 * service principals always exist; IAM users and roles exist once created, given a policy or seen as a caller.
 */
export function principalExists(world: World, arn: string): boolean {
  if (arn === '*' || isAccountId(arn) || arn.endsWith('.amazonaws.com')) return true;
  const account = principalAccount(arn);
  if (account && arn === accountRootArn(account)) return true;
  return world.principals[identityArn(arn)] !== undefined;
}

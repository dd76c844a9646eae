// Principal matching for key-policy statements and grants (IAM JSON policy elements: Principal;
// KMS Developer Guide, key-policy-default "Allows access to the AWS account and enables IAM policies").
import type { PrincipalSpec } from './document';
import type { PrincipalMatchKind } from './types';

export interface Arn {
  partition: string;
  service: string;
  region: string;
  account: string;
  resource: string;
}

/** Split an ARN into its six parts; the resource part may itself contain colons. */
export function parseArn(text: string): Arn | null {
  const parts = text.split(':');
  if (parts.length < 6 || parts[0] !== 'arn') return null;
  const [, partition, service, region, account] = parts as [string, string, string, string, string];
  return { partition, service, region, account, resource: parts.slice(5).join(':') };
}

export function accountOfArn(text: string): string | undefined {
  return parseArn(text)?.account || undefined;
}

const ACCOUNT_ID = /^\d{12}$/;

export function isAccountId(text: string): boolean {
  return ACCOUNT_ID.test(text);
}

/** The account principal ARN, `arn:aws:iam::<account>:root`. */
export function accountRootArn(account: string, partition = 'aws'): string {
  return `arn:${partition}:iam::${account}:root`;
}

/**
 * The IAM identity behind a caller ARN: an assumed-role session `arn:aws:sts::<acct>:assumed-role/<role>/<session>`
 * is the role `arn:aws:iam::<acct>:role/<role>` (this is also the value of aws:PrincipalArn for role sessions,
 * IAM User Guide, "AWS global condition context keys").
 */
export function identityArn(callerArn: string): string {
  const arn = parseArn(callerArn);
  if (arn?.service === 'sts' && arn.resource.startsWith('assumed-role/')) {
    const role = arn.resource.split('/')[1];
    if (role) return `arn:${arn.partition}:iam::${arn.account}:role/${role}`;
  }
  return callerArn;
}

export interface PrincipalEntryMatch {
  via: PrincipalMatchKind;
  entry: string;
}

/** Does one `AWS` entry of a Principal element cover the caller? */
function matchAwsEntry(entry: string, callerArn: string, callerAccount: string): PrincipalMatchKind | null {
  if (entry === '*') return 'wildcard';
  if (isAccountId(entry)) return entry === callerAccount ? accountOrRoot(entry, callerArn) : null;
  const arn = parseArn(entry);
  if (arn === null) return null;
  if (arn.service === 'iam' && arn.resource === 'root') {
    return arn.account === callerAccount ? accountOrRoot(arn.account, callerArn) : null;
  }
  if (entry === callerArn) return 'arn';
  const caller = parseArn(callerArn);
  if (caller?.service === 'sts' && caller.resource.startsWith('assumed-role/') && arn.service === 'iam') {
    // Role ARNs may carry a path (role/path/Name); the session ARN carries only the name.
    const roleName = caller.resource.split('/')[1];
    if (
      arn.account === caller.account &&
      arn.resource.startsWith('role/') &&
      arn.resource.split('/').pop() === roleName
    ) {
      return 'assumed-role';
    }
  }
  return null;
}

function accountOrRoot(account: string, callerArn: string): PrincipalMatchKind {
  const caller = parseArn(callerArn);
  return caller?.service === 'iam' && caller.account === account && caller.resource === 'root'
    ? 'root-user'
    : 'account';
}

/**
 * The first entry of a Principal/NotPrincipal element that covers the caller, preferring entries that
 * allow by themselves over the account principal (which only delegates to IAM).
 */
export function matchPrincipal(
  spec: PrincipalSpec,
  callerArn: string,
  callerAccount: string,
): PrincipalEntryMatch | null {
  if (spec === '*') return { via: 'wildcard', entry: '*' };
  let delegation: PrincipalEntryMatch | null = null;
  for (const [type, entries] of Object.entries(spec)) {
    for (const entry of entries) {
      let via: PrincipalMatchKind | null = null;
      if (type === 'AWS') via = matchAwsEntry(entry, callerArn, callerAccount);
      else if (type === 'Service') via = entry === callerArn ? 'service' : null;
      else if (type === 'Federated' || type === 'CanonicalUser') via = entry === callerArn ? 'arn' : null;
      if (via === 'account') delegation ??= { via, entry };
      else if (via !== null) return { via, entry };
    }
  }
  return delegation;
}

/** Grantee matching (KMS Developer Guide, grants: "grantee principal"): a grant names one principal, never `*`. */
export function matchGrantee(
  grantee: string,
  callerArn: string,
  callerAccount: string,
): PrincipalMatchKind | null {
  if (isServicePrincipal(grantee)) return grantee === callerArn ? 'service' : null;
  if (grantee === '*') return null;
  return matchAwsEntry(grantee, callerArn, callerAccount);
}

export function isServicePrincipal(text: string): boolean {
  return !text.startsWith('arn:') && text.endsWith('.amazonaws.com');
}

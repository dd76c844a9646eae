/**
 * KMS identifiers as AWS spells them (reference §4):
 * - key ID: lowercase UUID, or `mrk-` + 32 lowercase hex digits for multi-Region keys;
 * - key ARN `arn:aws:kms:<region>:<account>:key/<key-id>`, alias ARN `arn:aws:kms:<region>:<account>:alias/<name>`;
 * - alias name `alias/<name>`, 1–256 characters of `[a-zA-Z0-9:/_-]`, never starting with `alias/aws/`.
 */

export const PARTITION = 'aws';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const MRK_ID = /^mrk-[0-9a-f]{32}$/;
const ACCOUNT = /^\d{12}$/;
const REGION = /^([a-z]+-){2,3}\d+$/;

export const isKeyId = (s: string): boolean => UUID.test(s) || MRK_ID.test(s);
export const isAccountId = (s: string): boolean => ACCOUNT.test(s);
export const isRegion = (s: string): boolean => REGION.test(s);

export const keyArn = (region: string, accountId: string, keyId: string) =>
  `arn:${PARTITION}:kms:${region}:${accountId}:key/${keyId}`;
export const aliasArn = (region: string, accountId: string, aliasName: string) =>
  `arn:${PARTITION}:kms:${region}:${accountId}:${aliasName}`;
export const accountRootArn = (accountId: string) => `arn:${PARTITION}:iam::${accountId}:root`;

export const ALIAS_PREFIX = 'alias/';
/** Reserved for AWS managed keys (reference §1, §4). */
export const AWS_ALIAS_PREFIX = 'alias/aws/';

/** What a `KeyId` request member names, before looking anything up. */
export type KeyIdentifier =
  | { kind: 'key-id'; keyId: string }
  | { kind: 'key-arn'; region: string; accountId: string; keyId: string; arn: string }
  | { kind: 'alias-name'; aliasName: string }
  | { kind: 'alias-arn'; region: string; accountId: string; aliasName: string; arn: string }
  | { kind: 'invalid'; text: string; reason: 'malformed' | 'bad-arn' };

/** Parses a KMS ARN `arn:aws:kms:<region>:<account>:<resource>`; undefined when it is not one. */
function parseKmsArn(text: string): { region: string; accountId: string; resource: string } | undefined {
  const parts = text.split(':');
  if (parts.length < 6 || parts[0] !== 'arn' || parts[2] !== 'kms') return undefined;
  const [, , , region, accountId] = parts;
  return { region, accountId, resource: parts.slice(5).join(':') };
}

export function parseKeyIdentifier(text: string): KeyIdentifier {
  if (text.startsWith('arn:')) {
    const arn = parseKmsArn(text);
    if (!arn || !isAccountId(arn.accountId) || !isRegion(arn.region))
      return { kind: 'invalid', text, reason: 'bad-arn' };
    if (arn.resource.startsWith('key/') && isKeyId(arn.resource.slice(4)))
      return {
        kind: 'key-arn',
        region: arn.region,
        accountId: arn.accountId,
        keyId: arn.resource.slice(4),
        arn: text,
      };
    if (arn.resource.startsWith(ALIAS_PREFIX) && arn.resource.length > ALIAS_PREFIX.length)
      return {
        kind: 'alias-arn',
        region: arn.region,
        accountId: arn.accountId,
        aliasName: arn.resource,
        arn: text,
      };
    return { kind: 'invalid', text, reason: 'bad-arn' };
  }
  if (text.startsWith(ALIAS_PREFIX) && text.length > ALIAS_PREFIX.length)
    return { kind: 'alias-name', aliasName: text };
  if (isKeyId(text)) return { kind: 'key-id', keyId: text };
  return { kind: 'invalid', text, reason: 'malformed' };
}

/** The 12-digit account of an IAM/STS principal ARN, or of a bare account ID. */
export function principalAccount(principalArn: string): string | undefined {
  if (isAccountId(principalArn)) return principalArn;
  const parts = principalArn.split(':');
  if (
    parts.length >= 6 &&
    parts[0] === 'arn' &&
    (parts[2] === 'iam' || parts[2] === 'sts') &&
    isAccountId(parts[4])
  )
    return parts[4];
  return undefined;
}

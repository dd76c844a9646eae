/**
 * The cast: the principals a learner acts as, declared once as data. Four live in the key's account (the
 * scenario's account, 111122223333 by default): an administrator role, a developer user, an application role
 * and a security auditor; one role lives in a second account (444455556666), for cross-account use. AWS services
 * act on a principal's behalf through `kms:ViaService` (reference §7, §11), so a service is a caller option,
 * not a principal of its own.
 *
 * Each member enters the world through `iam.putPrincipalPolicy` steps (`castSteps`), so the cast replays,
 * shares by URL and can be edited like anything else. The Admin role needs no step: the engine gives it
 * `kms:*` on `*` (architecture.md, test-facing contract).
 */
import { MANAGED_KEY_SERVICES, type ManagedKeyService, viaServiceName } from '../kms/policy/templates';
import { DEFAULT_SETTINGS } from './schema';
import type { IamPutPrincipalPolicyStep } from './steps/iamPutPrincipalPolicy';

/** The second account of the cast (the one AWS's cross-account examples use). */
export const PARTNER_ACCOUNT_ID = '444455556666';

export const CAST_IDS = ['admin', 'dev', 'app', 'auditor', 'partner'] as const;
export type CastId = (typeof CAST_IDS)[number];

export interface CastMember {
  id: CastId;
  /** IAM identity ARN (`arn:aws:iam::<account>:role/<name>` or `…:user/<name>`). */
  arn: string;
  accountId: string;
  kind: 'role' | 'user';
  /** The name after `role/` or `user/`. */
  name: string;
  /** Whether the member lives in the scenario's own account (the account the keys are made in). */
  home: boolean;
  /** The inline IAM policies the member starts with (none: the engine's own, or nothing at all). */
  policies: readonly { name: string; document: string }[];
}

type Statement = Record<string, unknown>;
const policy = (...statements: Statement[]) =>
  JSON.stringify({ Version: '2012-10-17', Statement: statements }, null, 2);

interface Declaration {
  id: CastId;
  kind: 'role' | 'user';
  name: string;
  partner?: boolean;
  policies(accountId: string, region: string): { name: string; document: string }[];
}

const DECLARATIONS: readonly Declaration[] = [
  // Policy: the engine's AdministratorKmsAccess (kms:* on *), present from the first step.
  { id: 'admin', kind: 'role', name: 'Admin', policies: () => [] },
  {
    id: 'dev',
    kind: 'user',
    name: 'Dev',
    // Key users' actions of the console's default policy (key-policy-default), but granted in IAM: it only
    // works while the key policy delegates to IAM ("Enable IAM User Permissions").
    policies: () => [
      {
        name: 'DevKmsUse',
        document: policy({
          Sid: 'UseKmsKeys',
          Effect: 'Allow',
          Action: ['kms:Encrypt', 'kms:Decrypt', 'kms:GenerateDataKey*', 'kms:DescribeKey'],
          Resource: '*',
        }),
      },
    ],
  },
  {
    id: 'app',
    kind: 'role',
    name: 'App',
    // Least privilege scoped to the account's keys in one Region (IAM "Resource" with a key ARN pattern).
    policies: (accountId, region) => [
      {
        name: 'AppKmsUse',
        document: policy({
          Sid: 'EncryptAndDecryptWithKeysInThisRegion',
          Effect: 'Allow',
          Action: ['kms:Encrypt', 'kms:Decrypt', 'kms:GenerateDataKey'],
          Resource: `arn:aws:kms:${region}:${accountId}:key/*`,
        }),
      },
    ],
  },
  {
    id: 'auditor',
    kind: 'role',
    name: 'Auditor',
    // Read-only: metadata, policies and grants, never the key's use (kms-api-permissions-reference).
    policies: () => [
      {
        name: 'AuditorKmsReadOnly',
        document: policy({
          Sid: 'ReadKmsConfiguration',
          Effect: 'Allow',
          Action: ['kms:Describe*', 'kms:List*', 'kms:Get*'],
          Resource: '*',
        }),
      },
    ],
  },
  {
    id: 'partner',
    kind: 'role',
    name: 'Partner',
    partner: true,
    // Nothing about KMS until the learner adds it; an unrelated S3 permission makes the role exist, so a key
    // policy may name it (PutKeyPolicy rejects principals that don't exist, reference §7).
    policies: () => [
      {
        name: 'PartnerS3Read',
        document: policy({
          Sid: 'ReadPartnerBucket',
          Effect: 'Allow',
          Action: 's3:GetObject',
          Resource: 'arn:aws:s3:::partner-bucket/*',
        }),
      },
    ],
  },
];

/** The cast for a scenario's account and Region. */
export function castOf(
  accountId: string = DEFAULT_SETTINGS.accountId,
  region: string = DEFAULT_SETTINGS.region,
): CastMember[] {
  return DECLARATIONS.map((d) => {
    const account = d.partner ? PARTNER_ACCOUNT_ID : accountId;
    return {
      id: d.id,
      arn: `arn:aws:iam::${account}:${d.kind}/${d.name}`,
      accountId: account,
      kind: d.kind,
      name: d.name,
      home: !d.partner,
      policies: d.policies(accountId, region),
    };
  });
}

export function castMember(id: CastId, accountId?: string, region?: string): CastMember {
  return castOf(accountId, region).find((m) => m.id === id) as CastMember;
}

/** Step ids of the cast: outside the `s<n>` series, so appending steps never collides with them. */
export const castStepId = (n: number) => `cast${n}`;

/** The steps that bring the cast into a scenario; templates prepend them. */
export function castSteps(
  accountId: string = DEFAULT_SETTINGS.accountId,
  region: string = DEFAULT_SETTINGS.region,
): IamPutPrincipalPolicyStep[] {
  return castOf(accountId, region)
    .flatMap((m) => m.policies.map((p) => ({ principal: m.arn, ...p })))
    .map((p, i) => ({
      id: castStepId(i + 1),
      kind: 'iam.putPrincipalPolicy',
      principal: p.principal,
      policyName: p.name,
      policyDocument: p.document,
    }));
}

/** Services that call KMS on a principal's behalf, from the AWS managed key declarations (one list). */
export const CAST_SERVICES: readonly ManagedKeyService[] = MANAGED_KEY_SERVICES;

/** `kms:ViaService` of a service in a Region, e.g. `s3.us-east-1.amazonaws.com` (reference §7). */
export function viaServiceOf(alias: string, region: string): string | undefined {
  const service = CAST_SERVICES.find((s) => s.alias === alias);
  return service ? viaServiceName(service, region) : undefined;
}

// Shared request builders for this folder's tests (not imported by production code).
import type { AuthorizationRequest } from './types';

export const ACCOUNT = '111122223333';
export const OTHER_ACCOUNT = '444455556666';
export const KEY_ARN = `arn:aws:kms:us-east-1:${ACCOUNT}:key/1234abcd-12ab-34cd-56ef-1234567890ab`;
export const ADMIN = `arn:aws:iam::${ACCOUNT}:role/Admin`;
export const ALICE = `arn:aws:iam::${ACCOUNT}:user/Alice`;
export const BOB_OTHER = `arn:aws:iam::${OTHER_ACCOUNT}:role/Bob`;
export const ROOT = `arn:aws:iam::${ACCOUNT}:root`;

export type Statement = Record<string, unknown>;

export function policy(...statements: Statement[]): string {
  return JSON.stringify({ Version: '2012-10-17', Statement: statements });
}

/** The API default key policy (reference §7, recorded from AWS). */
export function rootDelegation(account = ACCOUNT): Statement {
  return {
    Sid: 'Enable IAM User Permissions',
    Effect: 'Allow',
    Principal: { AWS: `arn:aws:iam::${account}:root` },
    Action: 'kms:*',
    Resource: '*',
  };
}

export const allowAllKms = policy({ Effect: 'Allow', Action: 'kms:*', Resource: '*' });

export function request(overrides: Partial<AuthorizationRequest> = {}): AuthorizationRequest {
  return {
    action: 'kms:Encrypt',
    grantOperation: 'Encrypt',
    principalArn: ALICE,
    principalAccount: ACCOUNT,
    resourceArn: KEY_ARN,
    resourceAccount: ACCOUNT,
    keyPolicy: policy(rootDelegation()),
    identityPolicies: [],
    grants: [],
    context: {},
    ...overrides,
  };
}

export function iam(document: string, name = 'inline'): { name: string; document: string }[] {
  return [{ name, document }];
}

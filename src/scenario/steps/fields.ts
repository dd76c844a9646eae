/**
 * Field validators shared by several step kinds (caller, S3-style object location, step references).
 * Patterns follow AWS's own rules where AWS has one (cited per pattern).
 */
import { STEP_ID_PATTERN } from '../refs';
import { object, optional, string } from '../validate';

/** Who makes a KMS call; omitted fields take the engine defaults (the account's Admin role, the scenario's Region). */
export interface Caller {
  principal?: string;
  region?: string;
  viaService?: string;
}

/** IAM ARN forms (IAM User Guide, "IAM identifiers"): account root, users, roles and STS assumed-role sessions. */
export const PRINCIPAL_ARN = /^arn:aws:(?:iam|sts)::\d{12}:(?:root|[A-Za-z-]+\/[\w+=,.@/-]{1,512})$/;
/** Region names such as `us-east-1`, `ap-northeast-1`, `us-gov-west-1`. */
export const REGION = /^[a-z]{2}(?:-[a-z]+)+-\d{1,2}$/;
/** `kms:ViaService` values are service endpoints such as `s3.us-east-1.amazonaws.com` (reference §7). */
export const VIA_SERVICE = /^[a-z0-9-]+\.[a-z0-9-]+\.amazonaws\.com$/;
/** S3 bucket naming rules (S3 User Guide, "Bucket naming rules"): 3–63 chars, lower case, digits, dots, hyphens. */
const BUCKET = /^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/;

export function caller(value: unknown, path: string): Caller {
  const raw = object(value, path, ['principal', 'region', 'viaService']);
  const out: Caller = {};
  const principal = optional(raw.principal, (v) =>
    string(v, `${path}.principal`, {
      max: 2048,
      pattern: PRINCIPAL_ARN,
      patternName: 'an IAM principal ARN',
    }),
  );
  const region = optional(raw.region, (v) =>
    string(v, `${path}.region`, { max: 32, pattern: REGION, patternName: 'a Region name' }),
  );
  const viaService = optional(raw.viaService, (v) =>
    string(v, `${path}.viaService`, { max: 128, pattern: VIA_SERVICE, patternName: 'a service endpoint' }),
  );
  if (principal !== undefined) out.principal = principal;
  if (region !== undefined) out.region = region;
  if (viaService !== undefined) out.viaService = viaService;
  return out;
}

export function stepRef(value: unknown, path: string): string {
  return string(value, path, { min: 1, max: 16, pattern: STEP_ID_PATTERN, patternName: 'a step id' });
}

/** Where an envelope sits in the simulated client-side store (an S3-like bucket and object key). */
export interface ObjectLocation {
  bucket: string;
  key: string;
}

export function objectLocation(value: unknown, path: string): ObjectLocation {
  const raw = object(value, path, ['bucket', 'key']);
  return {
    bucket: string(raw.bucket, `${path}.bucket`, {
      max: 63,
      pattern: BUCKET,
      patternName: 'an S3 bucket name',
    }),
    // S3 object keys are 1–1,024 bytes of UTF-8 (S3 User Guide, "Naming Amazon S3 objects").
    key: string(raw.key, `${path}.key`, { min: 1, max: 1024 }),
  };
}

export const objectName = (location: ObjectLocation): string => `s3://${location.bucket}/${location.key}`;

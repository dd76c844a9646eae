/**
 * Member shapes shared by several operations, copied from the AWS API model (botocore kms/2014-11-01), and
 * small helpers every operation family uses (paging, encryption-context condition keys).
 */
import { RSA_SIGNING_ALGORITHMS } from '../asymmetric';
import { incompatibleAlgorithm, invalidKeyUsage, KmsError } from '../errors';
import { blob, boolean, integer, list, map, string, structure } from '../shapes';
import type { KeyRecord } from '../world';

export const KeyIdType = string({ min: 1, max: 2048 });
export const PlaintextType = blob(1, 4096);
export const CiphertextType = blob(1, 6144);
export const EncryptionContextType = map(string());
export const GrantTokenList = list(string({ min: 1, max: 8192 }), { min: 0, max: 10 });
export const NullableBooleanType = boolean;
export const LimitType = integer(1, 1000);
export const MarkerType = string({ min: 1, max: 1024, pattern: '[\\u0020-\\u00FF]*' });
export const NumberOfBytesType = integer(1, 1024);
export const DescriptionType = string({ min: 0, max: 8192 });
export const PolicyType = string({ min: 1, max: 131072, pattern: '[\\u0009\\u000A\\u000D\\u0020-\\u00FF]+' });
export const PolicyNameType = string({ min: 1, max: 128, pattern: '[\\w]+' });
export const AliasNameType = string({ min: 1, max: 256, pattern: '^[a-zA-Z0-9:/_-]+$' });
export const PrincipalIdType = string({ min: 1, max: 256, pattern: '^[\\w+=,.@:/-]+$' });
export const GrantIdType = string({ min: 1, max: 128 });
export const GrantTokenType = string({ min: 1, max: 8192 });
export const RegionType = string({ min: 1, max: 32, pattern: '^([a-z]+-){2,3}\\d+$' });
export const TagType = structure(
  { TagKey: string({ min: 1, max: 128 }), TagValue: string({ min: 0, max: 256 }) },
  ['TagKey', 'TagValue'],
);
export const TagList = list(TagType);
export const EncryptionAlgorithmSpec = string({
  enum: ['SYMMETRIC_DEFAULT', 'RSAES_OAEP_SHA_1', 'RSAES_OAEP_SHA_256', 'SM2PKE'],
});
export const DataKeySpec = string({ enum: ['AES_256', 'AES_128'] });
/** In the order AWS lists them in its ValidationException [rec: LocalStack's AWS-validated snapshot]. */
export const MacAlgorithmSpec = string({
  enum: ['HMAC_SHA_384', 'HMAC_SHA_256', 'HMAC_SHA_224', 'HMAC_SHA_512'],
});
export const DryRunModifierList = list(string({ enum: ['IGNORE_CIPHERTEXT'] }));
export const RecipientInfo = structure({
  KeyEncryptionAlgorithm: string({ enum: ['RSAES_OAEP_SHA_256'] }),
  AttestationDocument: blob(1, 262144),
});

/**
 * A symmetric encryption operation needs an ENCRYPT_DECRYPT key of spec SYMMETRIC_DEFAULT and the SYMMETRIC_DEFAULT
 * algorithm (reference §3 InvalidKeyUsageException). An RSA encryption key asked for SYMMETRIC_DEFAULT (explicitly,
 * by default, or implicitly as GenerateDataKey does) gets `Algorithm SYMMETRIC_DEFAULT is incompatible with key
 * spec RSA_4096.` (errors.ts incompatibleAlgorithm).
 */
export function requireEncryptionKey(key: KeyRecord, operation: string, algorithm: string | undefined): void {
  if (key.keyUsage !== 'ENCRYPT_DECRYPT') throw invalidKeyUsage(key.arn, key.keyUsage, operation);
  const requested = algorithm ?? 'SYMMETRIC_DEFAULT';
  if (requested !== 'SYMMETRIC_DEFAULT' || key.keySpec !== 'SYMMETRIC_DEFAULT')
    throw incompatibleAlgorithm(requested, key.keySpec);
}

/** Sign/Verify signing algorithms (API model SigningAlgorithmSpec; SM2DSA and the Ed25519 ones are not simulated). */
export const SigningAlgorithmSpec = string({
  enum: [
    ...RSA_SIGNING_ALGORITHMS,
    'ECDSA_SHA_256',
    'ECDSA_SHA_384',
    'ECDSA_SHA_512',
    'SM2DSA',
    'ML_DSA_SHAKE_256',
    'ED25519_SHA_512',
    'ED25519_PH_SHA_512',
  ],
});
export const MessageTypeSpec = string({ enum: ['RAW', 'DIGEST', 'EXTERNAL_MU'] });
export const PublicKeyType = blob(1, 8192);
export const DataKeyPairSpec = string({
  enum: [
    'RSA_2048',
    'RSA_3072',
    'RSA_4096',
    'ECC_NIST_P256',
    'ECC_NIST_P384',
    'ECC_NIST_P521',
    'ECC_SECG_P256K1',
    'SM2',
    'ECC_NIST_EDWARDS25519',
  ],
});

/**
 * The declaration fields every cryptographic operation on a named key shares: read-only in CloudTrail, the key
 * named by ID, ARN or alias, usable across accounts (reference §7), and the key-state table's cryptographic row.
 */
export const KEY_CRYPTO_OPERATION = {
  readOnly: true,
  resource: 'key',
  keyIdAccepts: 'key-or-alias',
  crossAccount: true,
  keyStates: 'cryptographic',
} as const;

/** Nitro Enclaves attestation (`Recipient`) is outside what KMS Lab simulates. */
export function refuseRecipient(recipient: unknown): void {
  if (recipient !== undefined)
    throw new KmsError(
      'UnsupportedOperationException',
      'Recipient (Nitro Enclaves attestation) is not simulated by KMS Lab yet.',
    );
}

/**
 * List paging: the Marker is the decimal offset of the next item (opaque to callers, as AWS says markers are).
 * Default page size 100, as the API reference gives for Limit.
 */
export function page<T>(
  items: readonly T[],
  limit: number | undefined,
  marker: string | undefined,
): { items: T[]; NextMarker?: string; Truncated: boolean } {
  const start = marker === undefined ? 0 : Number(marker);
  if (
    !Number.isInteger(start) ||
    start < 0 ||
    start > items.length ||
    (String(start) !== marker && marker !== undefined)
  )
    throw new KmsError('InvalidMarkerException', 'Invalid marker');
  const end = start + (limit ?? 100);
  const truncated = end < items.length;
  return truncated
    ? { items: items.slice(start, end), NextMarker: String(end), Truncated: true }
    : { items: items.slice(start), Truncated: false };
}

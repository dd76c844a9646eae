/**
 * AWS owned keys (reference §1): keys a service owns in its own account and uses for many customers — invisible
 * to ListKeys and DescribeKey, never in the customer's CloudTrail, never billed. Service simulations (S3 SSE-S3,
 * DynamoDB default encryption …) seal and open data with them; the crypto is the same HSM path as KMS keys.
 */
import type { CryptoProvider, Drbg } from '../crypto';
import { parseCiphertextBlob } from './ciphertextBlob';
import type { EncryptionContext } from './encryptionContext';
import { invalidCiphertext } from './errors';
import { newKeyRecord } from './keys';
import { openSymmetric, sealSymmetric } from './symmetric';
import type { TraceStep } from './trace';
import type { KeyRecord, World } from './world';

export interface AwsOwnedKeyResult {
  trace: TraceStep[];
}

/** The owned key of `service` in `region`, created on first use in a service account of its own. */
function ownedKey(world: World, drbg: Drbg, service: string, region: string): KeyRecord {
  const id = `${service}@${region}`;
  const existing = world.awsOwnedKeys[id];
  if (existing) return existing;
  const serviceAccount = String(BigInt(`0x${drbg.hex(8)}`) % 10n ** 12n).padStart(12, '0');
  const key = newKeyRecord(drbg, world.nowMs, {
    accountId: serviceAccount,
    region,
    keySpec: 'SYMMETRIC_DEFAULT',
    keyUsage: 'ENCRYPT_DECRYPT',
    keyManager: 'AWS',
    service,
    policy: '',
  });
  world.awsOwnedKeys[id] = key;
  return key;
}

export async function sealWithAwsOwnedKey(
  world: World,
  env: { provider: CryptoProvider; drbg: Drbg },
  service: string,
  region: string,
  plaintext: Uint8Array,
  context?: EncryptionContext,
): Promise<AwsOwnedKeyResult & { ciphertextBlob: Uint8Array }> {
  const trace: TraceStep[] = [];
  const key = ownedKey(world, env.drbg, service, region);
  const { blob } = await sealSymmetric({ ...env, trace }, key, plaintext, context);
  return { ciphertextBlob: blob, trace };
}

export async function openWithAwsOwnedKey(
  world: World,
  env: { provider: CryptoProvider; drbg: Drbg },
  ciphertextBlob: Uint8Array,
  context?: EncryptionContext,
): Promise<AwsOwnedKeyResult & { plaintext: Uint8Array }> {
  const trace: TraceStep[] = [];
  const parts = parseCiphertextBlob(ciphertextBlob);
  const key = parts && Object.values(world.awsOwnedKeys).find((k) => k.keyId === parts.keyId);
  if (!parts || !key) throw invalidCiphertext();
  const { plaintext } = await openSymmetric({ ...env, trace }, key, parts, ciphertextBlob, context);
  return { plaintext, trace };
}

/**
 * Symmetric encryption inside the simulated HSM (reference §6, cryptographic-details "encrypt-operation" and
 * "decrypt-operation"): pick the backing key, draw a nonce N, derive K = KDF(HBK, N), draw an IV, and seal with
 * AES-256-GCM using the blob header ‖ canonical encryption context as AAD. Every step is traced with its bytes.
 */
import { AuthenticationFailed, type CryptoProvider, concatBytes, type Drbg, zeroize } from '../crypto';
import {
  assembleBlob,
  type CiphertextBlobParts,
  describeCiphertextBlob,
  encodeHeader,
  IV_LENGTH,
  NONCE_LENGTH,
  TAG_LENGTH,
} from './ciphertextBlob';
import { DERIVED_KEY_LABEL, deriveDataEncryptionKey } from './derivedKey';
import { canonicalEncryptionContext, type EncryptionContext } from './encryptionContext';
import { invalidCiphertext } from './errors';
import type { TraceStep } from './trace';
import { type BackingKeyVersion, currentVersion, type KeyRecord } from './world';

export interface HsmEnvironment {
  provider: CryptoProvider;
  drbg: Drbg;
  trace: TraceStep[];
}

function traceVersion(trace: TraceStep[], key: KeyRecord, version: BackingKeyVersion): void {
  const versionIndex = key.versions.indexOf(version);
  trace.push({
    code: 'backing-key-selected',
    keyArn: key.arn,
    keyMaterialId: version.keyMaterialId,
    versionIndex,
    versionCount: key.versions.length,
    createdMs: version.createdMs,
    rotationType: version.rotationType,
    current: versionIndex === key.versions.length - 1,
  });
}

async function derive(
  env: HsmEnvironment,
  version: BackingKeyVersion,
  nonce: Uint8Array,
): Promise<Uint8Array> {
  const derivedKey = await deriveDataEncryptionKey(env.provider, version.material, nonce);
  env.trace.push({
    code: 'key-derived',
    kdf: 'SP800-108-counter-HMAC-SHA256',
    label: DERIVED_KEY_LABEL,
    nonce,
    derivedKey: derivedKey.slice(),
  });
  return derivedKey;
}

function buildAad(
  env: HsmEnvironment,
  header: Uint8Array,
  context: EncryptionContext | undefined,
): Uint8Array {
  const encryptionContext = canonicalEncryptionContext(context);
  const aad = concatBytes(header, encryptionContext);
  env.trace.push({ code: 'aad-built', header, encryptionContext, aad });
  return aad;
}

/** Encrypts under the key's current backing key; returns the ciphertext blob and the version used. */
export async function sealSymmetric(
  env: HsmEnvironment,
  key: KeyRecord,
  plaintext: Uint8Array,
  context: EncryptionContext | undefined,
): Promise<{ blob: Uint8Array; version: BackingKeyVersion }> {
  const version = currentVersion(key);
  traceVersion(env.trace, key, version);
  const nonce = env.drbg.bytes(NONCE_LENGTH);
  env.trace.push({ code: 'nonce-generated', nonce });
  const derivedKey = await derive(env, version, nonce);
  const iv = env.drbg.bytes(IV_LENGTH);
  env.trace.push({ code: 'iv-generated', iv });
  const header = encodeHeader(key.keyId, version.keyMaterialId, nonce, iv);
  const aad = buildAad(env, header, context);
  const sealed = await env.provider.aesGcmEncrypt(derivedKey, iv, plaintext, aad);
  zeroize(derivedKey);
  env.trace.push({
    code: 'aes-gcm-encrypted',
    iv,
    plaintextLength: plaintext.length,
    ciphertext: sealed.slice(0, sealed.length - TAG_LENGTH),
    tag: sealed.slice(sealed.length - TAG_LENGTH),
  });
  const blob = assembleBlob(header, sealed);
  env.trace.push({ code: 'ciphertext-blob-built', blob, fields: describeCiphertextBlob(blob) });
  return { blob, version };
}

/**
 * Decrypts a parsed blob with `key`. Unknown backing-key versions and failed authentication (any changed byte,
 * or a different encryption context) both give InvalidCiphertextException, never wrong plaintext.
 */
export async function openSymmetric(
  env: HsmEnvironment,
  key: KeyRecord,
  parts: CiphertextBlobParts,
  blob: Uint8Array,
  context: EncryptionContext | undefined,
): Promise<{ plaintext: Uint8Array; version: BackingKeyVersion }> {
  const version = key.versions.find((v) => v.keyMaterialId === parts.keyMaterialId);
  if (!version) throw invalidCiphertext();
  traceVersion(env.trace, key, version);
  const derivedKey = await derive(env, version, parts.nonce);
  const header = blob.subarray(0, blob.length - parts.ciphertext.length - TAG_LENGTH);
  const aad = buildAad(env, header, context);
  try {
    const plaintext = await env.provider.aesGcmDecrypt(
      derivedKey,
      parts.iv,
      concatBytes(parts.ciphertext, parts.tag),
      aad,
    );
    env.trace.push({
      code: 'aes-gcm-decrypted',
      iv: parts.iv,
      ciphertext: parts.ciphertext,
      tag: parts.tag,
      authenticated: true,
    });
    return { plaintext, version };
  } catch (e) {
    if (!(e instanceof AuthenticationFailed)) throw e;
    env.trace.push({
      code: 'aes-gcm-decrypted',
      iv: parts.iv,
      ciphertext: parts.ciphertext,
      tag: parts.tag,
      authenticated: false,
    });
    throw invalidCiphertext();
  } finally {
    zeroize(derivedKey);
  }
}

/**
 * Canonical serialisation of an encryption context for use as AES-GCM additional authenticated data.
 * KMS binds the context to the ciphertext as AAD and demands the exact, case-sensitive same map on Decrypt; only
 * the order of pairs may differ (reference §3 "Encryption context"). So the pairs are sorted by key (UTF-16 code
 * unit order, as `Array.prototype.sort` compares strings) and each string is written as a 4-byte big-endian byte
 * length followed by its UTF-8 bytes, after a 4-byte pair count. Length prefixes make the encoding injective:
 * `{a: "bc"}` and `{ab: "c"}` serialise differently.
 */
import { concatBytes, utf8Encode, writeUint32BE } from '../crypto';

export type EncryptionContext = Readonly<Record<string, string>>;

function u32(n: number): Uint8Array {
  const out = new Uint8Array(4);
  writeUint32BE(out, n);
  return out;
}

export function canonicalEncryptionContext(context: EncryptionContext | undefined): Uint8Array<ArrayBuffer> {
  const keys = Object.keys(context ?? {}).sort();
  const parts: Uint8Array[] = [u32(keys.length)];
  for (const k of keys) {
    const key = utf8Encode(k);
    const value = utf8Encode((context as EncryptionContext)[k]);
    parts.push(u32(key.length), key, u32(value.length), value);
  }
  return concatBytes(...parts);
}

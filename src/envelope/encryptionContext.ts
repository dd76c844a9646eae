import { concatBytes, InvalidEncoding, utf8Decode, utf8Encode, writeUint16BE } from '../crypto';
import { EnvelopeError } from './errors';
import type { FieldReader } from './fieldReader';

/**
 * The encryption context: non-secret UTF-8 key/value pairs bound to the message as authenticated data
 * (aws-encryption-sdk-specification framework/structures.md "Encryption Context"). The same map is what the
 * KMS keyring passes to GenerateDataKey and Decrypt, so KMS checks it too.
 */
export type EncryptionContext = Readonly<Record<string, string>>;

/** Keys with this prefix are reserved for the SDK itself; encrypt MUST fail on them (client-apis/encrypt.md). */
export const RESERVED_ENCRYPTION_CONTEXT_PREFIX = 'aws-crypto-';

const UINT16_MAX = 0xffff;

function compareBytes(a: Uint8Array, b: Uint8Array): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return a[i] - b[i];
  return a.length - b.length;
}

/**
 * structures.md "Serialization": empty context ⇒ empty bytes; otherwise UInt16 count, then each pair as
 * UInt16 key length, key, UInt16 value length, value, sorted by key in ascending order of the UTF-8 bytes
 * (not of JavaScript's UTF-16 code units, which order some characters differently).
 */
export function serializeEncryptionContext(context: EncryptionContext): Uint8Array<ArrayBuffer> {
  const pairs = Object.entries(context)
    .map(([key, value]) => ({ key: utf8Encode(key), value: utf8Encode(value) }))
    .sort((a, b) => compareBytes(a.key, b.key));
  if (pairs.length === 0) return new Uint8Array(0);
  const size = pairs.reduce((n, p) => n + 4 + p.key.length + p.value.length, 2);
  if (size > UINT16_MAX) {
    throw new EnvelopeError(
      'invalid-input',
      `encryption context serializes to ${size} bytes; the header's AAD length field allows at most ${UINT16_MAX}`,
      { step: 'input', field: 'aad' },
    );
  }
  const count = new Uint8Array(2);
  writeUint16BE(count, pairs.length, 0);
  return concatBytes(
    count,
    ...pairs.flatMap(({ key, value }) => [lengthPrefixed('key', key), lengthPrefixed('value', value)]),
  );
}

/** A field preceded by its UInt16 length, the header's way of storing every variable-length value. */
export function lengthPrefixed(name: string, bytes: Uint8Array): Uint8Array {
  if (bytes.length > UINT16_MAX) {
    throw new EnvelopeError(
      'invalid-input',
      `${name} is ${bytes.length} bytes; its UInt16 length allows ${UINT16_MAX}`,
      { step: 'input', field: name },
    );
  }
  const out = new Uint8Array(2 + bytes.length);
  writeUint16BE(out, bytes.length, 0);
  out.set(bytes, 2);
  return out;
}

/** Encrypt-side check: the reserved prefix is refused before any byte is produced. */
export function assertEncryptableContext(context: EncryptionContext): void {
  for (const key of Object.keys(context)) {
    if (key.startsWith(RESERVED_ENCRYPTION_CONTEXT_PREFIX)) {
      throw new EnvelopeError(
        'reserved-encryption-context-key',
        `encryption context key "${key}" uses the prefix "${RESERVED_ENCRYPTION_CONTEXT_PREFIX}", reserved for the AWS Encryption SDK`,
        { step: 'input', field: 'aad' },
      );
    }
  }
}

function readText(reader: FieldReader, name: string, length: number): string {
  const bytes = reader.take(name, length);
  try {
    return utf8Decode(bytes);
  } catch (error) {
    if (error instanceof InvalidEncoding) reader.fail('malformed', name, `${name} is not valid UTF-8`);
    throw error;
  }
}

/**
 * Reads the Key Value Pairs of the header AAD (the reader is limited to the AAD length). The count MUST be
 * > 0 and keys MUST NOT repeat (structures.md). Order is not re-checked: the header tag covers these exact
 * bytes, so a reordered context fails authentication anyway (as in the official SDKs).
 */
export function readEncryptionContext(reader: FieldReader): EncryptionContext {
  const count = reader.u16('keyValuePairCount');
  if (count === 0) reader.fail('malformed', 'keyValuePairCount', 'encryption context pair count is 0');
  // A Map, not an object literal: a key such as "__proto__" must stay an ordinary key.
  const context = new Map<string, string>();
  for (let i = 0; i < count; i++) {
    const [key, value] = reader.group(
      'keyValuePair',
      () => {
        const key = readText(reader, 'key', reader.u16('keyLength'));
        const value = readText(reader, 'value', reader.u16('valueLength'));
        return [key, value] as const;
      },
      ([key, value]) => `${key}=${value}`,
    );
    if (context.has(key))
      reader.fail('malformed', 'keyValuePair', `encryption context key "${key}" appears twice`);
    context.set(key, value);
  }
  if (reader.remaining !== 0) {
    reader.fail('malformed', 'aad', `${reader.remaining} bytes left over after the encryption context pairs`);
  }
  return Object.fromEntries(context);
}

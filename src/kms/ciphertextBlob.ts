/**
 * The symmetric ciphertext blob KMS Lab returns from Encrypt, GenerateDataKey* and ReEncrypt.
 *
 * AWS does not document its exact layout; it documents the structure (reference §6): a cleartext header that
 * names the HSM backing key (HBKID) and is authenticated as AAD, then the AES-256-GCM output under a key derived
 * from the backing key and a random nonce. Observed real blobs carry a 16-byte random nonce, a 12-byte IV and a
 * 16-byte tag. KMS Lab's version-1 layout (all offsets in bytes):
 *
 * | offset | length | field          | contents                                                          |
 * |--------|--------|----------------|-------------------------------------------------------------------|
 * | 0      | 1      | formatVersion  | 0x01                                                              |
 * | 1      | 1      | keyIdKind      | 0x00 = UUID key ID, 0x01 = multi-Region `mrk-` key ID              |
 * | 2      | 16     | keyId          | the key ID's 128 bits (UUID without dashes / the 32 hex after mrk-) |
 * | 18     | 32     | keyMaterialId  | HBKID: the KeyMaterialId of the backing-key version used          |
 * | 50     | 16     | nonce          | N, input to the per-call KDF (derivedKey.ts)                       |
 * | 66     | 12     | iv             | AES-GCM initialisation vector (SP 800-38D §8.2)                    |
 * | 78     | n      | ciphertext     | AES-256-GCM ciphertext, n = plaintext length                       |
 * | 78 + n | 16     | tag            | AES-GCM authentication tag                                         |
 *
 * AAD = bytes [0, 78) (everything before the ciphertext) ‖ canonical encryption context (encryptionContext.ts),
 * so changing any header byte, the IV, the ciphertext, the tag or the context fails authentication. The key is
 * named by its ID only, never its ARN: the Region and account come from where Decrypt is called, which is why a
 * single-Region blob does not decrypt in another Region while a multi-Region key's does (reference §8).
 */
import { fromHex, toHex } from '../crypto';

export const BLOB_FORMAT_VERSION = 1;
export const NONCE_LENGTH = 16;
export const IV_LENGTH = 12;
export const TAG_LENGTH = 16;
export const HEADER_LENGTH = 1 + 1 + 16 + 32 + NONCE_LENGTH + IV_LENGTH;

export type BlobFieldName =
  | 'formatVersion'
  | 'keyIdKind'
  | 'keyId'
  | 'keyMaterialId'
  | 'nonce'
  | 'iv'
  | 'ciphertext'
  | 'tag';

export interface BlobField {
  name: BlobFieldName;
  offset: number;
  length: number;
  bytes: Uint8Array;
}

export interface CiphertextBlobParts {
  keyId: string;
  keyMaterialId: string;
  nonce: Uint8Array;
  iv: Uint8Array;
  ciphertext: Uint8Array;
  tag: Uint8Array;
}

const FIELD_LENGTHS: readonly [BlobFieldName, number][] = [
  ['formatVersion', 1],
  ['keyIdKind', 1],
  ['keyId', 16],
  ['keyMaterialId', 32],
  ['nonce', NONCE_LENGTH],
  ['iv', IV_LENGTH],
];

function keyIdBytes(keyId: string): { kind: number; bytes: Uint8Array } {
  if (keyId.startsWith('mrk-')) return { kind: 1, bytes: fromHex(keyId.slice(4)) };
  return { kind: 0, bytes: fromHex(keyId.replaceAll('-', '')) };
}

function keyIdText(kind: number, bytes: Uint8Array): string | undefined {
  const hex = toHex(bytes);
  if (kind === 1) return `mrk-${hex}`;
  if (kind === 0)
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
  return undefined;
}

/** The header bytes (authenticated as AAD) for a key, backing-key version, nonce and IV. */
export function encodeHeader(
  keyId: string,
  keyMaterialId: string,
  nonce: Uint8Array,
  iv: Uint8Array,
): Uint8Array {
  const header = new Uint8Array(HEADER_LENGTH);
  const id = keyIdBytes(keyId);
  header[0] = BLOB_FORMAT_VERSION;
  header[1] = id.kind;
  header.set(id.bytes, 2);
  header.set(fromHex(keyMaterialId), 18);
  header.set(nonce, 50);
  header.set(iv, 66);
  return header;
}

export function assembleBlob(header: Uint8Array, sealed: Uint8Array): Uint8Array {
  const blob = new Uint8Array(header.length + sealed.length);
  blob.set(header);
  blob.set(sealed, header.length);
  return blob;
}

/** Splits a blob into its parts; undefined when it cannot be a KMS Lab v1 blob (→ InvalidCiphertextException). */
export function parseCiphertextBlob(blob: Uint8Array): CiphertextBlobParts | undefined {
  if (blob.length < HEADER_LENGTH + TAG_LENGTH || blob[0] !== BLOB_FORMAT_VERSION) return undefined;
  const keyId = keyIdText(blob[1], blob.subarray(2, 18));
  if (keyId === undefined) return undefined;
  return {
    keyId,
    keyMaterialId: toHex(blob.subarray(18, 50)),
    nonce: blob.slice(50, 66),
    iv: blob.slice(66, 78),
    ciphertext: blob.slice(HEADER_LENGTH, blob.length - TAG_LENGTH),
    tag: blob.slice(blob.length - TAG_LENGTH),
  };
}

/**
 * The blob's fields with offsets, for the byte-map view. Works on any bytes: a blob too short for the header
 * yields the fields that fit, and a truncated body is reported as ciphertext without a tag.
 */
export function describeCiphertextBlob(blob: Uint8Array): BlobField[] {
  const fields: BlobField[] = [];
  let offset = 0;
  for (const [name, length] of FIELD_LENGTHS) {
    if (offset + length > blob.length) return fields;
    fields.push({ name, offset, length, bytes: blob.slice(offset, offset + length) });
    offset += length;
  }
  const body = blob.length - offset;
  const tagLength = body >= TAG_LENGTH ? TAG_LENGTH : 0;
  fields.push({
    name: 'ciphertext',
    offset,
    length: body - tagLength,
    bytes: blob.slice(offset, blob.length - tagLength),
  });
  if (tagLength)
    fields.push({
      name: 'tag',
      offset: blob.length - TAG_LENGTH,
      length: TAG_LENGTH,
      bytes: blob.slice(-TAG_LENGTH),
    });
  return fields;
}

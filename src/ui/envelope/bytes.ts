/**
 * Byte-map models for the studio's hex views: leaf fields of a KMS ciphertext blob (describeCiphertextBlob) or
 * an envelope (describeMessage), each with a category the views colour, pattern and explain. Pure data.
 */
import type { Field } from '../../envelope/index';
import type { BlobField } from '../../kms/index';

/** What a byte is for; each category has its own colour *and* underline pattern (never colour alone). */
export type ByteCategory =
  | 'format'
  | 'keyRef'
  | 'nonce'
  | 'iv'
  | 'ciphertext'
  | 'tag'
  | 'context'
  | 'edk'
  | 'commitment'
  | 'length';

export interface ByteField {
  /** Stable name (the spec's field name), used as the i18n key of its explanation. */
  readonly name: string;
  readonly offset: number;
  readonly length: number;
  readonly category: ByteCategory;
  /** 1-based frame number for frame fields. */
  readonly frame?: number;
  /** Decoded value for display (a number, a UTF-8 string or a hex suite ID). */
  readonly value?: number | string;
}

const BLOB_CATEGORY: Record<BlobField['name'], ByteCategory> = {
  formatVersion: 'format',
  keyIdKind: 'format',
  keyId: 'keyRef',
  keyMaterialId: 'keyRef',
  nonce: 'nonce',
  iv: 'iv',
  ciphertext: 'ciphertext',
  tag: 'tag',
};

export function blobFields(fields: readonly BlobField[]): ByteField[] {
  return fields.map(({ name, offset, length }) => ({ name, offset, length, category: BLOB_CATEGORY[name] }));
}

/** Leaf fields of an envelope (message-header.md, message-body.md names), by where they sit. */
const MESSAGE_CATEGORY: Readonly<Record<string, ByteCategory>> = {
  version: 'format',
  algorithmSuiteId: 'format',
  messageId: 'nonce',
  contentType: 'format',
  frameLength: 'length',
  algorithmSuiteData: 'commitment',
  headerAuthenticationTag: 'tag',
  sequenceNumberEnd: 'format',
  sequenceNumber: 'format',
  iv: 'iv',
  encryptedContentLength: 'length',
  encryptedContent: 'ciphertext',
  authenticationTag: 'tag',
  encryptedDataKey: 'edk',
  keyProviderId: 'keyRef',
  keyProviderInformation: 'keyRef',
  type: 'format',
  reserved: 'format',
  ivLength: 'length',
  headerIv: 'iv',
  signatureLength: 'length',
  signature: 'tag',
};

/** Groups whose other leaves (lengths, counts, keys and values) take the group's category. */
const GROUP_CATEGORY: Readonly<Record<string, ByteCategory>> = {
  aad: 'context',
  encryptedDataKeys: 'edk',
};

/** Every leaf field of a message layout, in byte order, with the frame it belongs to. */
export function messageFields(fields: readonly Field[]): ByteField[] {
  const out: ByteField[] = [];
  let frame = 0;
  const walk = (list: readonly Field[], group: ByteCategory | undefined) => {
    for (const field of list) {
      if (field.name === 'frame' || field.name === 'finalFrame') frame++;
      // The footer (signing suites) follows the final frame but is not part of it.
      if (field.name === 'footer') frame = 0;
      if (field.children && field.children.length > 0) {
        walk(field.children, GROUP_CATEGORY[field.name] ?? group);
        continue;
      }
      out.push({
        name: field.name,
        offset: field.offset,
        length: field.length,
        category: MESSAGE_CATEGORY[field.name] ?? group ?? 'format',
        ...(frame > 0 ? { frame } : {}),
        ...(field.value !== undefined ? { value: field.value } : {}),
      });
    }
  };
  walk(fields, undefined);
  return out;
}

/** The field covering byte `index`, by binary search over fields in byte order. */
export function fieldAt(fields: readonly ByteField[], index: number): ByteField | undefined {
  let lo = 0;
  let hi = fields.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const field = fields[mid] as ByteField;
    if (index < field.offset) hi = mid - 1;
    else if (index >= field.offset + field.length) lo = mid + 1;
    else return field;
  }
  return undefined;
}

const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));

export const hexByte = (byte: number): string => HEX[byte] as string;

/** Hex in groups of `group` bytes separated by spaces (for text, titles and tests). */
export function groupedHex(bytes: Uint8Array, group = 4): string {
  const parts: string[] = [];
  for (let i = 0; i < bytes.length; i += group) {
    parts.push(Array.from(bytes.subarray(i, i + group), hexByte).join(''));
  }
  return parts.join(' ');
}

/** The bytes as UTF-8 text, or undefined when they are not valid UTF-8. */
export function utf8Text(bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

/** A byte count in short binary units (KiB, MiB, GiB), written the same in both languages. */
export function humanBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  const units = ['KiB', 'MiB', 'GiB', 'TiB'];
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  const digits = Number.isInteger(value) ? 0 : value < 10 ? 2 : 1;
  return `${value.toFixed(digits)} ${units[unit]}`;
}

/**
 * The slice of ASN.1 DER (ITU-T X.690 §8, §10) that public and private key encodings need: SEQUENCE, INTEGER,
 * BIT STRING, OCTET STRING, NULL, OBJECT IDENTIFIER and context-specific tags, with definite lengths only.
 * The reader is strict (definite minimal lengths, no trailing bytes) because it reads keys that callers send
 * (DeriveSharedSecret's peer key, imported PKCS #8 key material).
 */
import { concatBytes } from '../encoding';

export const TAG = {
  INTEGER: 0x02,
  BIT_STRING: 0x03,
  OCTET_STRING: 0x04,
  NULL: 0x05,
  OID: 0x06,
  SEQUENCE: 0x30,
} as const;

/** Thrown for any input that is not the DER the caller expected. */
export class InvalidDer extends Error {
  override readonly name = 'InvalidDer';
}

function encodeLength(length: number): Uint8Array<ArrayBuffer> {
  if (length < 0x80) return Uint8Array.of(length);
  const bytes: number[] = [];
  for (let n = length; n > 0; n = Math.floor(n / 256)) bytes.unshift(n & 0xff);
  return Uint8Array.of(0x80 | bytes.length, ...bytes);
}

export const tlv = (tag: number, ...contents: Uint8Array[]): Uint8Array<ArrayBuffer> => {
  const body = concatBytes(...contents);
  return concatBytes(Uint8Array.of(tag), encodeLength(body.length), body);
};

export const sequence = (...items: Uint8Array[]) => tlv(TAG.SEQUENCE, ...items);
export const octetString = (bytes: Uint8Array) => tlv(TAG.OCTET_STRING, bytes);
/** BIT STRING with zero unused bits (§8.6.2.2): every key encoding here is whole bytes. */
export const bitString = (bytes: Uint8Array) => tlv(TAG.BIT_STRING, Uint8Array.of(0), bytes);
export const derNull = () => Uint8Array.of(TAG.NULL, 0);
export const contextTag = (n: number, ...contents: Uint8Array[]) => tlv(0xa0 | n, ...contents);

/** INTEGER, two's complement, minimal (§8.3.2): a leading 0x00 only when the high bit would be set. */
export function integer(value: bigint | number): Uint8Array<ArrayBuffer> {
  const v = BigInt(value);
  if (v < 0n) throw new RangeError('negative INTEGER is not needed for keys');
  let hex = v.toString(16);
  if (hex.length % 2) hex = `0${hex}`;
  if (Number.parseInt(hex.slice(0, 2), 16) & 0x80) hex = `00${hex}`;
  const bytes = new Uint8Array(hex.length / 2);
  for (let i = 0; i < bytes.length; i++) bytes[i] = Number.parseInt(hex.slice(2 * i, 2 * i + 2), 16);
  return tlv(TAG.INTEGER, bytes);
}

/** OBJECT IDENTIFIER from dotted text (§8.19): first two arcs as 40·a + b, then base-128 arcs. */
export function oid(dotted: string): Uint8Array<ArrayBuffer> {
  const arcs = dotted.split('.').map(BigInt);
  const out: number[] = [];
  const push = (arc: bigint) => {
    const group: number[] = [Number(arc & 0x7fn)];
    for (let a = arc >> 7n; a > 0n; a >>= 7n) group.unshift(Number(a & 0x7fn) | 0x80);
    out.push(...group);
  };
  push(arcs[0] * 40n + arcs[1]);
  for (const arc of arcs.slice(2)) push(arc);
  return tlv(TAG.OID, Uint8Array.from(out));
}

export interface DerNode {
  tag: number;
  /** The content octets (a view into the input). */
  value: Uint8Array;
  /** The whole TLV (a view into the input). */
  raw: Uint8Array;
}

/** Reads one TLV at `offset`; returns it and the offset after it. */
function readNode(bytes: Uint8Array, offset: number): { node: DerNode; end: number } {
  if (offset + 2 > bytes.length) throw new InvalidDer('truncated DER');
  const tag = bytes[offset];
  if ((tag & 0x1f) === 0x1f) throw new InvalidDer('high tag numbers are not used in key encodings');
  let length = bytes[offset + 1];
  let start = offset + 2;
  if (length & 0x80) {
    const count = length & 0x7f;
    if (count === 0 || count > 4) throw new InvalidDer('indefinite or oversized DER length');
    if (start + count > bytes.length) throw new InvalidDer('truncated DER length');
    length = 0;
    for (let i = 0; i < count; i++) length = length * 256 + bytes[start + i];
    if (length < 0x80 || bytes[start] === 0) throw new InvalidDer('DER length is not minimal');
    start += count;
  }
  const end = start + length;
  if (end > bytes.length) throw new InvalidDer('DER value runs past the end');
  return { node: { tag, value: bytes.subarray(start, end), raw: bytes.subarray(offset, end) }, end };
}

/** Parses exactly one TLV spanning the whole input. */
export function parse(bytes: Uint8Array, expectedTag?: number): DerNode {
  const { node, end } = readNode(bytes, 0);
  if (end !== bytes.length) throw new InvalidDer('trailing bytes after DER value');
  if (expectedTag !== undefined && node.tag !== expectedTag)
    throw new InvalidDer(`expected tag 0x${expectedTag.toString(16)}, got 0x${node.tag.toString(16)}`);
  return node;
}

/** The children of a constructed value (SEQUENCE or context tag). */
export function children(node: DerNode): DerNode[] {
  const out: DerNode[] = [];
  for (let offset = 0; offset < node.value.length; ) {
    const { node: child, end } = readNode(node.value, offset);
    out.push(child);
    offset = end;
  }
  return out;
}

export function readInteger(node: DerNode): bigint {
  if (node.tag !== TAG.INTEGER || node.value.length === 0) throw new InvalidDer('expected INTEGER');
  if (node.value[0] & 0x80) throw new InvalidDer('negative INTEGER');
  let v = 0n;
  for (const b of node.value) v = (v << 8n) | BigInt(b);
  return v;
}

export function readBitString(node: DerNode): Uint8Array {
  if (node.tag !== TAG.BIT_STRING || node.value.length === 0 || node.value[0] !== 0)
    throw new InvalidDer('expected a BIT STRING of whole bytes');
  return node.value.subarray(1);
}

export function readOctetString(node: DerNode): Uint8Array {
  if (node.tag !== TAG.OCTET_STRING) throw new InvalidDer('expected OCTET STRING');
  return node.value;
}

/** The dotted text of an OBJECT IDENTIFIER. */
export function readOid(node: DerNode): string {
  if (node.tag !== TAG.OID || node.value.length === 0) throw new InvalidDer('expected OBJECT IDENTIFIER');
  const arcs: bigint[] = [];
  let arc = 0n;
  for (const b of node.value) {
    arc = (arc << 7n) | BigInt(b & 0x7f);
    if (!(b & 0x80)) {
      arcs.push(arc);
      arc = 0n;
    }
  }
  const first = arcs[0] < 80n ? arcs[0] / 40n : 2n;
  return [first, arcs[0] - first * 40n, ...arcs.slice(1)].join('.');
}

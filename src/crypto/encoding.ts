/**
 * Byte helpers shared by every layer: hex, base64 (RFC 4648), UTF-8, big-endian integers, constant-time
 * comparison and zero-fill. No Buffer: this runs unchanged in Node, the browser main thread and Web Workers.
 *
 * Every function that allocates returns `Uint8Array<ArrayBuffer>` so the result can go straight to
 * crypto.subtle (since TS 5.7 a `Uint8Array<ArrayBufferLike>` is not a `BufferSource`).
 */

/** Thrown when text is not valid hex, base64, base64url or UTF-8. The message says what is wrong and where. */
export class InvalidEncoding extends Error {
  override readonly name = 'InvalidEncoding';
}

/**
 * Encoders write ASCII codes into a byte array and decode it once: string concatenation per character is
 * about 5× slower on megabyte inputs (envelope-encrypted files). windows-1252 (the WHATWG "ascii" label) maps
 * bytes below 0x80 to the same code points.
 */
const ASCII_DECODER = new TextDecoder('ascii');
const UTF8_ENCODER = new TextEncoder();
const HEX_CODES = UTF8_ENCODER.encode('0123456789abcdef');

/** Lowercase hex, two digits per byte. */
export function toHex(bytes: Uint8Array): string {
  const out = new Uint8Array(bytes.length * 2);
  for (let i = 0; i < bytes.length; i++) {
    out[2 * i] = HEX_CODES[bytes[i] >> 4];
    out[2 * i + 1] = HEX_CODES[bytes[i] & 15];
  }
  return ASCII_DECODER.decode(out);
}

function hexNibble(code: number): number {
  if (code >= 48 && code <= 57) return code - 48; // 0-9
  if (code >= 97 && code <= 102) return code - 87; // a-f
  if (code >= 65 && code <= 70) return code - 55; // A-F
  return -1;
}

/** Parses hex (either case). Rejects odd length and any non-hex character, including whitespace. */
export function fromHex(hex: string): Uint8Array<ArrayBuffer> {
  if (hex.length % 2 !== 0) throw new InvalidEncoding(`hex string has odd length ${hex.length}`);
  const out = new Uint8Array(hex.length / 2);
  for (let i = 0; i < out.length; i++) {
    const hi = hexNibble(hex.charCodeAt(2 * i));
    const lo = hexNibble(hex.charCodeAt(2 * i + 1));
    if (hi < 0 || lo < 0) {
      const at = hi < 0 ? 2 * i : 2 * i + 1;
      throw new InvalidEncoding(`invalid hex character ${JSON.stringify(hex[at])} at index ${at}`);
    }
    out[i] = (hi << 4) | lo;
  }
  return out;
}

// RFC 4648 §4 (base64) and §5 (base64url) alphabets, as ASCII codes.
const BASE64_CODES = UTF8_ENCODER.encode('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/');
const BASE64URL_CODES = UTF8_ENCODER.encode(
  'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_',
);
const PAD = 61; // '='

function decodeTable(alphabet: Uint8Array): Int8Array {
  const table = new Int8Array(128).fill(-1);
  alphabet.forEach((code, i) => {
    table[code] = i;
  });
  return table;
}
const BASE64_TABLE = decodeTable(BASE64_CODES);
const BASE64URL_TABLE = decodeTable(BASE64URL_CODES);

function encodeBase64(bytes: Uint8Array, alphabet: Uint8Array, pad: boolean): string {
  const rest = bytes.length % 3;
  const whole = bytes.length - rest;
  const out = new Uint8Array((whole / 3) * 4 + (rest === 0 ? 0 : pad ? 4 : rest + 1));
  let o = 0;
  for (let i = 0; i < whole; i += 3) {
    const n = (bytes[i] << 16) | (bytes[i + 1] << 8) | bytes[i + 2];
    out[o++] = alphabet[n >> 18];
    out[o++] = alphabet[(n >> 12) & 63];
    out[o++] = alphabet[(n >> 6) & 63];
    out[o++] = alphabet[n & 63];
  }
  if (rest > 0) {
    const n = (bytes[whole] << 16) | (rest === 2 ? bytes[whole + 1] << 8 : 0);
    out[o++] = alphabet[n >> 18];
    out[o++] = alphabet[(n >> 12) & 63];
    if (rest === 2) out[o++] = alphabet[(n >> 6) & 63];
    if (pad) out.fill(PAD, o);
  }
  return ASCII_DECODER.decode(out);
}

/**
 * Strict decoder shared by base64 and base64url. `data` has had its padding removed already. Rejects any
 * character outside the alphabet, a length that cannot come from an encoder (4k+1 characters), and non-zero
 * bits in the last character's unused low bits: RFC 4648 §3.5 lets decoders reject such non-canonical input,
 * and doing so means every accepted string has exactly one byte sequence (and vice versa).
 */
function decodeBase64(data: string, table: Int8Array, label: string): Uint8Array<ArrayBuffer> {
  if (data.length % 4 === 1) throw new InvalidEncoding(`${label} has impossible length ${data.length}`);
  const out = new Uint8Array(Math.floor((data.length * 3) / 4));
  let acc = 0;
  let bits = 0;
  let o = 0;
  for (let i = 0; i < data.length; i++) {
    const code = data.charCodeAt(i);
    const v = code < 128 ? table[code] : -1;
    if (v < 0)
      throw new InvalidEncoding(`invalid ${label} character ${JSON.stringify(data[i])} at index ${i}`);
    acc = ((acc << 6) | v) & 0xffffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[o++] = (acc >> bits) & 0xff;
    }
  }
  if ((acc & ((1 << bits) - 1)) !== 0) throw new InvalidEncoding(`${label} has non-zero trailing bits`);
  return out;
}

/** RFC 4648 §4 base64 with `=` padding: the form AWS JSON protocols use for blobs. */
export function toBase64(bytes: Uint8Array): string {
  return encodeBase64(bytes, BASE64_CODES, true);
}

/**
 * Strict RFC 4648 §4 base64: the length must be a multiple of 4, padding (at most two `=`) only at the end,
 * no whitespace or line breaks, canonical trailing bits.
 */
export function fromBase64(text: string): Uint8Array<ArrayBuffer> {
  if (text.length % 4 !== 0) {
    throw new InvalidEncoding(
      `base64 length ${text.length} is not a multiple of 4 (missing or extra padding)`,
    );
  }
  let end = text.length;
  if (end > 0 && text[end - 1] === '=') end--;
  if (end > 0 && text[end - 1] === '=') end--;
  const data = text.slice(0, end);
  const stray = data.indexOf('=');
  if (stray >= 0) throw new InvalidEncoding(`base64 padding '=' in the middle at index ${stray}`);
  return decodeBase64(data, BASE64_TABLE, 'base64');
}

/** RFC 4648 §5 base64url without padding (URL fragments, file names). */
export function toBase64Url(bytes: Uint8Array): string {
  return encodeBase64(bytes, BASE64URL_CODES, false);
}

/** Strict RFC 4648 §5 base64url without padding: `=`, `+`, `/` and whitespace are rejected. */
export function fromBase64Url(text: string): Uint8Array<ArrayBuffer> {
  return decodeBase64(text, BASE64URL_TABLE, 'base64url');
}

const UTF8_DECODER_FATAL = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const UTF8_DECODER_LENIENT = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true });

export function utf8Encode(text: string): Uint8Array<ArrayBuffer> {
  return UTF8_ENCODER.encode(text) as Uint8Array<ArrayBuffer>;
}

/**
 * UTF-8 to string. By default malformed input throws `InvalidEncoding`; pass `{ fatal: false }` to get U+FFFD
 * replacement characters instead (for showing arbitrary bytes to a human). A leading BOM is kept, not stripped,
 * so decode(encode(s)) === s for every string.
 */
export function utf8Decode(bytes: Uint8Array, options: { fatal?: boolean } = {}): string {
  if (options.fatal === false) return UTF8_DECODER_LENIENT.decode(bytes);
  try {
    return UTF8_DECODER_FATAL.decode(bytes);
  } catch {
    throw new InvalidEncoding('bytes are not valid UTF-8');
  }
}

export function concatBytes(...arrays: Uint8Array[]): Uint8Array<ArrayBuffer> {
  let length = 0;
  for (const a of arrays) length += a.length;
  const out = new Uint8Array(length);
  let offset = 0;
  for (const a of arrays) {
    out.set(a, offset);
    offset += a.length;
  }
  return out;
}

/**
 * Compares in time that depends only on the lengths, never on where the first difference is, so comparing a
 * secret (a MAC, a tag) with an attacker-chosen value leaks nothing through timing. Lengths are not secret.
 */
export function equalBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= a[i] ^ b[i];
  return diff === 0;
}

/**
 * Overwrites buffers with zeros. Call it when plaintext key material is discarded (a data key after envelope
 * encryption, a derived GCM key after one call): the GenerateDataKey API reference tells callers to use the
 * plaintext data key and "then erase the plaintext data key from memory". JavaScript cannot guarantee no other copy exists
 * (the engine may have moved the buffer), but zero-filling the copies we own is what we can do. Undefined
 * entries are skipped so callers can pass optional buffers.
 */
export function zeroize(...buffers: (Uint8Array | undefined)[]): void {
  for (const b of buffers) b?.fill(0);
}

function checkRange(bytes: Uint8Array, offset: number, width: number): void {
  if (!Number.isInteger(offset) || offset < 0 || offset + width > bytes.length) {
    throw new RangeError(`offset ${offset} + ${width} bytes is outside a ${bytes.length}-byte buffer`);
  }
}

function checkValue(value: number, bits: 16 | 32): void {
  if (!Number.isInteger(value) || value < 0 || value >= 2 ** bits) {
    throw new RangeError(`${value} is not an unsigned ${bits}-bit integer`);
  }
}

/** Writes `value` as 4 big-endian (network order) bytes at `offset`, like Buffer#writeUInt32BE. */
export function writeUint32BE(bytes: Uint8Array, value: number, offset = 0): void {
  checkValue(value, 32);
  checkRange(bytes, offset, 4);
  bytes[offset] = value >>> 24;
  bytes[offset + 1] = (value >>> 16) & 0xff;
  bytes[offset + 2] = (value >>> 8) & 0xff;
  bytes[offset + 3] = value & 0xff;
}

export function readUint32BE(bytes: Uint8Array, offset = 0): number {
  checkRange(bytes, offset, 4);
  return (
    ((bytes[offset] << 24) | (bytes[offset + 1] << 16) | (bytes[offset + 2] << 8) | bytes[offset + 3]) >>> 0
  );
}

/** Writes `value` as 2 big-endian bytes at `offset`, like Buffer#writeUInt16BE. */
export function writeUint16BE(bytes: Uint8Array, value: number, offset = 0): void {
  checkValue(value, 16);
  checkRange(bytes, offset, 2);
  bytes[offset] = value >>> 8;
  bytes[offset + 1] = value & 0xff;
}

export function readUint16BE(bytes: Uint8Array, offset = 0): number {
  checkRange(bytes, offset, 2);
  return (bytes[offset] << 8) | bytes[offset + 1];
}

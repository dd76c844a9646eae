import { Buffer } from 'node:buffer';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as encoding from './encoding';
import * as crypto from './index';

describe('the crypto layer’s public API', () => {
  it('re-exports every encoding helper from src/crypto/index.ts, so other layers never import ./encoding', () => {
    const exported: Record<string, unknown> = crypto;
    for (const [name, helper] of Object.entries(encoding)) expect(exported[name], name).toBe(helper);
  });
});

// Node's Buffer is used here only as an independent oracle; the module itself never touches it.
const bytes = fc.uint8Array({ maxLength: 200 });

describe('hex', () => {
  it('round-trips and matches Buffer', () => {
    fc.assert(
      fc.property(bytes, (b) => {
        const hex = encoding.toHex(b);
        expect(hex).toBe(Buffer.from(b).toString('hex'));
        expect(encoding.fromHex(hex)).toEqual(b);
        expect(encoding.fromHex(hex.toUpperCase())).toEqual(b);
      }),
    );
  });

  it('rejects odd length and non-hex characters with InvalidEncoding', () => {
    for (const bad of ['0', 'abc', '0g', 'zz', ' 00', '00 ', '0x00', '１２']) {
      expect(() => encoding.fromHex(bad)).toThrow(encoding.InvalidEncoding);
    }
    expect(() => encoding.fromHex('00g0')).toThrow(/invalid hex character "g" at index 2/);
  });

  it('decodes any string either to bytes that re-encode to it (lowercased) or rejects it', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...'0123456789abcdefABCDEFxg ') }), (text) => {
        let decoded: Uint8Array;
        try {
          decoded = encoding.fromHex(text);
        } catch (error) {
          expect(error).toBeInstanceOf(encoding.InvalidEncoding);
          return;
        }
        expect(encoding.toHex(decoded)).toBe(text.toLowerCase());
      }),
    );
  });
});

describe('base64 (RFC 4648 §4)', () => {
  // RFC 4648 §10 test vectors.
  const rfc4648 = [
    ['', ''],
    ['f', 'Zg=='],
    ['fo', 'Zm8='],
    ['foo', 'Zm9v'],
    ['foob', 'Zm9vYg=='],
    ['fooba', 'Zm9vYmE='],
    ['foobar', 'Zm9vYmFy'],
  ];
  it.each(rfc4648)('RFC 4648 §10: %j ⇄ %j', (plain, encoded) => {
    expect(encoding.toBase64(encoding.utf8Encode(plain))).toBe(encoded);
    expect(encoding.utf8Decode(encoding.fromBase64(encoded))).toBe(plain);
  });

  it('round-trips and matches Buffer', () => {
    fc.assert(
      fc.property(bytes, (b) => {
        const text = encoding.toBase64(b);
        expect(text).toBe(Buffer.from(b).toString('base64'));
        expect(encoding.fromBase64(text)).toEqual(b);
      }),
    );
  });

  it.each([
    ['Zg', 'missing padding'],
    ['Zg=', 'short padding'],
    ['Zg===', 'extra padding'],
    ['Z===', 'three pad characters'],
    ['Zm9v=', 'padding on a full group'],
    ['Zg==Zm9v', 'padding in the middle'],
    ['Zm9 v', 'a space'],
    ['Zm9v\n', 'a line break'],
    ['Zm9-', 'the base64url alphabet'],
    ['Zm9_', 'the base64url alphabet'],
    ['Zh==', 'non-zero trailing bits'],
    ['Zm9=', 'non-zero trailing bits'],
    ['Zm9vé===', 'a non-ASCII character'],
  ])('rejects %j (%s) with InvalidEncoding', (text) => {
    expect(() => encoding.fromBase64(text)).toThrow(encoding.InvalidEncoding);
  });

  it('decodes any string either canonically (re-encodes to itself) or rejects it with InvalidEncoding', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...'AZaz09+/=-_ .Qgh'), maxLength: 16 }), (text) => {
        let decoded: Uint8Array;
        try {
          decoded = encoding.fromBase64(text);
        } catch (error) {
          expect(error).toBeInstanceOf(encoding.InvalidEncoding);
          return;
        }
        expect(encoding.toBase64(decoded)).toBe(text);
      }),
    );
  });
});

describe('base64url (RFC 4648 §5, unpadded)', () => {
  it('round-trips and matches Buffer', () => {
    fc.assert(
      fc.property(bytes, (b) => {
        const text = encoding.toBase64Url(b);
        expect(text).toBe(Buffer.from(b).toString('base64url'));
        expect(encoding.fromBase64Url(text)).toEqual(b);
      }),
    );
  });

  it.each(['Zg==', 'Zm9+', 'Zm9/', 'Z', 'Zh', 'Zm 9'])('rejects %j with InvalidEncoding', (text) => {
    expect(() => encoding.fromBase64Url(text)).toThrow(encoding.InvalidEncoding);
  });

  it('decodes any string either canonically or rejects it with InvalidEncoding', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...'AZaz09+/=-_ .Qgh'), maxLength: 16 }), (text) => {
        let decoded: Uint8Array;
        try {
          decoded = encoding.fromBase64Url(text);
        } catch (error) {
          expect(error).toBeInstanceOf(encoding.InvalidEncoding);
          return;
        }
        expect(encoding.toBase64Url(decoded)).toBe(text);
      }),
    );
  });
});

describe('UTF-8', () => {
  it('round-trips every string of whole code points, including a leading BOM', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        expect(encoding.utf8Decode(encoding.utf8Encode(text))).toBe(text);
        expect(encoding.utf8Decode(encoding.utf8Encode(`\uFEFF${text}`))).toBe(`\uFEFF${text}`);
      }),
    );
    expect(encoding.toHex(encoding.utf8Encode('鍵'))).toBe('e98db5');
  });

  it('rejects malformed UTF-8 unless asked to substitute U+FFFD', () => {
    const bad = Uint8Array.of(0x61, 0xff, 0x62);
    expect(() => encoding.utf8Decode(bad)).toThrow(encoding.InvalidEncoding);
    expect(encoding.utf8Decode(bad, { fatal: false })).toBe('a\uFFFDb');
  });
});

describe('byte helpers', () => {
  it('concatBytes joins in order into a fresh buffer', () => {
    fc.assert(
      fc.property(fc.array(bytes, { maxLength: 5 }), (parts) => {
        const before = parts.map(encoding.toHex);
        const joined = encoding.concatBytes(...parts);
        expect(joined).toEqual(new Uint8Array(Buffer.concat(parts)));
        joined.fill(1);
        expect(parts.map(encoding.toHex)).toEqual(before);
      }),
    );
  });

  it('equalBytes agrees with element-wise comparison', () => {
    fc.assert(
      fc.property(bytes, bytes, (a, b) => {
        expect(encoding.equalBytes(a, b)).toBe(Buffer.from(a).equals(Buffer.from(b)));
        expect(encoding.equalBytes(a, a.slice())).toBe(true);
      }),
    );
    expect(encoding.equalBytes(Uint8Array.of(1, 2, 3), Uint8Array.of(1, 2, 4))).toBe(false);
    expect(encoding.equalBytes(Uint8Array.of(1, 2), Uint8Array.of(1, 2, 0))).toBe(false);
  });

  it('zeroize fills every given buffer with zeros and skips undefined', () => {
    const a = Uint8Array.of(1, 2, 3);
    const b = new Uint8Array(8).fill(0xff);
    encoding.zeroize(a, undefined, b.subarray(2, 6));
    expect(a).toEqual(new Uint8Array(3));
    expect(encoding.toHex(b)).toBe('ffff00000000ffff');
  });

  it('big-endian integers match Buffer and round-trip', () => {
    fc.assert(
      fc.property(
        fc.nat({ max: 0xffffffff }),
        fc.nat({ max: 0xffff }),
        fc.nat({ max: 4 }),
        (u32, u16, offset) => {
          const ours = new Uint8Array(10);
          const theirs = Buffer.alloc(10);
          encoding.writeUint32BE(ours, u32, offset);
          theirs.writeUInt32BE(u32, offset);
          encoding.writeUint16BE(ours, u16, offset + 4);
          theirs.writeUInt16BE(u16, offset + 4);
          expect(encoding.toHex(ours)).toBe(theirs.toString('hex'));
          expect(encoding.readUint32BE(ours, offset)).toBe(u32);
          expect(encoding.readUint16BE(ours, offset + 4)).toBe(u16);
        },
      ),
    );
  });

  it('big-endian helpers reject out-of-range values and offsets', () => {
    const b = new Uint8Array(4);
    expect(() => encoding.writeUint32BE(b, 2 ** 32)).toThrow(RangeError);
    expect(() => encoding.writeUint32BE(b, -1)).toThrow(RangeError);
    expect(() => encoding.writeUint32BE(b, 1, 1)).toThrow(RangeError);
    expect(() => encoding.writeUint16BE(b, 0x10000)).toThrow(RangeError);
    expect(() => encoding.writeUint16BE(b, 1.5)).toThrow(RangeError);
    expect(() => encoding.readUint32BE(b, 1)).toThrow(RangeError);
    expect(() => encoding.readUint16BE(b, 3)).toThrow(RangeError);
    expect(() => encoding.readUint16BE(b, -1)).toThrow(RangeError);
  });
});

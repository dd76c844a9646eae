/**
 * Base64 text given to the AWS CLI as a blob argument (encoding and strict decoding live in
 * src/crypto/encoding.ts). Decoding here follows Python's `base64.b64decode(s)` (non-strict
 * `binascii.a2b_base64`), because that is what CLI v2's `--cli-binary-format base64` applies to blob
 * arguments (awscli/customizations/binaryformat.py): characters outside the alphabet are skipped,
 * decoding stops at the first complete pad, and a dangling quantum is an error.
 */
const VALUE = new Map(
  [...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'].map((c, i) => [c, i]),
);

/** Python's binascii.Error text for the two ways non-strict decoding fails. */
export class Base64Error extends Error {
  override readonly name = 'Base64Error';
}

export function decodeBase64Lenient(text: string): Uint8Array {
  const out: number[] = [];
  let quadPos = 0;
  let leftChar = 0;
  let pads = 0;
  let dataChars = 0;
  for (const ch of text) {
    if (ch === '=') {
      // CPython binascii.c: a pad completes the quantum once at least two data characters were seen.
      if (quadPos >= 2 && quadPos + ++pads >= 4) return Uint8Array.from(out);
      continue;
    }
    const v = VALUE.get(ch);
    if (v === undefined) continue;
    pads = 0;
    dataChars++;
    switch (quadPos) {
      case 0:
        leftChar = v;
        quadPos = 1;
        break;
      case 1:
        out.push((leftChar << 2) | (v >> 4));
        leftChar = v & 0x0f;
        quadPos = 2;
        break;
      case 2:
        out.push((leftChar << 4) | (v >> 2));
        leftChar = v & 0x03;
        quadPos = 3;
        break;
      default:
        out.push((leftChar << 6) | v);
        quadPos = 0;
    }
  }
  if (quadPos === 1) {
    throw new Base64Error(
      `Invalid base64-encoded string: number of data characters (${dataChars}) cannot be 1 more than a multiple of 4`,
    );
  }
  if (quadPos !== 0) throw new Base64Error('Incorrect padding');
  return Uint8Array.from(out);
}

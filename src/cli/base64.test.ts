import { describe, expect, test } from 'vitest';
import { Base64Error, decodeBase64Lenient } from './base64';

// Expected: Python 3.11 base64.b64decode(s) (non-strict), which CLI v2 applies to blob arguments.
describe('decodeBase64Lenient follows Python b64decode', () => {
  const ok: [string, string][] = [
    ['SGVsbG8=', 'Hello'],
    ['SGVsbA==', 'Hell'],
    ['SGVs bG8=', 'Hello'], // characters outside the alphabet are skipped
    ['SGVsbA==QUJD', 'Hell'], // decoding stops at the first complete pad
    ['', ''],
  ];
  for (const [input, text] of ok) {
    test(JSON.stringify(input), () =>
      expect(new TextDecoder().decode(decodeBase64Lenient(input))).toBe(text),
    );
  }
  const bad: [string, string][] = [
    ['SGVsbG8', 'Incorrect padding'],
    ['SGVsbA=QUJD', 'Incorrect padding'],
    [
      'hello',
      'Invalid base64-encoded string: number of data characters (5) cannot be 1 more than a multiple of 4',
    ],
  ];
  for (const [input, message] of bad) {
    test(`${JSON.stringify(input)} fails`, () =>
      expect(() => decodeBase64Lenient(input)).toThrow(new Base64Error(message)));
  }
});

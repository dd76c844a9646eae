/**
 * The asymmetric building blocks against OpenSSL (Node's crypto): DER encodings it parses, RSA keys from a seed
 * that it accepts and whose signatures and OAEP ciphertexts it verifies and decrypts, and the strict DER reader.
 * Vectors are produced on the spot by Node (OpenSSL 3), not copied from elsewhere.
 */
import {
  constants,
  createPrivateKey,
  createPublicKey,
  privateDecrypt,
  publicEncrypt,
  verify,
} from 'node:crypto';
import { describe, expect, test } from 'vitest';
import { children, InvalidDer, oid, parse, readOid } from './der';
import {
  generateRsaKey,
  oaepMaxPlaintext,
  rsaDigest,
  rsaOaepDecrypt,
  rsaOaepEncrypt,
  rsaPrivateKeyPkcs8,
  rsaPublicKeySpki,
  rsaSignDigest,
} from './rsa';

const seed = (n: number) => new Uint8Array(32).fill(n);

describe('DER', () => {
  test('OBJECT IDENTIFIER round trip, including multi-byte arcs', () => {
    for (const dotted of ['1.2.840.113549.1.1.1', '2.16.840.1.101.3.4.3.17', '1.3.132.0.10'])
      expect(readOid(parse(oid(dotted)))).toBe(dotted);
  });

  test('rejects trailing bytes, truncation and non-minimal lengths', () => {
    expect(() => parse(Uint8Array.of(0x30, 0x00, 0x00))).toThrow(InvalidDer);
    expect(() => parse(Uint8Array.of(0x30, 0x05, 0x02))).toThrow(InvalidDer);
    expect(() => parse(Uint8Array.of(0x04, 0x81, 0x01, 0x00))).toThrow(InvalidDer);
    expect(children(parse(Uint8Array.of(0x30, 0x03, 0x02, 0x01, 0x05)))).toHaveLength(1);
  });
});

describe('RSA from a seed', () => {
  const key = generateRsaKey(2048, seed(1));

  test('is a pure function of the seed, and another seed gives another key', () => {
    expect(generateRsaKey(2048, seed(1)).n).toBe(key.n);
    expect(generateRsaKey(2048, seed(2)).n).not.toBe(key.n);
    expect(key.n.toString(2)).toHaveLength(2048);
    expect(key.e).toBe(65537n);
  });

  test('OpenSSL imports the PKCS #8 private key and its SPKI public key', () => {
    const privateKey = createPrivateKey({
      key: Buffer.from(rsaPrivateKeyPkcs8(key)),
      format: 'der',
      type: 'pkcs8',
    });
    const spki = createPublicKey(privateKey).export({ format: 'der', type: 'spki' });
    expect(new Uint8Array(spki)).toEqual(rsaPublicKeySpki(key));
  });

  test('PKCS #1 v1.5 signatures equal OpenSSL’s (deterministic), PSS signatures verify', () => {
    const message = new TextEncoder().encode('abc');
    const pkcs1 = rsaSignDigest(key, 'PKCS1-v1_5', 'SHA-384', rsaDigest('SHA-384', message));
    const privateKey = createPrivateKey({
      key: Buffer.from(rsaPrivateKeyPkcs8(key)),
      format: 'der',
      type: 'pkcs8',
    });
    const publicKey = createPublicKey(privateKey);
    expect(verify('sha384', message, publicKey, pkcs1)).toBe(true);
    const pss = rsaSignDigest(
      key,
      'PSS',
      'SHA-512',
      rsaDigest('SHA-512', message),
      new Uint8Array(64).fill(9),
    );
    expect(
      verify(
        'sha512',
        message,
        { key: publicKey, padding: constants.RSA_PKCS1_PSS_PADDING, saltLength: 64 },
        pss,
      ),
    ).toBe(true);
  });

  test('OAEP both ways with OpenSSL, and the k − 2·hLen − 2 limit', () => {
    expect(oaepMaxPlaintext(256, 'SHA-1')).toBe(214);
    expect(oaepMaxPlaintext(256, 'SHA-256')).toBe(190);
    expect(oaepMaxPlaintext(384, 'SHA-256')).toBe(318);
    expect(oaepMaxPlaintext(512, 'SHA-1')).toBe(470);
    expect(oaepMaxPlaintext(512, 'SHA-256')).toBe(446);
    const privateKey = createPrivateKey({
      key: Buffer.from(rsaPrivateKeyPkcs8(key)),
      format: 'der',
      type: 'pkcs8',
    });
    const message = new Uint8Array(190).fill(7);
    const ours = rsaOaepEncrypt(key, 'SHA-256', message, new Uint8Array(32).fill(3));
    expect(new Uint8Array(privateDecrypt({ key: privateKey, oaepHash: 'sha256' }, ours))).toEqual(message);
    const theirs = publicEncrypt(
      { key: createPublicKey(privateKey), oaepHash: 'sha1' },
      message.subarray(0, 20),
    );
    expect(rsaOaepDecrypt(key, 'SHA-1', theirs)).toEqual(message.subarray(0, 20));
    expect(rsaOaepDecrypt(key, 'SHA-256', theirs)).toBeUndefined();
  });
});

import { describe, expect, test } from 'vitest';
import { createNobleProvider, createWebCryptoProvider, fromHex, toHex } from '../crypto';
import { deriveDataEncryptionKey } from './derivedKey';

// Known answer produced by an independent implementation of SP 800-108 counter mode: Python `cryptography` 48.0
// KBKDFHMAC(SHA256, CounterMode, length=32, rlen=4, llen=4, CounterLocation.BeforeFixed,
//           label=b'KMS Lab symmetric encryption', context=bytes(range(16))).derive(bytes(range(32)))
const VECTOR = {
  backingKey: fromHex('000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f'),
  nonce: fromHex('000102030405060708090a0b0c0d0e0f'),
  derivedKey: 'f08216664740b1ca7ffc37437940681d4296bc1e8b9c80984acafee8b279ef16',
};

describe.each([
  ['webcrypto', createWebCryptoProvider()],
  ['noble', createNobleProvider()],
])('SP 800-108 counter-mode KDF (%s)', (_name, provider) => {
  test('matches the independent known answer', async () => {
    expect(toHex(await deriveDataEncryptionKey(provider, VECTOR.backingKey, VECTOR.nonce))).toBe(
      VECTOR.derivedKey,
    );
  });
  test('a different nonce derives a different key', async () => {
    const other = VECTOR.nonce.slice();
    other[15] ^= 1;
    expect(toHex(await deriveDataEncryptionKey(provider, VECTOR.backingKey, other))).not.toBe(
      VECTOR.derivedKey,
    );
  });
});

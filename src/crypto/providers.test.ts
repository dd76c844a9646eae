import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toHex } from './encoding';
import { createNobleProvider } from './noble';
import { AuthenticationFailed, type CryptoProvider, type HashName, type HkdfHashName } from './provider';
import { createWebCryptoProvider } from './webcrypto';

const webcrypto = createWebCryptoProvider();
const noble = createNobleProvider();
const providers: CryptoProvider[] = [webcrypto, noble];

const bytes = (min: number, max: number) => fc.uint8Array({ minLength: min, maxLength: max });
const aesKey = fc.oneof(bytes(32, 32), bytes(16, 16), bytes(24, 24));
const iv = bytes(12, 12);
const hashName = fc.constantFrom<HashName>('SHA-224', 'SHA-256', 'SHA-384', 'SHA-512');
const hkdfHashName = fc.constantFrom<HkdfHashName>('SHA-256', 'SHA-384', 'SHA-512');

/** Flips one bit, chosen by `position` (any integer), in a copy of `data`. */
function flipBit(data: Uint8Array, position: number): Uint8Array {
  const copy = data.slice();
  const bit = position % (copy.length * 8);
  copy[bit >> 3] ^= 1 << (bit & 7);
  return copy;
}

describe('WebCrypto and noble are byte-identical', () => {
  it('AES-GCM seals the same bytes for any key, IV, plaintext and AAD', async () => {
    await fc.assert(
      fc.asyncProperty(
        aesKey,
        iv,
        bytes(0, 300),
        fc.option(bytes(0, 80), { nil: undefined }),
        async (k, n, p, a) => {
          const [w, s] = await Promise.all([
            webcrypto.aesGcmEncrypt(k, n, p, a),
            noble.aesGcmEncrypt(k, n, p, a),
          ]);
          expect(toHex(w)).toBe(toHex(s));
          expect(w.length).toBe(p.length + 16);
        },
      ),
    );
  });

  it('HKDF derives the same key material', async () => {
    await fc.assert(
      fc.asyncProperty(
        hkdfHashName,
        bytes(0, 80),
        bytes(0, 80),
        bytes(0, 80),
        fc.integer({ min: 1, max: 300 }),
        async (h, ikm, salt, info, l) => {
          const [w, s] = await Promise.all([
            webcrypto.hkdf(h, ikm, salt, info, l),
            noble.hkdf(h, ikm, salt, info, l),
          ]);
          expect(toHex(w)).toBe(toHex(s));
          expect(w.length).toBe(l);
        },
      ),
    );
  });

  it('HMAC and digest give the same bytes, including the empty key', async () => {
    await fc.assert(
      fc.asyncProperty(hashName, bytes(0, 200), bytes(0, 300), async (h, key, message) => {
        expect(toHex(await webcrypto.hmac(h, key, message))).toBe(toHex(await noble.hmac(h, key, message)));
        expect(toHex(await webcrypto.digest(h, message))).toBe(toHex(await noble.digest(h, message)));
      }),
    );
  });
});

describe.each(providers)('$name provider', (provider) => {
  it('AES-GCM decrypt(encrypt(p)) === p, and no AAD is the same as empty AAD', async () => {
    await fc.assert(
      fc.asyncProperty(aesKey, iv, bytes(0, 300), bytes(0, 80), async (k, n, p, a) => {
        const sealed = await provider.aesGcmEncrypt(k, n, p, a);
        expect(toHex(await provider.aesGcmDecrypt(k, n, sealed, a))).toBe(toHex(p));
        const unauthenticated = await provider.aesGcmEncrypt(k, n, p);
        expect(toHex(await provider.aesGcmDecrypt(k, n, unauthenticated, new Uint8Array(0)))).toBe(toHex(p));
      }),
    );
  });

  it('flipping any bit of the sealed output is rejected with AuthenticationFailed, never wrong plaintext', async () => {
    await fc.assert(
      fc.asyncProperty(aesKey, iv, bytes(0, 100), bytes(0, 40), fc.nat(), async (k, n, p, a, position) => {
        const sealed = await provider.aesGcmEncrypt(k, n, p, a);
        await expect(provider.aesGcmDecrypt(k, n, flipBit(sealed, position), a)).rejects.toBeInstanceOf(
          AuthenticationFailed,
        );
      }),
    );
  });

  it('flipping any bit of the AAD is rejected with AuthenticationFailed', async () => {
    await fc.assert(
      fc.asyncProperty(aesKey, iv, bytes(0, 100), bytes(1, 40), fc.nat(), async (k, n, p, a, position) => {
        const sealed = await provider.aesGcmEncrypt(k, n, p, a);
        await expect(provider.aesGcmDecrypt(k, n, sealed, flipBit(a, position))).rejects.toBeInstanceOf(
          AuthenticationFailed,
        );
      }),
    );
  });

  it('a different key or IV is rejected with AuthenticationFailed', async () => {
    await fc.assert(
      fc.asyncProperty(bytes(32, 32), iv, bytes(0, 64), fc.nat(), async (k, n, p, position) => {
        const sealed = await provider.aesGcmEncrypt(k, n, p);
        await expect(provider.aesGcmDecrypt(flipBit(k, position), n, sealed)).rejects.toBeInstanceOf(
          AuthenticationFailed,
        );
        await expect(provider.aesGcmDecrypt(k, flipBit(n, position), sealed)).rejects.toBeInstanceOf(
          AuthenticationFailed,
        );
      }),
      { numRuns: 50 },
    );
  });

  it('a sealed input shorter than the tag is AuthenticationFailed', async () => {
    const error = await provider
      .aesGcmDecrypt(new Uint8Array(32), new Uint8Array(12), new Uint8Array(15))
      .catch((e) => e);
    expect(error).toBeInstanceOf(AuthenticationFailed);
    expect(error.name).toBe('AuthenticationFailed');
  });

  it('rejects wrong key and IV sizes and out-of-range HKDF lengths with RangeError', async () => {
    const k = new Uint8Array(32);
    const n = new Uint8Array(12);
    const p = new Uint8Array(4);
    await expect(provider.aesGcmEncrypt(new Uint8Array(31), n, p)).rejects.toThrow(RangeError);
    await expect(provider.aesGcmEncrypt(k, new Uint8Array(16), p)).rejects.toThrow(RangeError);
    await expect(provider.aesGcmDecrypt(k, new Uint8Array(8), new Uint8Array(32))).rejects.toThrow(
      RangeError,
    );
    await expect(provider.hkdf('SHA-256', k, k, k, 0)).rejects.toThrow(RangeError);
    await expect(provider.hkdf('SHA-256', k, k, k, 255 * 32 + 1)).rejects.toThrow(RangeError);
    expect((await provider.hkdf('SHA-256', k, k, k, 255 * 32)).length).toBe(255 * 32);
  });

  it('never modifies its inputs, and returns buffers the caller may zero-fill', async () => {
    await fc.assert(
      fc.asyncProperty(bytes(32, 32), iv, bytes(1, 64), bytes(0, 16), async (k, n, p, a) => {
        const before = [k, n, p, a].map(toHex);
        const sealed = await provider.aesGcmEncrypt(k, n, p, a);
        const sealedHex = toHex(sealed);
        const opened = await provider.aesGcmDecrypt(k, n, sealed, a);
        await provider.hkdf('SHA-256', k, n, a, 32);
        await provider.hmac('SHA-256', k, p);
        await provider.digest('SHA-256', p);
        expect([k, n, p, a].map(toHex)).toEqual(before);
        expect(toHex(sealed)).toBe(sealedHex);
        opened.fill(0);
        expect(toHex(p)).toBe(before[2]);
        expect(toHex(sealed)).toBe(sealedHex);
      }),
      { numRuns: 30 },
    );
  });

  it('accepts views into a larger buffer (subarrays) like standalone arrays', async () => {
    const backing = Uint8Array.from({ length: 100 }, (_, i) => i);
    const k = backing.subarray(3, 35);
    const n = backing.subarray(40, 52);
    const p = backing.subarray(60, 90);
    const sealed = await provider.aesGcmEncrypt(k, n, p);
    expect(toHex(sealed)).toBe(toHex(await provider.aesGcmEncrypt(k.slice(), n.slice(), p.slice())));
    expect(toHex(await provider.aesGcmDecrypt(k, n, sealed))).toBe(toHex(p));
  });
});

/**
 * Throughput of the crypto layer: `npx vitest bench --run src/crypto`. Compare ratios within one run; absolute
 * figures are noisy on shared machines (see docs/toolchain.md).
 */
import { bench, describe } from 'vitest';
import { Drbg } from './drbg';
import { createNobleProvider } from './noble';
import { createWebCryptoProvider } from './webcrypto';

const drbg = Drbg.fromSeed('bench');

describe('CTR_DRBG draws (one Generate each)', () => {
  bench('bytes(12): a GCM IV', () => {
    drbg.bytes(12);
  });
  bench('bytes(32): a 256-bit key', () => {
    drbg.bytes(32);
  });
  bench('uuid(): a key ID', () => {
    drbg.uuid();
  });
  bench('bytes(65536): bulk, one maximal request', () => {
    drbg.bytes(65536);
  });
});

const key = drbg.bytes(32);
const iv = drbg.bytes(12);
const small = drbg.bytes(64);
const large = new Uint8Array(1 << 20);
const providers = [createWebCryptoProvider(), createNobleProvider()];

describe('AES-256-GCM encrypt, 64 bytes (a data key with its context)', () => {
  for (const provider of providers) {
    bench(provider.name, async () => {
      await provider.aesGcmEncrypt(key, iv, small);
    });
  }
});

describe('AES-256-GCM encrypt, 1 MiB (envelope-encrypting a file chunk)', () => {
  for (const provider of providers) {
    bench(provider.name, async () => {
      await provider.aesGcmEncrypt(key, iv, large);
    });
  }
});

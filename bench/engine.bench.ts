/**
 * Engine throughput: `npx vitest bench --run bench/engine.bench.ts --outputJson bench/results/engine.json`
 * (`npm run bench` runs it with the others and adds the ratios to its summary table).
 * Encrypt / Decrypt / GenerateDataKey operations per second under each crypto provider (through `invoke`, so
 * validation, authorisation, trace and CloudTrail are included), and the time to replay 1,000 and 10,000 mixed
 * calls from a fresh simulator (goal: 1,000 under 300 ms with WebCrypto). Compare ratios within one run;
 * absolute figures are noisy on shared machines (docs/toolchain.md).
 */
import { bench, describe } from 'vitest';
import { createKmsSimulator } from '../src/kms';
import { runMixedCalls } from '../src/kms/testing/mixedCalls';

const PROVIDERS = ['webcrypto', 'noble'] as const;
const plaintext = new Uint8Array(64).fill(7);
const context = { tenant: 'bench' };

async function setup(crypto: (typeof PROVIDERS)[number]) {
  const sim = createKmsSimulator({ seed: `bench-${crypto}`, crypto });
  const created = await sim.invoke('CreateKey', {});
  if (!created.ok) throw created.error;
  const KeyId = created.response.KeyMetadata.Arn;
  const enc = await sim.invoke('Encrypt', { KeyId, Plaintext: plaintext, EncryptionContext: context });
  if (!enc.ok) throw enc.error;
  return { sim, KeyId, blob: enc.response.CiphertextBlob };
}

for (const crypto of PROVIDERS) {
  const ready = setup(crypto);
  describe(`single operations (${crypto})`, () => {
    bench(`Encrypt 64 B (${crypto})`, async () => {
      const { sim, KeyId } = await ready;
      await sim.invoke('Encrypt', { KeyId, Plaintext: plaintext, EncryptionContext: context });
    });
    bench(`Decrypt 64 B (${crypto})`, async () => {
      const { sim, blob } = await ready;
      await sim.invoke('Decrypt', { CiphertextBlob: blob, EncryptionContext: context });
    });
    bench(`GenerateDataKey AES_256 (${crypto})`, async () => {
      const { sim, KeyId } = await ready;
      await sim.invoke('GenerateDataKey', { KeyId, KeySpec: 'AES_256', EncryptionContext: context });
    });
  });
}

/** Whole replays are long enough to time one by one: one warm-up run, then a fixed number of runs. */
const runs = (iterations: number) => ({ iterations, time: 0, warmupIterations: 1, warmupTime: 0 });

describe('replay of mixed calls from a fresh simulator', () => {
  for (const crypto of PROVIDERS) {
    bench(
      `replay 1,000 mixed calls (${crypto})`,
      async () => {
        await runMixedCalls(createKmsSimulator({ seed: 'replay', crypto }), 1_000);
      },
      runs(10),
    );
  }
  bench(
    'replay 10,000 mixed calls (webcrypto)',
    async () => {
      await runMixedCalls(createKmsSimulator({ seed: 'replay', crypto: 'webcrypto' }), 10_000);
    },
    runs(3),
  );
});

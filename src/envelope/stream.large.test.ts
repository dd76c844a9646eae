import { describe, expect, it } from 'vitest';
import { streamRoundTrip } from './streamRoundTrip.fixture';
import { providers } from './testKit.fixture';

const [webcrypto] = providers;

// `npm run test:large` only (vite.config.ts): it takes 6-13 s alone and far longer on a busy machine.
describe('streams', () => {
  // The brief's "tested with 1 GB", in Node (about 6-13 s here: 114-178 MB/s round trip, peak ArrayBuffers
  // 29-55 MiB); e2e/large-file.spec.ts takes 1 GiB through the studio in Chromium.
  it('round-trips 1 GiB with bounded memory', { timeout: 600_000 }, async () => {
    const total = 1024 * 1024 * 1024;
    const result = await streamRoundTrip(webcrypto, total, 1024 * 1024);
    expect(result.same).toBe(true);
    expect(result.decryptTrace.plaintextLength).toBe(total);
    expect(result.peakArrayBuffers).toBeLessThan(96 * 1024 * 1024);
    console.info(
      `1 GiB stream round trip: ${result.mbPerSecond.toFixed(0)} MB/s, peak ArrayBuffers ${(result.peakArrayBuffers / 2 ** 20).toFixed(0)} MiB`,
    );
  });
});

/**
 * Scenario replay and cursor jumps (issue #4: "cursor jumps across a 1,000-step scenario are instant"):
 *   npx vitest bench --run bench/scenario.bench.ts --outputJson bench/results/scenario.json
 * (`npm run bench` runs it with the others and prints p50/p95 from the samples.)
 *
 * - first full replay: a fresh replayer shows the last step of `longLesson(1000)`, running every step and
 *   taking its checkpoints on the way;
 * - cursor jump: on a replayer that has replayed once, one `goTo` to a step not shown before (so never served by
 *   the view cache), in a fixed shuffled order over the whole scenario;
 * - next step: one `goTo(i + 1)` after `goTo(i)`, as the player's "next" button and autoplay do.
 * Each per provider. Compare ratios within one run; absolute figures are noisy on shared machines
 * (docs/toolchain.md).
 */
import { bench, describe } from 'vitest';
import type { CryptoProviderName } from '../src/crypto';
import { createReplayer, type Replayer } from '../src/scenario/replay';
import { longLesson } from '../src/scenario/scenarios.fixture';

const STEPS = 1_000;
const PROVIDERS: CryptoProviderName[] = ['webcrypto', 'noble'];
const scenario = longLesson(STEPS);

/** Every step index once, in an order fixed by a linear congruential shuffle (the same in every run). */
function shuffledSteps(): number[] {
  const order = Array.from({ length: STEPS }, (_, i) => i);
  let state = 2026;
  for (let i = order.length - 1; i > 0; i--) {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    const j = state % (i + 1);
    [order[i], order[j]] = [order[j], order[i]];
  }
  return order;
}

/** A replayer that has shown the last step once (all checkpoints taken), made on first use. */
function replayedOnce(crypto: CryptoProviderName): () => Promise<Replayer> {
  let ready: Promise<Replayer> | undefined;
  return () =>
    (ready ??= (async () => {
      const replayer = createReplayer(scenario, { crypto });
      await replayer.goTo(STEPS - 1);
      return replayer;
    })());
}

// The first (warm-up) call of each jump benchmark builds its replayer, so building it is never timed.
const once = { warmupIterations: 1, warmupTime: 0, time: 0 };

describe(`replay of a ${STEPS.toLocaleString('en')}-step lesson`, () => {
  for (const crypto of PROVIDERS) {
    bench(
      `first full replay (${crypto})`,
      async () => {
        await createReplayer(scenario, { crypto }).goTo(STEPS - 1);
      },
      { ...once, iterations: 3 },
    );
  }
});

describe('cursor', () => {
  for (const crypto of PROVIDERS) {
    const replayer = replayedOnce(crypto);
    const targets = shuffledSteps();
    let jump = 0;
    bench(
      `cursor jump (${crypto})`,
      async () => {
        await (await replayer()).goTo(targets[jump++ % STEPS]);
      },
      { ...once, iterations: 200 },
    );
  }
  for (const crypto of PROVIDERS) {
    const replayer = replayedOnce(crypto);
    // Walks forward from the middle: each step is new, the state before it is live.
    let cursor = STEPS / 2;
    bench(
      `next step (${crypto})`,
      async () => {
        await (await replayer()).goTo(cursor++ % STEPS);
      },
      { ...once, iterations: 200 },
    );
  }
});

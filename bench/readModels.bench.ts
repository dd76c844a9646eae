/**
 * The read models on the store's one replay (scenario/stepHistory.ts, scenario/policyFacts.ts): what it costs to
 * show the rotation and policy sections of `longLesson(1000)` opened at its last step, against the store's replay
 * alone (what the player needs anyway):
 *   npx vitest bench --run bench/readModels.bench.ts --outputJson bench/results/readModels.json
 *
 * - store replay: a fresh replayer shows the last step (every step runs once, recording its history);
 * - rotation section: the same, then the step history folded into the rotation history (useScenarioHistory);
 * - policy section: the same, then the read-only world the policy section decides with (usePolicyWorld).
 *
 * Before this read model each section replayed the whole scenario again on a replayer of its own (the policy
 * section then added GetKeyPolicy/ListGrants probe calls): measured on the same machine at commit e01c57b,
 * store replay 558 ms, rotation 1,345 ms (2.41×), policy 1,340 ms (2.40×). Compare ratios within one run;
 * absolute figures are noisy on shared machines (docs/toolchain.md).
 */
import { bench, describe } from 'vitest';
import { createReplayer } from '../src/scenario/replay';
import { longLesson } from '../src/scenario/scenarios.fixture';
import { factsOf } from '../src/ui/policy/facts';
import { policyWorld } from '../src/ui/policy/whatIf';
import { foldHistory } from '../src/ui/rotation/useScenarioHistory';

const STEPS = 1_000;
const scenario = longLesson(STEPS);
const options = { warmupIterations: 1, warmupTime: 0, time: 0, iterations: 4 };

describe(`sections of a ${STEPS.toLocaleString('en')}-step lesson`, () => {
  bench(
    'store replay',
    async () => {
      await createReplayer(scenario).goTo(STEPS - 1);
    },
    options,
  );
  bench(
    'rotation section',
    async () => {
      const replayer = createReplayer(scenario);
      await replayer.goTo(STEPS - 1);
      foldHistory(await replayer.history(STEPS - 1));
    },
    options,
  );
  bench(
    'policy section',
    async () => {
      const view = await createReplayer(scenario).goTo(STEPS - 1);
      const { accountId, region } = scenario.settings;
      policyWorld({ accountId, region, ...view, ...factsOf(view) });
    },
    options,
  );
});

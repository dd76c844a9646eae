import { useEffect, useState } from 'react';
import type { Replayer } from '../../scenario/replay';
import type { Scenario } from '../../scenario/schema';
import { createSessionReplayer, useScenario } from '../../state/scenario';
import { emptyHistory, type ScenarioHistory, walkHistory } from './history';

/**
 * The history of the scenario up to the cursor, for the keys, rotation and cost views.
 *
 * The store's StepView holds only the step under the cursor, while the timeline needs every step before it (each
 * ciphertext and the version that made it). Until the scenario layer offers that, this walks the scenario with a
 * replayer of its own — the same deterministic replay, so the same bytes — once per step, keeping the history
 * after each step so scrubbing back is free and appending a step folds in one more. (Asked of the scenario
 * layer's owner: a history read model on the replayer, to drop this second replay.)
 */
interface Walker {
  scenario: Scenario;
  replayer: Replayer;
  /** `after[i]` is the history after step i. */
  after: ScenarioHistory[];
  start: ScenarioHistory;
}

let walker: Walker | undefined;
let queue: Promise<unknown> = Promise.resolve();

const sameStart = (a: Scenario, b: Scenario) =>
  a.seed === b.seed && JSON.stringify(a.settings) === JSON.stringify(b.settings);

function walkerFor(scenario: Scenario): Walker {
  if (walker?.scenario === scenario) return walker;
  if (walker && sameStart(walker.scenario, scenario)) {
    let same = 0;
    const old = walker.scenario.steps;
    while (
      same < Math.min(old.length, scenario.steps.length) &&
      JSON.stringify(old[same]) === JSON.stringify(scenario.steps[same])
    )
      same++;
    walker.replayer.setScenario(scenario);
    walker = { ...walker, scenario, after: walker.after.slice(0, same) };
    return walker;
  }
  walker = {
    scenario,
    replayer: createSessionReplayer(scenario),
    after: [],
    start: emptyHistory(Date.parse(scenario.settings.startTime)),
  };
  return walker;
}

async function historyAt(scenario: Scenario, cursor: number, stale: () => boolean): Promise<ScenarioHistory> {
  const w = walkerFor(scenario);
  if (cursor < 0) return w.start;
  const known = w.after[cursor];
  if (known) return known;
  let history = w.after.at(-1) ?? w.start;
  while (history.upTo < cursor && !stale()) {
    history = await walkHistory((i) => w.replayer.goTo(i), history, history.upTo + 1);
    if (walker !== w) break;
    w.after[history.upTo] = history;
  }
  return history;
}

/** The history at the cursor; while a newer one is being walked, the previous one with `loading` set. */
export function useScenarioHistory(): { history: ScenarioHistory | undefined; loading: boolean } {
  const scenario = useScenario((s) => s.scenario);
  const cursor = useScenario((s) => s.cursor);
  const [history, setHistory] = useState<{ scenario: Scenario; history: ScenarioHistory }>();
  useEffect(() => {
    let cancelled = false;
    const result = queue.then(() => historyAt(scenario, cursor, () => cancelled));
    queue = result.catch(() => undefined);
    result.then(
      (h) => {
        if (!cancelled && h.upTo === Math.min(cursor, scenario.steps.length - 1))
          setHistory({ scenario, history: h });
      },
      () => undefined,
    );
    return () => {
      cancelled = true;
    };
  }, [scenario, cursor]);
  const current =
    history?.scenario === scenario && history.history.upTo === Math.min(cursor, scenario.steps.length - 1);
  return { history: history?.history, loading: !current };
}

import { useEffect, useState } from 'react';
import type { Scenario } from '../../scenario/schema';
import { type StepHistory, type StepRecord, sharedPrefix } from '../../scenario/stepHistory';
import { scenarioStore, useScenario } from '../../state/scenario';
import { emptyHistory, extendHistory, type ScenarioHistory } from './history';

/**
 * The history of the scenario up to the cursor, for the keys, rotation and cost views: a fold of the store's step
 * records (the player's own replay, so the same bytes, and no replay of its own). The history after each step is
 * kept with the record it folded, so scrubbing back is free, appending a step folds one more, and an edit refolds
 * from the first record the replay changed.
 */
interface Folded {
  startTime: string;
  start: ScenarioHistory;
  records: StepRecord[];
  /** `after[i]`: the history after `records[i]`. */
  after: ScenarioHistory[];
}

let folded: Folded | undefined;
const NO_RECORDS: readonly StepRecord[] = [];

export function foldHistory({ scenario, records }: StepHistory): ScenarioHistory {
  const { startTime } = scenario.settings;
  if (folded?.startTime !== startTime)
    folded = { startTime, start: emptyHistory(Date.parse(startTime)), records: [], after: [] };
  const f = folded;
  const same = sharedPrefix(f.records, records);
  // A record the replay changed: what was folded from it on is stale. (A shorter history is only the cursor
  // moving back: everything folded stays.)
  if (same < Math.min(f.records.length, records.length)) {
    f.records.length = same;
    f.after.length = same;
  }
  for (let i = f.records.length; i < records.length; i++) {
    const record = records[i] as StepRecord;
    f.after.push(extendHistory(f.after[i - 1] ?? f.start, record));
    f.records.push(record);
  }
  return records.length === 0 ? f.start : (f.after[records.length - 1] as ScenarioHistory);
}

/**
 * The history at the cursor, and the step records it was folded from; while a newer one is being read, the
 * previous one with `loading` set.
 */
export function useScenarioHistory(): {
  history: ScenarioHistory | undefined;
  records: readonly StepRecord[];
  loading: boolean;
} {
  const scenario = useScenario((s) => s.scenario);
  const cursor = useScenario((s) => s.cursor);
  const [history, setHistory] = useState<{
    scenario: Scenario;
    history: ScenarioHistory;
    records: readonly StepRecord[];
  }>();
  useEffect(() => {
    let cancelled = false;
    scenarioStore
      .getState()
      .history(cursor)
      .then(
        (read) => {
          if (!cancelled && read.scenario === scenario)
            setHistory({ scenario, history: foldHistory(read), records: read.records });
        },
        () => undefined,
      );
    return () => {
      cancelled = true;
    };
  }, [scenario, cursor]);
  const current =
    history?.scenario === scenario && history.history.upTo === Math.min(cursor, scenario.steps.length - 1);
  return { history: history?.history, records: history?.records ?? NO_RECORDS, loading: !current };
}

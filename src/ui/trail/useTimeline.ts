import { useEffect, useState } from 'react';
import { useScenario } from '../../state/scenario';
import { createTimelineWalker, type Timeline } from './timeline';

/** One walker for the app: the trail panel and the services gallery share its walk. */
const walker = createTimelineWalker();

/**
 * The timeline at the cursor; while a newer one is being walked, the previous one with `loading` set (the
 * panels keep showing what they had, never an empty flash).
 */
export function useTimeline(): { timeline: Timeline | undefined; loading: boolean } {
  const scenario = useScenario((s) => s.scenario);
  const cursor = useScenario((s) => s.cursor);
  const [timeline, setTimeline] = useState<Timeline>();
  useEffect(() => {
    let cancelled = false;
    walker
      .at(scenario, cursor, () => cancelled)
      .then(
        (next) => {
          if (!cancelled && next) setTimeline(next);
        },
        () => undefined,
      );
    return () => {
      cancelled = true;
    };
  }, [scenario, cursor]);
  const current =
    timeline?.scenario === scenario && timeline.upTo === Math.min(cursor, scenario.steps.length - 1);
  return { timeline, loading: !current };
}

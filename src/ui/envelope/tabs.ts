/**
 * The studio's tabs, in the order of the study notes' story; `#studio=<id>` in the URL selects one.
 *
 * Writing `studio` notifies every fragment listener, and the player then re-reads `step`, which it writes
 * itself only after a short debounce: a tab switched right after the cursor moved would send the cursor back
 * to the stale step. So the tab switches at once on screen, and the URL is written once `step` matches
 * the cursor (see the report to the player's owner).
 */
import { useStore } from 'zustand';
import { createStore } from 'zustand/vanilla';
import { readFragment, subscribeFragment, updateFragment, useFragmentParam } from '../../state/location';
import { scenarioStore } from '../../state/scenario';

export const STUDIO_TABS = ['flow', 'why', 'tamper', 'threats', 'files', 'inspect'] as const;
export type StudioTab = (typeof STUDIO_TABS)[number];

const isTab = (value: string | null): value is StudioTab => STUDIO_TABS.includes(value as StudioTab);

/** The tab chosen on screen before the URL says so. */
const chosen = createStore<{ tab: StudioTab | undefined; param: string | null }>()(() => ({
  tab: undefined,
  param: null,
}));

/** Longest wait for the player's URL sync (its debounce is 300 ms). */
const SYNC_WAIT_MS = 2000;

export function chooseTab(tab: StudioTab): void {
  chosen.setState({ tab, param: readFragment().get('studio') });
  const synced = () => readFragment().get('step') === String(scenarioStore.getState().cursor + 1);
  const write = () => updateFragment({ studio: tab }, { replace: true });
  if (synced()) {
    write();
    return;
  }
  const timer = setTimeout(() => {
    stop();
    write();
  }, SYNC_WAIT_MS);
  const stop = subscribeFragment(() => {
    if (!synced()) return;
    stop();
    clearTimeout(timer);
    write();
  });
}

/** The tab shown: the one just chosen, until the URL's `studio` changes (then the URL's). */
export function useStudioTab(): StudioTab {
  const param = useFragmentParam('studio');
  const local = useStore(chosen);
  if (local.tab && local.param === param) return local.tab;
  return isTab(param) ? param : 'flow';
}

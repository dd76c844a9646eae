import type { StoreApi } from 'zustand/vanilla';
import type { ScenarioState } from './scenario';

/** Resolves once the store shows the view under its cursor (for tests of the store and what feeds it). */
export function settled(store: StoreApi<ScenarioState>): Promise<ScenarioState> {
  return new Promise((resolve) => {
    const check = () => {
      const state = store.getState();
      if (!state.loading && state.view?.index === state.cursor) {
        unsubscribe();
        resolve(state);
      }
    };
    const unsubscribe = store.subscribe(check);
    queueMicrotask(check);
  });
}

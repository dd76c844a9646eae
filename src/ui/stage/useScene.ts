import { useEffect, useState } from 'react';
import { scenarioStore, useScenario } from '../../state/scenario';
import { endOf, type Scene, sceneOf, type Token } from './picture';

export interface SceneState {
  scene: Scene;
  /** The scene shown before this one (what the tokens move from). */
  previous?: Scene;
  /** The cursor moved one step forward: the step's beats play. A jump or a step back shows the end state. */
  forward: boolean;
}

/**
 * The scene of the step under the player's cursor, from the store's one replay: the view the player shows, the
 * history up to it and the view before it (both from the replayer's records and view cache, so nothing is
 * replayed twice). Keeps the last scene while the next one loads.
 */
export function useScene(): SceneState | undefined {
  const view = useScenario((s) => s.view);
  const [state, setState] = useState<SceneState>();
  useEffect(() => {
    if (!view) return;
    let live = true;
    const { history, viewAt } = scenarioStore.getState();
    const index = view.index;
    Promise.all([history(index), index >= 0 ? viewAt(index - 1) : Promise.resolve(undefined)]).then(
      ([replay, before]) => {
        if (!live) return;
        const scene = sceneOf(view, { ...replay, records: replay.records.slice(0, index + 1) }, before);
        setState((shown) => {
          if (!shown) return { scene, forward: false };
          // The same step drawn again (a new view of it): keep what it was moving from.
          if (shown.scene.index === index) return { ...shown, scene };
          return { scene, previous: shown.scene, forward: shown.scene.index === index - 1 };
        });
      },
      // A replay that throws is the player's to report (its replayError line); the stage keeps its picture.
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [view]);
  return state;
}

/** What changed from one end state to the next: tokens that are new, moved or changed kind. */
export function changedTokens(scene: Scene, previous: Scene | undefined): Set<string> {
  if (!previous) return new Set();
  const before = new Map<string, Token>(endOf(previous).tokens.map((t) => [t.id, t]));
  const out = new Set<string>();
  for (const token of endOf(scene).tokens) {
    const was = before.get(token.id);
    if (!was || was.at !== token.at || was.kind !== token.kind || was.tampered !== token.tampered)
      out.add(token.id);
  }
  return out;
}

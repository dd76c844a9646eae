import { useEffect, useState } from 'react';
import type { StepView } from '../../scenario/replay';
import { type ScenarioState, scenarioStore, useScenario } from '../../state/scenario';
import type { Scene, Token } from './picture';
import { endOf } from './sceneFrames';

export interface SceneState {
  scene: Scene;
  /** The scene shown before this one (what the tokens move from). */
  previous?: Scene;
  /** The cursor moved one step forward: the step's beats play. A jump or a step back shows the end state. */
  forward: boolean;
}

/** Scenes drawn, by view: the stage's first render and its effect share one drawing. */
const scenes = new WeakMap<StepView, Promise<Scene>>();

/** The scene of `view`, from the store's one replay: the history up to it and the view before it. */
function sceneFor(view: StepView): Promise<Scene> {
  let scene = scenes.get(view);
  if (!scene) {
    // The drawing reads the replay's results: its own chunk, loaded with the engine (issue #15).
    scene = import('./picture').then(({ drawScene }) => drawScene(view, scenarioStore.getState()));
    scenes.set(view, scene);
  }
  return scene;
}

/** Gives the stage the scene of `view` drawn elsewhere (the build's first picture), so it replays nothing for it. */
export function seedScene(view: StepView, scene: Scene): void {
  scenes.set(view, Promise.resolve(scene));
}

/** The scene drawn ahead of the stage's first render (prepareScene), for the view it was drawn from. */
let prepared: { view: StepView; scene: Scene } | undefined;

/**
 * Draws the scene of the step under the cursor once the store has shown it, so that the stage's first render has
 * its picture (the shell waits for this before the page's first content appears, issue #15: a stage that grew
 * from empty pushed the section under it down). Resolves without a scene when the replay failed: the player
 * reports that.
 */
export async function prepareScene(): Promise<void> {
  const state = await new Promise<ScenarioState>((resolve) => {
    const check = () => {
      const now = scenarioStore.getState();
      if (now.loading) return;
      unsubscribe();
      resolve(now);
    };
    const unsubscribe = scenarioStore.subscribe(check);
    check();
  });
  const { view } = state;
  if (!view || prepared?.view === view) return;
  const scene = await sceneFor(view).catch(() => undefined);
  if (scene) prepared = { view, scene };
}

/**
 * The scene of the step under the player's cursor, from the store's one replay: the view the player shows, the
 * history up to it and the view before it (both from the replayer's records and view cache, so nothing is
 * replayed twice). Keeps the last scene while the next one loads.
 */
export function useScene(): SceneState | undefined {
  const view = useScenario((s) => s.view);
  const [state, setState] = useState<SceneState | undefined>(() =>
    prepared && prepared.view === view ? { scene: prepared.scene, forward: false } : undefined,
  );
  useEffect(() => {
    if (!view) return;
    let live = true;
    sceneFor(view).then(
      (scene) => {
        if (!live) return;
        setState((shown) => {
          if (!shown) return { scene, forward: false };
          // The same step drawn again (a new view of it): keep what it was moving from.
          if (shown.scene.index === view.index) return shown.scene === scene ? shown : { ...shown, scene };
          return { scene, previous: shown.scene, forward: shown.scene.index === view.index - 1 };
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

import type { Replayer, StepView } from '../../scenario/replay';
import { type Scene, sceneOf } from './picture';

export interface StepScene {
  view: StepView;
  scene: Scene;
}

/**
 * The scene of every step of a replay, first to last, as the stage draws each one (the step's view, the history up
 * to it, the view before it): what the printed handout shows, page after page.
 */
export async function stepScenes(
  replayer: Pick<Replayer, 'scenario' | 'goTo' | 'history'>,
): Promise<StepScene[]> {
  const last = replayer.scenario.steps.length - 1;
  const history = await replayer.history(last);
  const out: StepScene[] = [];
  for (let index = 0; index <= last; index++) {
    const view = await replayer.goTo(index);
    const before = await replayer.goTo(index - 1);
    const records = history.records.slice(0, index + 1);
    out.push({ view, scene: sceneOf(view, { ...history, records }, before) });
  }
  return out;
}

/**
 * Draws the first picture (firstPicture.ts) at build time: the first-visit template replayed by the real engine
 * (on WebCrypto: Node has `crypto.subtle`), as the page would, and its scene drawn as the stage would. Run by the build (vitePlugin.ts), and
 * by the tests, which check that it is the page's replay exactly.
 */
import type { Lang } from '../../i18n/define';
import { createReplayer } from '../../scenario/replay';
import { FIRST_VISIT_TEMPLATE, templateScenario } from '../../scenario/templates';
import { encodeView } from '../../scenario/viewCodec';
import type { FirstPicture } from './firstPicture';
import { drawScene } from './picture';

export async function drawFirstPicture(lang: Lang): Promise<FirstPicture> {
  const scenario = templateScenario(FIRST_VISIT_TEMPLATE, lang);
  // The cursor a first visit opens with: the last step (ui/player/useScenarioConnection.ts `start`, which shows
  // this picture only when its own cursor is the same: firstPicture.ts `showsScenario`).
  const cursor = scenario.steps.length - 1;
  const replayer = createReplayer(scenario);
  const view = await replayer.goTo(cursor);
  const scene = await drawScene(view, { history: replayer.history, viewAt: replayer.goTo });
  return { scenario, cursor, view, scene };
}

/** The text a first-picture chunk exports. */
export const encodedFirstPicture = async (lang: Lang): Promise<string> =>
  encodeView(await drawFirstPicture(lang));

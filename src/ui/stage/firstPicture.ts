/**
 * The first picture of a first visit, drawn by the build (issue #15: the first paint must not wait for the
 * scenario's replay). A first visit opens the same built-in scenario at its last step, in the learner's
 * language, on WebCrypto wherever the page has it: its view and its scene are the same every time, so the build
 * replays it with the real engine (drawFirstPicture.ts, served by vitePlugin.ts) and the page draws them while it
 * loads the engine; every later view comes from the page's own replay. Only this module is on the first
 * picture's path: it reads text, never the engine.
 */
import { availableProvider } from '../../crypto/availability';
import type { Lang } from '../../i18n/define';
import type { StepView } from '../../scenario/replay';
import type { Scenario } from '../../scenario/schema';
import { decodeView } from '../../scenario/viewCodec';
import type { Scene } from './picture';

export interface FirstPicture {
  scenario: Scenario;
  cursor: number;
  view: StepView;
  scene: Scene;
}

/** One chunk per language, each a JSON text written by `encodeView` (the build's replay of the template). */
const chunks: Record<Lang, () => Promise<{ default: string }>> = {
  en: () => import('virtual:kms-lab/first-picture/en'),
  ja: () => import('virtual:kms-lab/first-picture/ja'),
};

/**
 * The build's first picture in `lang`, or undefined where it cannot stand for the page's replay (the page would
 * replay on noble, without `crypto.subtle`) or its chunk could not be loaded: the page then replays as always.
 */
export async function loadFirstPicture(lang: Lang): Promise<FirstPicture | undefined> {
  let picture: FirstPicture;
  try {
    picture = decodeView((await chunks[lang]()).default) as FirstPicture;
  } catch {
    return undefined;
  }
  const provider = availableProvider(picture.scenario.settings.crypto);
  return provider === picture.view.cryptoProvider.name ? picture : undefined;
}

/** Whether `picture` shows exactly `scenario` at `cursor` (the scenario a start-up chose). */
export const showsScenario = (picture: FirstPicture, scenario: Scenario, cursor: number): boolean =>
  picture.cursor === cursor && JSON.stringify(picture.scenario) === JSON.stringify(scenario);

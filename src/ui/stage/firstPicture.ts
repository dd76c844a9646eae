/**
 * The first picture of a first visit, drawn by the build (issue #15: the first paint must not wait for the
 * scenario's replay). A first visit (no link, nothing saved) opens the same built-in scenario at its last step,
 * in the learner's language, on WebCrypto wherever the page has it: its view and its scene are the same every
 * time, so the build replays it with the real engine (drawFirstPicture.ts, served by vitePlugin.ts) and the page
 * draws them while it loads the engine; every later view comes from the page's own replay. This module is light
 * on purpose: the shell starts the picture's download with the page's first chunks.
 */
import { availableProvider } from '../../crypto/availability';
import type { Lang } from '../../i18n/define';
import { holdsSave } from '../../scenario/autosaveKey';
import type { StepView } from '../../scenario/replay';
import type { Scenario } from '../../scenario/schema';
import { readFragment } from '../../state/location';
import { browserStorage } from '../../state/webStorage';
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

/** A first visit: no scenario link in the URL and nothing saved, so the page opens the first-visit template. */
export const isFirstVisit = (): boolean => !readFragment().has('s') && !holdsSave(browserStorage());

/** The codec that reads the picture's text: its own chunk (nothing else on the first screen reads it). */
const codec = () => import('../../scenario/viewCodec');

/**
 * Starts loading the picture in `lang` and its codec (the module loader keeps both: `loadFirstPicture` then has
 * them at once).
 */
export function startFirstPicture(lang: Lang): void {
  chunks[lang]().catch(() => undefined);
  codec().catch(() => undefined);
}

/**
 * The build's first picture in `lang`, or undefined where it cannot stand for the page's replay (the page would
 * replay on noble, without `crypto.subtle`) or could not be loaded: the page then replays as always.
 */
export async function loadFirstPicture(lang: Lang): Promise<FirstPicture | undefined> {
  let picture: FirstPicture;
  try {
    const [{ default: text }, { decodeView }] = await Promise.all([chunks[lang](), codec()]);
    picture = decodeView(text) as FirstPicture;
  } catch {
    return undefined;
  }
  const provider = availableProvider(picture.scenario.settings.crypto);
  return provider === picture.view.cryptoProvider.name ? picture : undefined;
}

/** Whether `picture` shows exactly `scenario` at `cursor` (the scenario a start-up chose). */
export const showsScenario = (picture: FirstPicture, scenario: Scenario, cursor: number): boolean =>
  picture.cursor === cursor && JSON.stringify(picture.scenario) === JSON.stringify(scenario);

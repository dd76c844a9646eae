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
import { AHEAD_OF_LINK_KEY, savedText } from '../../scenario/autosaveKey';
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

/** No scenario link in the URL: the start-up may open the first-visit template (the shell starts its picture). */
export const mayOpenFirstPicture = (): boolean => !readFragment().has('s');

/**
 * Whether the start-up opens `template` (the first-visit template in the learner's language) at its last step,
 * the step the build drew: no scenario link, no note of where this tab was (a reload returns to the learner's
 * step), and nothing saved, or exactly that template, unchanged (a learner who has not changed it yet). The saved
 * text is compared, not read: reading a save validates it, which is the engine.
 */
export function opensFirstPicture(template: Scenario): boolean {
  if (!mayOpenFirstPicture() || savedText(browserStorage('sessionStorage'), AHEAD_OF_LINK_KEY) !== null)
    return false;
  const saved = savedText(browserStorage());
  return saved === null || saved === JSON.stringify(template);
}

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

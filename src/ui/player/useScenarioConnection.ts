import { useEffect } from 'react';
import { useStore } from 'zustand';
import { createStore } from 'zustand/vanilla';
import type { RestoreFailureReason } from '../../scenario/migrations';
import type { OpeningChoice } from '../../scenario/opening';
import type { Scenario } from '../../scenario/schema';
import { FIRST_VISIT_TEMPLATE, templateScenario } from '../../scenario/templates';
import { preferencesStore } from '../../state/preferences';
import { scenarioStore } from '../../state/scenario';
import { firstContentPainted } from '../shell/firstContent';
import { loadFirstPicture, opensFirstPicture, showsScenario } from '../stage/firstPicture';
import { seedScene } from '../stage/useScene';

/** What the learner must be told (a link or file that could not be opened, a copied link). */
export type Notice =
  | { kind: 'link' | 'file'; reason: RestoreFailureReason; detail: string }
  | { kind: 'copied' | 'copyFailed'; length: number };

/**
 * What the learner must know about their saved work: a save that could not be read (kept, downloadable) or
 * storage that stopped saving. Kept apart from `Notice` so a link problem never hides it.
 */
export type SaveNotice =
  | { kind: 'saved'; reason: RestoreFailureReason; detail: string; saved: string }
  | { kind: 'storage'; reason: 'quota-exceeded' | 'storage-unavailable'; detail: string };

/** Whether a save notice offers the old save itself for download (else it offers the work as a file). */
export const offersOldSave = (notice: SaveNotice): boolean =>
  notice.kind === 'saved' && notice.reason !== 'newer-version';

/** A scenario waiting to replace different local work, until the learner chooses. */
export interface PendingOpen {
  local: Scenario;
  incoming: Scenario;
  cursor: number;
  /** Where it comes from: the question names a link or a file (issue #13). */
  source: 'link' | 'file';
}

export const atEnd = (scenario: Scenario) => scenario.steps.length - 1;

interface ConnectionState {
  pending?: PendingOpen;
  notice?: Notice;
  saveNotice?: SaveNotice;
}

/**
 * One connection per page. Booting more than once re-read the URL fragment, so a section switch within the URL
 * sync delay reopened the scenario the fragment still held (an older one). Start-up, the URL/autosave sync and
 * the hashchange subscription therefore live in one module (scenarioConnection.ts), started once
 * (connectScenario) and kept for the page's lifetime; this one holds what the player shows of it.
 */
export const connection = createStore<ConnectionState>(() => ({}));
export const setPending = (pending: PendingOpen | undefined) => connection.setState({ pending });
export const setNotice = (notice: Notice | undefined) => connection.setState({ notice });
export const setSaveNotice = (saveNotice: SaveNotice | undefined) => connection.setState({ saveNotice });

/** The connection's work: reading links, files and saves is validation, the engine (loaded after the picture). */
const work = () => import('./scenarioConnection');

let started: Promise<void> | undefined;
let pictureDrawn: () => void = () => undefined;
const belowPicture = new Promise<void>((resolve) => {
  pictureDrawn = resolve;
});

/**
 * Resolves when what comes below the first picture may load (a section's chunk): at once, unless the start-up
 * draws the build's picture, and then once that has been painted. Starts the connection.
 */
export function afterFirstPicture(): Promise<void> {
  void connectScenario();
  return belowPicture;
}

/**
 * Starts the connection once and resolves when the scenario the page opens with is chosen (or the learner is
 * asked). A section that appends steps must wait for it: the start-up would otherwise replace a step the learner
 * added while the link or autosave was still being read (the shell's SectionHost waits).
 */
export function connectScenario(): Promise<void> {
  started ??= start();
  return started;
}

/**
 * A first visit (no link, nothing saved, or the untouched template saved) opens the template in the learner's
 * language at its last step, which the build has drawn (firstPicture.ts): it is shown at once, and the engine and
 * the rest of the connection load once it has been painted (issue #15). Any other start-up reads a link or a save,
 * for which it needs them first.
 */
async function start(): Promise<void> {
  const { lang } = preferencesStore.getState();
  const first = templateScenario(FIRST_VISIT_TEMPLATE, lang);
  if (!opensFirstPicture(first)) {
    pictureDrawn();
    await (await work()).startConnection(false);
    return;
  }
  const cursor = atEnd(first);
  const picture = await loadFirstPicture(lang);
  if (picture && showsScenario(picture, first, cursor)) {
    seedScene(picture.view, picture.scene);
    scenarioStore.getState().replaceScenario(first, cursor, picture.view);
    await firstContentPainted();
  } else scenarioStore.getState().replaceScenario(first, cursor);
  pictureDrawn();
  await (await work()).startConnection(true);
}

/** What the learner can do about the connection; each waits for its work (loaded by then, in practice). */
const actions = {
  choose: (choice: OpeningChoice) => void work().then((w) => w.choose(choice)),
  dismissNotice: () => setNotice(undefined),
  dismissSaveNotice: () => setSaveNotice(undefined),
  keepSavedWork: () => void work().then((w) => w.keepSavedWork()),
  importFile: async (file: File) => (await work()).importFile(file),
  exportFile: () => void work().then((w) => w.exportFile()),
  copyLink: async () => (await work()).copyLink(),
};

/**
 * The player's view of the connection (started by its first user): what it must ask or tell, and what the learner
 * can do about it (open a file, save one, copy the link). Different local work is never replaced without asking
 * (`pending`).
 */
export function useScenarioConnection() {
  const { pending, notice, saveNotice } = useStore(connection);
  useEffect(() => {
    void connectScenario();
  }, []);
  return { pending, notice, saveNotice, ...actions };
}

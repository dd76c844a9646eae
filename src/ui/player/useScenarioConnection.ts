import { useCallback, useEffect } from 'react';
import { useStore } from 'zustand';
import { createStore } from 'zustand/vanilla';
import { decideOpening, type OpeningChoice, readAheadOfLink } from '../../scenario/autosave';
import { fromScenarioFile, readScenarioLink, scenarioFileName, toScenarioFile } from '../../scenario/codec';
import { MAX_SCENARIO_JSON_CHARS, type RestoreFailureReason } from '../../scenario/migrations';
import type { Scenario } from '../../scenario/schema';
import { FIRST_VISIT_TEMPLATE, templateScenario } from '../../scenario/templates';
import { type FragmentPatch, readFragment, subscribeFragment, updateFragment } from '../../state/location';
import { preferencesStore } from '../../state/preferences';
import { bootScenario, scenarioAutosave, scenarioStore, syncScenario } from '../../state/scenario';
import { browserStorage } from '../../state/webStorage';
import { copyText } from '../cli/copyText';
import { type FirstPicture, loadFirstPicture, showsScenario } from '../stage/firstPicture';
import { seedScene } from '../stage/useScene';
import { downloadText } from './download';

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

/** The file name an unreadable save is downloaded under: not `.kmslab.json`, as it may not be a scenario. */
const UNREADABLE_SAVE_FILE = 'kms-lab-unreadable-save.json';

/** A scenario waiting to replace different local work, until the learner chooses. */
export interface PendingOpen {
  local: Scenario;
  incoming: Scenario;
  cursor: number;
  /** Where it comes from: the question names a link or a file (issue #13). */
  source: 'link' | 'file';
}

const atEnd = (scenario: Scenario) => scenario.steps.length - 1;

interface ConnectionState {
  pending?: PendingOpen;
  notice?: Notice;
  saveNotice?: SaveNotice;
}

/**
 * One connection per page. Booting more than once re-read the URL fragment, so a section switch within the URL
 * sync delay reopened the scenario the fragment still held (an older one). Start-up, the URL/autosave sync and
 * the hashchange subscription therefore live here, started once (connectScenario) and kept for the page's
 * lifetime.
 */
const connection = createStore<ConnectionState>(() => ({}));
const setPending = (pending: PendingOpen | undefined) => connection.setState({ pending });
const setNotice = (notice: Notice | undefined) => connection.setState({ notice });
const setSaveNotice = (saveNotice: SaveNotice | undefined) => connection.setState({ saveNotice });
let started: Promise<void> | undefined;
let lastWritten: string | null = null;
/**
 * The `step` param as last seen. Other params (view, region…) change the fragment too, while the store's own
 * `step` write is debounced: only a change of `step` itself (a typed or pasted step) may move the cursor,
 * never a stale value read while another param changed.
 */
let lastSeenStep: string | null = null;

function open(scenario: Scenario, cursor: number, picture?: FirstPicture) {
  if (picture && showsScenario(picture, scenario, cursor)) {
    seedScene(picture.view, picture.scene);
    scenarioStore.getState().replaceScenario(scenario, cursor, picture.view);
  } else scenarioStore.getState().replaceScenario(scenario, cursor);
  syncOnce();
}

/**
 * Writes the page's own scenario link into the URL (the sync, a built-in example opened from the notes), so the
 * fragment subscription below never takes it for a link pasted from elsewhere: a later change of another param
 * (the section) would otherwise offer the page's own link against the learner's newer work, and ask.
 */
export function writeOwnLink(patch: FragmentPatch, options?: { replace?: boolean }) {
  lastWritten = patch.s ?? lastWritten;
  lastSeenStep = patch.step ?? lastSeenStep;
  updateFragment(patch, options);
}

let syncing = false;
function syncOnce() {
  if (syncing) return;
  syncing = true;
  syncScenario(scenarioStore, {
    updateFragment: writeOwnLink,
    autosave: scenarioAutosave,
    tabStorage: browserStorage('sessionStorage'),
    currentLink: () => readFragment().get('s'),
    onSaveFailed(result) {
      // A newer version's save is kept on purpose; the learner was told at start-up.
      if (result.reason !== 'newer-version-kept')
        setSaveNotice({ kind: 'storage', reason: result.reason, detail: result.detail });
    },
  });
}

/** Opens `incoming` unless it would silently replace different work in the store. */
function offer(incoming: Scenario, cursor: number, source: PendingOpen['source']) {
  const local = scenarioStore.getState().scenario;
  const decision = decideOpening(incoming, { ok: true, scenario: local });
  if (decision.action === 'ask') setPending({ local, incoming, cursor, source });
  else open(incoming, cursor);
}

/**
 * Starts the connection once and resolves when the scenario the page opens with is chosen (or the learner is
 * asked). A section that appends steps must wait for it: the start-up would otherwise replace a step the learner
 * added while the link or autosave was still being read (the shell's SectionHost waits).
 */
export function connectScenario(): Promise<void> {
  started ??= startConnection();
  return started;
}

function startConnection(): Promise<void> {
  // A first visit's scenario: the example in the learner's language (it is theirs from now on; see templates.ts).
  const { lang } = preferencesStore.getState();
  const first = templateScenario(FIRST_VISIT_TEMPLATE, lang);
  const ahead = readAheadOfLink(browserStorage('sessionStorage'));
  // No link and nothing saved: the start-up opens `first`, whose picture the build has drawn (issue #15).
  const firstVisit = !readFragment().has('s') && !scenarioAutosave.holdsSave();
  const picture = firstVisit ? loadFirstPicture(lang) : undefined;
  const booted = bootScenario(readFragment(), scenarioAutosave, first, ahead).then(async (boot) => {
    if (boot.savedProblem) {
      const { reason, detail, saved } = boot.savedProblem;
      setSaveNotice({ kind: 'saved', reason, detail, saved });
    }
    if (boot.kind === 'ask') {
      setPending({
        local: boot.decision.local,
        incoming: boot.decision.link,
        cursor: boot.linkCursor,
        source: 'link',
      });
      return;
    }
    open(boot.scenario, boot.cursor, await picture);
    if (boot.linkProblem)
      setNotice({ kind: 'link', reason: boot.linkProblem.reason, detail: boot.linkProblem.detail });
  });

  // A link pasted into the address bar (or a step typed there) while the page is open.
  lastSeenStep = readFragment().get('step');
  subscribeFragment(() => {
    const params = readFragment();
    const payload = params.get('s');
    const stepParam = params.get('step');
    const stepChanged = stepParam !== lastSeenStep;
    lastSeenStep = stepParam;
    if (payload === null || payload === lastWritten) {
      const step = Number(stepParam);
      const { cursor, goTo } = scenarioStore.getState();
      if (stepChanged && stepParam !== null && Number.isInteger(step) && step - 1 !== cursor) goTo(step - 1);
      return;
    }
    void readScenarioLink(params).then((link) => {
      if (link.kind === 'none') return;
      if (!link.result.ok)
        setNotice({ kind: 'link', reason: link.result.reason, detail: link.result.detail });
      else
        offer(
          link.result.scenario,
          link.step === undefined ? atEnd(link.result.scenario) : link.step - 1,
          'link',
        );
    });
  });
  return booted;
}

/**
 * Connects the scenario store to the page: start-up (link, autosave, or the envelope basics template), URL and
 * autosave sync once a scenario is chosen, links pasted while the page is open, file import/export and copying
 * the link. Different local work is never replaced without asking (`pending`).
 */
export function useScenarioConnection() {
  const { pending, notice, saveNotice } = useStore(connection);
  useEffect(() => {
    void connectScenario();
  }, []);

  const choose = useCallback(
    (choice: OpeningChoice) => {
      if (!pending) return;
      setPending(undefined);
      if (choice === 'keep-mine') {
        open(pending.local, atEnd(pending.local));
        return;
      }
      if (choice === 'save-mine-first')
        downloadText(scenarioFileName(pending.local), toScenarioFile(pending.local));
      open(pending.incoming, pending.cursor);
    },
    [pending],
  );

  const importFile = useCallback(async (file: File) => {
    // Refuse before reading: a UTF-8 character is at most 4 bytes, so bigger files exceed the text cap.
    if (file.size > 4 * MAX_SCENARIO_JSON_CHARS) {
      setNotice({ kind: 'file', reason: 'too-large', detail: `${file.size} bytes` });
      return;
    }
    const result = fromScenarioFile(await file.text());
    if (!result.ok) setNotice({ kind: 'file', reason: result.reason, detail: result.detail });
    else offer(result.scenario, atEnd(result.scenario), 'file');
  }, []);

  const exportFile = useCallback(() => {
    const { scenario } = scenarioStore.getState();
    downloadText(scenarioFileName(scenario), toScenarioFile(scenario));
  }, []);

  const copyLink = useCallback(async () => {
    const { href } = window.location;
    setNotice({ kind: (await copyText(href)) ? 'copied' : 'copyFailed', length: href.length });
  }, []);

  /** What the save notice offers: the unreadable save itself, or the current work as a file. */
  const keepSavedWork = useCallback(() => {
    if (saveNotice?.kind === 'saved' && offersOldSave(saveNotice))
      downloadText(UNREADABLE_SAVE_FILE, saveNotice.saved);
    else exportFile();
  }, [saveNotice, exportFile]);

  return {
    pending,
    choose,
    notice,
    dismissNotice: () => setNotice(undefined),
    saveNotice,
    dismissSaveNotice: () => setSaveNotice(undefined),
    keepSavedWork,
    importFile,
    exportFile,
    copyLink,
  };
}

/**
 * The scenario connection's work (useScenarioConnection.ts has its state and the player's hook): start-up from a
 * link or autosave, the URL and autosave sync, links pasted while the page is open, files in and out. Reading a
 * link, a file or a save validates it, which is the engine: the page loads this module after its first picture
 * (issue #15).
 */
import { readAheadOfLink } from '../../scenario/autosave';
import { fromScenarioFile, readScenarioLink } from '../../scenario/codec';
import { MAX_SCENARIO_JSON_CHARS } from '../../scenario/migrations';
import { decideOpening, type OpeningChoice } from '../../scenario/opening';
import { scenarioFileName, toScenarioFile } from '../../scenario/scenarioFile';
import type { Scenario } from '../../scenario/schema';
import { FIRST_VISIT_TEMPLATE, templateScenario } from '../../scenario/templates';
import { type FragmentPatch, readFragment, subscribeFragment, updateFragment } from '../../state/location';
import { preferencesStore } from '../../state/preferences';
import { loadScenarioEngine, scenarioStore } from '../../state/scenario';
import { bootScenario, scenarioAutosave, syncScenario } from '../../state/scenarioPersistence';
import { browserStorage } from '../../state/webStorage';
import { copyText } from '../cli/copyText';
import { downloadText } from './download';
import {
  atEnd,
  connection,
  offersOldSave,
  type PendingOpen,
  setNotice,
  setPending,
  setSaveNotice,
} from './useScenarioConnection';

/** The file name an unreadable save is downloaded under: not `.kmslab.json`, as it may not be a scenario. */
const UNREADABLE_SAVE_FILE = 'kms-lab-unreadable-save.json';

let lastWritten: string | null = null;
/**
 * The `step` param as last seen. Other params (view, region…) change the fragment too, while the store's own
 * `step` write is debounced: only a change of `step` itself (a typed or pasted step) may move the cursor,
 * never a stale value read while another param changed.
 */
let lastSeenStep: string | null = null;

function open(scenario: Scenario, cursor: number) {
  scenarioStore.getState().replaceScenario(scenario, cursor);
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
 * Starts the connection (useScenarioConnection.ts `connectScenario` calls it once) and resolves when the scenario
 * the page opens with is chosen, or the learner is asked, and the engine has loaded (a section may then change the
 * scenario at once). `opened`: the page has already opened a first visit's template (no link, nothing saved), so
 * there is nothing to read, only the sync to start.
 */
export function startConnection(opened: boolean): Promise<void> {
  if (opened) syncOnce();
  // The engine first: the start-up then opens its scenario and resolves at once, as a window presenting it joins
  // the others only then (a step taken between the two would be undone by joining).
  const booted = loadScenarioEngine().then(() => (opened ? undefined : boot()));
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

/** Start-up from a link, autosave or, failing both, a first visit's template in the learner's language. */
async function boot(): Promise<void> {
  // The example is the learner's from now on (templates.ts).
  const first = templateScenario(FIRST_VISIT_TEMPLATE, preferencesStore.getState().lang);
  const ahead = readAheadOfLink(browserStorage('sessionStorage'));
  const boot = await bootScenario(readFragment(), scenarioAutosave, first, ahead);
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
    // The player shows the empty scenario it started with while the learner chooses.
    scenarioStore.getState().goTo(-1);
    return;
  }
  open(boot.scenario, boot.cursor);
  if (boot.linkProblem)
    setNotice({ kind: 'link', reason: boot.linkProblem.reason, detail: boot.linkProblem.detail });
}

/** The learner's answer to "open the link or file?" (`pending`). */
export function choose(choice: OpeningChoice) {
  const { pending } = connection.getState();
  if (!pending) return;
  setPending(undefined);
  if (choice === 'keep-mine') {
    open(pending.local, atEnd(pending.local));
    return;
  }
  if (choice === 'save-mine-first')
    downloadText(scenarioFileName(pending.local), toScenarioFile(pending.local));
  open(pending.incoming, pending.cursor);
}

export async function importFile(file: File) {
  // Refuse before reading: a UTF-8 character is at most 4 bytes, so bigger files exceed the text cap.
  if (file.size > 4 * MAX_SCENARIO_JSON_CHARS) {
    setNotice({ kind: 'file', reason: 'too-large', detail: `${file.size} bytes` });
    return;
  }
  const result = fromScenarioFile(await file.text());
  if (!result.ok) setNotice({ kind: 'file', reason: result.reason, detail: result.detail });
  else offer(result.scenario, atEnd(result.scenario), 'file');
}

export function exportFile() {
  const { scenario } = scenarioStore.getState();
  downloadText(scenarioFileName(scenario), toScenarioFile(scenario));
}

export async function copyLink() {
  const { href } = window.location;
  setNotice({ kind: (await copyText(href)) ? 'copied' : 'copyFailed', length: href.length });
}

/** What the save notice offers: the unreadable save itself, or the current work as a file. */
export function keepSavedWork() {
  const { saveNotice } = connection.getState();
  if (saveNotice?.kind === 'saved' && offersOldSave(saveNotice))
    downloadText(UNREADABLE_SAVE_FILE, saveNotice.saved);
  else exportFile();
}

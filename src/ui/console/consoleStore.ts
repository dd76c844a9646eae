/**
 * The console session: runs a line through the CLI layer (src/cli/session.ts) with the recording handle, so
 * every KMS call becomes a scenario step, then keeps the transcript, history, shell variables and the virtual
 * directory. A framework-free zustand store (the React panel is a thin view over it); one command at a time,
 * as in a terminal.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import { MemoryFs, runCommandLine } from '../../cli/index';
import type { ScenarioState } from '../../state/scenario';
import { remember } from './history';
import { consoleProfiles } from './profiles';
import { recordingHandle } from './recorder';
import {
  consoleStorageKey,
  ENTRY_LIMIT,
  emptyConsole,
  parseSavedConsole,
  type SavedConsole,
  serializeConsole,
} from './saved';
import { type ConsoleEntry, markOf, type StepMark } from './transcript';

export interface ConsoleFile {
  name: string;
  size: number;
}

export interface ConsoleState extends SavedConsole {
  files: ConsoleFile[];
  /** The line being run, while it runs. */
  running: string | undefined;
  run(line: string): Promise<void>;
  /** Ctrl+L: the screen starts empty again (history and files stay). */
  clear(): void;
  addFile(name: string, bytes: Uint8Array): void;
  removeFile(name: string): void;
  readFile(name: string): Uint8Array | undefined;
}

export interface ConsoleStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

export interface ConsoleDeps {
  scenario: StoreApi<ScenarioState>;
  /** Who `default` signs as (the "acting as" cast member). */
  actingAs: () => Parameters<typeof consoleProfiles>[0];
  storage?: ConsoleStorage | undefined;
  /** What `help` prints: the console's commands, in the learner's language. */
  shellHelp?: () => string;
  /** The starting directory; by default a `secret.txt` for the examples. */
  files?: Record<string, Uint8Array | string>;
}

/** The file the examples encrypt, present from the start. */
export const EXAMPLE_FILES: Readonly<Record<string, string>> = { 'secret.txt': 'Hello, KMS!\n' };

/** Uploads above this stay out of the console (KMS Encrypt itself takes at most 4,096 bytes, reference §3). */
export const FILE_SIZE_LIMIT = 1024 * 1024;

/** File names a shell line can use unquoted: no directories, no blanks or shell characters. */
export function consoleFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  const safe = base.replace(/[^A-Za-z0-9._-]+/g, '_').replace(/^[.-]+/, '');
  return safe === '' ? 'file.bin' : safe.slice(0, 100);
}

const listing = (fs: MemoryFs): ConsoleFile[] =>
  fs.list().map((name) => ({ name, size: fs.read(name)?.length ?? 0 }));

export function createConsoleStore(deps: ConsoleDeps): StoreApi<ConsoleState> {
  let saved: SavedConsole = emptyConsole();
  try {
    saved = parseSavedConsole(deps.storage?.getItem(consoleStorageKey) ?? null);
  } catch {
    // Storage blocked: start empty.
  }
  let fs = new MemoryFs(deps.files ?? EXAMPLE_FILES);
  let queue: Promise<void> = Promise.resolve();
  let next = saved.entries.reduce((max, e) => Math.max(max, e.n), 0) + 1;

  return createStore<ConsoleState>()((set, get) => {
    const persist = () => {
      const { entries, history, variables, cleared } = get();
      try {
        deps.storage?.setItem(
          consoleStorageKey,
          serializeConsole({ entries, history, variables, ...(cleared ? { cleared } : {}) }),
        );
      } catch {
        // Storage full or blocked: the session still works in this tab.
      }
    };

    const runNow = async (line: string) => {
      const scenarioStore = deps.scenario;
      const settings = scenarioStore.getState().scenario.settings;
      const steps: string[] = [];
      const variables = { ...get().variables };
      set({ running: line, history: remember(get().history, line) });
      let result: { stdout: string; stderr: string; exitCode: number };
      try {
        result = await runCommandLine(line, {
          handle: recordingHandle(scenarioStore, (id) => steps.push(id)),
          fs,
          profiles: consoleProfiles(deps.actingAs(), settings),
          region: settings.region,
          variables,
          shellHelp: deps.shellHelp?.(),
        });
      } catch (error) {
        // A bug in the lab, shown as the CLI shows an unexpected exception (exit 255), never swallowed.
        result = {
          stdout: '',
          stderr: `\n${error instanceof Error ? error.message : String(error)}\n`,
          exitCode: 255,
        };
      }
      const { scenario, cursor } = scenarioStore.getState();
      const marks = steps.flatMap((id): StepMark[] => {
        const step = scenario.steps.find((s) => s.id === id);
        return step ? [markOf(step)] : [];
      });
      const anchor = marks.at(-1) ?? (scenario.steps[cursor] ? markOf(scenario.steps[cursor]) : null);
      const entry: ConsoleEntry = {
        n: next++,
        line,
        stdout: result.stdout,
        stderr: result.stderr,
        exitCode: result.exitCode,
        steps: marks,
        after: anchor,
      };
      set({
        entries: [...get().entries, entry].slice(-ENTRY_LIMIT),
        variables,
        running: undefined,
        files: listing(fs),
      });
      persist();
    };

    return {
      ...saved,
      files: listing(fs),
      running: undefined,
      run(line) {
        const result = queue.then(() => runNow(line));
        queue = result.catch(() => undefined);
        return result;
      },
      clear() {
        const at = deps.scenario.getState().scenario.steps.at(-1);
        set({ entries: [], cleared: { after: at ? markOf(at) : null } });
        persist();
      },
      addFile(name, bytes) {
        fs.write(name, bytes);
        set({ files: listing(fs) });
      },
      removeFile(name) {
        const kept: Record<string, Uint8Array> = {};
        for (const other of fs.list()) {
          if (other !== name) kept[other] = fs.read(other) as Uint8Array;
          // Writing over a file zero-fills its old bytes (MemoryFs.write): nothing is left behind.
          fs.write(other, new Uint8Array());
        }
        fs = new MemoryFs(kept);
        for (const bytes of Object.values(kept)) bytes.fill(0);
        set({ files: listing(fs) });
      },
      readFile: (name) => fs.read(name),
    };
  });
}

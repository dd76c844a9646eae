import { MAX_SCENARIO_JSON_CHARS } from '../../scenario/migrations';

/**
 * Keeps a presentation (the projected window) and its presenter window on the same scenario and step, both
 * ways, with no server: a BroadcastChannel reaches every window of this origin in the browser. Either window may
 * step; the other follows. Messages name their presentation, so two presentations in one browser never drive
 * each other.
 *
 * The scenario itself travels too (as `.kmslab.json` text, validated on arrival like a file): a presenter window
 * opened while a lesson was still loading in the projected window, or a projected window that opens another
 * lesson, would otherwise leave the two windows showing different scenarios.
 */
export type PresenterMessage =
  /** A window holds this scenario (`.kmslab.json` text), at `cursor`. */
  | { readonly kind: 'scenario'; readonly scenario: string; readonly file: string; readonly cursor: number }
  /** A window moved to `cursor` (-1: before the first step). */
  | { readonly kind: 'cursor'; readonly scenario: string; readonly cursor: number }
  /** The screen was blanked or shown again (B). */
  | { readonly kind: 'blank'; readonly scenario: string; readonly blank: boolean }
  /** A window just opened and asks where the others are. */
  | { readonly kind: 'hello'; readonly scenario: string };

export const CHANNEL_NAME = 'kms-lab.presenter';

/** Longer scenario text than a file may hold is not ours (src/scenario/migrations.ts caps files the same). */
const MAX_FILE_CHARS = MAX_SCENARIO_JSON_CHARS;

/** The part of a BroadcastChannel this uses, so tests can pass a pair of fakes. */
export interface ChannelLike {
  postMessage(message: unknown): void;
  addEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
  removeEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
  close(): void;
}

/** A message from another window, if it is one of ours for this scenario (anything else is ignored). */
export function readMessage(data: unknown, scenario: string): PresenterMessage | undefined {
  if (typeof data !== 'object' || data === null) return undefined;
  const message = data as Partial<Record<string, unknown>>;
  if (message.scenario !== scenario) return undefined;
  switch (message.kind) {
    case 'scenario':
      return typeof message.file === 'string' &&
        message.file.length <= MAX_FILE_CHARS &&
        Number.isSafeInteger(message.cursor) &&
        (message.cursor as number) >= -1
        ? { kind: 'scenario', scenario, file: message.file, cursor: message.cursor as number }
        : undefined;
    case 'cursor':
      return Number.isSafeInteger(message.cursor) && (message.cursor as number) >= -1
        ? { kind: 'cursor', scenario, cursor: message.cursor as number }
        : undefined;
    case 'blank':
      return typeof message.blank === 'boolean'
        ? { kind: 'blank', scenario, blank: message.blank }
        : undefined;
    case 'hello':
      return { kind: 'hello', scenario };
    default:
      return undefined;
  }
}

export interface PresenterLink {
  /** Tells the other windows this one's scenario (no-op when it is the one they last told us: no echo). */
  sendScenario(file: string, cursor: number): void;
  /** Tells the other windows this one's cursor (no-op when it is the one they last told us: no echo). */
  sendCursor(cursor: number): void;
  sendBlank(blank: boolean): void;
  close(): void;
}

/**
 * Joins the channel for `scenario`. `onScenario`, `onCursor` and `onBlank` run for the other windows' changes; a
 * window that says hello gets this one's scenario, cursor and blank state from `current()`.
 */
export function joinPresentation(
  channel: ChannelLike,
  scenario: string,
  handlers: {
    onScenario(file: string, cursor: number): void;
    onCursor(cursor: number): void;
    onBlank(blank: boolean): void;
    current(): { file: string; cursor: number; blank: boolean };
  },
): PresenterLink {
  // The last cursor and scenario heard from another window: moving there ourselves is following, not news to
  // send back.
  let followed: number | undefined;
  let followedFile: string | undefined;
  const listener = (event: MessageEvent) => {
    const message = readMessage(event.data, scenario);
    if (!message) return;
    if (message.kind === 'scenario') {
      followedFile = message.file;
      followed = message.cursor;
      handlers.onScenario(message.file, message.cursor);
    } else if (message.kind === 'cursor') {
      followed = message.cursor;
      handlers.onCursor(message.cursor);
    } else if (message.kind === 'blank') {
      handlers.onBlank(message.blank);
    } else {
      const { file, cursor, blank } = handlers.current();
      channel.postMessage({ kind: 'scenario', scenario, file, cursor } satisfies PresenterMessage);
      channel.postMessage({ kind: 'blank', scenario, blank } satisfies PresenterMessage);
    }
  };
  channel.addEventListener('message', listener);
  channel.postMessage({ kind: 'hello', scenario } satisfies PresenterMessage);
  const sendCursor = (cursor: number) => {
    if (cursor === followed) return;
    followed = undefined;
    channel.postMessage({ kind: 'cursor', scenario, cursor } satisfies PresenterMessage);
  };
  return {
    sendScenario(file, cursor) {
      // The scenario the others told us of: only where we stand in it may be news.
      if (file === followedFile) return sendCursor(cursor);
      followedFile = undefined;
      followed = undefined; // our own move: the cursor it carries is news too
      channel.postMessage({ kind: 'scenario', scenario, file, cursor } satisfies PresenterMessage);
    },
    sendCursor,
    sendBlank(blank) {
      channel.postMessage({ kind: 'blank', scenario, blank } satisfies PresenterMessage);
    },
    close() {
      channel.removeEventListener('message', listener);
      channel.close();
    },
  };
}

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type ChannelLike, joinPresentation, type PresenterLink, readMessage } from './presenterChannel';

/** Channels that deliver to every other member, synchronously, as BroadcastChannel does across windows. */
function network() {
  const members = new Set<{ listeners: Set<(event: MessageEvent) => void> }>();
  return () => {
    const self = { listeners: new Set<(event: MessageEvent) => void>() };
    members.add(self);
    const channel: ChannelLike = {
      postMessage(data) {
        for (const other of members) {
          if (other === self) continue;
          for (const listener of other.listeners) listener({ data } as MessageEvent);
        }
      },
      addEventListener: (_type, listener) => self.listeners.add(listener),
      removeEventListener: (_type, listener) => self.listeners.delete(listener),
      close: () => members.delete(self),
    };
    return channel;
  };
}

/** A window: its scenario (as file text), cursor and blank state, following the others through the link. */
function presentationWindow(channel: ChannelLike, scenario: string, cursor = -1, file = 'A') {
  const state = { file, cursor, blank: false };
  // `let`: the fake delivers synchronously, so the answer to our hello arrives before joinPresentation returns.
  let link: PresenterLink | undefined;
  link = joinPresentation(channel, scenario, {
    onScenario: (f, c) => {
      const changed = f !== state.file;
      state.file = f;
      state.cursor = c;
      // What the store subscription does when the scenario, or only the cursor, changes.
      if (changed) link?.sendScenario(f, c);
      else link?.sendCursor(c);
    },
    onCursor: (c) => {
      state.cursor = c;
      link?.sendCursor(c);
    },
    onBlank: (b) => {
      state.blank = b;
    },
    current: () => state,
  });
  return {
    state,
    step(to: number) {
      state.cursor = to;
      link?.sendCursor(to);
    },
    open(f: string, to: number) {
      state.file = f;
      state.cursor = to;
      link?.sendScenario(f, to);
    },
    blank(b: boolean) {
      state.blank = b;
      link?.sendBlank(b);
    },
  };
}

describe('presenter channel', () => {
  it('keeps two windows on the same step, whichever one steps', () => {
    const join = network();
    const projected = presentationWindow(join(), 's1', 3);
    const presenter = presentationWindow(join(), 's1');
    // The presenter window asked on opening and took the projected window's step.
    expect(presenter.state.cursor).toBe(3);
    presenter.step(4);
    expect(projected.state.cursor).toBe(4);
    projected.step(2);
    expect(presenter.state.cursor).toBe(2);
    projected.blank(true);
    expect(presenter.state.blank).toBe(true);
  });

  it('brings a presenter window that opened on another scenario to the projected one, and follows a new one', () => {
    const join = network();
    const projected = presentationWindow(join(), 's1', 2, 'lesson');
    // Opened while the projected window was still loading its lesson: an empty scenario.
    const presenter = presentationWindow(join(), 's1', -1, 'empty');
    expect(presenter.state).toMatchObject({ file: 'lesson', cursor: 2 });
    projected.open('another lesson', 0);
    expect(presenter.state).toMatchObject({ file: 'another lesson', cursor: 0 });
    presenter.step(1);
    expect(projected.state).toMatchObject({ file: 'another lesson', cursor: 1 });
  });

  it('ignores windows showing another scenario, and anything not ours', () => {
    const join = network();
    const a = presentationWindow(join(), 's1', 1);
    const b = presentationWindow(join(), 's2', 7);
    a.step(5);
    expect(b.state.cursor).toBe(7);
    for (const junk of [
      null,
      1,
      'x',
      { kind: 'cursor', scenario: 's1', cursor: 1.5 },
      { kind: 'blank' },
      { kind: 'scenario', scenario: 's1', file: 7, cursor: 0 },
      { kind: 'scenario', scenario: 's1', file: 'x'.repeat(20_000_000), cursor: 0 },
    ]) {
      expect(readMessage(junk, 's1')).toBeUndefined();
    }
  });

  it('ends on the same scenario and step after any interleaving of steps and scenarios in either window, with no echo storm', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.boolean(), fc.integer({ min: -1, max: 30 })), { maxLength: 40 }),
        (moves) => {
          const join = network();
          const a = presentationWindow(join(), 's', 0);
          const b = presentationWindow(join(), 's');
          for (const [inA, to] of moves) {
            if (to % 7 === 0) (inA ? a : b).open(`scenario ${to}`, to);
            else (inA ? a : b).step(to);
          }
          expect(a.state).toEqual(b.state);
        },
      ),
    );
  });
});

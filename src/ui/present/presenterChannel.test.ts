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

/** A window: its cursor and blank state, following the others through the link. */
function presentationWindow(channel: ChannelLike, scenario: string, cursor = -1) {
  const state = { cursor, blank: false };
  // `let`: the fake delivers synchronously, so the answer to our hello arrives before joinPresentation returns.
  let link: PresenterLink | undefined;
  link = joinPresentation(channel, scenario, {
    onCursor: (c) => {
      state.cursor = c;
      link?.sendCursor(c); // what the store subscription does when the cursor moves
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

  it('ignores windows showing another scenario, and anything not ours', () => {
    const join = network();
    const a = presentationWindow(join(), 's1', 1);
    const b = presentationWindow(join(), 's2', 7);
    a.step(5);
    expect(b.state.cursor).toBe(7);
    for (const junk of [null, 1, 'x', { kind: 'cursor', scenario: 's1', cursor: 1.5 }, { kind: 'blank' }]) {
      expect(readMessage(junk, 's1')).toBeUndefined();
    }
  });

  it('ends on the same step after any interleaving of steps in either window, with no echo storm', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.boolean(), fc.integer({ min: -1, max: 30 })), { maxLength: 40 }),
        (moves) => {
          const join = network();
          const a = presentationWindow(join(), 's', 0);
          const b = presentationWindow(join(), 's');
          for (const [inA, to] of moves) (inA ? a : b).step(to);
          expect(a.state.cursor).toBe(b.state.cursor);
        },
      ),
    );
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { HISTORY_LIMIT, remember, startWalk, step } from './history';

describe('remember', () => {
  it('skips blank lines and an immediate repeat, like bash with ignoredups', () => {
    let h = remember([], 'aws kms list-keys');
    h = remember(h, 'aws kms list-keys');
    h = remember(h, '   ');
    h = remember(h, 'ls');
    h = remember(h, 'aws kms list-keys');
    expect(h).toEqual(['aws kms list-keys', 'ls', 'aws kms list-keys']);
  });

  it(`keeps the newest ${HISTORY_LIMIT} lines`, () => {
    let h: string[] = [];
    for (let i = 0; i < HISTORY_LIMIT + 5; i++) h = remember(h, `echo ${i}`);
    expect(h).toHaveLength(HISTORY_LIMIT);
    expect(h[0]).toBe('echo 5');
  });
});

describe('↑ and ↓', () => {
  const history = ['one', 'two', 'three'];

  it('walks back, then forward to the draft that was being typed', () => {
    let walk = startWalk(history);
    const up1 = step(history, walk, -1, 'dra');
    expect(up1?.text).toBe('three');
    walk = up1?.walk ?? walk;
    const up2 = step(history, walk, -1, 'three');
    expect(up2?.text).toBe('two');
    walk = up2?.walk ?? walk;
    const down1 = step(history, walk, 1, 'two');
    expect(down1?.text).toBe('three');
    walk = down1?.walk ?? walk;
    const down2 = step(history, walk, 1, 'three');
    expect(down2?.text).toBe('dra');
    walk = down2?.walk ?? walk;
    expect(step(history, walk, 1, 'dra')).toBeUndefined();
  });

  it('stops at the oldest line', () => {
    let walk = startWalk(history);
    for (let i = 0; i < 3; i++) walk = step(history, walk, -1, '')?.walk ?? walk;
    expect(walk.index).toBe(0);
    expect(step(history, walk, -1, 'one')).toBeUndefined();
  });

  it('always stays within the history and comes back to the draft (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.string(), { maxLength: 8 }),
        fc.array(fc.constantFrom(-1 as const, 1 as const), { maxLength: 30 }),
        fc.string(),
        (lines, moves, draft) => {
          let walk = startWalk(lines);
          let text = draft;
          for (const move of moves) {
            const next = step(lines, walk, move, text);
            if (!next) continue;
            walk = next.walk;
            text = next.text;
            expect(walk.index).toBeGreaterThanOrEqual(0);
            expect(walk.index).toBeLessThanOrEqual(lines.length);
          }
          while (walk.index < lines.length) {
            const next = step(lines, walk, 1, text);
            if (!next) break;
            walk = next.walk;
            text = next.text;
          }
          expect(text).toBe(draft);
        },
      ),
    );
  });
});

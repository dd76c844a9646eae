import { describe, expect, it } from 'vitest';
import type { StepView } from '../../scenario/replay';
import type { Step } from '../../scenario/steps/index';
import { emptyOutcomes, rememberOutcome } from './outcomes';

const note = (id: string): Step => ({ id, kind: 'note', text: id }) as Step;
const viewOf = (steps: readonly Step[], index: number, ok: boolean): StepView =>
  ({
    index,
    step: steps[index],
    result: ok
      ? { kind: 'note', ok: true, detail: {} }
      : { kind: 'note', ok: false, error: {}, detail: undefined },
  }) as unknown as StepView;

describe('rememberOutcome', () => {
  const steps = [note('a'), note('b'), note('c')];

  it('remembers the failed steps the cursor has visited, and forgets a step that now succeeds', () => {
    let memo = rememberOutcome(emptyOutcomes, steps, viewOf(steps, 1, false));
    memo = rememberOutcome(memo, steps, viewOf(steps, 2, false));
    expect([...memo.failed]).toEqual(['b', 'c']);
    memo = rememberOutcome(memo, steps, viewOf(steps, 2, true));
    expect([...memo.failed]).toEqual(['b']);
  });

  it('keeps what it knows when steps are appended, and forgets it when a seen step changes', () => {
    const memo = rememberOutcome(emptyOutcomes, steps, viewOf(steps, 1, false));
    const appended = [...steps, note('d')];
    expect([...rememberOutcome(memo, appended, undefined).failed]).toEqual(['b']);
    const edited = [steps[0] as Step, note('b2'), steps[2] as Step];
    expect(rememberOutcome(memo, edited, undefined).failed.size).toBe(0);
    expect(rememberOutcome(memo, steps.slice(0, 1), undefined).failed.size).toBe(0);
  });

  it('ignores a view of another scenario, and returns the same memo when nothing changed', () => {
    const memo = rememberOutcome(emptyOutcomes, steps, viewOf(steps, 0, false));
    const other = [note('x'), note('y')];
    expect(rememberOutcome(memo, steps, viewOf(other, 1, false))).toBe(memo);
    expect(rememberOutcome(memo, steps, viewOf(steps, 0, false))).toBe(memo);
  });
});

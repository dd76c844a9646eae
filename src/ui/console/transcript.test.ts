import { describe, expect, it } from 'vitest';
import type { Step } from '../../scenario/steps/index';
import { type ConsoleEntry, consoleView, fingerprint, markOf } from './transcript';

const call = (id: string, op: 'CreateKey' | 'ListKeys' = 'CreateKey'): Step => ({
  id,
  kind: 'kms.call',
  op,
  request: {},
});
const note = (id: string): Step => ({ id, kind: 'note', text: 'a note' }) as Step;

const entry = (n: number, steps: Step[], after: Step | null): ConsoleEntry => ({
  n,
  line: `line ${n}`,
  stdout: '',
  stderr: '',
  exitCode: 0,
  steps: steps.map(markOf),
  after: after && markOf(after),
});

describe('fingerprint', () => {
  it('ignores key order (a link or autosave round trip may reorder a step)', () => {
    const a = {
      id: 's1',
      kind: 'kms.call',
      op: 'Encrypt',
      request: { KeyId: 'k', Plaintext: 'aGk=' },
    } as Step;
    const b = {
      request: { Plaintext: 'aGk=', KeyId: 'k' },
      op: 'Encrypt',
      kind: 'kms.call',
      id: 's1',
    } as Step;
    expect(fingerprint(a)).toBe(fingerprint(b));
    expect(fingerprint(a)).not.toBe(
      fingerprint({ ...a, request: { KeyId: 'k2', Plaintext: 'aGk=' } } as Step),
    );
  });
});

describe('consoleView', () => {
  const s1 = call('s1');
  const s2 = note('s2');
  const s3 = call('s3', 'ListKeys');
  const steps = [s1, s2, s3];

  it('places typed commands and calls made elsewhere in scenario order', () => {
    const entries = [entry(1, [s1], s1), entry(2, [], s2)];
    const view = consoleView(entries, steps, 2);
    expect(view.rows.map((r) => (r.kind === 'entry' ? `e${r.entry.n}` : r.step.id))).toEqual([
      'e1',
      'e2',
      's3',
    ]);
    expect(view.rows.at(-1)).toMatchObject({ kind: 'step', current: true });
    expect(view.hiddenLater).toBe(0);
  });

  it('leaves out entries whose steps are not in this scenario (another link reusing the ids)', () => {
    const other = { ...s1, request: { Description: 'other scenario' } } as Step;
    const view = consoleView([entry(1, [other], other)], steps, 2);
    expect(view.rows.map((r) => r.kind)).toEqual(['step', 'step']);
  });

  it('counts what lies past the cursor', () => {
    const view = consoleView([entry(1, [s1], s1)], steps, -1);
    expect(view.rows).toEqual([]);
    expect(view.hiddenLater).toBe(2);
  });

  it('hides calls made elsewhere up to the clear mark', () => {
    expect(consoleView([], steps, 2, { after: markOf(s1) }).rows.map((r) => r.kind)).toEqual(['step']);
    expect(consoleView([], steps, 2, { after: null }).rows).toHaveLength(2);
  });
});

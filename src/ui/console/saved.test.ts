import { describe, expect, it } from 'vitest';
import { emptyConsole, parseSavedConsole, SAVED_OUTPUT_LIMIT, serializeConsole } from './saved';
import type { ConsoleEntry } from './transcript';

const entry = (n: number, extra: Partial<ConsoleEntry> = {}): ConsoleEntry => ({
  n,
  line: `echo ${n}`,
  stdout: `${n}\n`,
  stderr: '',
  exitCode: 0,
  steps: [],
  after: null,
  ...extra,
});

describe('the saved console', () => {
  it('round-trips', () => {
    const saved = {
      entries: [
        entry(1, {
          steps: [{ id: 's1', fingerprint: 'abcd0123' }],
          after: { id: 's1', fingerprint: 'abcd0123' },
        }),
      ],
      history: ['echo 1'],
      variables: { KEY_ID: 'k' },
      cleared: { after: null },
    };
    expect(parseSavedConsole(serializeConsole(saved))).toEqual(saved);
  });

  it('falls back to empty for anything unreadable, never throwing', () => {
    for (const text of [null, '', '{', '[]', 'null', '"x"', '{"entries":5}']) {
      expect(parseSavedConsole(text)).toEqual(emptyConsole());
    }
  });

  it('drops bad items one by one and keeps the good ones', () => {
    const parsed = parseSavedConsole(
      JSON.stringify({
        entries: [entry(1), { n: 'two' }, entry(3, { steps: [{ id: 5 }] as never }), entry(4)],
        history: ['ok', 7, null],
        variables: { GOOD: 'v', 'bad name': 'v', NUM: 3 },
        cleared: { after: 'nope' },
      }),
    );
    expect(parsed.entries.map((e) => e.n)).toEqual([1, 4]);
    expect(parsed.history).toEqual(['ok']);
    expect(parsed.variables).toEqual({ GOOD: 'v' });
    expect(parsed.cleared).toBeUndefined();
  });

  it('shortens a runaway output when saving, and says so', () => {
    const huge = 'x'.repeat(SAVED_OUTPUT_LIMIT + 1000);
    const back = parseSavedConsole(
      serializeConsole({ ...emptyConsole(), entries: [entry(1, { stdout: huge })] }),
    );
    expect(back.entries[0]?.stdout.length).toBeLessThan(huge.length);
    expect(back.entries[0]?.stdout).toMatch(/output shortened when saved\]\n$/);
  });
});

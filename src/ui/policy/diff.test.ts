import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalPolicy, diffStats, foldUnchanged, lineDiff, policyDiff } from './diff';

describe('policy diff', () => {
  it('shows an added statement as added lines only, whatever the original layout', () => {
    const before =
      '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"kms:Encrypt","Resource":"*"}]}';
    const after = JSON.stringify(
      {
        Version: '2012-10-17',
        Statement: [
          { Effect: 'Allow', Action: 'kms:Encrypt', Resource: '*' },
          { Effect: 'Allow', Action: 'kms:Decrypt', Resource: '*' },
        ],
      },
      null,
      2,
    );
    const lines = policyDiff(before, after);
    // Only the new statement: "},", "{", its three fields (the old closing "}" now closes the new one).
    expect(diffStats(lines)).toEqual({ added: 5, removed: 0 });
    expect(lines.filter((l) => l.kind === 'added').map((l) => l.text.trim())).toEqual([
      '},',
      '{',
      '"Effect": "Allow",',
      '"Action": "kms:Decrypt",',
      '"Resource": "*"',
    ]);
  });

  it('keeps text that is not JSON as it is', () => {
    expect(canonicalPolicy('{ broken')).toBe('{ broken');
  });

  it('rebuilds both sides (property)', () => {
    const line = fc.constantFrom('a', 'b', 'c', '{', '}', '"x": 1');
    fc.assert(
      fc.property(fc.array(line, { maxLength: 30 }), fc.array(line, { maxLength: 30 }), (a, b) => {
        const diff = lineDiff(a.join('\n'), b.join('\n'));
        const left = diff.filter((l) => l.kind !== 'added').map((l) => l.text);
        const right = diff.filter((l) => l.kind !== 'removed').map((l) => l.text);
        // An empty text has no lines.
        const lines = (x: string[]) => (x.join('\n') === '' ? [] : x);
        expect(left).toEqual(lines(a));
        expect(right).toEqual(lines(b));
      }),
    );
  });

  it('folds long unchanged runs, keeping three lines of context around each change', () => {
    const before = Array.from({ length: 20 }, (_, i) => `line ${i}`).join('\n');
    const after = before.replace('line 10', 'line ten');
    const items = foldUnchanged(lineDiff(before, after));
    expect(items.map((x) => (x.kind === 'fold' ? `…${x.count}` : x.line.text))).toEqual([
      '…7',
      'line 7',
      'line 8',
      'line 9',
      'line 10',
      'line ten',
      'line 11',
      'line 12',
      'line 13',
      '…6',
    ]);
    expect(foldUnchanged(lineDiff('a\nb', 'a\nb'))).toEqual([{ kind: 'fold', count: 2 }]);
  });
});

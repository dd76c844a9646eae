import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { getCloseMatches, similarity } from './difflib';
import { shellQuote, tokenize } from './tokenize';

const words = (line: string, vars?: Record<string, string>) => {
  const r = tokenize(line, vars);
  if (!r.ok) throw new Error(r.error);
  return r.tokens.map((t) => (t.kind === 'word' ? t.value : `<${t.value}>`));
};

describe('tokenize: POSIX shell quoting', () => {
  test('quotes, escapes, continuations, comments and operators', () => {
    expect(words(`aws kms encrypt \\\n  --plaintext 'a b' --x "c \\"d\\" \\$e" f\\ g # comment`)).toEqual([
      'aws',
      'kms',
      'encrypt',
      '--plaintext',
      'a b',
      '--x',
      'c "d" $e',
      'f g',
    ]);
    expect(words('aws kms x --output text | base64 --decode > out.bin')).toEqual([
      'aws',
      'kms',
      'x',
      '--output',
      'text',
      '<|>',
      'base64',
      '--decode',
      '<>>',
      'out.bin',
    ]);
    expect(words(`--encryption-context '{"k":"v"}'`)).toEqual(['--encryption-context', '{"k":"v"}']);
  });
  test('unterminated quotes fail like bash', () => {
    expect(tokenize("echo 'abc")).toEqual({
      ok: false,
      error: "unexpected EOF while looking for matching `''",
    });
  });
  test('variables expand outside single quotes and split when unquoted', () => {
    const vars = { A: 'x y', B: 'k' };
    expect(words(`echo $A "$A" '$A' \${B}z $UNSET`, vars)).toEqual(['echo', 'x', 'y', 'x y', '$A', 'kz']);
    expect(words('echo $A')).toEqual(['echo', '$A']);
  });
  test('shellQuote round-trips any string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (s) => {
        expect(words(`echo ${shellQuote(s)}`)).toEqual(['echo', s]);
      }),
    );
  });
});

// Expected values: Python 3.11 difflib.get_close_matches / SequenceMatcher(None, a, b).ratio().
describe('difflib port', () => {
  const commands = [
    'encrypt',
    'decrypt',
    're-encrypt',
    'describe-key',
    'list-keys',
    'list-aliases',
    'create-key',
    'generate-data-key',
    'generate-data-key-without-plaintext',
    'generate-random',
  ];
  const cases: [string, string[], string[], number][] = [
    ['encrpyt', ['encrypt'], ['encrypt', 'decrypt', 're-encrypt'], 0.125],
    ['decrypt-key', [], ['decrypt', 'describe-key', 'encrypt'], 0.5],
    ['list-key', ['list-keys'], ['list-keys', 'list-aliases'], 0.941176],
    [
      'genrate-data-key',
      ['generate-data-key'],
      ['generate-data-key', 'generate-data-key-without-plaintext', 'create-key'],
      0.4,
    ],
    ['describe', ['describe-key'], ['describe-key'], 0.235294],
    ['create-keys', ['create-key'], ['create-key', 'describe-key', 'list-keys'], 0.6],
    ['xyz', [], [], 0.166667],
  ];
  for (const [word, strict, loose, ratio] of cases) {
    test(word, () => {
      expect(getCloseMatches(word, commands, 3, 0.8)).toEqual(strict);
      expect(getCloseMatches(word, commands)).toEqual(loose);
      expect(similarity('list-keys', word)).toBeCloseTo(ratio, 6);
    });
  }
});

import { describe, expect, test } from 'vitest';
import { pyJsonLoads } from './pyjson';

// Expected messages: CPython 3.11 `json.loads(doc)` → str(JSONDecodeError) for each document.
const ERRORS: [string, string][] = [
  ['', 'Expecting value: line 1 column 1 (char 0)'],
  ['{', 'Expecting property name enclosed in double quotes: line 1 column 2 (char 1)'],
  ['{"a"', "Expecting ':' delimiter: line 1 column 5 (char 4)"],
  ['{"a":', 'Expecting value: line 1 column 6 (char 5)'],
  ['{"a":1', "Expecting ',' delimiter: line 1 column 7 (char 6)"],
  ['{"a":1,', 'Expecting property name enclosed in double quotes: line 1 column 8 (char 7)'],
  ['{"a" 1}', "Expecting ':' delimiter: line 1 column 6 (char 5)"],
  ["{'a':1}", 'Expecting property name enclosed in double quotes: line 1 column 2 (char 1)'],
  ['{"a":1}x', 'Extra data: line 1 column 8 (char 7)'],
  ['[1,2', "Expecting ',' delimiter: line 1 column 5 (char 4)"],
  ['[1 2]', "Expecting ',' delimiter: line 1 column 4 (char 3)"],
  ['"abc', 'Unterminated string starting at: line 1 column 1 (char 0)'],
  ['{"a":"\\q"}', 'Invalid \\escape: line 1 column 7 (char 6)'],
  ['{"a":"b\nc"}', 'Invalid control character at: line 1 column 8 (char 7)'],
  ['{\n"a":1,\n"b" 2}', "Expecting ':' delimiter: line 3 column 5 (char 13)"],
  ['tru', 'Expecting value: line 1 column 1 (char 0)'],
  ['{"a":1,}', 'Expecting property name enclosed in double quotes: line 1 column 8 (char 7)'],
];

describe('pyJsonLoads fails with CPython json messages', () => {
  for (const [doc, message] of ERRORS) {
    test(JSON.stringify(doc), () => expect(() => pyJsonLoads(doc)).toThrow(message));
  }
});

describe('pyJsonLoads values', () => {
  test('objects keep key order, nest, and accept the JSON escapes', () => {
    const v = pyJsonLoads(' {"b": [1, 2.5, -3e2, true, null], "a": {"x": "\\u00e9\\n"}} ');
    expect(v).toEqual({ b: [1, 2.5, -300, true, null], a: { x: 'é\n' } });
    expect(Object.keys(v as object)).toEqual(['b', 'a']);
  });
});

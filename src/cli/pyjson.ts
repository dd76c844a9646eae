/**
 * `json.loads` as the AWS CLI runs it (CPython Lib/json/decoder.py + scanner), so that a mistyped JSON
 * argument fails with the same words a learner would see from the real CLI, e.g.
 * `Expecting ',' delimiter: line 1 column 10 (char 9)`. Object key order is kept (the CLI loads with
 * `object_pairs_hook=OrderedDict`); later duplicate keys win, as in Python.
 */
import type { JsonValue } from './python';

export class PyJsonError extends Error {
  override readonly name = 'PyJsonError';
  constructor(msg: string, doc: string, pos: number) {
    const line = doc.slice(0, pos).split('\n').length;
    const lastNl = doc.lastIndexOf('\n', pos - 1);
    const column = pos - lastNl;
    super(`${msg}: line ${line} column ${column} (char ${pos})`);
  }
}

const WS = /[ \t\n\r]*/y;
const NUMBER = /(-?(?:0|[1-9]\d*))(\.\d+)?([eE][-+]?\d+)?/y;
const ESCAPES: Record<string, string> = {
  '"': '"',
  '\\': '\\',
  '/': '/',
  b: '\b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t',
};

export function pyJsonLoads(doc: string): JsonValue {
  let pos = 0;
  const skipWs = () => {
    WS.lastIndex = pos;
    WS.exec(doc);
    pos = WS.lastIndex;
  };
  const fail = (msg: string, at = pos): never => {
    throw new PyJsonError(msg, doc, at);
  };

  const parseString = (): string => {
    const start = pos - 1; // position of the opening quote
    let out = '';
    for (;;) {
      if (pos >= doc.length) fail('Unterminated string starting at', start);
      const ch = doc[pos] as string;
      if (ch === '"') {
        pos++;
        return out;
      }
      if (ch === '\\') {
        const esc = doc[pos + 1];
        if (esc === undefined) fail('Unterminated string starting at', start);
        if (esc === 'u') {
          const hex = doc.slice(pos + 2, pos + 6);
          if (!/^[0-9a-fA-F]{4}$/.test(hex)) fail('Invalid \\uXXXX escape', pos + 1);
          out += String.fromCharCode(Number.parseInt(hex, 16));
          pos += 6;
          continue;
        }
        const mapped = ESCAPES[esc as string];
        if (mapped === undefined) fail('Invalid \\escape', pos);
        out += mapped;
        pos += 2;
        continue;
      }
      if (ch < ' ') fail('Invalid control character at', pos);
      out += ch;
      pos++;
    }
  };

  const parseValue = (): JsonValue => {
    const ch = doc[pos];
    if (ch === '"') {
      pos++;
      return parseString();
    }
    if (ch === '{') {
      pos++;
      return parseObject();
    }
    if (ch === '[') {
      pos++;
      return parseArray();
    }
    for (const [word, value] of [
      ['null', null],
      ['true', true],
      ['false', false],
      ['NaN', Number.NaN],
      ['Infinity', Number.POSITIVE_INFINITY],
      ['-Infinity', Number.NEGATIVE_INFINITY],
    ] as const) {
      if (doc.startsWith(word, pos)) {
        pos += word.length;
        return value as JsonValue;
      }
    }
    NUMBER.lastIndex = pos;
    const m = NUMBER.exec(doc);
    if (m) {
      pos = NUMBER.lastIndex;
      return Number(m[0]);
    }
    return fail('Expecting value');
  };

  const parseObject = (): JsonValue => {
    const obj: Record<string, JsonValue> = {};
    skipWs();
    if (doc[pos] === '}') {
      pos++;
      return obj;
    }
    for (;;) {
      if (doc[pos] !== '"') fail('Expecting property name enclosed in double quotes');
      pos++;
      const key = parseString();
      skipWs();
      if (doc[pos] !== ':') fail("Expecting ':' delimiter");
      pos++;
      skipWs();
      if (pos >= doc.length) fail('Expecting value');
      // defineProperty: a key named __proto__ must stay a key, not replace the prototype.
      Object.defineProperty(obj, key, {
        value: parseValue(),
        enumerable: true,
        writable: true,
        configurable: true,
      });
      skipWs();
      if (doc[pos] === '}') {
        pos++;
        return obj;
      }
      if (doc[pos] !== ',') fail("Expecting ',' delimiter");
      pos++;
      skipWs();
    }
  };

  const parseArray = (): JsonValue => {
    const arr: JsonValue[] = [];
    skipWs();
    if (doc[pos] === ']') {
      pos++;
      return arr;
    }
    for (;;) {
      arr.push(parseValue());
      skipWs();
      if (doc[pos] === ']') {
        pos++;
        return arr;
      }
      if (doc[pos] !== ',') fail("Expecting ',' delimiter");
      pos++;
      skipWs();
    }
  };

  skipWs();
  const value = parseValue();
  skipWs();
  if (pos !== doc.length) fail('Extra data');
  return value;
}

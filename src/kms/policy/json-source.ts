// A small JSON parser (RFC 8259) that keeps source offsets, so the linter can point at a line and column.
// `JSON.parse` reports positions only inside engine-specific message text (Node 20 and Chromium differ),
// so positions are computed here instead of being read from error messages.

export type JsonNode =
  | { type: 'object'; start: number; end: number; entries: JsonEntry[] }
  | { type: 'array'; start: number; end: number; items: JsonNode[] }
  | { type: 'string'; start: number; end: number; value: string }
  | { type: 'number'; start: number; end: number; value: number }
  | { type: 'boolean'; start: number; end: number; value: boolean }
  | { type: 'null'; start: number; end: number; value: null };

export interface JsonEntry {
  key: string;
  keyStart: number;
  value: JsonNode;
}

export type JsonSyntaxCode =
  | 'unexpected-end'
  | 'unexpected-character'
  | 'unterminated-string'
  | 'control-character-in-string'
  | 'invalid-escape'
  | 'invalid-number'
  | 'trailing-comma'
  | 'expected-colon'
  | 'expected-property-name'
  | 'trailing-content'
  | 'nesting-too-deep';

export type JsonParseResult =
  | { ok: true; root: JsonNode; duplicateKeys: { key: string; offset: number; path: (string | number)[] }[] }
  | { ok: false; code: JsonSyntaxCode; offset: number };

const ESCAPES: Readonly<Record<string, string>> = {
  '"': '"',
  '\\': '\\',
  '/': '/',
  b: '\b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t',
};

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;

/** Deeper documents are refused instead of overflowing the call stack (no policy nests past a handful). */
const MAX_DEPTH = 256;

class SyntaxFailure {
  constructor(
    readonly code: JsonSyntaxCode,
    readonly offset: number,
  ) {}
}

export function parseJson(text: string): JsonParseResult {
  const duplicateKeys: { key: string; offset: number; path: (string | number)[] }[] = [];
  let i = 0;
  const fail = (code: JsonSyntaxCode, at = i): never => {
    throw new SyntaxFailure(code, at);
  };
  const ws = () => {
    for (
      let c = text.charCodeAt(i);
      c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;
      c = text.charCodeAt(i)
    )
      i++;
  };
  const expectChar = (ch: string, code: JsonSyntaxCode) => {
    ws();
    if (i >= text.length) fail('unexpected-end');
    if (text[i] !== ch) fail(code);
    i++;
  };

  const value = (path: (string | number)[]): JsonNode => {
    ws();
    if (path.length > MAX_DEPTH) fail('nesting-too-deep');
    if (i >= text.length) fail('unexpected-end');
    const start = i;
    const ch = text[i];
    if (ch === '{') return object(path);
    if (ch === '[') return array(path);
    if (ch === '"') return { type: 'string', start, value: string(), end: i };
    if (ch === '-' || (ch !== undefined && ch >= '0' && ch <= '9')) return number();
    for (const [word, v] of [
      ['true', true],
      ['false', false],
      ['null', null],
    ] as const) {
      if (text.startsWith(word, i)) {
        i += word.length;
        return v === null
          ? { type: 'null', start, end: i, value: null }
          : { type: 'boolean', start, end: i, value: v };
      }
    }
    return fail('unexpected-character');
  };

  const object = (path: (string | number)[]): JsonNode => {
    const start = i++;
    const entries: JsonEntry[] = [];
    const seen = new Set<string>();
    ws();
    if (text[i] === '}') return { type: 'object', start, end: ++i, entries };
    for (;;) {
      ws();
      if (i >= text.length) fail('unexpected-end');
      if (text[i] !== '"')
        fail(text[i] === '}' && entries.length > 0 ? 'trailing-comma' : 'expected-property-name');
      const keyStart = i;
      const key = string();
      if (seen.has(key)) duplicateKeys.push({ key, offset: keyStart, path: [...path, key] });
      seen.add(key);
      expectChar(':', 'expected-colon');
      entries.push({ key, keyStart, value: value([...path, key]) });
      ws();
      if (i >= text.length) fail('unexpected-end');
      if (text[i] === ',') {
        i++;
        continue;
      }
      if (text[i] === '}') return { type: 'object', start, end: ++i, entries };
      fail('unexpected-character');
    }
  };

  const array = (path: (string | number)[]): JsonNode => {
    const start = i++;
    const items: JsonNode[] = [];
    ws();
    if (text[i] === ']') return { type: 'array', start, end: ++i, items };
    for (;;) {
      ws();
      if (text[i] === ']' && items.length > 0) fail('trailing-comma');
      items.push(value([...path, items.length]));
      ws();
      if (i >= text.length) fail('unexpected-end');
      if (text[i] === ',') {
        i++;
        continue;
      }
      if (text[i] === ']') return { type: 'array', start, end: ++i, items };
      fail('unexpected-character');
    }
  };

  const string = (): string => {
    const open = i++;
    let out = '';
    let chunk = i;
    for (;;) {
      if (i >= text.length) fail('unterminated-string', open);
      const c = text.charCodeAt(i);
      if (c === 0x22) {
        out += text.slice(chunk, i++);
        return out;
      }
      if (c < 0x20) fail(c === 0x0a || c === 0x0d ? 'unterminated-string' : 'control-character-in-string');
      if (c !== 0x5c) {
        i++;
        continue;
      }
      out += text.slice(chunk, i);
      const esc = text[i + 1];
      const simple = esc === undefined ? undefined : ESCAPES[esc];
      if (simple !== undefined) {
        out += simple;
        i += 2;
      } else if (esc === 'u' && /^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) {
        out += String.fromCharCode(Number.parseInt(text.slice(i + 2, i + 6), 16));
        i += 6;
      } else {
        fail(esc === undefined ? 'unterminated-string' : 'invalid-escape', esc === undefined ? open : i);
      }
      chunk = i;
    }
  };

  const number = (): JsonNode => {
    const start = i;
    NUMBER.lastIndex = i;
    const m = NUMBER.exec(text);
    if (m === null) fail('invalid-number');
    i += (m as RegExpExecArray)[0].length;
    // "01", "1.", "1e" leave a digit or dot right behind a valid prefix.
    if (i < text.length && /[0-9.eE]/.test(text[i] as string)) fail('invalid-number', start);
    return { type: 'number', start, end: i, value: Number(text.slice(start, i)) };
  };

  try {
    const root = value([]);
    ws();
    if (i < text.length) fail('trailing-content');
    return { ok: true, root, duplicateKeys };
  } catch (e) {
    if (e instanceof SyntaxFailure) return { ok: false, code: e.code, offset: e.offset };
    throw e;
  }
}

/** 1-based line and column (UTF-16 code units) of an offset; CRLF, LF and CR all end a line. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let j = 0; j < offset && j < text.length; j++) {
    const ch = text[j];
    if (ch === '\n' || (ch === '\r' && text[j + 1] !== '\n')) {
      line++;
      lineStart = j + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

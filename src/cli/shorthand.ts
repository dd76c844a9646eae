/**
 * The AWS CLI's shorthand syntax (`--encryption-context Department=IT,Project=Alpha`,
 * `--tags TagKey=k,TagValue=v`, `--constraints EncryptionContextSubset={Dept=IT}`): a port of
 * awscli/shorthand.py `ShorthandParser` (same grammar, regexes and backtracking) and its
 * `BackCompatVisitor` (model-driven coercion: scalars to int/bool, a lone value to a one-item list).
 * The parser itself knows no model; error messages match the CLI's, caret line included.
 */
import { type Shape, shapeOf } from './model';
import { pyInt } from './python';
import type { VirtualFs } from './virtualFs';
import { loadParamFile } from './virtualFs';

export type ShorthandValue = string | Uint8Array | ShorthandValue[] | { [key: string]: ShorthandValue };

/** Adds a key even when it is named `__proto__` (plain assignment would replace the prototype). */
function setKey(obj: { [key: string]: ShorthandValue }, key: string, value: ShorthandValue): void {
  Object.defineProperty(obj, key, { value, enumerable: true, writable: true, configurable: true });
}

export class ShorthandParseError extends Error {
  override readonly name = 'ShorthandParseError';
}

function errorLocation(value: string, index: number): string {
  let consumed = value;
  let remaining = '';
  let numSpaces = index;
  if (value.slice(0, index).includes('\n')) {
    numSpaces = index - value.slice(0, index).lastIndexOf('\n') - 1;
  }
  if (value.slice(index).includes('\n')) {
    const nextNewline = index + value.slice(index).indexOf('\n');
    consumed = value.slice(0, nextNewline);
    remaining = value.slice(nextNewline);
  }
  return `${consumed}\n${' '.repeat(numSpaces)}^${remaining}`;
}

class SyntaxErr extends ShorthandParseError {
  constructor(value: string, expected: string, actual: string, index: number) {
    super(`Expected: '${expected}', received: '${actual}' for input:\n${errorLocation(value, index)}`);
  }
}

// Character classes transcribed from ShorthandParser._START_WORD / _FIRST_FOLLOW_CHARS /
// _SECOND_FOLLOW_CHARS (Python `re` ranges, code points up to U+FFFF).
const START_WORD = '!#-&(-+\\--<>-Z\\\\-z|-\\uffff';
const FIRST_FOLLOW = '\\s!#-&(-+\\--\\\\^-|~-\\uffff';
const SECOND_FOLLOW = '\\s!#-&(-+\\--<>-\\uffff';
const ESCAPED_COMMA = '(\\\\,)';
const FIRST_VALUE = new RegExp(`^(${ESCAPED_COMMA}|[${START_WORD}])(${ESCAPED_COMMA}|[${FIRST_FOLLOW}])*`);
const SECOND_VALUE = new RegExp(`^(${ESCAPED_COMMA}|[${START_WORD}])(${ESCAPED_COMMA}|[${SECOND_FOLLOW}])*`);
const SINGLE_QUOTED = /^'(?:\\'|[^'])*'/;
const DOUBLE_QUOTED = /^"(?:\\"|[^"])*"/;
const KEY_CHARS = /[A-Za-z0-9\-_.#/:]/;
const WHITESPACE = ' \t\n\r\x0b\x0c';

export class ShorthandParser {
  #input = '';
  #index = 0;
  #resolveFiles = false;

  constructor(private readonly fs?: VirtualFs) {}

  parse(value: string): { [key: string]: ShorthandValue } {
    this.#input = value;
    this.#index = 0;
    this.#resolveFiles = false;
    return this.#parameter();
  }

  #parameter(): { [key: string]: ShorthandValue } {
    const params: { [key: string]: ShorthandValue } = {};
    const [key, val] = this.#keyval();
    setKey(params, key, val);
    let lastIndex = this.#index;
    while (this.#index < this.#input.length) {
      this.#expect(',', true);
      const [k, v] = this.#keyval();
      if (Object.hasOwn(params, k)) {
        throw new ShorthandParseError(
          `Second instance of key "${k}" encountered for input:\n${errorLocation(this.#input, lastIndex + 1)}\n` +
            'This is often because there is a preceding "," instead of a space.',
        );
      }
      setKey(params, k, v);
      lastIndex = this.#index;
    }
    return params;
  }

  #keyval(): [string, ShorthandValue] {
    const key = this.#key();
    this.#resolveFiles = this.#tryExpect('@');
    this.#expect('=', true);
    return [key, this.#values()];
  }

  #tryExpect(char: string): boolean {
    const saved = this.#index;
    try {
      this.#expect(char, true);
      return true;
    } catch (e) {
      if (!(e instanceof SyntaxErr)) throw e;
      this.#index = saved;
      return false;
    }
  }

  #key(): string {
    const start = this.#index;
    while (!this.#atEof() && KEY_CHARS.test(this.#current())) this.#index++;
    return this.#input.slice(start, this.#index);
  }

  #values(): ShorthandValue {
    if (this.#atEof()) return '';
    if (this.#current() === '[') return this.#explicitList();
    if (this.#current() === '{') return this.#hashLiteral();
    return this.#csvValue();
  }

  #csvValue(): ShorthandValue {
    const first = this.#firstValue();
    this.#consumeWhitespace();
    if (this.#atEof() || this.#input[this.#index] !== ',') return first;
    this.#expect(',', true);
    const csv: ShorthandValue[] = [first];
    for (;;) {
      try {
        const current = this.#secondValue();
        this.#consumeWhitespace();
        if (this.#atEof()) {
          csv.push(current);
          break;
        }
        this.#expect(',', true);
        csv.push(current);
      } catch (e) {
        if (!(e instanceof SyntaxErr) || this.#atEof()) throw e;
        // foo=a,b,c=d: "c" turned out to be the next key; back up to the comma before it.
        this.#backtrackTo(',');
        break;
      }
    }
    return csv.length === 1 ? first : csv;
  }

  #value(): ShorthandValue {
    const m = FIRST_VALUE.exec(this.#input.slice(this.#index));
    if (!m) return '';
    this.#index += m[0].length;
    return this.#maybeFile(m[0].replaceAll('\\,', ',').trimEnd());
  }

  #explicitList(): ShorthandValue[] {
    this.#expect('[', true);
    const values: ShorthandValue[] = [];
    while (this.#current() !== ']') {
      values.push(this.#explicitValues());
      this.#consumeWhitespace();
      if (this.#current() !== ']') {
        this.#expect(',');
        this.#consumeWhitespace();
      }
    }
    this.#expect(']');
    return values;
  }

  #explicitValues(): ShorthandValue {
    if (this.#current() === '[') return this.#explicitList();
    if (this.#current() === '{') return this.#hashLiteral();
    return this.#firstValue();
  }

  #hashLiteral(): { [key: string]: ShorthandValue } {
    this.#expect('{', true);
    const keyvals: { [key: string]: ShorthandValue } = {};
    while (this.#current() !== '}') {
      const key = this.#key();
      this.#resolveFiles = this.#tryExpect('@');
      this.#expect('=', true);
      const v = this.#explicitValues();
      this.#consumeWhitespace();
      if (this.#current() !== '}') {
        this.#expect(',');
        this.#consumeWhitespace();
      }
      setKey(keyvals, key, v);
    }
    this.#expect('}');
    return keyvals;
  }

  #firstValue(): ShorthandValue {
    if (this.#current() === "'") return this.#quoted(SINGLE_QUOTED, "'");
    if (this.#current() === '"') return this.#quoted(DOUBLE_QUOTED, '"');
    return this.#value();
  }

  #secondValue(): ShorthandValue {
    if (this.#current() === "'") return this.#quoted(SINGLE_QUOTED, "'");
    if (this.#current() === '"') return this.#quoted(DOUBLE_QUOTED, '"');
    const consumed = this.#mustConsume(SECOND_VALUE, 'second');
    return this.#maybeFile(consumed.replaceAll('\\,', ',').trimEnd());
  }

  #quoted(regex: RegExp, quote: string): ShorthandValue {
    const raw = this.#mustConsume(regex, quote === "'" ? 'singled quoted' : 'double quoted').slice(1, -1);
    return this.#maybeFile(raw.replaceAll(`\\${quote}`, quote).replaceAll('\\\\', '\\'));
  }

  /** `key@=file://path` loads the value from a file (awscli ≥ 2.x shorthand paramfile support). */
  #maybeFile(value: string): ShorthandValue {
    if (!this.#resolveFiles) return value;
    const loaded = loadParamFile(this.fs, value);
    if (!loaded.ok) throw new ShorthandParseError(loaded.message);
    return loaded.value ?? value;
  }

  #expect(char: string, consumeWhitespace = false): void {
    if (consumeWhitespace) this.#consumeWhitespace();
    if (this.#index >= this.#input.length) throw new SyntaxErr(this.#input, char, 'EOF', this.#index);
    const actual = this.#input[this.#index] as string;
    if (actual !== char) throw new SyntaxErr(this.#input, char, actual, this.#index);
    this.#index++;
    if (consumeWhitespace) this.#consumeWhitespace();
  }

  #mustConsume(regex: RegExp, name: string): string {
    const m = regex.exec(this.#input.slice(this.#index));
    if (!m) throw new SyntaxErr(this.#input, `<${name}>`, '<none>', this.#index);
    this.#index += m[0].length;
    return m[0];
  }

  #current(): string {
    return this.#input[this.#index] ?? '';
  }

  #atEof(): boolean {
    return this.#index >= this.#input.length;
  }

  #backtrackTo(char: string): void {
    while (this.#index >= 0 && this.#input[this.#index] !== char) this.#index--;
  }

  #consumeWhitespace(): void {
    while (!this.#atEof() && WHITESPACE.includes(this.#current())) this.#index++;
  }
}

/**
 * shorthand.BackCompatVisitor: walks the parsed value with the argument's shape, turning "5" into 5
 * for integers, "true"/"false" into booleans, and a lone `k=v` value into `[v]` where a list is expected.
 * Mutates and returns `value`.
 */
export function coerceShorthand(value: unknown, shape: Shape): unknown {
  const holder: Record<string, unknown> = { v: value };
  visit(holder, 'v', shape);
  return value;
}

function visit(parent: Record<string, unknown> | unknown[], name: string | number, shape: Shape): void {
  const value = (parent as Record<string | number, unknown>)[name];
  const set = (v: unknown) => {
    (parent as Record<string | number, unknown>)[name] = v;
  };
  switch (shape.type) {
    case 'structure': {
      if (!isDict(value)) return;
      for (const [member, ref] of Object.entries(shape.members ?? {})) {
        if (Object.hasOwn(value, member)) visit(value, member, shapeOf(ref.shape));
      }
      return;
    }
    case 'list': {
      if (!Array.isArray(value)) {
        if (value !== undefined && value !== null) set([value]);
        return;
      }
      const member = shapeOf((shape.member as { shape: string }).shape);
      for (let i = 0; i < value.length; i++) visit(value, i, member);
      return;
    }
    case 'map': {
      if (!isDict(value)) return;
      const valueShape = shapeOf((shape.value as { shape: string }).shape);
      for (const k of Object.keys(value)) visit(value, k, valueShape);
      return;
    }
    case 'integer':
    case 'long':
      if (typeof value === 'string') set(pyInt(value));
      return;
    case 'double':
    case 'float':
      if (typeof value === 'string') set(Number(value));
      return;
    case 'boolean':
      if (typeof value === 'string' && value.toLowerCase() === 'true') set(true);
      else if (typeof value === 'string' && value.toLowerCase() === 'false') set(false);
      return;
    default:
      return;
  }
}

function isDict(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Uint8Array);
}

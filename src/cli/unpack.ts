/**
 * Turning one argument's command-line text into a request value, in the CLI's order:
 * 1. `file://` / `fileb://` are replaced by the file's text or bytes (awscli/paramfile.py);
 * 2. structures, maps and lists of them are read as shorthand unless they look like JSON
 *    (awscli/argprocess.py `ParamShorthandParser`);
 * 3. everything else goes through `unpack_cli_arg`: JSON for complex shapes, `int()` for integers,
 *    text for strings and blobs (blobs are base64-decoded later, for the whole request at once).
 */
import type { CliArgument } from './arguments';
import { CliFailureError, generalFailure, parameterParsingFailure } from './failure';
import { type Shape, shapeOf } from './model';
import { PyJsonError, pyJsonLoads } from './pyjson';
import { PyValueError, pyInt, pyStr } from './python';
import { coerceShorthand, ShorthandParseError, ShorthandParser } from './shorthand';
import { loadParamFile, type VirtualFs } from './virtualFs';

export type RawValue = string | string[] | boolean;

const COMPLEX = new Set(['structure', 'list', 'map']);

/** awscli/argprocess.py `_supports_shorthand_syntax`. */
function supportsShorthand(shape: Shape): boolean {
  if (shape.document || !COMPLEX.has(shape.type)) return false;
  if (shape.type === 'list') return COMPLEX.has(shapeOf((shape.member as { shape: string }).shape).type);
  return true;
}

const textOf = (v: string | Uint8Array): string => (typeof v === 'string' ? v : new TextDecoder().decode(v));

export function unpackArgument(arg: CliArgument, raw: RawValue, fs: VirtualFs | undefined): unknown {
  if (typeof raw === 'boolean') return raw;
  const fail = (message: string): never => {
    throw new CliFailureError(parameterParsingFailure(arg.cliName, message));
  };

  // 1. Parameter files. A list argument given a single file:// value is replaced by the file's contents.
  let value: string | Uint8Array | (string | Uint8Array)[] = raw;
  const single = Array.isArray(raw) ? (raw.length === 1 ? raw[0] : undefined) : raw;
  if (single !== undefined) {
    const loaded = loadParamFile(fs, single);
    if (!loaded.ok) fail(loaded.message);
    else if (loaded.value !== undefined) value = loaded.value;
  }

  try {
    // 2. Shorthand.
    const check = Array.isArray(value) ? value[0] : value;
    const looksLikeJson = typeof check === 'string' && /^\s*[[{]/.test(check);
    if (!looksLikeJson && supportsShorthand(arg.shape)) {
      const parser = new ShorthandParser(fs);
      try {
        const parsed = Array.isArray(value)
          ? value.map((v) => parser.parse(textOf(v)))
          : parser.parse(textOf(value));
        return coerceShorthand(parsed, arg.shape);
      } catch (e) {
        if (e instanceof ShorthandParseError) fail(e.message);
        throw e;
      }
    }
    // 3. unpack_cli_arg.
    return unpackCliArg(arg.shape, value, fail);
  } catch (e) {
    if (e instanceof PyValueError) throw new CliFailureError(generalFailure(e.message));
    throw e;
  }
}

function loadJson(text: string, fail: (m: string) => never): unknown {
  try {
    return pyJsonLoads(text);
  } catch (e) {
    if (e instanceof PyJsonError) return fail(`Invalid JSON: ${e.message}\nJSON received: ${text}`);
    throw e;
  }
}

function unpackCliArg(shape: Shape, value: unknown, fail: (m: string) => never): unknown {
  switch (shape.type) {
    case 'structure':
    case 'map': {
      const text =
        typeof value === 'string' ? value : value instanceof Uint8Array ? textOf(value) : pyStr(value);
      if (text.trimStart().startsWith('{')) return loadJson(text, fail);
      return fail(`Invalid JSON:\n${text}`);
    }
    case 'list': {
      if (typeof value === 'string' && value.trimStart().startsWith('[')) return loadJson(value, fail);
      if (Array.isArray(value) && value.length === 1 && typeof value[0] === 'string') {
        if (value[0].trim().startsWith('[')) return loadJson(value[0], fail);
      }
      const member = shapeOf((shape.member as { shape: string }).shape);
      // Like Python, a plain string here is iterated character by character.
      const items = typeof value === 'string' ? [...value] : (value as unknown[]);
      return items.map((v) => unpackCliArg(member, v, fail));
    }
    case 'integer':
    case 'long':
      return typeof value === 'string' ? pyInt(value) : value;
    case 'double':
    case 'float':
      return typeof value === 'string' ? Number(value) : value;
    default:
      return value;
  }
}

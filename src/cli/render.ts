/**
 * The reverse direction: a KMS request the app made (wire shape, blobs in base64) → the `aws kms`
 * command line a learner can paste into a real shell with AWS CLI v2. Arguments follow the model's
 * member order; maps and lists of structures use shorthand when every key and value is plainly
 * representable and JSON otherwise; blobs become `fileb://` files (returned alongside the line) or
 * stay base64 (CLI v2's default `--cli-binary-format base64`). Every word is shell-quoted, so
 * `parseCommandLine(render(x))` yields `x` again (tested as a property).
 */
import { decodeBase64Lenient } from './base64';
import { inputShape, type OperationName, type Shape, shapeOf, xformName } from './model';
import type { OutputFormat } from './parse';
import { shellQuote } from './tokenize';

export interface RenderOptions {
  /** `fileb` (default): blobs are written to files named in `files`; `base64`: inline base64 text. */
  blobs?: 'fileb' | 'base64';
  /** File name per top-level blob member, e.g. `{ Plaintext: 'secret.txt' }`. Default: `<member>.bin`. */
  blobFileNames?: Partial<Record<string, string>>;
  region?: string;
  profile?: string;
  output?: OutputFormat;
  query?: string;
  /** One argument per line with `\` continuations, as in the AWS documentation. */
  multiline?: boolean;
}

export interface RenderedCommand {
  line: string;
  /** Files the line reads with `fileb://` (name → bytes). */
  files: Record<string, Uint8Array>;
}

// What the shorthand parser reads back unchanged: keys use ShorthandParser._key's characters; values
// avoid the characters that end or re-interpret a shorthand value.
const SHORTHAND_KEY = /^[A-Za-z0-9\-_.#/:]+$/;
const SHORTHAND_VALUE = /^[A-Za-z0-9_.:/@+*!#$%&()<>?^|~-]+$/;
const PARAMFILE = /^fileb?:\/\//;

const isPlainString = (v: unknown): v is string =>
  typeof v === 'string' && SHORTHAND_VALUE.test(v) && !PARAMFILE.test(v) && !/^[-[{]/.test(v);

function shorthandMap(value: Record<string, unknown>): string | undefined {
  const entries = Object.entries(value);
  if (entries.length === 0) return undefined;
  if (!entries.every(([k, v]) => SHORTHAND_KEY.test(k) && isPlainString(v))) return undefined;
  return entries.map(([k, v]) => `${k}=${v}`).join(',');
}

/** A structure of scalar strings only (e.g. a Tag) in shorthand, else undefined. */
function shorthandStructure(value: Record<string, unknown>, shape: Shape): string | undefined {
  const members = shape.members ?? {};
  const entries = Object.entries(value);
  if (entries.length === 0) return undefined;
  const simple = entries.every(
    ([k, v]) =>
      Object.hasOwn(members, k) &&
      shapeOf((members[k] as { shape: string }).shape).type === 'string' &&
      isPlainString(v),
  );
  return simple ? entries.map(([k, v]) => `${k}=${v}`).join(',') : undefined;
}

function renderValue(
  member: string,
  value: unknown,
  shape: Shape,
  options: RenderOptions,
  files: Record<string, Uint8Array>,
): string[] {
  switch (shape.type) {
    case 'boolean':
      return [];
    case 'blob': {
      if (options.blobs === 'base64') return [String(value)];
      const name = options.blobFileNames?.[member] ?? `${xformName(member)}.bin`;
      files[name] = decodeBase64Lenient(String(value));
      return [`fileb://${name}`];
    }
    case 'map': {
      const short = shorthandMap(value as Record<string, unknown>);
      return [short ?? JSON.stringify(value)];
    }
    case 'structure':
      return [JSON.stringify(value)];
    case 'list': {
      const items = value as unknown[];
      const memberShape = shapeOf((shape.member as { shape: string }).shape);
      if (memberShape.type === 'structure') {
        const short = items.map((item) => shorthandStructure(item as Record<string, unknown>, memberShape));
        return short.length > 0 && short.every((s) => s !== undefined)
          ? (short as string[])
          : [JSON.stringify(items)];
      }
      if (memberShape.type === 'string' && items.every(isPlainString)) return items as string[];
      return [JSON.stringify(items)];
    }
    default:
      return [String(value)];
  }
}

export function renderCommand(
  operation: OperationName,
  request: Record<string, unknown>,
  options: RenderOptions = {},
): RenderedCommand {
  const shape = inputShape(operation);
  const files: Record<string, Uint8Array> = {};
  const args: string[] = [];
  for (const [member, ref] of Object.entries(shape.members ?? {})) {
    if (!Object.hasOwn(request, member) || request[member] === undefined) continue;
    const memberShape = shapeOf(ref.shape);
    const flag = `--${xformName(member)}`;
    const value = request[member];
    if (memberShape.type === 'boolean') {
      args.push(value ? flag : `--no-${xformName(member)}`);
      continue;
    }
    const words = renderValue(member, value, memberShape, options, files);
    const single = words[0];
    // A value starting with "-" would be read as an option; argparse's `--flag=value` keeps it a value.
    if (memberShape.type !== 'list' && single !== undefined && single.startsWith('-')) {
      args.push(shellQuote(`${flag}=${single}`));
    } else {
      args.push([flag, ...words.map(shellQuote)].join(' '));
    }
  }
  for (const [flag, value] of [
    ['--region', options.region],
    ['--profile', options.profile],
    ['--output', options.output],
    ['--query', options.query],
  ] as const) {
    if (value !== undefined) args.push(`${flag} ${shellQuote(value)}`);
  }
  const head = `aws kms ${xformName(operation)}`;
  const line =
    options.multiline && args.length > 0 ? [head, ...args].join(' \\\n    ') : [head, ...args].join(' ');
  return { line, files };
}

/** The copyable CLI line for a request (see `renderCommand` for the files a `fileb://` line needs). */
export function toCommandLine(
  operation: OperationName,
  request: Record<string, unknown>,
  options?: RenderOptions,
): string {
  return renderCommand(operation, request, options).line;
}

/**
 * `parseCommandLine`: an `aws kms …` line → the KMS request it sends, or the exact error the AWS CLI v2
 * prints. Mirrors awscli/clidriver.py: global options and the service name are parsed first (anywhere
 * on the line), then the subcommand, then the subcommand's arguments; each argument is unpacked
 * (unpack.ts); blob arguments are base64-decoded per `--cli-binary-format` (awscli/customizations/
 * binaryformat.py); botocore validates the request (validate.ts); the request is then serialised in the
 * KMS JSON 1.1 wire shape (blobs as base64) for the engine's `handle('TrentService.<Operation>', …)`.
 */

import { toBase64, utf8Encode } from '../crypto/encoding';
import { type ArgValue, type OptionSpec, parseKnownArgs } from './argparse';
import { argumentTable, type PagingParameter } from './arguments';
import { Base64Error, decodeBase64Lenient } from './base64';
import {
  argParseFailure,
  type CliFailure,
  CliFailureError,
  generalFailure,
  paramFailure,
  unknownOptionsFailure,
} from './failure';
import {
  allCliCommandNames,
  inputShape,
  type OperationName,
  operationForCliName,
  type Shape,
  shapeOf,
} from './model';
import { checkQuery } from './query';
import { type ShellToken, tokenize } from './tokenize';
import { type RawValue, unpackArgument } from './unpack';
import { validateParameters } from './validate';
import type { VirtualFs } from './virtualFs';

export const OUTPUT_FORMATS = ['json', 'text', 'table', 'yaml', 'yaml-stream', 'off'] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];
export const BINARY_FORMATS = ['base64', 'raw-in-base64-out'] as const;
export type BinaryFormat = (typeof BINARY_FORMATS)[number];

/**
 * The CLI v2 global options (`aws help` → GLOBAL OPTIONS), parsed wherever they appear on the line. Exported so
 * completion and help offer exactly the options the parser accepts.
 */
export const GLOBAL_OPTIONS: readonly OptionSpec[] = [
  { flag: '--debug', dest: 'debug', nargs: 'zero', constValue: true },
  { flag: '--endpoint-url', dest: 'endpointUrl', nargs: 'one' },
  { flag: '--no-verify-ssl', dest: 'verifySsl', nargs: 'zero', constValue: false },
  { flag: '--no-paginate', dest: 'paginate', nargs: 'zero', constValue: false },
  { flag: '--output', dest: 'output', nargs: 'one', choices: OUTPUT_FORMATS },
  { flag: '--query', dest: 'query', nargs: 'one' },
  { flag: '--profile', dest: 'profile', nargs: 'one' },
  { flag: '--region', dest: 'region', nargs: 'one' },
  { flag: '--version', dest: 'version', nargs: 'zero', constValue: true },
  { flag: '--color', dest: 'color', nargs: 'one', choices: ['on', 'off', 'auto'] },
  { flag: '--no-sign-request', dest: 'signRequest', nargs: 'zero', constValue: false },
  { flag: '--ca-bundle', dest: 'caBundle', nargs: 'one' },
  { flag: '--cli-read-timeout', dest: 'readTimeout', nargs: 'one', type: 'int' },
  { flag: '--cli-connect-timeout', dest: 'connectTimeout', nargs: 'one', type: 'int' },
  { flag: '--cli-binary-format', dest: 'cliBinaryFormat', nargs: 'one', choices: BINARY_FORMATS },
  { flag: '--no-cli-pager', dest: 'cliPager', nargs: 'zero', constValue: false },
  { flag: '--cli-auto-prompt', dest: 'cliAutoPrompt', nargs: 'zero', constValue: true },
  { flag: '--no-cli-auto-prompt', dest: 'cliAutoPrompt', nargs: 'zero', constValue: false },
];

export interface GlobalOptions {
  output?: OutputFormat;
  query?: string;
  region?: string;
  profile?: string;
  endpointUrl?: string;
  cliBinaryFormat: BinaryFormat;
  paginate: boolean;
  debug: boolean;
}

export interface Paging {
  StartingToken?: string;
  PageSize?: number;
  MaxItems?: number;
}

export type CliCommand =
  | {
      kind: 'operation';
      operation: OperationName;
      /** `generate-data-key` */
      subcommand: string;
      /** KMS JSON 1.1 request body: what an SDK would send (blobs base64). */
      request: Record<string, unknown>;
      globals: GlobalOptions;
      /** CLI-side auto-pagination settings; `undefined` when the operation is not paginated. */
      paging?: Paging;
      /** Things the simulator accepted but does not act on (e.g. `--endpoint-url`). */
      notes: string[];
    }
  | { kind: 'help'; topic: 'aws' | 'kms' | OperationName; globals: GlobalOptions }
  | { kind: 'version'; globals: GlobalOptions };

export type ParseResult = { ok: true; command: CliCommand } | { ok: false; error: CliFailure };

export interface ParseOptions {
  /** Files for `file://` / `fileb://`. */
  fs?: VirtualFs;
  /** The profile's `cli_binary_format` setting; CLI v2 defaults to base64. */
  cliBinaryFormat?: BinaryFormat;
  /** Known profile names; when given, an unknown `--profile` fails like the CLI does. */
  profiles?: readonly string[];
}

/** Parses one `aws …` command line (no pipes or redirections; see session.ts for those). */
export function parseCommandLine(line: string, options: ParseOptions = {}): ParseResult {
  const tokens = tokenize(line);
  if (!tokens.ok) return { ok: false, error: { stderr: `bash: ${tokens.error}\n`, exitCode: 1 } };
  return parseTokens(tokens.tokens, options);
}

export function parseTokens(tokens: readonly ShellToken[], options: ParseOptions = {}): ParseResult {
  const operator = tokens.find((t) => t.kind === 'operator');
  if (operator) {
    return {
      ok: false,
      error: {
        stderr: `KMS Lab: '${operator.value}' is only understood by the console session\n`,
        exitCode: 1,
      },
    };
  }
  const words = tokens.map((t) => t.value);
  if (words.length === 0) return { ok: false, error: { stderr: '', exitCode: 1 } };
  if (words[0] !== 'aws')
    return { ok: false, error: { stderr: `bash: ${words[0]}: command not found\n`, exitCode: 127 } };
  try {
    return { ok: true, command: parseArgv(words.slice(1), options) };
  } catch (e) {
    if (e instanceof CliFailureError) return { ok: false, error: e.failure };
    throw e;
  }
}

const MAIN_POSITIONALS = [{ dest: 'command', optional: false }];
const SERVICE_POSITIONALS = [
  { dest: 'operation', optional: false, choices: [...allCliCommandNames, 'help'] },
];
const OPERATION_POSITIONALS = [{ dest: 'help', optional: true }];

function parseArgv(argv: readonly string[], options: ParseOptions): CliCommand {
  const main = parseKnownArgs(argv, GLOBAL_OPTIONS, MAIN_POSITIONALS);
  if (!main.ok) throw new CliFailureError(argParseFailure(main.message));
  const g = main.values;
  const str = (k: string) => g.get(k) as string | undefined;
  const globals: GlobalOptions = {
    cliBinaryFormat:
      (str('cliBinaryFormat') as BinaryFormat | undefined) ?? options.cliBinaryFormat ?? 'base64',
    paginate: g.get('paginate') !== false,
    debug: g.get('debug') === true,
  };
  for (const key of ['output', 'query', 'region', 'profile', 'endpointUrl'] as const) {
    const v = str(key);
    if (v !== undefined) (globals as unknown as Record<string, string>)[key] = v;
  }
  if (g.get('version') === true) return { kind: 'version', globals };
  if (globals.query !== undefined) {
    const bad = checkQuery(globals.query);
    if (bad) throw new CliFailureError(bad);
  }
  if (globals.profile !== undefined && options.profiles && !options.profiles.includes(globals.profile)) {
    // botocore ProfileNotFound, printed by GeneralExceptionHandler.
    throw new CliFailureError(generalFailure(`The config profile (${globals.profile}) could not be found`));
  }

  const command = str('command') as string;
  if (command === 'help') return { kind: 'help', topic: main.extras[0] === 'kms' ? 'kms' : 'aws', globals };
  if (command !== 'kms') {
    throw new CliFailureError(
      argParseFailure(
        `argument command: Invalid choice: '${command}' (KMS Lab simulates only the 'kms' command)`,
      ),
    );
  }

  const service = parseKnownArgs(main.extras, [], SERVICE_POSITIONALS);
  if (!service.ok) throw new CliFailureError(argParseFailure(service.message));
  const subcommand = service.values.get('operation') as string;
  if (subcommand === 'help') return { kind: 'help', topic: 'kms', globals };
  // Every choice is a simulated operation: the model lists only what the engine declares, and the engine
  // declares every operation of botocore's KMS model (model.test.ts).
  const operation = operationForCliName(subcommand) as OperationName;

  const remaining = service.extras;
  // ArgTableArgParser: a lone "help" is the subcommand's help page.
  if (remaining.length === 1 && remaining[0] === 'help') return { kind: 'help', topic: operation, globals };
  const table = argumentTable(operation);
  const parsed = parseKnownArgs(remaining, table.specs, OPERATION_POSITIONALS);
  if (!parsed.ok) throw new CliFailureError(argParseFailure(parsed.message));
  const helpWord = parsed.values.get('help') as string | undefined;
  if (helpWord === 'help') return { kind: 'help', topic: operation, globals };
  const unknown = helpWord === undefined ? parsed.extras : [...parsed.extras, helpWord];
  if (unknown.length > 0) throw new CliFailureError(unknownOptionsFailure(unknown));

  return buildOperation(operation, subcommand, parsed.values, globals, options);
}

function buildOperation(
  operation: OperationName,
  subcommand: string,
  values: Map<string, ArgValue>,
  globals: GlobalOptions,
  options: ParseOptions,
): CliCommand {
  const table = argumentTable(operation);
  const params: Record<string, unknown> = {};
  const paging: Paging = {};
  let hasPaginator = false;
  for (const arg of table.arguments) {
    if (arg.paging) hasPaginator = true;
    const raw = values.get(arg.member);
    if (raw === undefined) continue;
    if (arg.paging) {
      setPaging(paging, arg.paging, raw as string);
      continue;
    }
    params[arg.member] = unpackArgument(arg, raw as RawValue, options.fs);
  }

  let pagingResult: Paging | undefined;
  if (hasPaginator) {
    // Passing the paginator's own Marker/Limit turns automatic pagination off (paginate.py
    // check_should_enable_pagination); so does --no-paginate, which then forbids the paging options.
    if (table.arguments.some((a) => a.undocumented && values.has(a.member))) globals.paginate = false;
    if (!globals.paginate) {
      const used = table.arguments.filter((a) => a.paging && values.has(a.member)).map((a) => a.cliName);
      if (used.length > 0) {
        throw new CliFailureError(
          generalFailure(`Cannot specify --no-paginate along with pagination arguments: ${used.join(', ')}`),
        );
      }
    } else {
      pagingResult = paging;
    }
  }

  const shape = inputShape(operation);
  if (globals.cliBinaryFormat === 'base64') decodeBlobArguments(params, shape);
  const report = validateParameters(params, shape);
  if (report.length > 0)
    throw new CliFailureError(paramFailure(`Parameter validation failed:\n${report.join('\n')}`));

  const notes: string[] = [];
  if (globals.debug) notes.push('--debug is accepted; the simulator shows its trace instead of an HTTP log.');
  if (globals.endpointUrl !== undefined) {
    notes.push(
      `--endpoint-url ${globals.endpointUrl} is accepted and ignored: requests go to the simulated KMS.`,
    );
  }
  const request = toWire(params, shape) as Record<string, unknown>;
  // The decoded blobs (plaintext, data keys) now live only in the base64 request: wipe the bytes.
  walkBlobs(params, shape, (v) => {
    if (v instanceof Uint8Array) v.fill(0);
  });
  const command: CliCommand = {
    kind: 'operation',
    operation,
    subcommand,
    request,
    globals,
    notes,
  };
  if (pagingResult) command.paging = pagingResult;
  return command;
}

function setPaging(paging: Paging, name: PagingParameter, raw: string): void {
  if (name === 'StartingToken') paging.StartingToken = raw;
  else paging[name] = Number(raw.replaceAll('_', '').trim());
}

/** Base64DecodeVisitor: every blob given as text must be base64 (fileb:// bytes pass unchanged). */
function decodeBlobArguments(params: Record<string, unknown>, shape: Shape): void {
  walkBlobs(params, shape, (value, set) => {
    if (typeof value !== 'string') return;
    try {
      set(decodeBase64Lenient(value));
    } catch (e) {
      if (e instanceof Base64Error) throw new CliFailureError(generalFailure(`Invalid base64: "${value}"`));
      throw e;
    }
  });
}

function walkBlobs(
  value: unknown,
  shape: Shape,
  onBlob: (v: unknown, set: (n: unknown) => void) => void,
): void {
  const isDict =
    typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Uint8Array);
  if (shape.type === 'structure' && isDict) {
    const obj = value as Record<string, unknown>;
    for (const [member, ref] of Object.entries(shape.members ?? {})) {
      if (!Object.hasOwn(obj, member)) continue;
      const s = shapeOf(ref.shape);
      if (s.type === 'blob') onBlob(obj[member], (n) => (obj[member] = n));
      else walkBlobs(obj[member], s, onBlob);
    }
  } else if (shape.type === 'list' && Array.isArray(value)) {
    const s = shapeOf((shape.member as { shape: string }).shape);
    value.forEach((item, i) => {
      if (s.type === 'blob') onBlob(item, (n) => (value[i] = n));
      else walkBlobs(item, s, onBlob);
    });
  } else if (shape.type === 'map' && isDict) {
    const obj = value as Record<string, unknown>;
    const s = shapeOf((shape.value as { shape: string }).shape);
    for (const k of Object.keys(obj)) {
      if (s.type === 'blob') onBlob(obj[k], (n) => (obj[k] = n));
      else walkBlobs(obj[k], s, onBlob);
    }
  }
}

/** botocore's JSON serializer: blobs (bytes, or text as UTF-8) become base64; the rest is JSON already. */
function toWire(value: unknown, shape: Shape): unknown {
  if (shape.type === 'blob') {
    const bytes = value instanceof Uint8Array ? value : utf8Encode(String(value));
    return toBase64(bytes);
  }
  if (shape.type === 'timestamp' && typeof value === 'string') {
    // botocore parses the text (ISO 8601 or epoch seconds) and sends whole epoch seconds (unixtimestamp); text it
    // cannot read goes on as given and the service refuses it.
    const seconds = /^\d+(\.\d+)?$/.test(value) ? Number(value) : Date.parse(value) / 1000;
    return Number.isNaN(seconds) ? value : Math.floor(seconds);
  }
  if (shape.type === 'structure' && typeof value === 'object' && value !== null) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) {
      const ref = shape.members?.[k];
      out[k] = ref ? toWire(v, shapeOf(ref.shape)) : v;
    }
    return out;
  }
  if (shape.type === 'list' && Array.isArray(value)) {
    const s = shapeOf((shape.member as { shape: string }).shape);
    return value.map((v) => toWire(v, s));
  }
  if (shape.type === 'map' && typeof value === 'object' && value !== null) {
    const s = shapeOf((shape.value as { shape: string }).shape);
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toWire(v, s)]));
  }
  return value;
}

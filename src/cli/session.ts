/**
 * The console's executor: one line in, what a terminal would show out. It runs `aws kms …` through the
 * parser, the injected KMS `handle` and the formatter, and understands the few shell pieces the AWS
 * documentation's KMS examples use around it: pipes into `base64 --decode`, `>`/`>>` into the virtual
 * directory, `echo`, `cat`, `ls`, and shell variables (`KEY_ID=$(aws kms create-key --query
 * KeyMetadata.KeyId --output text)`, then `--key-id $KEY_ID`). Service errors, parameter errors and exit statuses are the CLI v2's
 * (254, 252, 255); paginated list commands are followed page by page like the CLI's paginator.
 */
import { concatBytes, toBase64, utf8Encode } from '../crypto/encoding';
import { decodeBase64Lenient } from './base64';
import { type CliFailure, clientErrorFailure, generalFailure } from './failure';
import { type FormatOptions, formatResponse, type TimeZone, toCliResponse } from './format';
import { helpText } from './help';
import { model, type OperationName, operationModel } from './model';
import { type BinaryFormat, type CliCommand, type OutputFormat, type Paging, parseTokens } from './parse';
import { QueryError } from './query';
import { type ShellToken, tokenize } from './tokenize';
import type { VirtualFs } from './virtualFs';

export interface Caller {
  principal?: string;
  region?: string;
}

export type KmsHandle = (target: string, body: unknown, caller?: Caller) => Promise<unknown>;

/** A named CLI profile (`--profile dev`) → the simulated principal it signs as. */
export interface Profile {
  principal: string;
  region?: string;
}

export interface SessionOptions {
  handle: KmsHandle;
  fs?: VirtualFs;
  /** Profiles by name; `default` is used when no `--profile` is given. */
  profiles?: Record<string, Profile>;
  /** Region when neither `--region` nor the profile sets one. */
  region?: string;
  /** Config defaults (CLI v2: json, base64). */
  output?: OutputFormat;
  cliBinaryFormat?: BinaryFormat;
  timeZone?: TimeZone;
  terminalWidth?: number;
  /** What the `help` builtin prints (the console's own help, in the learner's language). */
  shellHelp?: string;
  /** Shell variables; assignments on the command line update this object. */
  variables?: Record<string, string>;
}

export interface KmsCall {
  operation: OperationName;
  request: Record<string, unknown>;
  caller: Caller;
  response?: unknown;
  error?: { name: string; message: string };
}

export interface CommandResult {
  stdout: string;
  stderr: string;
  exitCode: number;
  /** The last `aws kms` command's operation and request, when one was parsed. */
  operation?: OperationName;
  request?: Record<string, unknown>;
  /** Every KMS call made (paginated commands make several). */
  calls: KmsCall[];
  notes: string[];
}

interface StageResult {
  stdout: Uint8Array;
  stderr: string;
  exitCode: number;
}

const decoder = new TextDecoder();
const text = (s: string): Uint8Array => utf8Encode(s);

const ASSIGNMENT = /^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)=(.*)$/s;
const COMMAND_SUBSTITUTION = /^\$\((.*)\)\s*$/s;

export async function runCommandLine(line: string, options: SessionOptions): Promise<CommandResult> {
  const result: CommandResult = { stdout: '', stderr: '', exitCode: 0, calls: [], notes: [] };
  const assignment = ASSIGNMENT.exec(line);
  if (assignment) return assign(assignment[1] as string, assignment[2] as string, options, result);
  const tokens = tokenize(line, options.variables ?? {});
  if (!tokens.ok) return { ...result, stderr: `bash: ${tokens.error}\n`, exitCode: 2 };
  if (tokens.tokens.length === 0) return result;

  // Split into pipeline stages and an optional final redirection.
  const stages: ShellToken[][] = [[]];
  let redirect: { append: boolean; path: string } | undefined;
  for (let i = 0; i < tokens.tokens.length; i++) {
    const t = tokens.tokens[i] as ShellToken;
    if (t.kind === 'word') {
      (stages[stages.length - 1] as ShellToken[]).push(t);
    } else if (t.value === '|') {
      stages.push([]);
    } else if (t.value === '>' || t.value === '>>') {
      const target = tokens.tokens[i + 1];
      if (target?.kind !== 'word' || i + 2 !== tokens.tokens.length) {
        return { ...result, stderr: "bash: syntax error near unexpected token `newline'\n", exitCode: 2 };
      }
      redirect = { append: t.value === '>>', path: target.value };
      break;
    } else {
      return {
        ...result,
        stderr: `KMS Lab console: '${t.value}' is not supported; run one command per line\n`,
        exitCode: 2,
      };
    }
  }
  if (stages.some((s) => s.length === 0)) {
    return { ...result, stderr: "bash: syntax error near unexpected token `|'\n", exitCode: 2 };
  }

  let input: Uint8Array = new Uint8Array();
  let last: StageResult = { stdout: input, stderr: '', exitCode: 0 };
  for (const stage of stages) {
    last = await runStage(stage, input, options, result);
    result.stderr += last.stderr;
    input = last.stdout;
  }
  result.exitCode = last.exitCode;
  if (redirect) {
    if (!options.fs)
      return {
        ...result,
        stderr: `${result.stderr}bash: ${redirect.path}: Read-only file system\n`,
        exitCode: 1,
      };
    if (redirect.append) options.fs.append(redirect.path, last.stdout);
    else options.fs.write(redirect.path, last.stdout);
  } else {
    result.stdout = decoder.decode(last.stdout);
  }
  return result;
}

/** `NAME=value` or `NAME=$(command)`: the value (command output minus trailing newlines, §2.6.3). */
async function assign(
  name: string,
  rhs: string,
  options: SessionOptions,
  result: CommandResult,
): Promise<CommandResult> {
  const variables = options.variables ?? {};
  options.variables = variables;
  const substitution = COMMAND_SUBSTITUTION.exec(rhs);
  if (substitution) {
    const inner = await runCommandLine(substitution[1] as string, options);
    variables[name] = inner.stdout.replace(/\n+$/, '');
    return { ...inner, stdout: '' };
  }
  const words = tokenize(rhs, variables);
  if (!words.ok) return { ...result, stderr: `bash: ${words.error}\n`, exitCode: 2 };
  if (words.tokens.length > 1) {
    return { ...result, stderr: `bash: ${words.tokens[1]?.value}: command not found\n`, exitCode: 127 };
  }
  variables[name] = words.tokens[0]?.value ?? '';
  return result;
}

async function runStage(
  stage: ShellToken[],
  stdin: Uint8Array,
  options: SessionOptions,
  result: CommandResult,
): Promise<StageResult> {
  const words = stage.map((t) => t.value);
  const [name, ...args] = words as [string, ...string[]];
  const ok = (stdout: string | Uint8Array): StageResult => ({
    stdout: typeof stdout === 'string' ? text(stdout) : stdout,
    stderr: '',
    exitCode: 0,
  });
  switch (name) {
    case 'aws':
      return runAws(stage, options, result);
    case 'echo': {
      const noNewline = args[0] === '-n';
      const rest = noNewline ? args.slice(1) : args;
      return ok(`${rest.join(' ')}${noNewline ? '' : '\n'}`);
    }
    case 'cat': {
      if (args.length === 0) return ok(stdin);
      const parts: Uint8Array[] = [];
      for (const path of args) {
        const data = options.fs?.read(path);
        if (!data)
          return {
            stdout: new Uint8Array(),
            stderr: `cat: ${path}: No such file or directory\n`,
            exitCode: 1,
          };
        parts.push(data);
      }
      return ok(concatBytes(...parts));
    }
    case 'ls':
      return ok(
        options.fs
          ? options.fs
              .list()
              .map((f) => `${f}\n`)
              .join('')
          : '',
      );
    case 'base64':
      return runBase64(args, stdin, options.fs);
    case 'help':
      // bash's own `help` describes bash builtins; the lab's console says what it offers instead (in the
      // learner's language, supplied by the UI), and points to `aws kms help`.
      if (options.shellHelp !== undefined) return ok(options.shellHelp);
      return { stdout: new Uint8Array(), stderr: `bash: ${name}: command not found\n`, exitCode: 127 };
    default:
      return { stdout: new Uint8Array(), stderr: `bash: ${name}: command not found\n`, exitCode: 127 };
  }
}

/** GNU coreutils `base64` (encode wraps at 76 columns; `-d`/`--decode` ignores newlines). */
function runBase64(args: string[], stdin: Uint8Array, fs: VirtualFs | undefined): StageResult {
  const decode = args.some((a) => a === '-d' || a === '--decode' || a === '-D');
  const file = args.find((a) => !a.startsWith('-'));
  const data = file === undefined ? stdin : fs?.read(file);
  if (!data)
    return { stdout: new Uint8Array(), stderr: `base64: ${file}: No such file or directory\n`, exitCode: 1 };
  if (decode) {
    const t = decoder.decode(data).replace(/\s+/g, '');
    if (!/^[A-Za-z0-9+/]*={0,2}$/.test(t) || t.length % 4 === 1) {
      return { stdout: new Uint8Array(), stderr: 'base64: invalid input\n', exitCode: 1 };
    }
    return {
      stdout: decodeBase64Lenient(t.length % 4 === 0 ? t : t + '='.repeat(4 - (t.length % 4))),
      stderr: '',
      exitCode: 0,
    };
  }
  const wrap = args.includes('-w0') || args.join(' ').includes('-w 0') ? 0 : 76;
  const encoded = toBase64(data);
  const lines = wrap === 0 ? [encoded] : (encoded.match(/.{1,76}/g) ?? ['']);
  return { stdout: text(`${lines.join('\n')}\n`), stderr: '', exitCode: 0 };
}

const failed = (f: CliFailure): StageResult => ({
  stdout: new Uint8Array(),
  stderr: f.stderr,
  exitCode: f.exitCode,
});

async function runAws(
  stage: ShellToken[],
  options: SessionOptions,
  result: CommandResult,
): Promise<StageResult> {
  const profiles = options.profiles ?? {};
  const parsed = parseTokens(stage, {
    ...(options.fs ? { fs: options.fs } : {}),
    ...(options.cliBinaryFormat ? { cliBinaryFormat: options.cliBinaryFormat } : {}),
    profiles: Object.keys(profiles),
  });
  if (!parsed.ok) return failed(parsed.error);
  const command = parsed.command;
  if (command.kind === 'version') {
    return {
      stdout: text(`aws-cli/2 (KMS Lab simulated console; KMS API ${model.metadata.apiVersion})\n`),
      stderr: '',
      exitCode: 0,
    };
  }
  if (command.kind === 'help') return { stdout: text(helpText(command.topic)), stderr: '', exitCode: 0 };
  result.operation = command.operation;
  result.request = command.request;
  result.notes.push(...command.notes);

  const profileName = command.globals.profile ?? 'default';
  const profile = profiles[profileName];
  const region = command.globals.region ?? profile?.region ?? options.region;
  if (!region) {
    // botocore NoRegionError via NoRegionErrorHandler (exit 253).
    return {
      stdout: new Uint8Array(),
      stderr: '\nYou must specify a region. You can also configure your region by running "aws configure".\n',
      exitCode: 253,
    };
  }
  const caller: Caller = { region, ...(profile ? { principal: profile.principal } : {}) };
  const formatOptions: FormatOptions = {
    output: command.globals.output ?? options.output ?? 'json',
    ...(command.globals.query !== undefined ? { query: command.globals.query } : {}),
    ...(options.terminalWidth !== undefined ? { terminalWidth: options.terminalWidth } : {}),
  };

  const call = async (request: Record<string, unknown>): Promise<unknown> => {
    const record: KmsCall = { operation: command.operation, request, caller };
    result.calls.push(record);
    try {
      const response = await options.handle(
        `${model.metadata.targetPrefix}.${command.operation}`,
        request,
        caller,
      );
      record.response = response;
      return toCliResponse(command.operation, response, options.timeZone);
    } catch (e) {
      const err = e instanceof Error ? e : new Error(String(e));
      record.error = { name: err.name, message: err.message };
      throw new ServiceError(err.name, err.message);
    }
  };

  try {
    if (command.paging) return await paginate(command, command.paging, call, formatOptions);
    const response = await call(command.request);
    return {
      stdout: text(formatResponse(command.operation, response, formatOptions)),
      stderr: '',
      exitCode: 0,
    };
  } catch (e) {
    if (e instanceof ServiceError) {
      // A KMS exception name comes back as the error's name; anything else is a bug, shown like an
      // unexpected Python exception (exit 255).
      return failed(
        /Exception$/.test(e.code)
          ? clientErrorFailure(e.code, command.operation, e.text)
          : generalFailure(e.text),
      );
    }
    if (e instanceof PagingError || e instanceof QueryError) return failed(generalFailure(e.message));
    throw e;
  }
}

class ServiceError extends Error {
  constructor(
    readonly code: string,
    readonly text: string,
  ) {
    super(text);
  }
}

class PagingError extends Error {}

/** botocore TokenEncoder: base64 of the JSON (Python json.dumps spacing) of the resume token. */
function encodeToken(token: Record<string, unknown>): string {
  const json = `{${Object.entries(token)
    .map(([k, v]) => `${JSON.stringify(k)}: ${JSON.stringify(v ?? null)}`)
    .join(', ')}}`;
  return toBase64(utf8Encode(json));
}

function decodeToken(token: string): { marker: string | undefined; truncate: number } {
  try {
    const parsed = JSON.parse(decoder.decode(decodeBase64Lenient(token))) as Record<string, unknown>;
    const marker = typeof parsed.Marker === 'string' ? parsed.Marker : undefined;
    const truncate = typeof parsed.boto_truncate_amount === 'number' ? parsed.boto_truncate_amount : 0;
    return { marker, truncate };
  } catch {
    throw new PagingError(`Bad starting token: ${token}`);
  }
}

/**
 * botocore PageIterator (+ `build_full_result` for json/table/yaml, per-page printing for text): follow
 * NextMarker until Truncated is false or --max-items is reached; when stopping inside a page the
 * NextToken remembers the page's Marker and how many of its items were already shown.
 */
async function paginate(
  command: Extract<CliCommand, { kind: 'operation' }>,
  paging: Paging,
  call: (request: Record<string, unknown>) => Promise<unknown>,
  format: FormatOptions,
): Promise<StageResult> {
  const paginator = operationModel(command.operation).paginator;
  if (!paginator) throw new Error('not paginated');
  const resultKey = paginator.result_key;
  let { marker, truncate } = paging.StartingToken
    ? decodeToken(paging.StartingToken)
    : { marker: undefined, truncate: 0 };
  const pages: Record<string, unknown>[] = [];
  const items: unknown[] = [];
  let resumeToken: string | undefined;
  let first = true;
  for (;;) {
    const request: Record<string, unknown> = { ...command.request };
    if (marker !== undefined) request[paginator.input_token] = marker;
    if (paging.PageSize !== undefined && paginator.limit_key) request[paginator.limit_key] = paging.PageSize;
    const page = (await call(request)) as Record<string, unknown>;
    let pageItems = Array.isArray(page[resultKey]) ? (page[resultKey] as unknown[]) : [];
    const startingTruncation = first ? truncate : 0;
    if (first && truncate > 0) pageItems = pageItems.slice(truncate);
    first = false;
    const overflow = paging.MaxItems !== undefined ? items.length + pageItems.length - paging.MaxItems : 0;
    if (overflow > 0) {
      const keep = pageItems.length - overflow;
      pageItems = pageItems.slice(0, keep);
      resumeToken = encodeToken({
        [paginator.input_token]: marker ?? null,
        boto_truncate_amount: keep + startingTruncation,
      });
      pages.push({ [resultKey]: pageItems });
      items.push(...pageItems);
      break;
    }
    pages.push({ [resultKey]: pageItems });
    items.push(...pageItems);
    const next = page[paginator.output_token];
    const more = paginator.more_results ? page[paginator.more_results] === true : next !== undefined;
    if (!more || typeof next !== 'string') break;
    if (paging.MaxItems !== undefined && items.length === paging.MaxItems) {
      resumeToken = encodeToken({ [paginator.input_token]: next });
      break;
    }
    if (next === marker)
      throw new PagingError(
        `The same next token was received twice: {'${paginator.input_token}': '${next}'}`,
      );
    marker = next;
  }

  if (format.output === 'text') {
    let out = pages.map((p) => formatResponse(command.operation, p, format)).join('');
    // The CLI runs --query over this token page too (a query like Keys[].KeyId then prints "None").
    if (resumeToken)
      out += formatResponse(command.operation, { NextToken: { NextToken: resumeToken } }, format);
    return { stdout: text(out), stderr: '', exitCode: 0 };
  }
  const full: Record<string, unknown> = { [resultKey]: items };
  if (resumeToken) full.NextToken = resumeToken;
  return { stdout: text(formatResponse(command.operation, full, format)), stderr: '', exitCode: 0 };
}

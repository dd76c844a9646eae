/**
 * Tab completion for the console, derived from the same KMS model the parser reads (src/cli/model.ts,
 * src/cli/arguments.ts): `aws` → `kms` → the subcommands KMS Lab simulates → that subcommand's options, then
 * values where the model or the world knows them (enums, `--output`, `--profile`, key IDs and aliases, files
 * after `fileb://`). Like bash: one match is completed with a trailing space; several are completed to their
 * longest common prefix and listed.
 */
import { argumentTable } from '../../cli/arguments';
import { inputShape, operationForCliName, operationNames, shapeOf, xformName } from '../../cli/model';
import { BINARY_FORMATS, OUTPUT_FORMATS } from '../../cli/parse';

export interface CompletionSources {
  profiles: readonly string[];
  files: readonly string[];
  /** Key IDs, key ARNs and alias names in the world at the player's cursor. */
  keys: readonly string[];
  aliases: readonly string[];
}

export interface Completion {
  /** The word being completed: [start, end) of the line. */
  start: number;
  end: number;
  candidates: string[];
  /** The text to put in place of the word (a single match gets a trailing space). */
  replacement: string;
}

/**
 * The global options the console offers (those a learner uses with KMS: AWS CLI v2 "Global options"), each
 * with the values it takes; `null` marks a flag without a value.
 */
const GLOBALS: Readonly<Record<string, (s: CompletionSources) => readonly string[] | null>> = {
  '--output': () => OUTPUT_FORMATS,
  '--query': () => [],
  '--profile': (s) => s.profiles,
  '--region': () => [],
  '--cli-binary-format': () => BINARY_FORMATS,
  '--no-cli-pager': () => null,
  '--debug': () => null,
};

/** Members whose values are key identifiers (the KMS API's `KeyIdType` members). */
const KEY_SHAPES = new Set(['KeyIdType']);
const ALIAS_SHAPES = new Set(['AliasNameType']);

interface Word {
  text: string;
  start: number;
}

/** Words before the caret (the last one is the word being typed), or undefined inside an open quote. */
function wordsBefore(line: string): Word[] | undefined {
  const words: Word[] = [];
  let current: Word | undefined;
  let quote: string | undefined;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i] as string;
    if (quote) {
      if (ch === quote) quote = undefined;
      else (current as Word).text += ch;
      continue;
    }
    if (/\s/.test(ch) || ch === '|') {
      if (current) words.push(current);
      current = undefined;
      if (ch === '|') words.push({ text: '|', start: i });
      continue;
    }
    current ??= { text: '', start: i };
    if (ch === "'" || ch === '"') quote = ch;
    else current.text += ch;
  }
  if (quote) return undefined;
  words.push(current ?? { text: '', start: line.length });
  return words;
}

function valuesFor(option: string, operation: string | undefined, s: CompletionSources): string[] | null {
  const global = GLOBALS[option];
  if (global) {
    const values = global(s);
    return values === null ? null : [...values];
  }
  const op = operation ? operationForCliName(operation) : undefined;
  if (!op) return [];
  const arg = argumentTable(op).arguments.find((a) => a.cliName === option);
  if (!arg) return option.startsWith('--no-') ? null : [];
  if (arg.shape.type === 'boolean') return null;
  const shapeName = inputShape(op).members?.[arg.member]?.shape;
  if (arg.shape.enum) return [...arg.shape.enum];
  if (arg.shape.type === 'list' && arg.shape.member) {
    const member = shapeOf(arg.shape.member.shape);
    if (member.enum) return [...member.enum];
  }
  if (shapeName && KEY_SHAPES.has(shapeName)) return [...s.aliases, ...s.keys];
  if (shapeName && ALIAS_SHAPES.has(shapeName)) return [...s.aliases];
  if (arg.shape.type === 'blob') return s.files.map((f) => `fileb://${f}`);
  return [];
}

function optionsFor(operation: string | undefined, used: ReadonlySet<string>): string[] {
  const op = operation ? operationForCliName(operation) : undefined;
  const own = op
    ? argumentTable(op).arguments.flatMap((a) =>
        a.undocumented
          ? []
          : a.shape.type === 'boolean'
            ? [a.cliName, `--no-${a.cliName.slice(2)}`]
            : [a.cliName],
      )
    : [];
  return [...own, ...Object.keys(GLOBALS)].filter((o) => !used.has(o));
}

const commonPrefix = (words: readonly string[]): string =>
  words.reduce((prefix, w) => {
    let i = 0;
    while (i < prefix.length && prefix[i] === w[i]) i++;
    return prefix.slice(0, i);
  });

/** Completion of the word before the caret in `line` (text after the caret is left alone). */
export function complete(line: string, caret: number, sources: CompletionSources): Completion | undefined {
  const words = wordsBefore(line.slice(0, caret));
  if (!words) return undefined;
  const word = words.at(-1) as Word;
  const pipe = words.map((w) => w.text).lastIndexOf('|');
  const command = words.slice(pipe + 1, -1).map((w) => w.text);
  const candidates = candidatesFor(command, word.text, pipe >= 0, sources).filter((c) =>
    c.startsWith(word.text),
  );
  if (candidates.length === 0) return undefined;
  const unique = [...new Set(candidates)];
  const only = unique.length === 1 ? (unique[0] as string) : undefined;
  const open = only !== undefined && /(?:\/\/|\/)$/.test(only);
  return {
    start: word.start,
    end: caret,
    candidates: unique,
    replacement: only !== undefined ? (open ? only : `${only} `) : commonPrefix(unique),
  };
}

function candidatesFor(
  command: readonly string[],
  word: string,
  afterPipe: boolean,
  s: CompletionSources,
): string[] {
  if (word.startsWith('fileb://') || word.startsWith('file://')) {
    const scheme = word.startsWith('fileb://') ? 'fileb://' : 'file://';
    return s.files.map((f) => `${scheme}${f}`);
  }
  if (command.length === 0) return afterPipe ? ['base64'] : ['aws'];
  if (command[0] === 'base64') return ['--decode'];
  if (command[0] !== 'aws') return [];

  // Walk the words after `aws`: global options (and their values), then `kms`, the subcommand, its options.
  let service: string | undefined;
  let operation: string | undefined;
  const used = new Set<string>();
  let pendingOption: string | undefined;
  for (const w of command.slice(1)) {
    if (pendingOption) {
      pendingOption = undefined;
      continue;
    }
    if (w.startsWith('--')) {
      used.add(w);
      if (valuesFor(w, operation, s) !== null) pendingOption = w;
    } else if (service === undefined) service = w;
    else if (operation === undefined) operation = w;
  }
  if (pendingOption) return valuesFor(pendingOption, operation, s) ?? [];
  if (word.startsWith('-'))
    return service === 'kms' && operation ? optionsFor(operation, used) : Object.keys(GLOBALS);
  if (service === undefined) return ['kms', 'help'];
  if (service !== 'kms') return [];
  if (operation === undefined) return [...operationNames.map((op) => xformName(op)).sort(), 'help'];
  return optionsFor(operation, used);
}

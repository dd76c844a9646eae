/**
 * The slice of Python's argparse (CPython 3.11 Lib/argparse.py, `parse_known_args`) that the AWS CLI
 * relies on, with awscli's own choice-error wording (awscli/argparser.py `CLIArgParser._check_value`).
 * The CLI parses every command line three times with it — global options + service name, then the
 * operation name, then the operation's own arguments — and which tokens count as "unknown" or as a
 * value depends on these exact rules (option prefixes, `--opt=value`, nargs), so they are kept intact.
 */
import { getCloseMatches } from './difflib';
import { pyRepr } from './python';

export type Nargs = 'one' | 'zero' | 'many';

export interface OptionSpec {
  flag: string; // '--key-id'
  dest: string;
  nargs: Nargs;
  /** Value stored by a zero-argument flag (store_true / store_false). */
  constValue?: boolean;
  required?: boolean;
  choices?: readonly string[];
  /** argparse `type=int`: the value must be a base-10 integer. */
  type?: 'int';
}

export interface PositionalSpec {
  dest: string;
  optional: boolean; // nargs='?'
  choices?: readonly string[];
}

export type ArgValue = string | string[] | boolean;

export type ParseKnownResult =
  | { ok: true; values: Map<string, ArgValue>; extras: string[] }
  | { ok: false; message: string };

class ArgumentError extends Error {}

/** awscli's CLIArgParser._check_value message (two choices per line, each padded to 40). */
export function invalidChoiceMessage(value: string, choices: readonly string[]): string {
  const msg = ['Invalid choice, valid choices are:\n'];
  for (let i = 0; i < choices.length; i += 2) {
    msg.push(
      choices
        .slice(i, i + 2)
        .map((c) => c.padEnd(40))
        .join(' | '),
    );
  }
  const possible = getCloseMatches(value, choices, 3, 0.8);
  if (possible.length > 0) {
    msg.push(`\n\nInvalid choice: ${pyRepr(value)}, maybe you meant:\n`);
    for (const word of possible) msg.push(`  * ${word}`);
  }
  return msg.join('\n');
}

const INT = /^\s*[+-]?\d+(_\d+)*\s*$/;
const NEGATIVE_NUMBER = /^-\d+$|^-\d*\.\d+$/;

type Classified = { option: OptionSpec | null; flag: string; explicit?: string } | null;

export function parseKnownArgs(
  args: readonly string[],
  options: readonly OptionSpec[],
  positionals: readonly PositionalSpec[],
): ParseKnownResult {
  const byFlag = new Map(options.map((o) => [o.flag, o]));

  // argparse `_parse_optional`: decides whether a token is an option ('O') or a value ('A').
  const classify = (arg: string): Classified => {
    if (!arg.startsWith('-') || arg === '-') return null;
    const exact = byFlag.get(arg);
    if (exact) return { option: exact, flag: arg };
    const eq = arg.indexOf('=');
    if (eq !== -1) {
      const opt = byFlag.get(arg.slice(0, eq));
      if (opt) return { option: opt, flag: opt.flag, explicit: arg.slice(eq + 1) };
    }
    if (arg.startsWith('--')) {
      const prefix = eq === -1 ? arg : arg.slice(0, eq);
      const matches = options.filter((o) => o.flag.startsWith(prefix));
      if (matches.length > 1) {
        throw new ArgumentError(
          `ambiguous option: ${arg} could match ${matches.map((m) => m.flag).join(', ')}`,
        );
      }
      if (matches.length === 1) {
        const m = matches[0] as OptionSpec;
        return eq === -1
          ? { option: m, flag: m.flag }
          : { option: m, flag: m.flag, explicit: arg.slice(eq + 1) };
      }
    }
    if (NEGATIVE_NUMBER.test(arg)) return null;
    if (arg.includes(' ')) return null;
    return { option: null, flag: arg };
  };

  try {
    const classified = args.map((a) => (a === '--' ? null : classify(a)));
    const values = new Map<string, ArgValue>();
    const extras: string[] = [];
    const seen = new Set<OptionSpec>();
    let positionalIndex = 0;

    const storePositional = (spec: PositionalSpec, value: string) => {
      if (spec.choices && !spec.choices.includes(value)) {
        throw new ArgumentError(`argument ${spec.dest}: ${invalidChoiceMessage(value, spec.choices)}`);
      }
      values.set(spec.dest, value);
    };

    let i = 0;
    while (i < args.length) {
      const c = classified[i];
      const arg = args[i] as string;
      if (c === null || c === undefined) {
        // A value in positional position: the next positional takes it, or it is extra.
        const spec = positionals[positionalIndex];
        if (spec) {
          storePositional(spec, arg);
          positionalIndex++;
        } else {
          extras.push(arg);
        }
        i++;
        continue;
      }
      if (c.option === null) {
        extras.push(arg);
        i++;
        continue;
      }
      const opt = c.option;
      seen.add(opt);
      i++;
      if (opt.nargs === 'zero') {
        if (c.explicit !== undefined) {
          throw new ArgumentError(`argument ${opt.flag}: ignored explicit argument ${pyRepr(c.explicit)}`);
        }
        values.set(opt.dest, opt.constValue ?? true);
        continue;
      }
      let taken: string[];
      if (c.explicit !== undefined) {
        taken = [c.explicit];
      } else {
        taken = [];
        while (i < args.length && classified[i] === null && args[i] !== '--') {
          taken.push(args[i] as string);
          i++;
          if (opt.nargs === 'one') break;
        }
        if (opt.nargs === 'one' && taken.length === 0) {
          throw new ArgumentError(`argument ${opt.flag}: expected one argument`);
        }
      }
      if (opt.choices) {
        for (const v of taken) {
          if (!opt.choices.includes(v)) {
            throw new ArgumentError(`argument ${opt.flag}: ${invalidChoiceMessage(v, opt.choices)}`);
          }
        }
      }
      if (opt.type === 'int') {
        for (const v of taken) {
          if (!INT.test(v)) throw new ArgumentError(`argument ${opt.flag}: invalid int value: ${pyRepr(v)}`);
        }
      }
      values.set(opt.dest, opt.nargs === 'one' ? (taken[0] as string) : taken);
    }

    const missing = [
      ...options.filter((o) => o.required && !seen.has(o)).map((o) => o.flag),
      ...positionals
        .slice(positionalIndex)
        .filter((p) => !p.optional)
        .map((p) => p.dest),
    ];
    if (missing.length > 0) {
      throw new ArgumentError(`the following arguments are required: ${missing.join(', ')}`);
    }
    return { ok: true, values, extras };
  } catch (e) {
    if (e instanceof ArgumentError) return { ok: false, message: e.message };
    throw e;
  }
}

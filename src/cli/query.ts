/**
 * `--query`: JMESPath (https://jmespath.org/specification.html) via the `jmespath` package, the
 * JavaScript implementation of the same specification the CLI's Python `jmespath` follows. The CLI
 * compiles the expression before doing anything else (awscli/customizations/globalargs.py
 * `_resolve_query`) and fails with "Bad value for --query …" (exit 255).
 */
import * as jmespath from 'jmespath';
import { type CliFailure, generalFailure } from './failure';

// @types/jmespath declares only `search`; the package also exports `compile` (parse without evaluating).
const { compile, search } = jmespath as unknown as {
  compile(expression: string): unknown;
  search(data: unknown, expression: string): unknown;
};

export function checkQuery(expression: string): CliFailure | undefined {
  try {
    compile(expression);
    return undefined;
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    // Python jmespath words an early end of input as "Incomplete expression" with a caret after the end.
    const detail = /got: EOF/.test(message)
      ? `Invalid jmespath expression: Incomplete expression:\n"${expression}"\n${' '.repeat(expression.length + 1)}^`
      : `Invalid jmespath expression: ${message}, for expression:\n"${expression}"`;
    return generalFailure(`Bad value for --query ${expression}: ${detail}`);
  }
}

export function runQuery(expression: string, data: unknown): unknown {
  return search(data, expression);
}

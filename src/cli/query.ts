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

/**
 * Nesting the expression may have: brackets, parentheses and braces open at once plus the `.`, `|`, `||` and
 * `&&` chained in it. The `jmespath` package parses and evaluates recursively, so thousands of segments
 * overflowed the call stack; Python's recursion limit (1,000 frames) stops the CLI near there too, with
 * "maximum recursion depth exceeded" (measured with awscli and jmespath 1.1.0 on 5,000 nested parentheses).
 */
export const MAX_QUERY_NESTING = 500;

/** How deeply `expression` nests (see MAX_QUERY_NESTING); quoted names and literals are skipped. */
export function queryNesting(expression: string): number {
  let depth = 0;
  let deepest = 0;
  let chained = 0;
  let quote: string | undefined;
  for (let i = 0; i < expression.length; i++) {
    const c = expression[i] as string;
    if (quote !== undefined) {
      if (c === '\\') i++;
      else if (c === quote) quote = undefined;
    } else if (c === '"' || c === "'" || c === '`') quote = c;
    else if (c === '(' || c === '[' || c === '{') deepest = Math.max(deepest, ++depth);
    else if (c === ')' || c === ']' || c === '}') depth--;
    else if (c === '.' || c === '|' || c === '&') chained++;
  }
  return deepest + chained;
}

/** Python jmespath's ParseError for a token that cannot start what must follow (jmespath/parser.py). */
function parseError(expression: string, message: string, column: number, token: string): string {
  return `${message}: Parse error at column ${column}, token "" (${token}), for expression:\n"${expression}"\n${' '.repeat(column + 1)}^`;
}

export function checkQuery(expression: string): CliFailure | undefined {
  if (queryNesting(expression) > MAX_QUERY_NESTING)
    return generalFailure(`Bad value for --query ${expression}: maximum recursion depth exceeded`);
  // The `jmespath` package accepts a trailing dot and then fails inside search with a JavaScript TypeError;
  // Python's parser rejects it (`_parse_dot_rhs`) with this text.
  if (/\.\s*$/.test(expression) && !/^\s*\.?\s*$/.test(expression)) {
    const expected =
      "Expecting: ['quoted_identifier', 'unquoted_identifier', 'lbracket', 'lbrace'], got: eof";
    return generalFailure(
      `Bad value for --query ${expression}: ${parseError(expression, expected, expression.length, 'EOF')}`,
    );
  }
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

/** An error while evaluating `--query`, worded as the CLI prints it (GeneralExceptionHandler, exit 255). */
export class QueryError extends Error {}

export function runQuery(expression: string, data: unknown): unknown {
  try {
    return search(data, expression);
  } catch (e) {
    // Python jmespath raises UnknownFunctionError ("Unknown function: foo()", the same text) or
    // JMESPathTypeError; the package words type errors "TypeError: abs() expected argument 1 to be type
    // number …": the JMESPath part is kept, the JavaScript prefix is not.
    const message = e instanceof Error ? e.message.replace(/^TypeError: /, '') : String(e);
    if (e instanceof RangeError) throw new QueryError('maximum recursion depth exceeded');
    throw new QueryError(message);
  }
}

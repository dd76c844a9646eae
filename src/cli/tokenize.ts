/**
 * Splits a command line the way a POSIX shell would before the AWS CLI ever sees it (POSIX.1-2017
 * Shell Command Language §2.2 Quoting, §2.3 Token Recognition): blanks separate words; '…' keeps
 * everything literally; "…" keeps everything except that backslash escapes $ ` " \ and newline;
 * an unquoted backslash escapes the next character; backslash-newline is a line continuation;
 * an unquoted # starts a comment; | > >> < ; && || are operators. Given variables, `$NAME` and
 * `${NAME}` expand outside single quotes (§2.6.2), unset ones to nothing, and an unquoted expansion
 * is split into words at blanks (§2.6.5); without variables `$` is kept as typed. No globbing.
 */
export type ShellToken = { kind: 'word'; value: string } | { kind: 'operator'; value: string };

export type TokenizeResult = { ok: true; tokens: ShellToken[] } | { ok: false; error: string };

const OPERATORS = ['>>', '&&', '||', '|', '>', '<', ';'];

export function tokenize(line: string, variables?: Readonly<Record<string, string>>): TokenizeResult {
  const tokens: ShellToken[] = [];
  let word = '';
  let inWord = false;
  let i = 0;
  const endWord = () => {
    if (inWord) tokens.push({ kind: 'word', value: word });
    word = '';
    inWord = false;
  };
  /** Reads `$NAME` / `${NAME}` at `at`; returns the value and where the reference ends. */
  const expansion = (at: number): { value: string; end: number } | undefined => {
    if (!variables) return undefined;
    const m = /^\$(?:\{([A-Za-z_][A-Za-z0-9_]*)\}|([A-Za-z_][A-Za-z0-9_]*))/.exec(line.slice(at));
    if (!m) return undefined;
    const name = (m[1] ?? m[2]) as string;
    return {
      value: Object.hasOwn(variables, name) ? (variables[name] as string) : '',
      end: at + m[0].length,
    };
  };
  while (i < line.length) {
    const ch = line[i] as string;
    if (ch === '\\') {
      const next = line[i + 1];
      if (next === undefined) {
        // A trailing backslash at the very end is kept literally (bash would wait for more input).
        word += ch;
        inWord = true;
        i++;
      } else if (next === '\n') {
        i += 2;
      } else if (next === '\r' && line[i + 2] === '\n') {
        i += 3;
      } else {
        word += next;
        inWord = true;
        i += 2;
      }
      continue;
    }
    if (ch === "'") {
      const end = line.indexOf("'", i + 1);
      if (end === -1) return { ok: false, error: "unexpected EOF while looking for matching `''" };
      word += line.slice(i + 1, end);
      inWord = true;
      i = end + 1;
      continue;
    }
    if (ch === '"') {
      let j = i + 1;
      let closed = false;
      while (j < line.length) {
        const c = line[j] as string;
        if (c === '"') {
          closed = true;
          break;
        }
        const inner = c === '$' ? expansion(j) : undefined;
        if (inner) {
          word += inner.value;
          j = inner.end;
          continue;
        }
        if (c === '\\' && j + 1 < line.length) {
          const n = line[j + 1] as string;
          if (n === '\n') {
            j += 2;
            continue;
          }
          if ('$`"\\'.includes(n)) {
            word += n;
            j += 2;
            continue;
          }
        }
        word += c;
        j++;
      }
      if (!closed) return { ok: false, error: 'unexpected EOF while looking for matching `"\'' };
      inWord = true;
      i = j + 1;
      continue;
    }
    const unquoted = ch === '$' ? expansion(i) : undefined;
    if (unquoted) {
      // Field splitting: blanks inside an unquoted expansion separate words.
      const fields = unquoted.value.split(/[ \t\n]+/);
      fields.forEach((field, n) => {
        if (n > 0) endWord();
        if (field !== '') {
          word += field;
          inWord = true;
        }
      });
      i = unquoted.end;
      continue;
    }
    if (ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r') {
      endWord();
      i++;
      continue;
    }
    if (ch === '#' && !inWord) {
      const nl = line.indexOf('\n', i);
      i = nl === -1 ? line.length : nl;
      continue;
    }
    const op = OPERATORS.find((o) => line.startsWith(o, i));
    if (op) {
      endWord();
      tokens.push({ kind: 'operator', value: op });
      i += op.length;
      continue;
    }
    word += ch;
    inWord = true;
    i++;
  }
  endWord();
  return { ok: true, tokens };
}

const SAFE_WORD = /^[A-Za-z0-9_@%+=:,./-]+$/;

/** Quotes one word so that `tokenize` (and bash) read it back unchanged. */
export function shellQuote(word: string): string {
  if (word !== '' && SAFE_WORD.test(word)) return word;
  return `'${word.replaceAll("'", `'\\''`)}'`;
}

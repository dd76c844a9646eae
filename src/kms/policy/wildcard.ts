// IAM wildcard matching. `*` matches any run of characters (including none), `?` exactly one character
// (IAM User Guide, "IAM JSON policy elements: Action" / "Resource" / "Condition operators – StringLike").
// Actions compare case-insensitively; ARNs and string conditions case-sensitively.
//
// Globs are matched directly, never through a RegExp: a policy (or a share link carrying one) may hold a
// pattern such as `*a*a*a*a*a*ab`, on which a backtracking regex engine takes exponential time. The matcher
// below is the classic two-pointer wildcard match: it walks the value once and, on a mismatch, only ever
// retries from the most recent `*`. A later `*` makes every earlier one irrelevant (whatever the earlier star
// would absorb, the later one can absorb instead), so at most |pattern|·|value| steps are taken.

/** Placeholders for a literal `*`/`?` produced by policy-variable substitution (variables.ts). Policies may
 *  only contain characters up to U+00FF, so these private-use characters never occur in policy text. */
export const PROTECTED_STAR = '\uE000';
export const PROTECTED_QUESTION = '\uE001';

const STAR = 0;
const ONE = 1;
/** A pattern token: STAR, ONE, or a literal character (already case-folded when matching ignores case). */
type Token = typeof STAR | typeof ONE | string;

/** Counts the inner-loop steps of a match, so tests can bound the work without timing it. */
export interface MatchMeter {
  steps: number;
}

/** A compiled glob: tests a whole value. */
export type GlobMatcher = (value: string, meter?: MatchMeter) => boolean;

/** Case folding per code point, the same comparison a `/…/iu` regex makes for the Latin-1 text of policies. */
function fold(ch: string): string {
  return ch.toLowerCase();
}

function tokenize(glob: string, ignoreCase: boolean): Token[] {
  const tokens: Token[] = [];
  for (const ch of glob) {
    if (ch === '*') {
      // Consecutive stars are one star; collapsing them keeps the step bound at |pattern|·|value|.
      if (tokens[tokens.length - 1] !== STAR) tokens.push(STAR);
    } else if (ch === '?') tokens.push(ONE);
    else if (ch === PROTECTED_STAR) tokens.push('*');
    else if (ch === PROTECTED_QUESTION) tokens.push('?');
    else tokens.push(ignoreCase ? fold(ch) : ch);
  }
  return tokens;
}

function matchTokens(tokens: readonly Token[], value: readonly string[], meter?: MatchMeter): boolean {
  let p = 0;
  let v = 0;
  // Position of the last `*` seen and the value position it is currently made to absorb up to.
  let starP = -1;
  let starV = 0;
  while (v < value.length) {
    if (meter) meter.steps++;
    const t = tokens[p];
    if (t === STAR) {
      starP = p++;
      starV = v;
    } else if (t !== undefined && (t === ONE || t === value[v])) {
      p++;
      v++;
    } else if (starP >= 0) {
      // Let the last star absorb one more character and retry the rest of the pattern after it.
      p = starP + 1;
      v = ++starV;
    } else {
      return false;
    }
  }
  while (tokens[p] === STAR) p++;
  return p === tokens.length;
}

/** Compile a glob once (policy values are matched against many request values). */
export function globMatcher(glob: string, ignoreCase = false): GlobMatcher {
  const tokens = tokenize(glob, ignoreCase);
  return (value, meter) => matchTokens(tokens, ignoreCase ? [...value].map(fold) : [...value], meter);
}

export function matchesGlob(glob: string, value: string, ignoreCase = false): boolean {
  if (glob === '*') return true;
  if (!/[*?\uE000\uE001]/.test(glob)) {
    return ignoreCase ? glob.toLowerCase() === value.toLowerCase() : glob === value;
  }
  return globMatcher(glob, ignoreCase)(value);
}

/** Action names: case-insensitive, `kms:*`, `kms:Generate*`, `*` (IAM JSON policy elements: Action). */
export function matchesAction(pattern: string, action: string): boolean {
  return matchesGlob(pattern, action, true);
}

// IAM wildcard matching. `*` matches any run of characters (including none), `?` exactly one character
// (IAM User Guide, "IAM JSON policy elements: Action" / "Resource" / "Condition operators – StringLike").
// Actions compare case-insensitively; ARNs and string conditions case-sensitively.

/** Placeholders for a literal `*`/`?` produced by policy-variable substitution (variables.ts). Policies may
 *  only contain characters up to U+00FF, so these private-use characters never occur in policy text. */
export const PROTECTED_STAR = '\uE000';
export const PROTECTED_QUESTION = '\uE001';

const cache = new Map<string, RegExp>();
const CACHE_LIMIT = 2048;

/** Regex source for the literal parts of a glob: escape everything, then turn `*`/`?` into wildcards. */
export function globSource(glob: string): string {
  let out = '';
  for (const ch of glob) {
    if (ch === '*') out += '[\\s\\S]*';
    else if (ch === '?') out += '[\\s\\S]';
    else if (ch === PROTECTED_STAR) out += '\\*';
    else if (ch === PROTECTED_QUESTION) out += '\\?';
    else out += escapeRegex(ch);
  }
  return out;
}

const SYNTAX = new Set('\\^$.*+?()[]{}|/');

function escapeRegex(text: string): string {
  let out = '';
  for (const ch of text) out += SYNTAX.has(ch) ? `\\${ch}` : ch;
  return out;
}

/** Compile a full-string regex from a source, caching by source and flags. */
export function compiled(source: string, ignoreCase: boolean): RegExp {
  const cacheKey = (ignoreCase ? 'i:' : 's:') + source;
  let re = cache.get(cacheKey);
  if (re === undefined) {
    if (cache.size >= CACHE_LIMIT) cache.clear();
    re = new RegExp(`^(?:${source})$`, ignoreCase ? 'iu' : 'u');
    cache.set(cacheKey, re);
  }
  return re;
}

export function matchesGlob(glob: string, value: string, ignoreCase = false): boolean {
  if (glob === '*') return true;
  if (!/[*?\uE000\uE001]/.test(glob)) {
    return ignoreCase ? glob.toLowerCase() === value.toLowerCase() : glob === value;
  }
  return compiled(globSource(glob), ignoreCase).test(value);
}

/** Action names: case-insensitive, `kms:*`, `kms:Generate*`, `*` (IAM JSON policy elements: Action). */
export function matchesAction(pattern: string, action: string): boolean {
  return matchesGlob(pattern, action, true);
}

// Policy variables: `${aws:PrincipalAccount}`, `${key, 'default'}` and the escapes `${*}`, `${?}`, `${$}`
// (IAM User Guide, "IAM policy elements: Variables and tags"). They are substituted only in policies whose
// Version is 2012-10-17; in older versions `${…}` is literal text.
import { PROTECTED_QUESTION, PROTECTED_STAR } from './wildcard';

export const VARIABLES_VERSION = '2012-10-17';

const VARIABLE = /\$\{([^}]*)\}/g;
// A Map: the name inside `${…}` is policy text, and `${constructor}` is an unknown variable, not a member.
const ESCAPES: ReadonlyMap<string, string> = new Map([
  ['*', PROTECTED_STAR],
  ['?', PROTECTED_QUESTION],
  ['$', '$'],
]);

/** A single-valued request value as a string; multivalued keys can't be used as variables. */
export type VariableLookup = (key: string) => string | undefined;

/**
 * Substitute variables. The result is "protected": a `*` or `?` that came from a substituted value or an
 * escape is replaced by a private-use character, so wildcard matching (wildcard.ts) treats it as literal
 * while the policy's own `*`/`?` stay wildcards. Returns null when a variable has no value and no default:
 * IAM then treats that policy value as not matching.
 */
export function substitute(text: string, lookup: VariableLookup, enabled: boolean): string | null {
  if (!enabled || !text.includes('${')) return text;
  let failed = false;
  const out = text.replace(VARIABLE, (_whole, inner: string) => {
    const body = inner.trim();
    const escaped = ESCAPES.get(body);
    if (escaped !== undefined) return escaped;
    const withDefault = /^([^,]+?)\s*,\s*'([^']*)'$/.exec(body);
    const value = lookup(withDefault ? (withDefault[1] ?? '') : body) ?? withDefault?.[2];
    if (value === undefined) {
      failed = true;
      return '';
    }
    return protect(value);
  });
  return failed ? null : out;
}

function protect(value: string): string {
  return value.replaceAll('*', PROTECTED_STAR).replaceAll('?', PROTECTED_QUESTION);
}

/** Turn a protected string back into plain text (for equality operators). */
export function unprotect(text: string): string {
  return text.replaceAll(PROTECTED_STAR, '*').replaceAll(PROTECTED_QUESTION, '?');
}

/** Variable names used in a value (for lint). */
export function variablesIn(text: string): string[] {
  return [...text.matchAll(VARIABLE)]
    .map((m) => (m[1] ?? '').split(',')[0]?.trim() ?? '')
    .filter((v) => !ESCAPES.has(v));
}

/** Encryption context pairs as typed in the matrix and the grant form: `dept=ops, project=alpha` →
 *  { dept: 'ops', project: 'alpha' }; undefined when malformed. */
export function parsePairs(text: string): Record<string, string> | undefined {
  // Null prototype: `__proto__=x` is an ordinary encryption-context key to AWS, not this object's prototype.
  const out: Record<string, string> = Object.create(null);
  for (const part of text.split(',')) {
    if (part.trim() === '') continue;
    const eq = part.indexOf('=');
    if (eq <= 0) return undefined;
    const key = part.slice(0, eq).trim();
    if (key === '') return undefined;
    out[key] = part.slice(eq + 1).trim();
  }
  return out;
}

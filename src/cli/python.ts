/**
 * How Python prints JSON-shaped values. The AWS CLI is Python: its text and table formatters print
 * scalars with `str()` (awscli/text.py, awscli/table.py), and botocore's parameter validation messages
 * embed `str(value)` and `type(value)` (botocore/validate.py). Reproducing those strings needs Python's
 * spelling of True/False/None, dict and list reprs, and float formatting.
 */
export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

/** Python `repr(float)` / `str(int)` for a JS number (ints print without a decimal point). */
export function pyNumber(n: number): string {
  if (Number.isInteger(n) && Math.abs(n) < 1e16) return String(n);
  if (Number.isNaN(n)) return 'nan';
  if (!Number.isFinite(n)) return n > 0 ? 'inf' : '-inf';
  // Python switches to exponent notation at 1e16 and below 1e-4, and writes 'e+XX' with 2+ digits.
  const abs = Math.abs(n);
  if (abs >= 1e16 || abs < 1e-4) {
    const [mant, exp] = n.toExponential().split('e') as [string, string];
    const sign = exp.startsWith('-') ? '-' : '+';
    const digits = exp.replace(/^[+-]/, '').padStart(2, '0');
    return `${mant}e${sign}${digits}`;
  }
  const s = String(n);
  return s.includes('.') ? s : `${s}.0`;
}

function pyStringRepr(s: string): string {
  // Python prefers single quotes unless the string contains ' and no ".
  const quote = s.includes("'") && !s.includes('"') ? '"' : "'";
  let out = quote;
  for (const ch of s) {
    if (ch === '\\') out += '\\\\';
    else if (ch === quote) out += `\\${ch}`;
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\t') out += '\\t';
    else if (ch < ' ' || ch === '\x7f') out += `\\x${ch.charCodeAt(0).toString(16).padStart(2, '0')}`;
    else out += ch;
  }
  return out + quote;
}

/** Python `repr(value)`. */
export function pyRepr(value: unknown): string {
  if (typeof value === 'string') return pyStringRepr(value);
  return pyStr(value);
}

/** Python `str(value)`. */
export function pyStr(value: unknown): string {
  if (value === null || value === undefined) return 'None';
  if (value === true) return 'True';
  if (value === false) return 'False';
  if (typeof value === 'number') return pyNumber(value);
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return `[${value.map(pyRepr).join(', ')}]`;
  if (typeof value === 'object') {
    return `{${Object.entries(value as Record<string, unknown>)
      .map(([k, v]) => `${pyStringRepr(k)}: ${pyRepr(v)}`)
      .join(', ')}}`;
  }
  return String(value);
}

/** Python `str(type(value))` for a value that came out of `json.loads`. */
export function pyTypeName(value: unknown): string {
  if (value === null || value === undefined) return "<class 'NoneType'>";
  if (typeof value === 'boolean') return "<class 'bool'>";
  if (typeof value === 'number') return Number.isInteger(value) ? "<class 'int'>" : "<class 'float'>";
  if (typeof value === 'string') return "<class 'str'>";
  if (Array.isArray(value)) return "<class 'list'>";
  return "<class 'dict'>";
}

/** Python's `len()` of a str counts code points, not UTF-16 units. */
export function pyLen(s: string): number {
  let n = 0;
  for (const _ of s) n++;
  return n;
}

/** Python's ValueError, whose text the CLI prints as-is (exit 255). */
export class PyValueError extends Error {
  override readonly name = 'PyValueError';
}

/** Python `int(str)` for base 10; throws Python's ValueError text on failure. */
export function pyInt(text: string): number {
  if (!/^\s*[+-]?\d+(_\d+)*\s*$/.test(text)) {
    throw new PyValueError(`invalid literal for int() with base 10: ${pyRepr(text)}`);
  }
  return Number(text.replaceAll('_', '').trim());
}

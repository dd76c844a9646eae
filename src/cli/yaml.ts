/**
 * `--output yaml`: CLI v2 dumps the response with ruamel.yaml (`YAML(typ='safe')`, block style):
 * mapping keys sorted, sequences not indented under their key, strings plain unless they would read
 * back as something else. This emitter follows those rules for the shapes KMS returns (ARNs, IDs,
 * base64, ISO timestamps, booleans, numbers, JSON policy text). Not reproduced: ruamel's folding of
 * long scalars at 80 columns, so a long string with spaces stays on one line here.
 */
import { pyCompare } from './text';

type Dict = Record<string, unknown>;
const isDict = (v: unknown): v is Dict => typeof v === 'object' && v !== null && !Array.isArray(v);

// YAML 1.2 core-schema values that a plain scalar would be read back as (bool, null, int, float), and
// timestamps, which ruamel's resolver also recognises.
const IMPLICIT =
  /^(?:~|null|Null|NULL|true|True|TRUE|false|False|FALSE|[-+]?(?:0|[1-9][0-9_]*)|0o[0-7]+|0x[0-9a-fA-F]+|[-+]?(?:\.[0-9]+|[0-9][0-9_]*(?:\.[0-9_]*)?)(?:[eE][-+]?[0-9]+)?|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN)|\d{4}-\d\d?-\d\d?(?:(?:[Tt]|[ \t]+)\d\d?:\d\d:\d\d(?:\.\d*)?(?:[ \t]*(?:Z|[-+]\d\d?(?::\d\d)?))?)?|yes|Yes|YES|no|No|NO|on|On|ON|off|Off|OFF|=|<<)$/;
const INDICATOR_START = /^[-?:,[\]{}#&*!|>'"%@`]/;

function scalar(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (typeof value === 'number') return String(value);
  const s = String(value);
  // Line breaks and other control characters force a double-quoted scalar with escapes.
  if ([...s].some((ch) => ch < ' ' || ch === '\x7f')) return JSON.stringify(s);
  const plainOk =
    s !== '' &&
    !IMPLICIT.test(s) &&
    !(INDICATOR_START.test(s) && !/^[-?:][^\s]/.test(s)) &&
    !/^\s|\s$/.test(s) &&
    !s.includes(': ') &&
    !s.includes(' #') &&
    !s.endsWith(':');
  return plainOk ? s : `'${s.replaceAll("'", "''")}'`;
}

function emit(value: unknown, indent: number, out: string[]): void {
  const pad = ' '.repeat(indent);
  if (isDict(value)) {
    for (const key of Object.keys(value).sort(pyCompare)) {
      const v = value[key];
      if (isDict(v) && Object.keys(v).length > 0) {
        out.push(`${pad}${scalar(key)}:\n`);
        emit(v, indent + 2, out);
      } else if (Array.isArray(v) && v.length > 0) {
        out.push(`${pad}${scalar(key)}:\n`);
        emit(v, indent, out);
      } else {
        out.push(`${pad}${scalar(key)}: ${inline(v)}\n`);
      }
    }
    return;
  }
  if (Array.isArray(value)) {
    for (const item of value) {
      if ((isDict(item) && Object.keys(item).length > 0) || (Array.isArray(item) && item.length > 0)) {
        const nested: string[] = [];
        emit(item, indent + 2, nested);
        const text = nested.join('');
        out.push(`${pad}- ${text.slice(indent + 2)}`);
      } else {
        out.push(`${pad}- ${inline(item)}\n`);
      }
    }
    return;
  }
  out.push(`${pad}${inline(value)}\n`);
}

function inline(v: unknown): string {
  if (Array.isArray(v)) return '[]';
  if (isDict(v)) return '{}';
  return scalar(v);
}

export function formatYaml(data: unknown): string {
  const out: string[] = [];
  emit(data, 0, out);
  return out.join('');
}

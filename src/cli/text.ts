/**
 * `--output text`: a port of awscli/text.py. Scalars of a dict go on one tab-separated line (keys
 * sorted), prefixed by the upper-cased key of the list/dict they came from; nested values follow on
 * their own lines; a list of dicts shares one sorted column set; a bare list of scalars is one line.
 * Scalars print with Python's str() (True, False, None).
 */
import { pyStr } from './python';

type Dict = Record<string, unknown>;
const isDict = (v: unknown): v is Dict => typeof v === 'object' && v !== null && !Array.isArray(v);
const isComplex = (v: unknown): boolean => Array.isArray(v) || isDict(v);
const sortedKeys = (d: Dict): string[] => Object.keys(d).sort(pyCompare);

/** Python sorts str by code point; JS `<` on strings compares UTF-16 units (same order for the BMP). */
export function pyCompare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function formatText(data: unknown): string {
  const out: string[] = [];
  formatItem(data, out, undefined, undefined);
  return out.join('');
}

function formatItem(
  item: unknown,
  out: string[],
  identifier: string | undefined,
  scalarKeys: string[] | undefined,
): void {
  if (isDict(item)) formatDict(scalarKeys, item, identifier, out);
  else if (Array.isArray(item)) formatList(item, identifier, out);
  else out.push(`${pyStr(item)}\n`);
}

function formatList(item: unknown[], identifier: string | undefined, out: string[]): void {
  if (item.length === 0) return;
  if (item.some(isDict)) {
    const allKeys = allScalarKeys(item);
    for (const element of item) formatItem(element, out, identifier, allKeys);
  } else if (item.some(Array.isArray)) {
    const scalars = item.filter((e) => !isComplex(e));
    const nonScalars = item.filter(isComplex);
    if (scalars.length > 0) formatScalarList(scalars, identifier, out);
    for (const nonScalar of nonScalars) formatItem(nonScalar, out, identifier, undefined);
  } else {
    formatScalarList(item, identifier, out);
  }
}

function formatScalarList(elements: unknown[], identifier: string | undefined, out: string[]): void {
  if (identifier !== undefined) {
    for (const item of elements) out.push(`${identifier.toUpperCase()}\t${pyStr(item)}\n`);
  } else {
    out.push(`${elements.map(pyStr).join('\t')}\n`);
  }
}

function formatDict(
  scalarKeys: string[] | undefined,
  item: Dict,
  identifier: string | undefined,
  out: string[],
): void {
  const scalars: string[] = [];
  const nonScalars: [string, unknown][] = [];
  if (scalarKeys === undefined) {
    for (const key of sortedKeys(item)) {
      if (isComplex(item[key])) nonScalars.push([key, item[key]]);
      else scalars.push(pyStr(item[key]));
    }
  } else {
    for (const key of scalarKeys) scalars.push(Object.hasOwn(item, key) ? pyStr(item[key]) : '');
    for (const key of sortedKeys(item)) {
      if (!scalarKeys.includes(key)) nonScalars.push([key, item[key]]);
    }
  }
  if (scalars.length > 0) {
    if (identifier !== undefined) scalars.unshift(identifier.toUpperCase());
    out.push(`${scalars.join('\t')}\n`);
  }
  for (const [newIdentifier, nonScalar] of nonScalars) formatItem(nonScalar, out, newIdentifier, undefined);
}

function allScalarKeys(listOfDicts: unknown[]): string[] {
  const keys = new Set<string>();
  for (const d of listOfDicts) {
    if (!isDict(d)) continue;
    for (const [k, v] of Object.entries(d)) if (!isComplex(v)) keys.add(k);
  }
  return [...keys].sort(pyCompare);
}

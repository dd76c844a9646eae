/**
 * Views as text: a replay's output (StepView, the stage's scene) written as JSON and read back equal, so a view
 * computed by the build can be drawn before the page has loaded the engine (issue #15: the first picture must
 * not wait for the replay).
 *
 * JSON alone loses two kinds of value a view holds: bytes (Uint8Array: keys, ciphertexts, messages) and dates
 * (key metadata). Each is written as a one-key object, `{"$bytes": base64}` or `{"$date": ISO 8601}`. So that a
 * name chosen by a learner can never be read as one of these (an encryption context key is any string), every
 * object key starting with `$` is written with one more `$` and read back without it.
 */
import { fromBase64, toBase64 } from '../crypto/encoding';

const BYTES = '$bytes';
const DATE = '$date';

const escapeKey = (key: string): string => (key.startsWith('$') ? `$${key}` : key);
const unescapeKey = (key: string): string => (key.startsWith('$$') ? key.slice(1) : key);

function toJsonValue(value: unknown, path: string): unknown {
  if (value instanceof Uint8Array) return { [BYTES]: toBase64(value) };
  if (value instanceof Date) return { [DATE]: value.toISOString() };
  if (Array.isArray(value)) return value.map((item, i) => toJsonValue(item, `${path}[${i}]`));
  if (value !== null && typeof value === 'object') {
    const proto = Object.getPrototypeOf(value);
    if (proto !== Object.prototype && proto !== null)
      throw new TypeError(`viewCodec: ${path} is a ${proto?.constructor?.name ?? 'class'} instance`);
    // fromEntries defines own properties, so `__proto__` stays an ordinary key.
    return Object.fromEntries(
      Object.entries(value)
        .filter(([, item]) => item !== undefined)
        .map(([key, item]) => [escapeKey(key), toJsonValue(item, `${path}.${key}`)]),
    );
  }
  if (typeof value === 'function' || typeof value === 'symbol' || typeof value === 'bigint')
    throw new TypeError(`viewCodec: ${path} is a ${typeof value}`);
  return value;
}

function fromJsonValue(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(fromJsonValue);
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value);
    const [only] = entries;
    if (entries.length === 1 && only?.[0] === BYTES && typeof only[1] === 'string')
      return fromBase64(only[1]);
    if (entries.length === 1 && only?.[0] === DATE && typeof only[1] === 'string') return new Date(only[1]);
    return Object.fromEntries(entries.map(([key, item]) => [unescapeKey(key), fromJsonValue(item)]));
  }
  return value;
}

/** `value` as JSON text; throws on what JSON cannot carry (class instances other than bytes and dates). */
export const encodeView = (value: unknown): string => JSON.stringify(toJsonValue(value, '$'));

/** What `encodeView` wrote, read back: bytes as Uint8Array, dates as Date, keys as they were. */
export const decodeView = (text: string): unknown => fromJsonValue(JSON.parse(text));

/**
 * What the CLI prints on stdout for a successful call (awscli/formatter.py), after turning the KMS wire
 * response into what the CLI's parser produces: CLI v2 prints timestamps as ISO 8601 in the machine's
 * time zone (awscli/customizations/scalarparse.py `iso_format` = `datetime.isoformat()` of the epoch
 * seconds in local time) and leaves blobs as base64 text.
 */
import { type OperationName, outputShape, type Shape, shapeOf } from './model';
import type { OutputFormat } from './parse';
import { runQuery } from './query';
import { formatTable } from './table';
import { formatText } from './text';
import { formatYaml } from './yaml';

export interface TimeZone {
  /** Minutes east of UTC (Tokyo: 540). The CLI prints in the local zone of the machine it runs on. */
  utcOffsetMinutes: number;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** Python `datetime.fromtimestamp(seconds, tz).isoformat()`: microseconds only when non-zero. */
export function isoTimestamp(epochSeconds: number, zone: TimeZone = { utcOffsetMinutes: 0 }): string {
  const micros = Math.round(epochSeconds * 1e6) + zone.utcOffsetMinutes * 60_000_000;
  const seconds = Math.floor(micros / 1e6);
  const us = micros - seconds * 1e6;
  const d = new Date(seconds * 1000);
  const base =
    `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}` +
    `T${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`;
  const frac = us === 0 ? '' : `.${pad(us, 6)}`;
  const sign = zone.utcOffsetMinutes < 0 ? '-' : '+';
  const off = Math.abs(zone.utcOffsetMinutes);
  return `${base}${frac}${sign}${pad(Math.floor(off / 60))}:${pad(off % 60)}`;
}

function epochSecondsOf(value: unknown): number | undefined {
  if (typeof value === 'number') return value;
  if (value instanceof Date) return value.getTime() / 1000;
  if (typeof value === 'string') {
    const n = Number(value);
    if (!Number.isNaN(n)) return n;
    const t = Date.parse(value);
    if (!Number.isNaN(t)) return t / 1000;
  }
  return undefined;
}

function convert(value: unknown, shape: Shape, zone: TimeZone): unknown {
  switch (shape.type) {
    case 'timestamp': {
      const seconds = epochSecondsOf(value);
      return seconds === undefined ? value : isoTimestamp(seconds, zone);
    }
    case 'structure': {
      if (typeof value !== 'object' || value === null) return value;
      const out: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(value)) {
        const ref = shape.members?.[k];
        out[k] = ref ? convert(v, shapeOf(ref.shape), zone) : v;
      }
      return out;
    }
    case 'list': {
      if (!Array.isArray(value)) return value;
      const s = shapeOf((shape.member as { shape: string }).shape);
      return value.map((v) => convert(v, s, zone));
    }
    case 'map': {
      if (typeof value !== 'object' || value === null) return value;
      const s = shapeOf((shape.value as { shape: string }).shape);
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, convert(v, s, zone)]));
    }
    default:
      return value;
  }
}

/** The KMS JSON response body as the CLI's parsed response (timestamps → ISO 8601 strings). */
export function toCliResponse(operation: OperationName, body: unknown, zone?: TimeZone): unknown {
  const shape = outputShape(operation);
  return shape ? convert(body ?? {}, shape, zone ?? { utcOffsetMinutes: 0 }) : {};
}

export interface FormatOptions {
  output: OutputFormat;
  query?: string;
  /** Terminal columns for `table` (the CLI uses 80 when it cannot ask the terminal). */
  terminalWidth?: number;
}

const isEmptyDict = (v: unknown) =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && Object.keys(v).length === 0;

/** Formats a whole (already converted) response: applies `--query`, then the output format. */
export function formatResponse(operation: OperationName, response: unknown, options: FormatOptions): string {
  const data = options.query !== undefined ? runQuery(options.query, response) : response;
  switch (options.output) {
    case 'json':
      // JSONFormatter skips an empty response (e.g. EnableKey) but prints other falsy values (null, []).
      return isEmptyDict(data) ? '' : `${JSON.stringify(data, null, 4)}\n`;
    case 'text':
      return formatText(data);
    case 'table':
      return formatTable(operation, data, options.terminalWidth ?? 80);
    case 'yaml':
      return isEmptyDict(data) ? '' : formatYaml(data);
    case 'yaml-stream':
      return isEmptyDict(data) ? '' : formatYaml([data]);
    case 'off':
      return '';
  }
}

/**
 * Reading CloudTrail records (reference §9) for the panel: what a row shows, the filters, JSON Lines export.
 * Records are plain JSON as the engine writes them; nothing here changes one.
 */
import type { TrailRecord } from './timeline';

export type Outcome = 'any' | 'succeeded' | 'failed';

export interface TrailFilter {
  eventName: string;
  /** Part of a key ID, key ARN or alias (what the request named, or the key in `resources`). */
  key: string;
  /** Part of the caller's ARN or the service in `invokedBy`. */
  principal: string;
  outcome: Outcome;
  /** `YYYY-MM-DDTHH:MM` (UTC), inclusive; empty = open. */
  from: string;
  to: string;
}

export const NO_FILTER: TrailFilter = {
  eventName: '',
  key: '',
  principal: '',
  outcome: 'any',
  from: '',
  to: '',
};

export const isFiltering = (f: TrailFilter) =>
  f.eventName !== '' ||
  f.key !== '' ||
  f.principal !== '' ||
  f.outcome !== 'any' ||
  f.from !== '' ||
  f.to !== '';

const field = (value: unknown, name: string): unknown =>
  typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[name] : undefined;
const text = (value: unknown): string => (typeof value === 'string' ? value : '');

/** What one row of the list shows. */
export interface RecordSummary {
  eventName: string;
  eventTime: string;
  /** The caller's ARN (an assumed-role session for roles), or the account for AWS service events. */
  principal: string;
  invokedBy: string;
  /** The key ARN from `resources`, else what the request named. */
  key: string;
  errorCode: string;
}

export function summarize(record: TrailRecord): RecordSummary {
  const identity = record.userIdentity;
  const resources = record.resources;
  const firstResource = Array.isArray(resources) ? resources[0] : undefined;
  return {
    eventName: text(record.eventName),
    eventTime: text(record.eventTime),
    principal: text(field(identity, 'arn')) || text(field(identity, 'accountId')),
    invokedBy: text(field(identity, 'invokedBy')),
    key: text(field(firstResource, 'ARN')) || text(field(record.requestParameters, 'keyId')),
    errorCode: text(record.errorCode),
  };
}

/** `arn:aws:sts::111122223333:assumed-role/Admin/kms-lab` → `assumed-role/Admin/kms-lab`. */
export const shortArn = (arn: string) => (arn.startsWith('arn:') ? arn.split(':').slice(5).join(':') : arn);

/** `arn:aws:kms:…:key/1234abcd-…` → `1234abcd…` (the first block of the key ID). */
export const shortKey = (arn: string) => {
  const id = arn.split('/').pop() ?? arn;
  return id.length > 12 ? `${id.slice(0, 8)}…` : id;
};

/** CloudTrail times are whole seconds, `2026-01-01T00:00:00Z`; the inputs give minutes, `2026-01-01T00:00`. */
const minuteOf = (eventTime: string) => eventTime.slice(0, 16);

export function matches(record: TrailRecord, filter: TrailFilter): boolean {
  const s = summarize(record);
  if (filter.eventName && s.eventName !== filter.eventName) return false;
  if (filter.outcome === 'succeeded' && s.errorCode) return false;
  if (filter.outcome === 'failed' && !s.errorCode) return false;
  if (filter.from && minuteOf(s.eventTime) < filter.from) return false;
  if (filter.to && minuteOf(s.eventTime) > filter.to) return false;
  if (filter.key) {
    const wanted = filter.key.trim();
    const named = text(field(record.requestParameters, 'keyId'));
    if (!s.key.includes(wanted) && !named.includes(wanted)) return false;
  }
  if (filter.principal) {
    const wanted = filter.principal.trim();
    if (!s.principal.includes(wanted) && !s.invokedBy.includes(wanted)) return false;
  }
  return true;
}

/** Indexes of the first `count` records that match, newest first. */
export function visibleIndexes(
  records: readonly TrailRecord[],
  count: number,
  filter: TrailFilter,
): number[] {
  const out: number[] = [];
  const all = !isFiltering(filter);
  for (let i = count - 1; i >= 0; i--) if (all || matches(records[i] as TrailRecord, filter)) out.push(i);
  return out;
}

/** Every event name among the first `count` records, sorted. */
export function eventNames(records: readonly TrailRecord[], count: number): string[] {
  const names = new Set<string>();
  for (let i = 0; i < count; i++) names.add(text((records[i] as TrailRecord).eventName));
  return [...names].sort();
}

/** JSON Lines (one record per line, oldest first), the shape log tools ingest. */
export function toJsonLines(records: readonly TrailRecord[], indexes: readonly number[]): string {
  return [...indexes]
    .sort((a, b) => a - b)
    .map((i) => JSON.stringify(records[i]))
    .join('\n')
    .concat(indexes.length > 0 ? '\n' : '');
}

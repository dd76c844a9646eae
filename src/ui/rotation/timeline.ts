/**
 * Layout of the rotation timeline, as plain numbers (no React): one lane per KMS key, its backing-key versions
 * as segments from each version's creation to the next (reference §5: every version is kept until the key is
 * deleted), its ciphertexts as marks at their time linked to the version that made them, and its deletion
 * windows (scheduled, cancelled, completed). Marks are bucketed per pixel column so a lane never draws more
 * marks than it has columns, whatever the number of ciphertexts.
 */
import type { CiphertextFact, KeyLifetime, ScenarioHistory } from './history';

export const DAY_MS = 86_400_000;
/**
 * The narrowest a version segment is drawn by default, so versions made at the same instant stay visible and
 * focusable. The timeline passes its own: room for the segment's label ("v3 ✦") at its text size, so a version
 * created and replaced on one day is never an unlabelled sliver.
 */
export const MIN_SEGMENT_PX = 10;
/** Ciphertext marks closer than this share one mark (with a count). */
export const MARK_BUCKET_PX = 6;
/** The shortest span the timeline zooms to. */
export const MIN_SPAN_MS = 2 * DAY_MS;

export interface TimeWindow {
  fromMs: number;
  toMs: number;
}

export interface TimeScale extends TimeWindow {
  width: number;
}

export const xOf = (scale: TimeScale, ms: number): number =>
  ((ms - scale.fromMs) / (scale.toMs - scale.fromMs)) * scale.width;

export const msOf = (scale: TimeScale, x: number): number =>
  scale.fromMs + (x / scale.width) * (scale.toMs - scale.fromMs);

export interface VersionSegment {
  versionIndex: number;
  keyMaterialId: string;
  rotationType?: 'AUTOMATIC' | 'ON_DEMAND';
  createdMs: number;
  /** The next version's creation, or the key's deletion, or now. */
  endMs: number;
  current: boolean;
  x: number;
  width: number;
}

export interface CiphertextMark {
  x: number;
  versionIndex: number;
  /** Ciphertexts in this mark (same column, same version), oldest first. */
  facts: CiphertextFact[];
  /** Where the link to the version's segment lands. */
  linkX: number;
}

export interface DeletionWindowLayout {
  /** When ScheduleKeyDeletion was called. */
  scheduledMs: number;
  /** DeletionDate, or when the deletion was cancelled. */
  endMs: number;
  outcome: 'pending' | 'cancelled' | 'deleted';
  x: number;
  width: number;
}

export interface LaneLayout {
  keyArn: string;
  lifetime: KeyLifetime;
  segments: VersionSegment[];
  marks: CiphertextMark[];
  windows: DeletionWindowLayout[];
  /** The next automatic rotation, if one is scheduled and the key is Enabled. */
  nextRotation?: { ms: number; x: number };
  /** Where the key's life ends on the timeline (deletion or now). */
  endX: number;
}

/** Ciphertexts grouped by key, each list sorted by time (computed once per history). */
export function ciphertextsByKey(history: ScenarioHistory): Map<string, CiphertextFact[]> {
  const byKey = new Map<string, CiphertextFact[]>();
  for (const fact of history.ciphertexts) {
    const list = byKey.get(fact.keyArn);
    if (list) list.push(fact);
    else byKey.set(fact.keyArn, [fact]);
  }
  for (const list of byKey.values()) list.sort((a, b) => a.timeMs - b.timeMs || a.stepIndex - b.stepIndex);
  return byKey;
}

/** The first index in `facts` (sorted by time) at or after `ms`. */
function lowerBound(facts: readonly CiphertextFact[], ms: number): number {
  let lo = 0;
  let hi = facts.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((facts[mid] as CiphertextFact).timeMs < ms) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Deletion windows from the transitions: each PendingDeletion period and how it ended. */
function deletionWindows(
  history: ScenarioHistory,
  lifetime: KeyLifetime,
): Omit<DeletionWindowLayout, 'x' | 'width'>[] {
  const windows: Omit<DeletionWindowLayout, 'x' | 'width'>[] = [];
  let openedMs: number | undefined;
  for (const t of history.transitions) {
    if (t.keyArn !== lifetime.arn) continue;
    if (t.to === 'PendingDeletion' && t.from !== 'PendingReplicaDeletion') openedMs = t.timeMs;
    else if (t.from === 'PendingDeletion' && openedMs !== undefined) {
      windows.push({
        scheduledMs: openedMs,
        endMs: t.timeMs,
        outcome: t.to === 'Deleted' ? 'deleted' : 'cancelled',
      });
      openedMs = undefined;
    }
  }
  const deletionDate = lifetime.view.metadata.DeletionDate?.getTime();
  if (openedMs !== undefined && deletionDate !== undefined)
    windows.push({ scheduledMs: openedMs, endMs: deletionDate, outcome: 'pending' });
  return windows;
}

export function layoutLane(
  history: ScenarioHistory,
  lifetime: KeyLifetime,
  facts: readonly CiphertextFact[],
  scale: TimeScale,
  minSegmentPx = MIN_SEGMENT_PX,
): LaneLayout {
  const { view } = lifetime;
  const lifeEndMs = lifetime.deletedMs ?? history.nowMs;
  const endX = xOf(scale, lifeEndMs);
  const versions = view.versions;
  const segments: VersionSegment[] = [];
  let previousEnd = Number.NEGATIVE_INFINITY;
  versions.forEach((version, versionIndex) => {
    const createdMs = version.createdDate.getTime();
    const endMs = versions[versionIndex + 1]?.createdDate.getTime() ?? lifeEndMs;
    // Versions made at the same instant (on-demand rotations without time passing) are pushed apart.
    const x = Math.max(xOf(scale, createdMs), previousEnd);
    const width = Math.max(xOf(scale, endMs) - x, minSegmentPx);
    previousEnd = x + width;
    segments.push({
      versionIndex,
      keyMaterialId: version.keyMaterialId,
      ...(version.rotationType ? { rotationType: version.rotationType } : {}),
      createdMs,
      endMs,
      current: version.current,
      x,
      width,
    });
  });

  const marks: CiphertextMark[] = [];
  const bucketMs = (MARK_BUCKET_PX / scale.width) * (scale.toMs - scale.fromMs);
  const last = new Map<number, CiphertextMark>();
  for (let i = lowerBound(facts, scale.fromMs - bucketMs); i < facts.length; i++) {
    const fact = facts[i] as CiphertextFact;
    if (fact.timeMs > scale.toMs + bucketMs) break;
    const x = xOf(scale, fact.timeMs);
    const open = last.get(fact.versionIndex);
    if (open && x - open.x < MARK_BUCKET_PX) {
      open.facts.push(fact);
      continue;
    }
    const segment = segments[fact.versionIndex];
    const linkX = segment ? Math.min(Math.max(x, segment.x), segment.x + segment.width) : x;
    const mark = { x, versionIndex: fact.versionIndex, facts: [fact], linkX };
    last.set(fact.versionIndex, mark);
    marks.push(mark);
  }

  const windows = deletionWindows(history, lifetime).map((w) => {
    const x = xOf(scale, w.scheduledMs);
    return { ...w, x, width: Math.max(xOf(scale, w.endMs) - x, 2) };
  });

  const next = view.rotation.nextRotationDate?.getTime();
  const rotating =
    lifetime.deletedMs === undefined && view.metadata.KeyState === 'Enabled' && view.rotation.enabled;
  return {
    keyArn: lifetime.arn,
    lifetime,
    segments,
    marks,
    windows,
    ...(rotating && next !== undefined ? { nextRotation: { ms: next, x: xOf(scale, next) } } : {}),
    endX,
  };
}

/**
 * The span the timeline shows until the learner zooms or pans: the scenario's start to beyond now and every date
 * KMS has scheduled, at least 30 days, with room on the left for the clock handle at the start and a quarter more
 * on the right to drag the clock into. (Framing a whole year ahead left a first scenario, all on its first day,
 * as a sliver at the left edge with the handle half cut.)
 */
export function timelineExtent(history: ScenarioHistory, startMs: number): TimeWindow {
  let endMs = history.nowMs;
  for (const { view, deletedMs } of history.keys.values()) {
    if (deletedMs !== undefined) continue;
    const deletion = view.metadata.DeletionDate?.getTime();
    if (deletion !== undefined) endMs = Math.max(endMs, deletion);
    const next = view.rotation.nextRotationDate?.getTime();
    if (next !== undefined && view.rotation.enabled) endMs = Math.max(endMs, next);
  }
  const span = Math.max(endMs - startMs, 30 * DAY_MS);
  return { fromMs: startMs - span * 0.05, toMs: startMs + span * 1.25 };
}

/** Zooms by `factor` (< 1 zooms in) around `anchorMs`, staying inside `extent`. */
export function zoomWindow(
  window: TimeWindow,
  extent: TimeWindow,
  factor: number,
  anchorMs: number,
): TimeWindow {
  const maxSpan = extent.toMs - extent.fromMs;
  const span = Math.min(Math.max((window.toMs - window.fromMs) * factor, MIN_SPAN_MS), maxSpan);
  const ratio = (anchorMs - window.fromMs) / (window.toMs - window.fromMs);
  return clampWindow({ fromMs: anchorMs - span * ratio, toMs: anchorMs - span * ratio + span }, extent);
}

/** Moves the window by `deltaMs`, staying inside `extent`. */
export function panWindow(window: TimeWindow, extent: TimeWindow, deltaMs: number): TimeWindow {
  return clampWindow({ fromMs: window.fromMs + deltaMs, toMs: window.toMs + deltaMs }, extent);
}

export function clampWindow(window: TimeWindow, extent: TimeWindow): TimeWindow {
  const span = Math.min(window.toMs - window.fromMs, extent.toMs - extent.fromMs);
  const fromMs = Math.min(Math.max(window.fromMs, extent.fromMs), extent.toMs - span);
  return { fromMs, toMs: fromMs + span };
}

export type TickUnit = 'year' | 'month' | 'day';

/** Calendar ticks (UTC) for the window: years, months or days, at most about `maxTicks` of them. */
export function timeTicks(window: TimeWindow, maxTicks: number): { ms: number; unit: TickUnit }[] {
  const span = window.toMs - window.fromMs;
  const from = new Date(window.fromMs);
  const ticks: { ms: number; unit: TickUnit }[] = [];
  if (span > 3 * 365 * DAY_MS) {
    const step = Math.max(1, Math.ceil(span / (365.25 * DAY_MS) / maxTicks));
    for (let y = from.getUTCFullYear(); ; y += step) {
      const ms = Date.UTC(y, 0, 1);
      if (ms > window.toMs) break;
      if (ms >= window.fromMs) ticks.push({ ms, unit: 'year' });
    }
  } else if (span > 60 * DAY_MS) {
    const step = Math.max(1, Math.ceil(span / (30.44 * DAY_MS) / maxTicks));
    for (let m = from.getUTCMonth(), y = from.getUTCFullYear(); ; m += step) {
      const ms = Date.UTC(y, m, 1);
      if (ms > window.toMs) break;
      if (ms >= window.fromMs) ticks.push({ ms, unit: new Date(ms).getUTCMonth() === 0 ? 'year' : 'month' });
    }
  } else {
    const step = Math.max(1, Math.ceil(span / DAY_MS / maxTicks));
    const first = Date.UTC(from.getUTCFullYear(), from.getUTCMonth(), from.getUTCDate());
    for (let ms = first; ms <= window.toMs; ms += step * DAY_MS)
      if (ms >= window.fromMs) ticks.push({ ms, unit: 'day' });
  }
  return ticks;
}

/** `months` calendar months after `ms` (UTC), clamped to the month's last day (Jan 31 + 1 month = Feb 28). */
export function addMonths(ms: number, months: number): number {
  const d = new Date(ms);
  const target = Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + months, 1);
  const t = new Date(target);
  const lastDay = new Date(Date.UTC(t.getUTCFullYear(), t.getUTCMonth() + 1, 0)).getUTCDate();
  return (
    Date.UTC(t.getUTCFullYear(), t.getUTCMonth(), Math.min(d.getUTCDate(), lastDay)) +
    (ms - Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()))
  );
}

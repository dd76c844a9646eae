import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CiphertextFact, KeyLifetime, ScenarioHistory } from './history';
import { historyOf, lessonSteps } from './lesson.fixture';
import {
  addMonths,
  ciphertextsByKey,
  DAY_MS,
  layoutLane,
  MARK_BUCKET_PX,
  MIN_SEGMENT_PX,
  MIN_SPAN_MS,
  panWindow,
  timelineExtent,
  timeTicks,
  xOf,
  zoomWindow,
} from './timeline';

const START = Date.parse('2026-01-01T00:00:00Z');

describe('rotation timeline layout', () => {
  it('draws each backing-key version from its creation to the next, and the deletion windows', async () => {
    const history = await historyOf(lessonSteps);
    const lifetime = [...history.keys.values()][0] as KeyLifetime;
    const scale = { ...timelineExtent(history, START), width: 1000 };
    const lane = layoutLane(history, lifetime, ciphertextsByKey(history).get(lifetime.arn) ?? [], scale);
    expect(lane.segments.map((s) => s.versionIndex)).toEqual([0, 1, 2, 3]);
    expect(lane.segments[1]?.createdMs).toBe(START + 90 * DAY_MS);
    expect(lane.segments[0]?.endMs).toBe(lane.segments[1]?.createdMs);
    // The last version ends with the key, on its deletion date.
    expect(lane.segments[3]?.endMs).toBe(lifetime.deletedMs);
    expect(lane.windows.map((w) => w.outcome)).toEqual(['cancelled', 'deleted']);
    expect(lane.windows[1]?.endMs).toBe(START + 207 * DAY_MS);
    expect(lane.nextRotation).toBeUndefined();
    // Each mark lands in its own version's segment.
    for (const mark of lane.marks) {
      const segment = lane.segments[mark.versionIndex];
      expect(mark.linkX).toBeGreaterThanOrEqual(segment?.x ?? Number.NaN);
      expect(mark.linkX).toBeLessThanOrEqual((segment?.x ?? 0) + (segment?.width ?? 0));
    }
  });

  it('keeps versions made at the same instant apart and in order', async () => {
    const keyId = { $ref: 's1/KeyMetadata/KeyId' };
    const history = await historyOf([
      { id: 's1', kind: 'kms.call', op: 'CreateKey', request: {} },
      { id: 's2', kind: 'kms.call', op: 'RotateKeyOnDemand', request: { KeyId: keyId } },
      { id: 's3', kind: 'kms.call', op: 'RotateKeyOnDemand', request: { KeyId: keyId } },
      { id: 's4', kind: 'clock.advance', ms: 30 * DAY_MS },
    ]);
    const lifetime = [...history.keys.values()][0] as KeyLifetime;
    const lane = layoutLane(history, lifetime, [], { ...timelineExtent(history, START), width: 800 });
    const xs = lane.segments.map((s) => s.x);
    expect(lane.segments).toHaveLength(3);
    for (let i = 1; i < xs.length; i++)
      expect((xs[i] as number) - (xs[i - 1] as number)).toBeGreaterThanOrEqual(MIN_SEGMENT_PX);
  });

  it('gives a version made and replaced on one day room for its label', async () => {
    const keyId = { $ref: 's1/KeyMetadata/KeyId' };
    const history = await historyOf([
      { id: 's1', kind: 'kms.call', op: 'CreateKey', request: {} },
      { id: 's2', kind: 'clock.advance', ms: DAY_MS },
      { id: 's3', kind: 'kms.call', op: 'RotateKeyOnDemand', request: { KeyId: keyId } },
      { id: 's4', kind: 'clock.advance', ms: 3 * 365 * DAY_MS },
    ]);
    const lifetime = [...history.keys.values()][0] as KeyLifetime;
    const scale = { ...timelineExtent(history, START), width: 800 };
    // A day of three years is under a pixel at 800 px; the label ("v0") needs about 51 px at 16 px text.
    expect(xOf(scale, START + DAY_MS) - xOf(scale, START)).toBeLessThan(1);
    const lane = layoutLane(history, lifetime, [], scale, 51);
    expect(lane.segments[0]?.width).toBe(51);
    expect(lane.segments[1]?.x).toBeGreaterThanOrEqual((lane.segments[0]?.x ?? 0) + 51);
  });

  it('frames a scenario that is all on its first day in a month, with room for the clock handle on its left', async () => {
    const history = await historyOf([{ id: 's1', kind: 'kms.call', op: 'CreateKey', request: {} }]);
    const window = timelineExtent(history, START);
    // Not the year ahead it used to show (the scenario a 10 px sliver at the left edge).
    expect(window.toMs - window.fromMs).toBeLessThan(45 * DAY_MS);
    const scale = { ...window, width: 320 };
    // The handle's grip is 18 px wide, centred on "now" (the start): 9 px of it must fit on a phone's timeline.
    expect(xOf(scale, history.nowMs)).toBeGreaterThanOrEqual(9);
  });

  it('buckets 10,000 ciphertexts into at most one mark per column and version, losing none', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 3650 * 24 }), { minLength: 1, maxLength: 10_000 }),
        fc.integer({ min: 200, max: 2000 }),
        (hours, width) => {
          const facts: CiphertextFact[] = hours
            .map((h, i) => ({
              stepId: `s${i + 1}`,
              stepIndex: i,
              timeMs: START + h * 3_600_000,
              op: 'Encrypt' as const,
              region: 'us-east-1',
              blobRef: `s${i + 1}/CiphertextBlob`,
              keyArn: 'k',
              keyMaterialId: '0'.repeat(64),
              versionIndex: 0,
            }))
            .sort((a, b) => a.timeMs - b.timeMs);
          const lifetime = {
            arn: 'k',
            view: {
              metadata: { KeyState: 'Enabled' },
              rotation: { enabled: false, periodInDays: 365, onDemandRotations: 0 },
              versions: [{ keyMaterialId: '0'.repeat(64), createdDate: new Date(START), current: true }],
            },
          } as unknown as KeyLifetime;
          const history = {
            upTo: 0,
            nowMs: START + 3650 * DAY_MS,
            ciphertexts: facts,
            decrypts: [],
            transitions: [],
            keys: new Map([['k', lifetime]]),
          } satisfies ScenarioHistory;
          const scale = { fromMs: START, toMs: START + 3651 * DAY_MS, width };
          const lane = layoutLane(history, lifetime, facts, scale);
          expect(lane.marks.reduce((n, m) => n + m.facts.length, 0)).toBe(facts.length);
          expect(lane.marks.length).toBeLessThanOrEqual(Math.ceil(width / MARK_BUCKET_PX) + 1);
          for (let i = 1; i < lane.marks.length; i++)
            expect((lane.marks[i]?.x ?? 0) - (lane.marks[i - 1]?.x ?? 0)).toBeGreaterThanOrEqual(
              MARK_BUCKET_PX,
            );
        },
      ),
      { numRuns: 25 },
    );
  });

  it('zooms around the anchor and pans without leaving the extent', () => {
    const extent = { fromMs: START, toMs: START + 3650 * DAY_MS };
    const half = zoomWindow(extent, extent, 0.5, START + 1000 * DAY_MS);
    expect(half.toMs - half.fromMs).toBe(1825 * DAY_MS);
    // The anchor keeps its place on screen.
    const ratio = (w: { fromMs: number; toMs: number }) =>
      (START + 1000 * DAY_MS - w.fromMs) / (w.toMs - w.fromMs);
    expect(ratio(half)).toBeCloseTo(ratio(extent), 10);
    const tiny = zoomWindow(half, extent, 1e-9, START + 1000 * DAY_MS);
    expect(tiny.toMs - tiny.fromMs).toBe(MIN_SPAN_MS);
    expect(zoomWindow(half, extent, 100, START)).toEqual(extent);
    expect(panWindow(half, extent, -1e15)).toEqual({ fromMs: START, toMs: START + 1825 * DAY_MS });
    expect(panWindow(half, extent, 1e15).toMs).toBe(extent.toMs);
  });

  it('ticks by year, month or day, on calendar boundaries', () => {
    const years = timeTicks({ fromMs: START, toMs: START + 3650 * DAY_MS }, 12);
    expect(years.map((t) => new Date(t.ms).toISOString().slice(0, 4))).toEqual([
      '2026',
      '2027',
      '2028',
      '2029',
      '2030',
      '2031',
      '2032',
      '2033',
      '2034',
      '2035',
    ]);
    const months = timeTicks({ fromMs: START + DAY_MS, toMs: START + 365 * DAY_MS }, 12);
    expect(months[0]?.ms).toBe(Date.UTC(2026, 1, 1));
    expect(months.every((t) => new Date(t.ms).getUTCDate() === 1)).toBe(true);
    const days = timeTicks({ fromMs: START, toMs: START + 10 * DAY_MS }, 20);
    expect(days).toHaveLength(11);
    expect(xOf({ fromMs: START, toMs: START + DAY_MS, width: 100 }, START + DAY_MS / 4)).toBe(25);
  });

  it('adds calendar months the way a calendar does', () => {
    expect(new Date(addMonths(Date.UTC(2026, 0, 31, 12), 1)).toISOString()).toBe('2026-02-28T12:00:00.000Z');
    expect(new Date(addMonths(Date.UTC(2026, 0, 1), 12)).toISOString()).toBe('2027-01-01T00:00:00.000Z');
  });
});

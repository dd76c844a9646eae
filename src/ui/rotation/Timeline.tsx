import {
  type KeyboardEvent,
  memo,
  type PointerEvent,
  useCallback,
  useEffect,
  useId,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
} from 'react';
import { usePreferences } from '../../state/preferences';
import { formatDate, keyName } from '../keys/format';
import panelStyles from '../keys/panel.module.css';
import { variant } from '../shell/cssModule';
import { RichText } from '../shell/RichText';
import { useLang, useT } from '../shell/useT';
import type { CiphertextFact, KeyLifetime, ScenarioHistory, VersionUse } from './history';
import styles from './rotation.module.css';
import {
  addMonths,
  ciphertextsByKey,
  DAY_MS,
  type LaneLayout,
  layoutLane,
  msOf,
  panWindow,
  type TimeScale,
  type TimeWindow,
  timelineExtent,
  timeTicks,
  type VersionSegment,
  xOf,
  zoomWindow,
} from './timeline';

/** What each key does to the clock handle's pending time (the arrows move a day, Page Up/Down a month). */
const HANDLE_KEYS: Record<string, (pendingMs: number, nowMs: number) => number> = {
  ArrowRight: (ms) => ms + DAY_MS,
  ArrowUp: (ms) => ms + DAY_MS,
  ArrowLeft: (ms) => ms - DAY_MS,
  ArrowDown: (ms) => ms - DAY_MS,
  PageUp: (ms) => addMonths(ms, 1),
  PageDown: (ms) => addMonths(ms, -1),
  Home: (_, nowMs) => nowMs,
};

/** Room to the right of "now" for dragging the clock into the future. */
const FUTURE_ROOM_MS = 365 * DAY_MS;

export interface TimelineProps {
  history: ScenarioHistory;
  /** The scenario's start (the left edge of the full timeline). */
  startMs: number;
  lanes: readonly KeyLifetime[];
  /** The ciphertext the learner picked (its mark and link are drawn bold). */
  selected?: CiphertextFact;
  onSelect?: (fact: CiphertextFact) => void;
  /** The version the step under the cursor decrypted with, highlighted on its lane. */
  used?: VersionUse & { ciphertextStepId?: string };
  /** Appends a clock.advance step of `ms` (the clock only moves forward). */
  onAdvance: (ms: number) => void;
  /** For the benchmark: report layout time (ms) of each render. */
  onLayout?: (ms: number) => void;
}

/** Sizes follow the theme's body text, so the projector theme gets a bigger timeline. */
function useMetrics() {
  const theme = usePreferences((s) => s.theme);
  const [font, setFont] = useState(16);
  // The theme sets the root font size (applied to <html> before this runs), so re-measure when it changes.
  useLayoutEffect(() => {
    if (theme) setFont(Number.parseFloat(getComputedStyle(document.documentElement).fontSize) || 16);
  }, [theme]);
  return useMemo(
    () => ({
      font,
      // Above the lanes, two rows: the clock handle's grip, then the calendar labels. The "now" line starts
      // under the labels, so neither the grip nor the line crosses a month's name.
      grip: Math.round(font * 1.4),
      tickLabel: Math.round(font * 2.4),
      axis: Math.round(font * 3),
      // One line each, top to bottom: the key's name and state; the next rotation's date; the versions band;
      // the "used here" label; the ciphertext marks. (Sharing lines, they overlapped at the projector's size.)
      lane: Math.round(font * 6.2),
      band: Math.round(font * 1.3),
      bandTop: Math.round(font * 2.5),
      markY: Math.round(font * 5.4),
      markR: Math.max(3, Math.round(font * 0.32)),
      // A version's segment is never narrower than its label ("v12 ⟳").
      segment: Math.round(font * 3.2),
    }),
    [font],
  );
}

type Metrics = ReturnType<typeof useMetrics>;

/** Circles (one path for all the marks of a lane: drawing 10,000 ciphertexts must stay cheap). */
function marksPath(lane: LaneLayout, y: number, r: number): string {
  let d = '';
  for (const m of lane.marks) {
    const rr = m.facts.length > 1 ? r * 1.35 : r;
    d += `M${(m.x - rr).toFixed(1)},${y}a${rr},${rr} 0 1,0 ${2 * rr},0a${rr},${rr} 0 1,0 ${-2 * rr},0`;
  }
  return d;
}

function crossesPath(lane: LaneLayout, y: number, r: number): string {
  let d = '';
  for (const m of lane.marks)
    d += `M${m.x - r},${y - r}l${2 * r},${2 * r}M${m.x - r},${y + r}l${2 * r},${-2 * r}`;
  return d;
}

const Lane = memo(function Lane({
  lane,
  index,
  metrics,
  width,
  selected,
  used,
  onFocusVersion,
}: {
  lane: LaneLayout;
  index: number;
  metrics: Metrics;
  width: number;
  selected?: CiphertextFact;
  used?: VersionUse;
  onFocusVersion: (lane: LaneLayout, segment: VersionSegment | undefined) => void;
}) {
  const t = useT();
  const lang = useLang();
  const { view, deletedMs } = lane.lifetime;
  const top = metrics.axis + index * metrics.lane;
  const bandBottom = metrics.bandTop + metrics.band;
  const shredded = deletedMs !== undefined;
  const selectedMark = selected && lane.marks.find((m) => m.facts.includes(selected));
  const usedSegment = used && used.keyArn === lane.keyArn ? lane.segments[used.versionIndex] : undefined;
  const clipId = `lane-clip-${index}`;
  return (
    <g
      className={`${styles.tlLane}${shredded ? ` ${styles.isShredded}` : ''}`}
      transform={`translate(0,${top})`}
    >
      <line className={styles.tlLaneRule} x1={0} x2={width} y1={metrics.lane - 1} y2={metrics.lane - 1} />
      <text className={styles.tlLaneLabel} x={6} y={metrics.font * 1.1}>
        {/* Identifiers (key name, AWS state name) are not prose: marked as such for the language checks. */}
        <tspan lang="en">{keyName(view)}</tspan>
        {' — '}
        {shredded ? (
          `✕ ${t('rotation.timeline.deletedOn', { date: formatDate(lang, deletedMs) })}`
        ) : (
          <tspan lang="en">{view.metadata.KeyState}</tspan>
        )}
      </text>
      <clipPath id={clipId}>
        <rect x={0} y={0} width={width} height={metrics.lane} />
      </clipPath>
      <g clipPath={`url(#${clipId})`}>
        {lane.windows.map((w) => (
          <g key={w.scheduledMs} className={variant(styles, 'tlWindow', w.outcome)}>
            <rect
              className={styles.tlWindowRect}
              x={w.x}
              y={metrics.bandTop - 4}
              width={w.width}
              height={metrics.band + 8}
            />
          </g>
        ))}
        {lane.segments.map((s) => {
          const isUsed = usedSegment === s;
          const label = t('rotation.timeline.version', {
            n: s.versionIndex,
            kind: t(`rotation.versionKind.${s.rotationType ?? 'ORIGINAL'}`),
            date: formatDate(lang, s.createdMs),
            id: s.keyMaterialId,
          });
          return (
            // biome-ignore lint/a11y/useSemanticElements: an SVG shape cannot be a <button>; it is focusable and named.
            <g
              key={s.versionIndex}
              className={`${styles.tlSeg} ${s.versionIndex % 2 ? styles.tlSegOdd : styles.tlSegEven}${s.current && !shredded ? ` ${styles.isCurrent}` : ''}${isUsed ? ` ${styles.isUsed}` : ''}`}
              role="button"
              tabIndex={0}
              aria-label={label.replaceAll('`', '')}
              onFocus={() => onFocusVersion(lane, s)}
              onBlur={() => onFocusVersion(lane, undefined)}
              onPointerEnter={() => onFocusVersion(lane, s)}
              onPointerLeave={() => onFocusVersion(lane, undefined)}
            >
              <rect
                className={styles.tlSegRect}
                x={s.x}
                y={metrics.bandTop}
                width={s.width}
                height={metrics.band}
                rx={3}
              />
              <text
                className={styles.tlSegLabel}
                lang="en"
                x={s.x + 5}
                y={metrics.bandTop + metrics.band * 0.72}
              >
                v{s.versionIndex}
                {s.rotationType === 'AUTOMATIC' ? ' ⟳' : s.rotationType === 'ON_DEMAND' ? ' ✦' : ''}
              </text>
            </g>
          );
        })}
        {/* A deleted key's lane ends at its deletion, with a bar; nothing runs on into the future. */}
        {shredded && (
          <line
            className={`tl-deleted ${styles.tlShredLine}`}
            x1={lane.endX}
            x2={lane.endX}
            y1={2}
            y2={metrics.lane - 4}
          />
        )}
        {lane.nextRotation && (
          <g className="tl-next">
            <line
              className={styles.tlNextLine}
              x1={lane.nextRotation.x}
              x2={lane.nextRotation.x}
              y1={metrics.bandTop - 6}
              y2={bandBottom + 6}
            />
            <text className={styles.tlNextLabel} x={lane.nextRotation.x + 4} y={metrics.bandTop - 8}>
              ⟳ {formatDate(lang, lane.nextRotation.ms)}
            </text>
          </g>
        )}
        <path
          className={shredded ? `${styles.tlMarks} ${styles.tlMarksShredded}` : styles.tlMarks}
          d={
            shredded
              ? crossesPath(lane, metrics.markY, metrics.markR)
              : marksPath(lane, metrics.markY, metrics.markR)
          }
        />
        {selectedMark && (
          <g className="tl-pick">
            <line
              className={styles.tlPickLine}
              x1={selectedMark.x}
              y1={metrics.markY - metrics.markR}
              x2={selectedMark.linkX}
              y2={bandBottom}
            />
            <circle
              className={styles.tlPickRing}
              cx={selectedMark.x}
              cy={metrics.markY}
              r={metrics.markR * 1.9}
            />
          </g>
        )}
        {usedSegment && (
          <text
            className={styles.tlUsed}
            x={usedSegment.x + usedSegment.width / 2}
            y={bandBottom + metrics.font * 0.95}
            textAnchor="middle"
          >
            ▲ {t('rotation.timeline.usedHere', { n: usedSegment.versionIndex })}
          </text>
        )}
      </g>
    </g>
  );
});

/**
 * The rotation timeline: a horizontal SVG across the scenario's years, one lane per key. Backing-key versions are
 * segments (focus one for its KeyMaterialId), ciphertexts are marks linked to the version that made them,
 * deletion windows are hatched, and a deleted key's ciphertexts turn into crosses. The clock handle is a slider:
 * drag it or use the arrow keys, then release or press Enter to append a clock.advance step.
 */
export function Timeline(props: TimelineProps) {
  const { history, startMs, lanes, selected, onSelect, used, onAdvance, onLayout } = props;
  const t = useT();
  const lang = useLang();
  const id = useId();
  const metrics = useMetrics();
  const box = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(900);
  const [scrollTop, setScrollTop] = useState(0);
  const [viewportHeight, setViewportHeight] = useState(600);

  useLayoutEffect(() => {
    const element = box.current;
    if (!element) return;
    const observer = new ResizeObserver(() => {
      // As wide as its box, however narrow (a phone): a wider drawing would scroll the page sideways.
      setWidth(element.clientWidth || 900);
      setViewportHeight(element.clientHeight || 600);
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  // What the scenario spans (shown until the learner zooms or pans), and how far zooming out and panning may go.
  const { framed, extent } = useMemo(() => {
    const e = timelineExtent(history, startMs);
    return {
      framed: e,
      extent: { fromMs: e.fromMs, toMs: Math.max(e.toMs, history.nowMs + FUTURE_ROOM_MS) },
    };
  }, [history, startMs]);
  const [chosen, setChosen] = useState<TimeWindow>();
  const window = chosen ?? framed;
  // Wheel and drag events come faster than frames: they update `latest`, and one render per frame shows it.
  const latest = useRef(window);
  const frame = useRef<number | undefined>(undefined);
  if (frame.current === undefined) latest.current = window;
  const showSoon = (next: TimeWindow) => {
    latest.current = next;
    frame.current ??= requestAnimationFrame(() => {
      frame.current = undefined;
      setChosen(latest.current);
    });
  };
  useEffect(() => () => cancelAnimationFrame(frame.current ?? 0), []);
  const scale: TimeScale = useMemo(() => ({ ...window, width }), [window, width]);

  const byKey = useMemo(() => ciphertextsByKey(history), [history]);
  // Only the lanes in (or near) the scrolled viewport are laid out and drawn.
  const first = Math.max(0, Math.floor((scrollTop - metrics.axis) / metrics.lane) - 2);
  const last = Math.min(lanes.length, Math.ceil((scrollTop + viewportHeight) / metrics.lane) + 2);
  // A lane keeps its layout (and so skips rendering) while the history and the time window stay the same:
  // scrolling lays out only the lanes that come into view.
  const laid = useRef(
    new WeakMap<KeyLifetime, { scale: TimeScale; history: ScenarioHistory; lane: LaneLayout }>(),
  );
  const layouts = useMemo(() => {
    const started = performance.now();
    const out = lanes.slice(first, last).map((lifetime) => {
      const known = laid.current.get(lifetime);
      if (known && known.scale === scale && known.history === history) return known.lane;
      const lane = layoutLane(history, lifetime, byKey.get(lifetime.arn) ?? [], scale, metrics.segment);
      laid.current.set(lifetime, { scale, history, lane });
      return lane;
    });
    onLayout?.(performance.now() - started);
    return out;
  }, [lanes, first, last, history, byKey, scale, onLayout, metrics.segment]);

  const [focusedVersion, setFocusedVersion] = useState<{ lane: LaneLayout; segment: VersionSegment }>();
  const onFocusVersion = useCallback((lane: LaneLayout, segment: VersionSegment | undefined) => {
    setFocusedVersion(segment ? { lane, segment } : undefined);
  }, []);

  // The clock handle: a pending target time, committed as one clock.advance step.
  const [pending, setPending] = useState<number>();
  const [backwards, setBackwards] = useState(false);
  const target = pending ?? history.nowMs;
  const propose = (ms: number) => {
    setBackwards(ms < history.nowMs);
    setPending(Math.min(Math.max(ms, history.nowMs), history.nowMs + 3653 * DAY_MS));
  };
  const commit = () => {
    if (pending !== undefined && pending > history.nowMs) onAdvance(Math.round(pending - history.nowMs));
    setPending(undefined);
    setBackwards(false);
  };
  // A new "now" (the step appended, or the cursor moved) drops any pending target.
  const [pendingFor, setPendingFor] = useState(history.nowMs);
  if (pendingFor !== history.nowMs) {
    setPendingFor(history.nowMs);
    setPending(undefined);
  }

  const onHandleKey = (event: KeyboardEvent) => {
    const move = HANDLE_KEYS[event.key];
    if (move) {
      event.preventDefault();
      propose(move(target, history.nowMs));
    } else if (event.key === 'Enter') {
      event.preventDefault();
      commit();
    } else if (event.key === 'Escape') {
      setPending(undefined);
      setBackwards(false);
    }
  };

  // Dragging: the handle moves the clock; the background pans the window.
  const drag = useRef<{ kind: 'clock' | 'pan'; x: number; window: TimeWindow } | undefined>(undefined);
  const svgX = (event: PointerEvent) =>
    event.clientX - (event.currentTarget as Element).getBoundingClientRect().left;
  const onPointerDown = (event: PointerEvent<SVGSVGElement>) => {
    const onHandle = (event.target as Element).closest(`.${styles.tlHandle}`);
    drag.current = { kind: onHandle ? 'clock' : 'pan', x: svgX(event), window };
    event.currentTarget.setPointerCapture(event.pointerId);
  };
  const onPointerMove = (event: PointerEvent<SVGSVGElement>) => {
    const d = drag.current;
    if (!d) return;
    const x = svgX(event);
    if (d.kind === 'clock') propose(Math.round(msOf(scale, x) / DAY_MS) * DAY_MS);
    else {
      const deltaMs = ((d.x - x) / width) * (d.window.toMs - d.window.fromMs);
      if (Math.abs(d.x - x) > 2) showSoon(panWindow(d.window, extent, deltaMs));
    }
  };
  const onPointerUp = (event: PointerEvent<SVGSVGElement>) => {
    const d = drag.current;
    drag.current = undefined;
    if (d?.kind === 'clock') commit();
    else if (d && Math.abs(d.x - svgX(event)) <= 2 && onSelect) {
      // A click (not a drag) on a lane picks the nearest ciphertext there.
      const y = event.clientY - event.currentTarget.getBoundingClientRect().top;
      const laneIndex = Math.floor((y - metrics.axis) / metrics.lane) - first;
      const lane = layouts[laneIndex];
      const x = svgX(event);
      const nearest = lane?.marks.reduce<(typeof lane.marks)[number] | undefined>(
        (best, m) => (!best || Math.abs(m.x - x) < Math.abs(best.x - x) ? m : best),
        undefined,
      );
      if (nearest && Math.abs(nearest.x - x) < metrics.font) onSelect(nearest.facts[0] as CiphertextFact);
    }
  };
  // Ctrl/⌘ + wheel zooms around the pointer, a sideways wheel pans. A native listener: React's is passive, and
  // the page itself must not zoom.
  const onWheel = useRef<(event: WheelEvent) => void>(() => undefined);
  onWheel.current = (event: WheelEvent) => {
    const from = latest.current;
    const svgLeft = box.current?.querySelector('svg')?.getBoundingClientRect().left ?? 0;
    if (event.ctrlKey || event.metaKey) {
      event.preventDefault();
      const anchor = msOf({ ...from, width }, event.clientX - svgLeft);
      showSoon(zoomWindow(from, extent, event.deltaY > 0 ? 1.25 : 0.8, anchor));
    } else if (Math.abs(event.deltaX) > Math.abs(event.deltaY)) {
      event.preventDefault();
      showSoon(panWindow(from, extent, (event.deltaX / width) * (from.toMs - from.fromMs)));
    }
  };
  useEffect(() => {
    const element = box.current;
    const listener = (event: WheelEvent) => onWheel.current(event);
    element?.addEventListener('wheel', listener, { passive: false });
    return () => element?.removeEventListener('wheel', listener);
  }, []);

  const zoom = (factor: number) =>
    setChosen(zoomWindow(window, extent, factor, (window.fromMs + window.toMs) / 2));
  const pan = (fraction: number) =>
    setChosen(panWindow(window, extent, fraction * (window.toMs - window.fromMs)));
  const ticks = timeTicks(window, Math.max(3, Math.floor(width / (metrics.font * 8))));
  const nowX = xOf(scale, history.nowMs);
  const targetX = xOf(scale, target);
  const height = metrics.axis + lanes.length * metrics.lane + 8;
  const tickLabel = (ms: number, unit: string) =>
    unit === 'year'
      ? String(new Date(ms).getUTCFullYear())
      : unit === 'month'
        ? new Intl.DateTimeFormat(lang, { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(ms)
        : formatDate(lang, ms);

  return (
    <div className={styles.tl}>
      <div className={styles.tlToolbar} role="toolbar" aria-label={t('rotation.timeline.toolbar')}>
        <button type="button" className={panelStyles.klabButton} onClick={() => zoom(0.5)}>
          {t('rotation.timeline.zoomIn')}
        </button>
        <button type="button" className={panelStyles.klabButton} onClick={() => zoom(2)}>
          {t('rotation.timeline.zoomOut')}
        </button>
        <button type="button" className={panelStyles.klabButton} onClick={() => pan(-0.5)}>
          <span aria-hidden="true">← </span>
          {t('rotation.timeline.earlier')}
        </button>
        <button type="button" className={panelStyles.klabButton} onClick={() => pan(0.5)}>
          {t('rotation.timeline.later')}
          <span aria-hidden="true"> →</span>
        </button>
        <button
          type="button"
          className={panelStyles.klabButton}
          onClick={() => setChosen(undefined)}
          disabled={!chosen}
        >
          {t('rotation.timeline.fit')}
        </button>
        <span className={styles.tlSpan}>
          {t('rotation.timeline.showing', {
            from: formatDate(lang, window.fromMs),
            to: formatDate(lang, window.toMs),
          })}
        </span>
      </div>
      <div
        className={styles.tlViewport}
        data-testid="tl-viewport"
        ref={box}
        onScroll={(e) => {
          // Only a change of the lanes in view needs a render; the browser scrolls the drawing itself.
          const top = e.currentTarget.scrollTop;
          if (Math.floor(top / metrics.lane) !== Math.floor(scrollTop / metrics.lane)) setScrollTop(top);
        }}
      >
        {lanes.length === 0 ? (
          <p className={`${panelStyles.klabEmpty} ${styles.tlEmpty}`}>{t('rotation.timeline.empty')}</p>
        ) : (
          // biome-ignore lint/a11y/useSemanticElements: an <svg> cannot be a <fieldset>; role=group names the drawing.
          <svg
            className={styles.tlSvg}
            data-testid="tl-svg"
            width={width}
            height={height}
            role="group"
            aria-labelledby={`${id}-title`}
            aria-describedby={`${id}-desc`}
            onPointerDown={onPointerDown}
            onPointerMove={onPointerMove}
            onPointerUp={onPointerUp}
            onPointerCancel={() => {
              drag.current = undefined;
            }}
          >
            <title id={`${id}-title`}>{t('rotation.timeline.title')}</title>
            <desc id={`${id}-desc`}>
              {t('rotation.timeline.desc', {
                keys: lanes.length,
                ciphertexts: history.ciphertexts.length,
                now: formatDate(lang, history.nowMs),
              })}
            </desc>
            <defs>
              <pattern
                id="tl-hatch"
                width="8"
                height="8"
                patternUnits="userSpaceOnUse"
                patternTransform="rotate(45)"
              >
                <line x1="0" y1="0" x2="0" y2="8" className={styles.tlHatch} />
              </pattern>
            </defs>
            <rect className={styles.tlBg} x={0} y={0} width={width} height={height} />
            <g className="tl-axis">
              {ticks.map((tick) => {
                const x = xOf(scale, tick.ms);
                return (
                  <g key={tick.ms} className={variant(styles, 'tlTick', tick.unit)}>
                    <line className={styles.tlTickLine} x1={x} x2={x} y1={metrics.grip} y2={height} />
                    <text className={styles.tlTickLabel} x={x + 4} y={metrics.tickLabel}>
                      {tickLabel(tick.ms, tick.unit)}
                    </text>
                  </g>
                );
              })}
            </g>
            {layouts.map((lane, i) => (
              <Lane
                key={lane.keyArn}
                lane={lane}
                index={first + i}
                metrics={metrics}
                width={width}
                {...(selected ? { selected } : {})}
                {...(used ? { used } : {})}
                onFocusVersion={onFocusVersion}
              />
            ))}
            <g className="tl-now">
              <line className={styles.tlNowLine} x1={nowX} x2={nowX} y1={metrics.axis - 4} y2={height} />
            </g>
            {pending !== undefined && (
              <g className="tl-ghost">
                <rect
                  className={styles.tlGhostRect}
                  x={nowX}
                  y={metrics.axis - 4}
                  width={Math.max(0, targetX - nowX)}
                  height={height}
                />
                <line
                  className={styles.tlGhostLine}
                  x1={targetX}
                  x2={targetX}
                  y1={metrics.axis - 4}
                  y2={height}
                />
              </g>
            )}
            <g
              className={styles.tlHandle}
              role="slider"
              tabIndex={0}
              aria-label={t('rotation.timeline.clock')}
              aria-valuemin={history.nowMs}
              aria-valuemax={history.nowMs + 3653 * DAY_MS}
              aria-valuenow={target}
              aria-valuetext={t('rotation.timeline.clockValue', {
                date: formatDate(lang, target),
                days: Math.round((target - history.nowMs) / DAY_MS),
              })}
              aria-describedby={`${id}-clock-help`}
              onKeyDown={onHandleKey}
              onBlur={() => pending !== undefined && setPending(undefined)}
              transform={`translate(${targetX},0)`}
            >
              <path
                className={styles.tlHandleGrip}
                data-testid="tl-handle-grip"
                d={`M-9,2 h18 v${metrics.grip - 13} l-9,9 l-9,-9 z`}
              />
              <rect x={-14} y={0} width={28} height={height} className={styles.tlHandleHit} />
            </g>
          </svg>
        )}
      </div>
      <p id={`${id}-clock-help`} className={panelStyles.klabNote}>
        <RichText text={t('rotation.timeline.clockHelp')} />
      </p>
      <p className={styles.tlStatus} data-testid="tl-status" aria-live="polite">
        <RichText
          text={
            backwards
              ? t('rotation.timeline.forwardOnly')
              : pending !== undefined
                ? t('rotation.timeline.pending', {
                    date: formatDate(lang, pending),
                    days: Math.round((pending - history.nowMs) / DAY_MS),
                  })
                : focusedVersion
                  ? t('rotation.timeline.version', {
                      n: focusedVersion.segment.versionIndex,
                      kind: t(`rotation.versionKind.${focusedVersion.segment.rotationType ?? 'ORIGINAL'}`),
                      date: formatDate(lang, focusedVersion.segment.createdMs),
                      id: focusedVersion.segment.keyMaterialId,
                    })
                  : t('rotation.timeline.hint')
          }
        />
      </p>
      <ul className={styles.tlLegend} aria-label={t('rotation.legend.label')}>
        <li>
          <span className={`${styles.tlKey} ${styles.tlKeySeg}`} aria-hidden="true" />{' '}
          {t('rotation.legend.version')}
        </li>
        <li>⟳ {t('rotation.legend.automatic')}</li>
        <li>✦ {t('rotation.legend.onDemand')}</li>
        <li>
          <span aria-hidden="true">●</span> {t('rotation.legend.ciphertext')}
        </li>
        <li>
          <span className={`${styles.tlKey} ${styles.tlKeyWindow}`} aria-hidden="true" />{' '}
          {t('rotation.legend.window')}
        </li>
        <li>
          <span className={`${styles.tlKey} ${styles.tlKeyDeleted}`} aria-hidden="true" />{' '}
          {t('rotation.legend.deleted')}
        </li>
        <li>
          <span aria-hidden="true">✕</span> {t('rotation.legend.shredded')}
        </li>
        <li>
          <span aria-hidden="true">▼</span> {t('rotation.legend.clock')}
        </li>
      </ul>
    </div>
  );
}

import { useId, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { KeyView } from '../../kms/index';
import { usePreferences } from '../../state/preferences';
import { type LifecycleState, type ScenarioHistory, stateOf } from '../rotation/history';
import { RichText } from '../shell/RichText';
import { ScrollRegion } from '../shell/ScrollRegion';
import { useT } from '../shell/useT';
import styles from './panel.module.css';
import {
  edgeId,
  KEY_STATES,
  keyStateTable,
  TRANSITIONS,
  type TransitionEdge,
  takenTransitions,
} from './stateMachine';

/**
 * Where the diagram draws its states and bends its edges, in user units of a drawing whose text is `font` units
 * tall. Every theme draws this one layout, scaled so that `font` units are the theme's text size: the screen's
 * diagram is the projector's at 16/24, so a label that clears its neighbours on a projector clears them
 * everywhere. Boxes grow to the measured width of their name in the page's language (see `useNodeWidths`).
 */
interface Layout {
  width: number;
  height: number;
  font: number;
  nodeHeight: number;
  /** Each state's centre and least box width. */
  node: Record<LifecycleState, { x: number; y: number; w: number }>;
  /** Sideways bend of each edge, so opposite edges between two states do not overlap. */
  bend: Record<string, number>;
  /**
   * Where an edge's label sits when the midpoint of its curve is taken by another label or a box: beside its own
   * edge, clear of every box and every other label.
   */
  label: Record<string, LabelPlace>;
}

interface LabelPlace {
  x: number;
  y: number;
  anchor: 'start' | 'middle' | 'end';
}

/**
 * The boxes fit their names at 24 units, and the long operation names wrap so the six edges between the middle
 * and lower rows each have room for a label beside them (the card is 1156 px wide at 1280 × 720, so a
 * projector draws it 1:1). Each label may cross another edge (it has a halo), never another label or a box.
 */
const LAYOUT: Layout = {
  width: 1150,
  height: 740,
  font: 24,
  nodeHeight: 56,
  node: {
    None: { x: 140, y: 50, w: 240 },
    Creating: { x: 620, y: 50, w: 200 },
    Enabled: { x: 300, y: 260, w: 230 },
    Disabled: { x: 800, y: 260, w: 200 },
    PendingDeletion: { x: 480, y: 560, w: 280 },
    Deleted: { x: 130, y: 690, w: 240 },
    PendingReplicaDeletion: { x: 960, y: 560, w: 360 },
    PendingImport: { x: 140, y: 450, w: 200 },
    Unavailable: { x: 580, y: 690, w: 220 },
    Updating: { x: 960, y: 690, w: 200 },
  },
  bend: {
    'Enabled>Disabled:DisableKey': -50,
    'Disabled>Enabled:EnableKey': -50,
    'PendingDeletion>Disabled:CancelKeyDeletion': -50,
    'Disabled>PendingDeletion:ScheduleKeyDeletion': -50,
    'PendingReplicaDeletion>Disabled:CancelKeyDeletion': -40,
    'Disabled>PendingReplicaDeletion:ScheduleKeyDeletion': -40,
    // Low, under the Disabled edges' labels, into PendingReplicaDeletion's side.
    'Enabled>PendingReplicaDeletion:ScheduleKeyDeletion': -100,
    'PendingImport>Enabled:ImportKeyMaterial': -40,
    'Enabled>PendingImport:DeleteImportedKeyMaterial': -40,
    'Enabled>PendingImport:clock.advance': -110,
    'Disabled>PendingImport:DeleteImportedKeyMaterial': 25,
    'Disabled>PendingImport:clock.advance': -25,
  },
  label: {
    'None>Enabled:CreateKey': { x: 205, y: 165, anchor: 'end' },
    'Creating>Enabled:clock.advance': { x: 475, y: 165, anchor: 'start' },
    'None>Creating:ReplicateKey': { x: 380, y: 40, anchor: 'middle' },
    'Enabled>PendingDeletion:ScheduleKeyDeletion': { x: 460, y: 400, anchor: 'start' },
    'Enabled>PendingReplicaDeletion:ScheduleKeyDeletion': { x: 420, y: 335, anchor: 'start' },
    'Disabled>PendingDeletion:ScheduleKeyDeletion': { x: 720, y: 330, anchor: 'end' },
    'PendingDeletion>Disabled:CancelKeyDeletion': { x: 700, y: 400, anchor: 'start' },
    'Disabled>PendingReplicaDeletion:ScheduleKeyDeletion': { x: 850, y: 475, anchor: 'end' },
    'PendingReplicaDeletion>Disabled:CancelKeyDeletion': { x: 935, y: 390, anchor: 'start' },
    'PendingDeletion>Deleted:clock.advance': { x: 260, y: 620, anchor: 'end' },
    'PendingReplicaDeletion>PendingDeletion:clock.advance': { x: 700, y: 621, anchor: 'middle' },
    'None>PendingImport:CreateKey': { x: 138, y: 205, anchor: 'start' },
    'PendingImport>Enabled:ImportKeyMaterial': { x: 255, y: 370, anchor: 'start' },
    'Enabled>PendingImport:DeleteImportedKeyMaterial': { x: 10, y: 330, anchor: 'start' },
    'Enabled>PendingImport:clock.advance': { x: 10, y: 398, anchor: 'start' },
    'Disabled>PendingImport:DeleteImportedKeyMaterial': { x: 285, y: 455, anchor: 'start' },
    'Disabled>PendingImport:clock.advance': { x: 285, y: 518, anchor: 'start' },
    'PendingImport>PendingDeletion:ScheduleKeyDeletion': { x: 10, y: 520, anchor: 'start' },
  },
};

/** The text size each theme draws the diagram's `font` units at, in CSS px. */
const DRAWN_FONT_PX = { projector: 24, screen: 16 } as const;

/** Inner margin between a box's name and its border, each side, in user units. */
const NODE_PADDING = 16;

/**
 * The drawn width of each state's name (with its "●n"), measured in user units after each render that changes
 * a name, and again once web fonts have loaded: a box is never narrower than its name in either language.
 */
function useNameWidths(names: ReadonlyMap<LifecycleState, string>) {
  const texts = useRef(new Map<LifecycleState, SVGTextElement>());
  const [widths, setWidths] = useState<ReadonlyMap<LifecycleState, number>>(new Map());
  const key = [...names.values()].join('|');
  // biome-ignore lint/correctness/useExhaustiveDependencies: `key` stands for the names that were drawn.
  useLayoutEffect(() => {
    const measure = () =>
      setWidths((previous) => {
        const next = new Map(
          [...texts.current].map(([state, text]) => [state, text.getComputedTextLength()]),
        );
        return [...next].every(([state, w]) => previous.get(state) === w) ? previous : next;
      });
    measure();
    let live = true;
    document.fonts?.ready.then(() => live && measure());
    return () => {
      live = false;
    };
  }, [key]);
  const ref = (state: LifecycleState) => (text: SVGTextElement | null) => {
    if (text) texts.current.set(state, text);
    else texts.current.delete(state);
  };
  return { widths, ref };
}

/** Where the straight line from a node's centre towards (tx, ty) leaves its box. */
function border(layout: Layout, state: LifecycleState, tx: number, ty: number, pad = 4) {
  const c = layout.node[state];
  const dx = tx - c.x;
  const dy = ty - c.y;
  const scale = Math.min(
    (c.w / 2 + pad) / Math.abs(dx || Number.EPSILON),
    (layout.nodeHeight / 2 + pad) / Math.abs(dy || Number.EPSILON),
  );
  return { x: c.x + dx * scale, y: c.y + dy * scale };
}

function edgePath(layout: Layout, edge: TransitionEdge) {
  const key = edgeId(edge);
  const bend = layout.bend[key] ?? 0;
  const a = layout.node[edge.from];
  const b = layout.node[edge.to];
  const mx = (a.x + b.x) / 2;
  const my = (a.y + b.y) / 2;
  const length = Math.hypot(b.x - a.x, b.y - a.y) || 1;
  // The control point sits `bend` px to the side of the midpoint.
  const cx = mx + (bend * (b.y - a.y)) / length;
  const cy = my - (bend * (b.x - a.x)) / length;
  const start = border(layout, edge.from, cx, cy);
  const end = border(layout, edge.to, cx, cy, 10);
  // The curve's own midpoint (t = ½ of the quadratic Bézier).
  const mid = { x: (start.x + 2 * cx + end.x) / 4, y: (start.y + 2 * cy + end.y) / 4 };
  const place = layout.label[key];
  return {
    d: `M${start.x},${start.y} Q${cx},${cy} ${end.x},${end.y}`,
    label: place ?? { x: mid.x, y: mid.y - 6, anchor: 'middle' },
  };
}

/** `ScheduleKeyDeletion` → `ScheduleKey` / `Deletion`; names of one or two words stay whole. */
function wrapped(name: string): string[] {
  const words = name.match(/[A-Z][a-z]*/g) ?? [];
  if (words.length < 3) return [name];
  const last = words[words.length - 1];
  return [name.slice(0, -last.length), last];
}

/** What passing time does on an edge: imported material reaching its ValidTo, or a waiting period ending. */
const byTimeLabel = (edge: TransitionEdge) =>
  edge.to === 'PendingImport' ? 'keys.states.byExpiry' : 'keys.states.byTime';

/**
 * The key state machine: states as boxes (the ones KMS Lab cannot reach greyed, with why), transitions as
 * arrows, the transitions this scenario has taken drawn thick and solid with how often, the others thin and
 * dashed. Then the operation × state table, straight from the engine's key-state rules.
 */
export function StateMachine({
  history,
  keys,
}: {
  history: ScenarioHistory | undefined;
  keys: readonly KeyView[];
}) {
  const t = useT();
  const id = useId();
  const drawnFont = DRAWN_FONT_PX[usePreferences((s) => s.theme) === 'projector' ? 'projector' : 'screen'];
  const { counts, unknown } = useMemo(() => takenTransitions(history?.transitions ?? []), [history]);
  const table = useMemo(() => keyStateTable(), []);
  // Each distinct refusal once, numbered like the footnotes of AWS's own table.
  const footnotes = useMemo(
    () => [
      ...new Set(
        table.flatMap((row) =>
          row.cells.flatMap((c) => (c.refusal ? [`${c.refusal.name}: ${c.refusal.message}`] : [])),
        ),
      ),
    ],
    [table],
  );
  const occupancy = new Map<LifecycleState, number>();
  for (const key of keys) occupancy.set(stateOf(key), (occupancy.get(stateOf(key)) ?? 0) + 1);
  const deleted = history ? [...history.keys.values()].filter((k) => k.deletedMs !== undefined).length : 0;
  if (deleted > 0) occupancy.set('Deleted', deleted);
  const takenList = TRANSITIONS.filter((e) => counts.has(edgeId(e)));
  const nodes: LifecycleState[] = ['None', 'Deleted', ...KEY_STATES.map((s) => s.state)];
  const reachable = new Set<LifecycleState>([
    'None',
    'Deleted',
    ...KEY_STATES.filter((s) => s.reachable).map((s) => s.state),
  ]);
  const names = new Map(
    nodes.map((state) => {
      const here = occupancy.get(state) ?? 0;
      const name = state === 'None' || state === 'Deleted' ? t(`keys.state.${state}`) : state;
      return [state, here > 0 ? `${name} ●${here}` : name] as const;
    }),
  );
  const { widths, ref } = useNameWidths(names);
  // Each box at least as wide as its measured name, centred where the layout puts it.
  const layout: Layout = {
    ...LAYOUT,
    node: Object.fromEntries(
      nodes.map((state) => {
        const place = LAYOUT.node[state];
        return [state, { ...place, w: Math.max(place.w, (widths.get(state) ?? 0) + 2 * NODE_PADDING) }];
      }),
    ) as Layout['node'],
  };

  return (
    <section className={`${styles.klabCard} klab-states`} aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('keys.states.title')}</h2>
      <p>{t('keys.states.lead')}</p>
      <svg
        className={styles.klabStatesDiagram}
        viewBox={`0 0 ${layout.width} ${layout.height}`}
        style={{ maxWidth: (layout.width * drawnFont) / layout.font }}
        role="img"
        aria-labelledby={`${id}-svg-title`}
        aria-describedby={`${id}-svg-desc`}
      >
        <title id={`${id}-svg-title`}>{t('keys.states.diagramTitle')}</title>
        <desc id={`${id}-svg-desc`}>
          {takenList.length === 0
            ? t('keys.states.noneTaken')
            : t('keys.states.taken', {
                list: takenList
                  .map((e) => `${e.from} → ${e.to} (${e.via} ×${counts.get(edgeId(e))})`)
                  .join(', '),
              })}
        </desc>
        <defs>
          <marker
            id={`${id}-arrow`}
            viewBox="0 0 10 10"
            refX="9"
            refY="5"
            markerWidth="7"
            markerHeight="7"
            orient="auto-start-reverse"
          >
            <path d="M0,0 L10,5 L0,10 z" className={styles.klabStatesArrowhead} />
          </marker>
        </defs>
        {TRANSITIONS.map((edge) => {
          const key = edgeId(edge);
          const taken = counts.get(key) ?? 0;
          const { d, label } = edgePath(layout, edge);
          const lines = edge.via === 'clock.advance' ? [t(byTimeLabel(edge))] : wrapped(edge.via);
          return (
            <g key={key} className={taken ? `${styles.klabEdge} ${styles.isTaken}` : styles.klabEdge}>
              <path d={d} markerEnd={`url(#${id}-arrow)`} />
              <text
                className={styles.klabEdgeLabel}
                lang={edge.via === 'clock.advance' ? undefined : 'en'}
                x={label.x}
                y={label.y}
                textAnchor={label.anchor}
              >
                {lines.map((line, i) => (
                  <tspan key={line} x={label.x} dy={i === 0 ? undefined : '1.1em'}>
                    {line}
                    {i === lines.length - 1 && taken > 0 && ` ✓×${taken}`}
                  </tspan>
                ))}
              </text>
            </g>
          );
        })}
        {nodes.map((state) => {
          const p = layout.node[state];
          const here = occupancy.get(state) ?? 0;
          const pseudo = state === 'None' || state === 'Deleted';

          return (
            <g
              key={state}
              className={`${styles.klabNode}${reachable.has(state) ? '' : ` ${styles.isUnreachable}`}${here ? ` ${styles.isOccupied}` : ''}${pseudo ? ` ${styles.isPseudo}` : ''}`}
              transform={`translate(${p.x - p.w / 2},${p.y - layout.nodeHeight / 2})`}
            >
              <rect width={p.w} height={layout.nodeHeight} rx={pseudo ? layout.nodeHeight / 2 : 8} />
              <text
                ref={ref(state)}
                x={p.w / 2}
                y={layout.nodeHeight / 2 + 1}
                textAnchor="middle"
                dominantBaseline="middle"
                lang={pseudo ? undefined : 'en'}
              >
                {names.get(state)}
              </text>
            </g>
          );
        })}
      </svg>
      <ul className={styles.klabStatesNotes}>
        {KEY_STATES.filter((s) => !s.reachable).map((s) => (
          <li key={s.state}>
            <code>{s.state}</code> — <RichText text={t(`keys.states.unreachable.${s.state}`)} />
          </li>
        ))}
        <li>{t('keys.states.occupancy')}</li>
      </ul>
      {unknown.length > 0 && (
        <p className={`${styles.klabNote} ${styles.klabNoteWarn}`}>
          {t('keys.states.unknown', {
            list: unknown.map((u) => `${u.from} → ${u.to} (${u.cause})`).join(', '),
          })}
        </p>
      )}

      <ScrollRegion labelledBy={`${id}-table-caption`}>
        <table className={`${styles.klabTable} ${styles.klabStateTable}`}>
          <caption id={`${id}-table-caption`}>{t('keys.states.tableCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('keys.states.operations')}</th>
              {KEY_STATES.map((s) => (
                <th key={s.state} scope="col" className={s.reachable ? undefined : styles.isUnreachable}>
                  <code>{s.state}</code>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {table.map((row) => (
              <tr key={row.rule}>
                <th scope="row">
                  {row.operations.map((op) => (
                    <code key={op} className={styles.klabOp}>
                      {op}
                    </code>
                  ))}
                </th>
                {row.cells.map((cell) => (
                  <td key={cell.state} className={cell.refusal ? styles.isRefused : styles.isAccepted}>
                    {cell.refusal ? (
                      <>
                        <span aria-hidden="true">✕ </span>
                        <code>{cell.refusal.name}</code>
                        <sup>{footnotes.indexOf(`${cell.refusal.name}: ${cell.refusal.message}`) + 1}</sup>
                      </>
                    ) : (
                      <>
                        <span aria-hidden="true">✓ </span>
                        {t('keys.states.ok')}
                      </>
                    )}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
      <ol className={styles.klabFootnotes}>
        {footnotes.map((note) => (
          <li key={note}>
            <code>{note.slice(0, note.indexOf(':'))}</code>{' '}
            <span lang="en">{note.slice(note.indexOf(':') + 2)}</span>
          </li>
        ))}
      </ol>
      <p className={styles.klabNote}>
        <RichText text={t('keys.states.source')} />
      </p>
    </section>
  );
}

import { useId, useMemo } from 'react';
import type { KeyView } from '../../kms/index';
import { type LifecycleState, type ScenarioHistory, stateOf } from '../rotation/history';
import { RichText } from '../shell/RichText';
import { useT } from '../shell/useT';
import { edgeId, KEY_STATES, keyStateTable, TRANSITIONS, takenTransitions } from './stateMachine';

const NODE_W = 190;
const NODE_H = 48;
/** Where each state sits in the diagram (viewBox 1000 × 470); unreachable states sit in the greyed bottom row. */
const POSITION: Record<LifecycleState, { x: number; y: number }> = {
  None: { x: 70, y: 190 },
  Creating: { x: 290, y: 60 },
  Enabled: { x: 290, y: 190 },
  Disabled: { x: 640, y: 190 },
  PendingDeletion: { x: 470, y: 330 },
  Deleted: { x: 160, y: 330 },
  PendingReplicaDeletion: { x: 840, y: 330 },
  PendingImport: { x: 200, y: 430 },
  Unavailable: { x: 500, y: 430 },
  Updating: { x: 800, y: 430 },
};
/** Sideways bend of each edge (px), so opposite edges between two states do not overlap. */
const BEND: Record<string, number> = {
  'Enabled>Disabled:DisableKey': -40,
  'Disabled>Enabled:EnableKey': -40,
  'PendingDeletion>Disabled:CancelKeyDeletion': -36,
  'Disabled>PendingDeletion:ScheduleKeyDeletion': -36,
  'PendingReplicaDeletion>Disabled:CancelKeyDeletion': -36,
  'Disabled>PendingReplicaDeletion:ScheduleKeyDeletion': -36,
  'Enabled>PendingReplicaDeletion:ScheduleKeyDeletion': 120,
};

/** Where the straight line from a node's centre towards (tx, ty) leaves its box. */
function border(c: { x: number; y: number }, tx: number, ty: number, pad = 4) {
  const dx = tx - c.x;
  const dy = ty - c.y;
  const scale = Math.min(
    (NODE_W / 2 + pad) / Math.abs(dx || Number.EPSILON),
    (NODE_H / 2 + pad) / Math.abs(dy || Number.EPSILON),
  );
  return { x: c.x + dx * scale, y: c.y + dy * scale };
}

function edgePath(from: LifecycleState, to: LifecycleState, bend: number) {
  const a = POSITION[from];
  const b = POSITION[to];
  const mx = (a.x + b.x) / 2;
  const my = (a.y + b.y) / 2;
  const length = Math.hypot(b.x - a.x, b.y - a.y) || 1;
  // The control point sits `bend` px to the side of the midpoint.
  const cx = mx + (bend * (b.y - a.y)) / length;
  const cy = my - (bend * (b.x - a.x)) / length;
  const start = border(a, cx, cy);
  const end = border(b, cx, cy, 10);
  return {
    d: `M${start.x},${start.y} Q${cx},${cy} ${end.x},${end.y}`,
    label: { x: (start.x + 2 * cx + end.x) / 4, y: (start.y + 2 * cy + end.y) / 4 },
  };
}

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

  return (
    <section className="klab-card klab-states" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('keys.states.title')}</h2>
      <p>{t('keys.states.lead')}</p>
      <svg
        className="klab-states__diagram"
        viewBox="0 0 1000 470"
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
            <path d="M0,0 L10,5 L0,10 z" className="klab-states__arrowhead" />
          </marker>
        </defs>
        {TRANSITIONS.map((edge) => {
          const key = edgeId(edge);
          const taken = counts.get(key) ?? 0;
          const { d, label } = edgePath(edge.from, edge.to, BEND[key] ?? 0);
          return (
            <g key={key} className={taken ? 'klab-edge is-taken' : 'klab-edge'}>
              <path d={d} markerEnd={`url(#${id}-arrow)`} />
              <text
                className="klab-edge__label"
                lang={edge.via === 'clock.advance' ? undefined : 'en'}
                x={label.x}
                y={label.y - 6}
                textAnchor="middle"
              >
                {edge.via === 'clock.advance' ? t('keys.states.byTime') : edge.via}
                {taken > 0 && ` ✓×${taken}`}
              </text>
            </g>
          );
        })}
        {nodes.map((state) => {
          const p = POSITION[state];
          const here = occupancy.get(state) ?? 0;
          const pseudo = state === 'None' || state === 'Deleted';
          return (
            <g
              key={state}
              className={`klab-node${reachable.has(state) ? '' : ' is-unreachable'}${here ? ' is-occupied' : ''}${pseudo ? ' is-pseudo' : ''}`}
              transform={`translate(${p.x - NODE_W / 2},${p.y - NODE_H / 2})`}
            >
              <rect width={NODE_W} height={NODE_H} rx={pseudo ? NODE_H / 2 : 8} />
              <text
                x={NODE_W / 2}
                y={NODE_H / 2 + 1}
                textAnchor="middle"
                dominantBaseline="middle"
                lang={pseudo ? undefined : 'en'}
              >
                {pseudo ? t(`keys.state.${state}`) : state}
                {here > 0 && ` ●${here}`}
              </text>
            </g>
          );
        })}
      </svg>
      <ul className="klab-states__notes">
        {KEY_STATES.filter((s) => !s.reachable).map((s) => (
          <li key={s.state}>
            <code>{s.state}</code> — <RichText text={t(`keys.states.unreachable.${s.state}`)} />
          </li>
        ))}
        <li>{t('keys.states.occupancy')}</li>
      </ul>
      {unknown.length > 0 && (
        <p className="klab-note klab-note--warn">
          {t('keys.states.unknown', {
            list: unknown.map((u) => `${u.from} → ${u.to} (${u.cause})`).join(', '),
          })}
        </p>
      )}

      <div className="klab-table-wrap">
        <table className="klab-table klab-state-table">
          <caption>{t('keys.states.tableCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('keys.states.operations')}</th>
              {KEY_STATES.map((s) => (
                <th key={s.state} scope="col" className={s.reachable ? undefined : 'is-unreachable'}>
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
                    <code key={op} className="klab-op">
                      {op}
                    </code>
                  ))}
                </th>
                {row.cells.map((cell) => (
                  <td key={cell.state} className={cell.refusal ? 'is-refused' : 'is-accepted'}>
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
      </div>
      <ol className="klab-footnotes">
        {footnotes.map((note) => (
          <li key={note}>
            <code>{note.slice(0, note.indexOf(':'))}</code>{' '}
            <span lang="en">{note.slice(note.indexOf(':') + 2)}</span>
          </li>
        ))}
      </ol>
      <p className="klab-note">
        <RichText text={t('keys.states.source')} />
      </p>
    </section>
  );
}

import type { LifecycleState } from '../rotation/history';
import { useT } from '../shell/useT';

/** A glyph per state, so the state never relies on colour alone. */
const GLYPHS: Record<LifecycleState, string> = {
  Enabled: '●',
  Disabled: '○',
  PendingDeletion: '⌛',
  PendingReplicaDeletion: '⌛',
  Creating: '◔',
  PendingImport: '◌',
  Unavailable: '⊘',
  Updating: '◔',
  None: '·',
  Deleted: '✕',
};

/** A key state as icon + AWS's state name + its meaning in the learner's language. */
export function StateBadge({ state }: { state: LifecycleState }) {
  const t = useT();
  return (
    <span className={`klab-state klab-state--${state}`}>
      <span aria-hidden="true" className="klab-state__glyph">
        {GLYPHS[state]}
      </span>
      <code>{state}</code>
      <span className="klab-state__meaning">{t(`keys.state.${state}`)}</span>
    </span>
  );
}

import type { LifecycleState } from '../rotation/history';
import { variant } from '../shell/cssModule';
import { useT } from '../shell/useT';
import styles from './panel.module.css';

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
    <span className={`${styles.klabState} ${variant(styles, 'klabState', state)}`}>
      <span aria-hidden="true" className={styles.klabStateGlyph}>
        {GLYPHS[state]}
      </span>
      <code>{state}</code>
      <span className={styles.klabStateMeaning}>{t(`keys.state.${state}`)}</span>
    </span>
  );
}

import { variant } from '../shell/cssModule';
import styles from './player.module.css';
import { usePlayerText } from './playerText';
import type { Notice } from './useScenarioConnection';

/** A link or file that could not be opened, or a copied link: said once, dismissed by the learner. */
export function NoticeLine({ notice, onDismiss }: { notice: Notice; onDismiss: () => void }) {
  const text = usePlayerText();
  const message =
    'reason' in notice
      ? text(`${notice.kind}.${notice.reason}`, { detail: notice.detail })
      : text(notice.kind, { length: notice.length });
  return (
    <div
      className={`${styles.playerNotice} ${variant(styles, 'playerNotice', notice.kind)}`}
      role={notice.kind === 'copied' ? 'status' : 'alert'}
    >
      <span>{message}</span>
      <button type="button" className={styles.playerTextButton} onClick={onDismiss}>
        {text('dismiss')}
      </button>
    </div>
  );
}

import { variant } from '../shell/cssModule';
import styles from './player.module.css';
import { type PlayerKey, usePlayerText } from './playerText';
import {
  type Notice,
  offersOldSave,
  type SaveNotice,
  type useScenarioConnection,
} from './useScenarioConnection';

function messageKey(notice: Notice | SaveNotice): PlayerKey {
  switch (notice.kind) {
    case 'link':
    case 'file':
      return `${notice.kind}.${notice.reason}`;
    case 'saved':
      return `saved.${notice.reason}`;
    case 'storage':
      return `storage.${notice.reason}`;
    default:
      return notice.kind;
  }
}

/**
 * A link or file that could not be opened, a copied link, or news about the saved work: said once, dismissed
 * by the learner, with at most one thing to do about it (`action`).
 */
export function NoticeLine({
  notice,
  onDismiss,
  action,
}: {
  notice: Notice | SaveNotice;
  onDismiss: () => void;
  action?: { label: string; run: () => void };
}) {
  const text = usePlayerText();
  const message = text(
    messageKey(notice),
    'length' in notice ? { length: notice.length } : { detail: notice.detail },
  );
  return (
    <div
      className={`${styles.playerNotice} ${variant(styles, 'playerNotice', notice.kind)}`}
      role={notice.kind === 'copied' ? 'status' : 'alert'}
    >
      <span>{message}</span>
      {action && (
        <button type="button" className={styles.playerTextButton} onClick={action.run}>
          {action.label}
        </button>
      )}
      <button type="button" className={styles.playerTextButton} onClick={onDismiss}>
        {text('dismiss')}
      </button>
    </div>
  );
}

/** The saved-work notice, with what it offers: the unreadable save to download, or the work as a file. */
export function SaveNoticeLine({ connection }: { connection: ReturnType<typeof useScenarioConnection> }) {
  const text = usePlayerText();
  const notice = connection.saveNotice;
  if (!notice) return null;
  return (
    <NoticeLine
      notice={notice}
      onDismiss={connection.dismissSaveNotice}
      action={{
        label: text(offersOldSave(notice) ? 'downloadSaved' : 'exportFile'),
        run: connection.keepSavedWork,
      }}
    />
  );
}

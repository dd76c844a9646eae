import { applyUpdate, dismissOfflineNotice, useOffline } from '../../offline/updates';
import styles from './OfflineNotice.module.css';
import { useT } from './useT';

/** "Works offline now" once after the first install, and "a new version is ready: reload" after an update. */
export function OfflineNotice() {
  const t = useT();
  const { readyOffline, updateReady } = useOffline((s) => s);
  if (!readyOffline && !updateReady) return null;
  return (
    <div className={styles.notice} role="status">
      <p>{t(updateReady ? 'shell.offline.updateReady' : 'shell.offline.ready')}</p>
      {updateReady && (
        <button type="button" className="button" onClick={applyUpdate}>
          {t('shell.offline.reload')}
        </button>
      )}
      <button type="button" className="button button--quiet" onClick={dismissOfflineNotice}>
        {t(updateReady ? 'shell.offline.later' : 'shell.offline.dismiss')}
      </button>
    </div>
  );
}

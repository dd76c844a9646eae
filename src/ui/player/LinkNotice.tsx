import styles from './LinkNotice.module.css';
import { NoticeLine, SaveNoticeLine } from './NoticeLine';
import { useScenarioConnection } from './useScenarioConnection';

/**
 * On a section without the player (Key types, Study notes), a scenario link in the URL is still read at once,
 * and a link that cannot be opened is said here, where the learner is, not only once they open a section with
 * the player (issue #13, item 15); so is news about the saved work. The question "open the shared scenario?"
 * waits for the player.
 */
export function LinkNotice() {
  const connection = useScenarioConnection();
  if (!connection.notice && !connection.saveNotice) return null;
  return (
    <div className={styles.notice}>
      {connection.notice && <NoticeLine notice={connection.notice} onDismiss={connection.dismissNotice} />}
      <SaveNoticeLine connection={connection} />
    </div>
  );
}

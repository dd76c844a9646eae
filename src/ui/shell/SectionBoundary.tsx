import { Component, type ReactNode } from 'react';
import styles from './shell.module.css';
import { useT } from './useT';

interface Props {
  children: ReactNode;
  onReset: () => void;
}

/**
 * Catches a crash inside one section so the header, navigation and other sections keep working.
 * React logs the error itself; the learner sees what broke and can start the section again.
 */
export class SectionBoundary extends Component<Props, { error: Error | null }> {
  override state: { error: Error | null } = { error: null };

  static getDerivedStateFromError(error: unknown) {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override render() {
    const { error } = this.state;
    return error ? <CrashNotice error={error} onReset={this.props.onReset} /> : this.props.children;
  }
}

function CrashNotice({ error, onReset }: { error: Error; onReset: () => void }) {
  const t = useT();
  return (
    <div className={styles.crash} role="alert">
      <h2 className={styles.crashTitle}>{t('shell.crash.title')}</h2>
      <p>{t('shell.crash.body')}</p>
      <dl className={styles.crashDetail}>
        <dt>{t('shell.crash.errorName')}</dt>
        <dd>
          <code>{error.name}</code>
        </dd>
      </dl>
      <button type="button" className="button" onClick={onReset}>
        {t('shell.crash.reset')}
      </button>
    </div>
  );
}

import { lazy, Suspense } from 'react';
import { ActingAsNote } from '../cast/ActingAsNote';
import { useT } from '../shell/useT';
import { LockIcon } from './common';
import { FlowTab } from './FlowView';
import styles from './studio.module.css';
import { TamperLab } from './TamperLab';
import { ThreatLens } from './ThreatLens';
import { chooseTab, STUDIO_TABS, useStudioTab } from './tabs';
import { WhyEnvelope } from './WhyEnvelope';

/** The large-file panel brings the worker client and is only needed when opened. */
const LargeFiles = lazy(() => import('./files/LargeFiles'));
const MessageInspector = lazy(() => import('./inspect/MessageInspector'));

/**
 * The envelope encryption studio: the study notes' two diagrams, living. Everything the learner does is a
 * scenario step (it replays, shares by link and scrubs with the player); the panels show the real bytes of
 * the step under the cursor.
 */
export default function EnvelopeSection() {
  const t = useT();
  const tab = useStudioTab();
  return (
    <article className={`section ${styles.studio}`} data-testid="studio" aria-labelledby="studio-title">
      <header className={styles.sectionHeader}>
        <h1 id="studio-title">{t('envelope.title')}</h1>
        <p className="lead">{t('envelope.lead')}</p>
        <p className={styles.studioPrivacy}>
          <LockIcon /> {t('envelope.privacy')}
        </p>
      </header>
      <nav className={styles.studioTabs} aria-label={t('envelope.tabs.label')}>
        <ul>
          {STUDIO_TABS.map((id) => (
            <li key={id}>
              <button
                type="button"
                aria-current={id === tab ? 'true' : undefined}
                onClick={() => chooseTab(id)}
              >
                {t(`envelope.tabs.${id}`)}
              </button>
            </li>
          ))}
        </ul>
      </nav>
      <ActingAsNote />
      <div className={styles.studioPanel}>
        {tab === 'flow' && <FlowTab />}
        {tab === 'why' && <WhyEnvelope />}
        {tab === 'tamper' && <TamperLab />}
        {tab === 'threats' && <ThreatLens />}
        {tab === 'files' && (
          <Suspense fallback={<p role="status">{t('envelope.loading')}</p>}>
            <LargeFiles />
          </Suspense>
        )}
        {tab === 'inspect' && (
          <Suspense fallback={<p role="status">{t('envelope.loading')}</p>}>
            <MessageInspector />
          </Suspense>
        )}
      </div>
    </article>
  );
}

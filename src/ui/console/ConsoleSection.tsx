import { m } from 'framer-motion';
import { useRef, useState } from 'react';
import { useEntrances } from '../shell/Animations';
import { RichText } from '../shell/RichText';
import { useT } from '../shell/useT';
import styles from './console.module.css';
import { Examples, Files, Profiles } from './Panels';
import { Terminal } from './Terminal';

/**
 * The `aws kms` console: a terminal that runs AWS CLI v2 command lines against the simulated KMS, each call
 * recorded as a scenario step (so the player, links and other sections see it), with examples, the virtual
 * directory of files and the CLI profiles beside it.
 */
export default function ConsoleSection() {
  const t = useT();
  const entrances = useEntrances();
  const [draft, setDraft] = useState('');
  const input = useRef<HTMLTextAreaElement>(null);
  const choose = (line: string) => {
    setDraft(line);
    input.current?.focus();
  };
  return (
    <m.article
      className={`section ${styles.consoleSection}`}
      data-testid="console-section"
      aria-labelledby="console-title"
      initial={entrances ? { opacity: 0, y: 8 } : false}
      animate={{ opacity: 1, y: 0 }}
      transition={{ duration: 0.25 }}
    >
      <header className={styles.consoleSectionHeader}>
        <h1 id="console-title">
          <RichText text={t('console.title')} />
        </h1>
        <p className={styles.consoleSectionLead}>{t('console.lead')}</p>
      </header>
      <Terminal draft={draft} setDraft={setDraft} inputRef={input} />
      <div className={styles.consoleSectionPanels}>
        <Examples onChoose={choose} />
        <div className={styles.consoleSectionSide}>
          <Files />
          <Profiles />
        </div>
      </div>
    </m.article>
  );
}

import { lazy, Suspense, useState } from 'react';
import { StartHere } from '../lessons/StartHere';
import { useT } from '../shell/useT';
import { ComparisonTable } from './ComparisonTable';
import { Foundations } from './Foundations';
import { KindPicker } from './KindPicker';
import styles from './keytypes.module.css';
import { type KeyKind, keyKinds, sources } from './kinds';

/** The key spec notes read the engine's tables, so they load after the first screen (a chunk of their own). */
const KeySpecNotes = lazy(() => import('./KeySpecNotes'));

/** Key types: the three kinds of KMS key from the study notes, the facts KMS is built on, and the key specs. */
export default function KeyTypesSection() {
  const t = useT();
  const [shown, setShown] = useState<ReadonlySet<KeyKind>>(new Set(keyKinds));
  const toggle = (kind: KeyKind) =>
    setShown((current) => {
      const next = new Set(current);
      // The last kind stays: a table with no kinds would compare nothing.
      if (next.has(kind) && next.size > 1) next.delete(kind);
      else next.add(kind);
      return next;
    });

  return (
    <article className={`section ${styles.keytypes}`} aria-labelledby="keytypes-title">
      <header className={styles.sectionHeader}>
        <h1 id="keytypes-title">{t('keytypes.title')}</h1>
        <p className={styles.lead}>{t('keytypes.lead')}</p>
      </header>
      <StartHere />
      <KindPicker shown={shown} onToggle={toggle} />
      <ComparisonTable kinds={keyKinds.filter((kind) => shown.has(kind))} />
      <Foundations />
      <Suspense fallback={null}>
        <KeySpecNotes />
      </Suspense>
      <section className={styles.sources} aria-labelledby="sources-title">
        <h2 id="sources-title">{t('keytypes.sources')}</h2>
        {/* Cited by their English titles, as the pages are named. */}
        <ul lang="en">
          {sources.map((source) => (
            <li key={source.url}>
              <a href={source.url} target="_blank" rel="noreferrer">
                {source.title}
              </a>
            </li>
          ))}
        </ul>
      </section>
    </article>
  );
}

import { RichText } from '../shell/RichText';
import { SectionLink } from '../shell/SectionLink';
import { useT } from '../shell/useT';
import { KEY_SPEC_FAMILIES, usagesOfFamily } from './keySpecs';
import styles from './keytypes.module.css';

const NOTES = ['rotation', 'publicKey', 'signature', 'services'] as const;

/**
 * What each key spec is for: per family, its specs (each a link that opens the keys section's CreateKey form set
 * to it), what it is used for and by whom, and its key usages with their algorithms as the engine has them
 * (keySpecs.ts). Then what holds for every asymmetric key: rotation, the public key, what a signature proves.
 * Loaded with the section's first paint out of the way: it reads the engine's tables.
 */
export default function KeySpecNotes() {
  const t = useT();
  return (
    <section className={styles.foundations} aria-labelledby="specs-title">
      <h2 id="specs-title">{t('keytypes.specs.title')}</h2>
      <p className={styles.specsLead}>
        <RichText text={t('keytypes.specs.lead')} />
      </p>
      <div className={styles.foundationsGrid}>
        {KEY_SPEC_FAMILIES.map((family) => (
          <article key={family.id} className={styles.fact} data-testid="key-spec-family">
            <h3>{t(`keytypes.specs.families.${family.id}.title`)}</h3>
            <ul className={styles.specLinks}>
              {family.specs.map((spec) => (
                <li key={spec}>
                  <SectionLink
                    view="keys"
                    params={{ keySpec: spec }}
                    label={t('keytypes.specs.create', { spec }).replaceAll('`', '')}
                  >
                    <code lang="en">{spec}</code>
                  </SectionLink>
                </li>
              ))}
            </ul>
            <p>
              <RichText text={t(`keytypes.specs.families.${family.id}.for`)} />
            </p>
            <dl className={styles.specUsages}>
              {usagesOfFamily(family.specs).map(({ usage, groups }) => (
                <div key={usage}>
                  <dt>
                    <span className="visually-hidden">{`${t('keytypes.specs.usages')}: `}</span>
                    <code lang="en">{usage}</code>
                  </dt>
                  <dd className={styles.specUsageAlgorithms}>
                    <span className="visually-hidden">{`${t('keytypes.specs.algorithms')}: `}</span>
                    {groups.map((group) => (
                      <span key={group.specs.join()} className={styles.specAlgorithms} lang="en">
                        {groups.length > 1 && `${group.specs.join(', ')}: `}
                        {group.algorithms.map((algorithm) => (
                          <code key={algorithm}>{algorithm}</code>
                        ))}
                      </span>
                    ))}
                  </dd>
                </div>
              ))}
            </dl>
          </article>
        ))}
        <article className={`${styles.fact} ${styles.factWide}`} data-testid="key-spec-notes">
          <h3>{t('keytypes.specs.notes.title')}</h3>
          <ul className={styles.specNotes}>
            {NOTES.map((note) => (
              <li key={note}>
                <RichText text={t(`keytypes.specs.notes.${note}`)} />
              </li>
            ))}
          </ul>
        </article>
      </div>
    </section>
  );
}

import { RichText } from '../shell/RichText';
import { useT } from '../shell/useT';
import styles from './keytypes.module.css';

const hsmHistory = ['y2017', 'y2023', 'today'] as const;
const envelopeSteps = ['generate', 'encrypt', 'discard', 'store'] as const;

/** The facts KMS rests on: Regions, CloudTrail, HSMs (notes versus today), and the 4 KB limit. */
export function Foundations() {
  const t = useT();
  return (
    <section className={styles.foundations} aria-labelledby="foundations-title">
      <h2 id="foundations-title">{t('keytypes.facts.title')}</h2>
      <div className={styles.foundationsGrid}>
        <article className={styles.fact} data-testid="fact">
          <h3>{t('keytypes.facts.region.title')}</h3>
          <p>{t('keytypes.facts.region.body')}</p>
        </article>
        <article className={styles.fact} data-testid="fact">
          <h3>{t('keytypes.facts.cloudTrail.title')}</h3>
          <p>{t('keytypes.facts.cloudTrail.body')}</p>
        </article>
        <article className={`${styles.fact} ${styles.factWide}`} data-testid="fact">
          <h3>{t('keytypes.facts.hsm.title')}</h3>
          <p>{t('keytypes.facts.hsm.body')}</p>
          <dl className={styles.claims}>
            <div className={`${styles.claim} claim--then`}>
              <dt>{t('keytypes.facts.hsm.notesSay')}</dt>
              <dd>{t('keytypes.facts.hsm.notesValue')}</dd>
            </div>
            <div className={`${styles.claim} ${styles.claimNow}`}>
              <dt>{t('keytypes.facts.hsm.awsSays')}</dt>
              <dd>{t('keytypes.facts.hsm.awsValue')}</dd>
            </div>
          </dl>
          <ol className={styles.timeline}>
            {hsmHistory.map((step) => (
              <li key={step}>{t(`keytypes.facts.hsm.history.${step}`)}</li>
            ))}
          </ol>
          <p className={styles.factNote}>
            <RichText text={t('keytypes.facts.hsm.caveat')} />
          </p>
        </article>
        <article className={`${styles.fact} ${styles.factWide}`} data-testid="fact">
          <h3>{t('keytypes.facts.envelope.title')}</h3>
          <p>
            <RichText text={t('keytypes.facts.envelope.body')} />
          </p>
          <ol className={styles.steps}>
            {envelopeSteps.map((step) => (
              <li key={step}>
                <span>
                  <RichText text={t(`keytypes.facts.envelope.steps.${step}`)} />
                </span>
              </li>
            ))}
          </ol>
          <p>{t('keytypes.facts.envelope.outro')}</p>
        </article>
      </div>
    </section>
  );
}

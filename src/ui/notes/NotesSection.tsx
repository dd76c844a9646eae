import { useId } from 'react';
import { StartHere } from '../lessons/StartHere';
import { Icon } from '../shell/icons';
import { ScrollRegion } from '../shell/ScrollRegion';
import { useT } from '../shell/useT';
import { Explore } from './Explore';
import { DecryptFlow, EncryptFlow } from './FlowDiagram';
import { NoteText } from './NoteText';
import styles from './notes.module.css';
import { integratedServices, keyTypeColumns, keyTypeRows, type NotePointId } from './points';

type Correction =
  | 'fips'
  | 'cmk'
  | 'customerRotation'
  | 'awsManagedRotation'
  | 'price'
  | 'keyPolicy'
  | 'envelope';

/** Where AWS says something different today: a labelled badge (words and an icon, not a colour). */
function AwsToday({ correction }: { correction: Correction }) {
  const t = useT();
  return (
    <span className={styles.noteToday} data-correction={correction}>
      <span className={styles.noteTodayLabel}>
        <Icon name="alert" />
        {t('notes.awsToday')}
      </span>{' '}
      <NoteText text={t(`notes.correction.${correction}`)} />
    </span>
  );
}

/** One point of the notes: its text, what AWS says today (if different), and where to explore it. */
function Point({
  id,
  text,
  term,
  corrections = [],
}: {
  id: NotePointId;
  text: string;
  term?: string;
  corrections?: readonly Correction[];
}) {
  return (
    <li className="note-point" data-point={id}>
      <p className={styles.notePointText}>
        {term && (
          <>
            <dfn className={styles.notePointTerm}>
              <NoteText text={term} />
            </dfn>
            {': '}
          </>
        )}
        <NoteText text={text} />
      </p>
      {corrections.map((c) => (
        <AwsToday key={c} correction={c} />
      ))}
      <Explore point={id} />
    </li>
  );
}

const rowCorrections: Record<(typeof keyTypeRows)[number], Partial<Record<string, Correction[]>>> = {
  awsManaged: { rotation: ['awsManagedRotation'] },
  customer: { kind: ['cmk'], rotation: ['customerRotation'], price: ['price'] },
  awsOwned: {},
};

function KeyTypesTable() {
  const t = useT();
  const id = useId();
  return (
    <ScrollRegion labelledBy={id} className={styles.noteTableWrap}>
      <table className={styles.noteTable}>
        <caption id={id}>{t('notes.keyTypes.caption')}</caption>
        <thead>
          <tr>
            {keyTypeColumns.map((column) => (
              <th key={column} scope="col">
                {t(`notes.keyTypes.head.${column}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {keyTypeRows.map((row) => (
            <tr key={row} data-point={`keyTypes.${row}`}>
              {keyTypeColumns.map((column) => {
                const content = (
                  <>
                    <NoteText text={t(`notes.keyTypes.${row}.${column}`)} />
                    {rowCorrections[row][column]?.map((c) => (
                      <AwsToday key={c} correction={c} />
                    ))}
                    {column === 'kind' && <Explore point={`keyTypes.${row}`} />}
                    {row === 'customer' && column === 'price' && <Explore point="keyTypes.price" />}
                  </>
                );
                return column === 'kind' ? (
                  <th key={column} scope="row">
                    {content}
                  </th>
                ) : (
                  <td
                    key={column}
                    data-point={row === 'customer' && column === 'price' ? 'keyTypes.price' : undefined}
                  >
                    {content}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}

function ServicesTable() {
  const t = useT();
  const id = useId();
  return (
    <ScrollRegion labelledBy={id} className={styles.noteTableWrap}>
      <table className={`${styles.noteTable} ${styles.noteTableNarrow}`}>
        <caption id={id}>{t('notes.services.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('notes.services.service')}</th>
            <th scope="col">{t('notes.services.target')}</th>
          </tr>
        </thead>
        <tbody>
          {integratedServices.map((service) => (
            <tr key={service.target}>
              <th scope="row">{service.name}</th>
              <td>
                <NoteText text={t(`notes.services.${service.target}`)} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}

/**
 * Study notes: the learner's own notes on AWS KMS, every point in the notes' order and wording (Japanese
 * original; faithful English translation), each with a way to see it in the lab and what AWS says today.
 */
export default function NotesSection() {
  const t = useT();
  const lifecycle = ['managed', 'region', 'cloudtrail', 'fips'] as const;
  return (
    <article className="section notes" aria-labelledby="notes-title">
      <header className={styles.notesHeader}>
        <h1 id="notes-title">{t('notes.title')}</h1>
        <p className={styles.notesLead}>{t('notes.lead')}</p>
        <p className={styles.notesOriginal}>
          <mark className={styles.noteMark}>{t('notes.original')}</mark>
        </p>
      </header>
      <StartHere />
      <section className={styles.notesSheet} aria-labelledby="notes-heading">
        <h2 id="notes-heading">
          <NoteText text={t('notes.heading')} />
        </h2>
        <h3>{t('notes.level')}</h3>
        <ul className={styles.notesPoints}>
          <li className="note-group">
            <p className={styles.notePointText}>
              <strong>{t('notes.lifecycle.label')}</strong>
            </p>
            <ul className={styles.notesPoints}>
              {lifecycle.map((item) => (
                <Point
                  key={item}
                  id={`lifecycle.${item}`}
                  text={t(`notes.lifecycle.${item}`)}
                  corrections={item === 'fips' ? ['fips'] : []}
                />
              ))}
            </ul>
          </li>
          <li className="note-group">
            <p className={styles.notePointText}>
              <strong>{t('notes.keyTypes.label')}</strong>
            </p>
            <ul className={styles.notesPoints}>
              <Point id="keyTypes.retained" text={t('notes.keyTypes.retained')} />
            </ul>
            <KeyTypesTable />
          </li>
          <Point
            id="keyPolicy"
            term={t('notes.keyPolicy.term')}
            text={t('notes.keyPolicy.text')}
            corrections={['keyPolicy']}
          />
          <Point
            id="envelope"
            term={t('notes.envelope.term')}
            text={t('notes.envelope.text')}
            corrections={['envelope']}
          />
          {(['encryptFlow', 'decryptFlow'] as const).map((flow) => (
            <li key={flow} className={`note-point ${styles.notePointFigure}`} data-point={flow}>
              {flow === 'encryptFlow' ? <EncryptFlow /> : <DecryptFlow />}
              {flow === 'encryptFlow' && <AwsToday correction="cmk" />}
              <Explore point={flow} />
            </li>
          ))}
          <li className="note-point" data-point="services">
            <p className={styles.notePointText}>
              <dfn className={styles.notePointTerm}>{t('notes.services.term')}</dfn>
            </p>
            <ServicesTable />
            <Explore point="services" />
          </li>
        </ul>
      </section>
    </article>
  );
}

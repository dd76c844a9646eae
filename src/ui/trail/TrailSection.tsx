import { m } from 'framer-motion';
import { useEffect, useId, useMemo, useState } from 'react';
import { useScenario } from '../../state/scenario';
import { downloadText } from '../player/download';
import { useEntrances } from '../shell/Animations';
import { RichText } from '../shell/RichText';
import { useT } from '../shell/useT';
import { RecordJson } from './RecordJson';
import {
  eventNames,
  isFiltering,
  NO_FILTER,
  type Outcome,
  type TrailFilter,
  toJsonLines,
  visibleIndexes,
} from './records';
import { TrailList } from './TrailList';
import { stepRange, type Timeline } from './timeline';
import styles from './trail.module.css';
import { useTimeline } from './useTimeline';

const OMITTED = [
  'plaintext',
  'dataKeys',
  'ciphertext',
  'response',
  'context',
  'invokedBy',
  'errors',
  'owned',
] as const;

/** Development builds: `?trailBench=N` shows N synthetic records (see bench.ts). */
function useBenchTimeline(): Timeline | undefined {
  const [bench, setBench] = useState<Timeline>();
  useEffect(() => {
    if (!import.meta.env.DEV) return;
    import('./bench').then(async ({ benchCount, benchTimeline }) => {
      const count = benchCount();
      if (count) setBench(await benchTimeline(count));
    });
  }, []);
  return bench;
}

/** CloudTrail: every record of the scenario up to the cursor, filterable, each openable as its JSON. */
export default function TrailSection() {
  const t = useT();
  const entrances = useEntrances();
  const live = useTimeline();
  const bench = useBenchTimeline();
  const timeline = bench ?? live.timeline;
  const cursor = useScenario((s) => s.cursor);
  const [filter, setFilter] = useState<TrailFilter>(NO_FILTER);
  const [selected, setSelected] = useState<number>();
  const [notice, setNotice] = useState('');
  const ids = { filters: useId(), detail: useId() };

  const records = timeline?.records ?? [];
  const total = timeline?.recordCount ?? 0;
  const indexes = useMemo(() => visibleIndexes(records, total, filter), [records, total, filter]);
  const names = useMemo(() => eventNames(records, total), [records, total]);
  const current = useMemo<[number, number]>(
    () => (timeline && !bench ? stepRange(timeline, cursor) : [0, 0]),
    [timeline, bench, cursor],
  );
  const record = selected !== undefined && selected < total ? records[selected] : undefined;

  const set = <K extends keyof TrailFilter>(key: K, value: TrailFilter[K]) =>
    setFilter((f) => ({ ...f, [key]: value }));

  const exportLines = () => {
    const file = 'kms-lab-cloudtrail.jsonl';
    downloadText(file, toJsonLines(records, indexes), 'application/x-ndjson');
    setNotice(t('trail.export.done', { count: indexes.length, file }));
  };

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(JSON.stringify(record, null, 2));
      setNotice(t('trail.detail.copied'));
    } catch {
      setNotice(t('trail.detail.copyFailed'));
    }
  };

  return (
    <m.article
      className={`section ${styles.trail}`}
      aria-labelledby="trail-title"
      initial={entrances ? { opacity: 0, y: 8 } : false}
      animate={{ opacity: 1, y: 0 }}
      transition={{ duration: 0.25 }}
    >
      <header className={styles.sectionHeader}>
        <h1 id="trail-title">{t('trail.title')}</h1>
        <p className={styles.lead}>{t('trail.lead')}</p>
        {bench && <p className={styles.trailBench}>{t('trail.bench.label', { count: total })}</p>}
      </header>

      <details className={styles.trailOmitted} data-testid="trail-omitted">
        <summary>{t('trail.omitted.title')}</summary>
        <p>{t('trail.omitted.intro')}</p>
        <ul>
          {OMITTED.map((item) => (
            <li key={item}>
              <RichText text={t(`trail.omitted.${item}`)} />
            </li>
          ))}
        </ul>
      </details>

      <fieldset className={styles.trailFilters} aria-describedby={ids.filters}>
        <legend>{t('trail.filters.legend')}</legend>
        <label>
          {t('trail.filters.eventName')}
          <select value={filter.eventName} onChange={(e) => set('eventName', e.target.value)}>
            <option value="">{t('trail.filters.anyEvent')}</option>
            {names.map((name) => (
              <option key={name} value={name}>
                {name}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('trail.filters.key')}
          <input type="search" value={filter.key} onChange={(e) => set('key', e.target.value)} />
        </label>
        <label>
          {t('trail.filters.principal')}
          <input type="search" value={filter.principal} onChange={(e) => set('principal', e.target.value)} />
        </label>
        <label>
          {t('trail.filters.outcome')}
          <select value={filter.outcome} onChange={(e) => set('outcome', e.target.value as Outcome)}>
            <option value="any">{t('trail.filters.anyOutcome')}</option>
            <option value="succeeded">{t('trail.filters.succeeded')}</option>
            <option value="failed">{t('trail.filters.failed')}</option>
          </select>
        </label>
        <label>
          <RichText text={t('trail.filters.from')} />
          <input type="datetime-local" value={filter.from} onChange={(e) => set('from', e.target.value)} />
        </label>
        <label>
          <RichText text={t('trail.filters.to')} />
          <input type="datetime-local" value={filter.to} onChange={(e) => set('to', e.target.value)} />
        </label>
        <div className={styles.trailActions}>
          <button
            type="button"
            className="button"
            disabled={!isFiltering(filter)}
            onClick={() => setFilter(NO_FILTER)}
          >
            {t('trail.filters.clear')}
          </button>
          <button type="button" className="button" disabled={indexes.length === 0} onClick={exportLines}>
            <RichText text={t('trail.export.button')} />
          </button>
        </div>
        <p id={ids.filters} className={styles.trailCount} role="status">
          {t('trail.count', { shown: indexes.length, total })}
          {live.loading && !bench ? ` · ${t('trail.loading')}` : ''}
        </p>
      </fieldset>

      <p className="visually-hidden" role="status" aria-live="polite">
        {notice}
      </p>

      <div className={styles.trailBody}>
        <div className="trail__records">
          {total === 0 ? (
            <p className={styles.trailEmpty}>{timeline ? t('trail.empty') : t('trail.loading')}</p>
          ) : indexes.length === 0 ? (
            <p className={styles.trailEmpty}>{t('trail.filters.noMatch')}</p>
          ) : (
            <TrailList
              records={records}
              indexes={indexes}
              current={current}
              selected={selected}
              onSelect={setSelected}
            />
          )}
        </div>
        <section className={styles.trailDetail} aria-labelledby={ids.detail}>
          <h2 id={ids.detail}>{t('trail.detail.title')}</h2>
          {record ? (
            <>
              {!bench && timeline && (
                <p>{t('trail.detail.step', { step: (timeline.stepOf[selected as number] as number) + 1 })}</p>
              )}
              <div className={styles.trailDetailActions}>
                <button type="button" className="button" onClick={copy}>
                  <RichText text={t('trail.detail.copy')} />
                </button>
                <button type="button" className="button" onClick={() => setSelected(undefined)}>
                  {t('trail.detail.close')}
                </button>
              </div>
              {/* A scrollable region must be reachable by keyboard: the section is its named landmark. */}
              <section className="trail__json-frame" aria-label={t('trail.detail.title')}>
                {/* biome-ignore lint/a11y/noNoninteractiveTabindex: see above */}
                <pre className={styles.trailJson} data-testid="trail-json" tabIndex={0}>
                  <code>
                    <RecordJson value={record} />
                  </code>
                </pre>
              </section>
            </>
          ) : (
            <p className={styles.trailEmpty}>{t('trail.detail.none')}</p>
          )}
        </section>
      </div>
    </m.article>
  );
}

import { useId, useState } from 'react';
import { BUCKET_KEY_REUSE_MS, MAX_BATCH_OBJECTS } from '../../services/index';
import { scenarioStore, useScenario } from '../../state/scenario';
import { RichText } from '../shell/RichText';
import { ScrollRegion } from '../shell/ScrollRegion';
import { useLang, useT } from '../shell/useT';
import trailStyles from '../trail/trail.module.css';
import { useTimeline } from '../trail/useTimeline';
import styles from './services.module.css';
import { batchRuns, type KeySelection, serviceCallStep, USD_PER_REQUEST, withKey } from './steps';

/**
 * S3 Bucket Keys at scale: put N objects into one bucket without and into another with Bucket Keys (two
 * steps), then compare the KMS requests each made — counted from their CloudTrail records — and their cost.
 */
export function BucketKeys({ keySelection, principal }: { keySelection: KeySelection; principal?: string }) {
  const t = useT();
  const lang = useLang();
  const id = useId();
  const [count, setCount] = useState(1000);
  const appendStep = useScenario((s) => s.appendStep);
  const loading = useScenario((s) => s.loading);
  const { timeline } = useTimeline();
  const runs = timeline ? batchRuns(timeline) : [];
  const usd = (requests: number) =>
    (requests * USD_PER_REQUEST).toLocaleString(lang, {
      style: 'currency',
      currency: 'USD',
      maximumFractionDigits: 4,
    });
  const owned = keySelection.choice === 'aws-owned';

  const run = () => {
    for (const bucketKeys of [false, true]) {
      // Read after each append: the second batch continues from the first one's services world.
      const step = serviceCallStep(scenarioStore.getState().scenario.steps, {
        service: 's3',
        action: 'PutObjectBatch',
        params: withKey(
          's3',
          'PutObjectBatch',
          {
            Bucket: bucketKeys ? 'with-bucket-keys' : 'without-bucket-keys',
            KeyPrefix: 'object-',
            Count: count,
            Body: 'x',
            BucketKeyEnabled: bucketKeys,
          },
          keySelection,
        ),
        ...(principal ? { principal } : {}),
      });
      if (!appendStep(step).ok) return;
    }
  };

  const last = runs.slice(-2);
  const [plain, keyed] =
    last.length === 2 && !last[0]?.bucketKeys && last[1]?.bucketKeys ? last : [undefined, undefined];
  const saved = plain && keyed ? plain.requests - keyed.requests : 0;

  return (
    <section className="service__bucket-keys" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('services.bucketKeys.title')}</h2>
      <p>{t('services.bucketKeys.lead')}</p>
      <div className={styles.serviceButtons}>
        <label htmlFor={`${id}-count`}>{t('services.bucketKeys.count')}</label>
        <input
          id={`${id}-count`}
          type="number"
          min={1}
          max={MAX_BATCH_OBJECTS}
          value={count}
          onChange={(e) => setCount(Math.max(1, Math.min(MAX_BATCH_OBJECTS, Number(e.target.value) || 1)))}
        />
        <button type="button" className="button" disabled={loading || owned} onClick={run}>
          {t('services.bucketKeys.run', { count })}
        </button>
      </div>
      {runs.length === 0 ? (
        <p className={trailStyles.trailEmpty}>{t('services.bucketKeys.none')}</p>
      ) : (
        <ScrollRegion labelledBy={`${id}-caption`}>
          <table className={styles.serviceTable}>
            <caption id={`${id}-caption`}>
              <RichText text={t('services.bucketKeys.caption')} />
            </caption>
            <thead>
              <tr>
                <th scope="col">{t('services.bucketKeys.bucket')}</th>
                <th scope="col">{t('services.bucketKeys.objects')}</th>
                <th scope="col">{t('services.bucketKeys.enabled')}</th>
                <th scope="col">{t('services.bucketKeys.requests')}</th>
                <th scope="col">{t('services.bucketKeys.cost')}</th>
              </tr>
            </thead>
            <tbody>
              {runs.map((r) => (
                <tr key={r.stepIndex} data-testid="bucket-key-run">
                  <th scope="row">
                    <code>{r.bucket}</code>
                  </th>
                  <td>{r.objects.toLocaleString(lang)}</td>
                  <td>{r.bucketKeys ? t('services.bucketKeys.yes') : t('services.bucketKeys.no')}</td>
                  <td data-testid="bucket-key-requests">{r.requests.toLocaleString(lang)}</td>
                  <td>{usd(r.requests)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      )}
      {plain && keyed && (
        <p className={styles.serviceSaving} role="status">
          {t('services.bucketKeys.saved', {
            saved,
            percent: plain.requests > 0 ? Math.round((saved / plain.requests) * 1000) / 10 : 0,
          })}
        </p>
      )}
      <p className={styles.serviceNote}>{t('services.bucketKeys.costNote')}</p>
      <p className={styles.serviceNote}>
        {t('services.bucketKeys.simplification', { minutes: BUCKET_KEY_REUSE_MS / 60_000 })}
      </p>
    </section>
  );
}

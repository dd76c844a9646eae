import { m } from 'framer-motion';
import { useId } from 'react';
import { opName, type ServiceCallDetail } from '../../scenario/steps/serviceCall';
import { SERVICES, type ServiceId } from '../../services/index';
import { useScenario } from '../../state/scenario';
import { useEntrances } from '../shell/Animations';
import { RichText } from '../shell/RichText';
import { ScrollRegion } from '../shell/ScrollRegion';
import { useT } from '../shell/useT';
import { RecordJson } from '../trail/RecordJson';
import { shortArn } from '../trail/records';
import styles from '../trail/trail.module.css';
import servicesStyles from './services.module.css';

/** Calls listed one by one; a batch of 1,000 shows the first ones and a count. */
const LISTED_CALLS = 12;

/**
 * The service call under the player's cursor (when it is one of this service's): the service's response or
 * error in its own words, and every KMS call it made — operation, caller, invokedBy, ViaService, encryption
 * context, verdict, and its CloudTrail record number.
 */
export function CallResult({ service }: { service: ServiceId }) {
  const t = useT();
  const entrances = useEntrances();
  const id = useId();
  const view = useScenario((s) => s.view);
  const step = view?.step?.kind === 'service.call' && view.step.service === service ? view.step : undefined;
  const detail =
    step && view?.result?.kind === 'service.call' && view.result.ok
      ? (view.result.detail as ServiceCallDetail)
      : undefined;
  const name = SERVICES[service].name;
  const op = step ? opName(step) : '';

  return (
    <section className="service__result" aria-labelledby={`${service}-result`} aria-live="polite">
      <h2 id={`${service}-result`}>{t('services.result.title')}</h2>
      {!step || !detail ? (
        <p className={styles.trailEmpty}>{t('services.result.none')}</p>
      ) : (
        <>
          {detail.result.ok ? (
            <p className={servicesStyles.serviceVerdict}>
              <span className={`${styles.badge} ${styles.badgeOk}`}>✓</span>{' '}
              <RichText text={t('services.result.ok', { op })} />
            </p>
          ) : (
            <div className={servicesStyles.serviceError} role="alert">
              <p className={servicesStyles.serviceVerdict}>
                <span className={`${styles.badge} ${styles.badgeFailed}`}>✗</span>{' '}
                <RichText text={t('services.result.failed', { op, code: detail.result.error.code })} />
              </p>
              <h3>{t('services.result.error')}</h3>
              <p lang="en">
                <code>{detail.result.error.code}</code> {detail.result.error.message}
              </p>
              <p>
                <span className={styles.badge}>{t(`services.fidelity.${detail.result.error.fidelity}`)}</span>
              </p>
              {detail.result.error.kmsError && (
                <p>
                  <RichText
                    text={t('services.result.kmsError', { name: detail.result.error.kmsError.name })}
                  />
                </p>
              )}
            </div>
          )}
          {detail.result.ok && (
            <details className={servicesStyles.serviceResponse}>
              <summary>{t('services.result.response')}</summary>
              <pre className={styles.trailJson} data-testid="trail-json">
                <code>
                  <RecordJson value={detail.result.response} />
                </code>
              </pre>
            </details>
          )}
          {detail.kmsCalls.length === 0 ? (
            <p>{t('services.result.noCalls', { service: name })}</p>
          ) : (
            <ScrollRegion labelledBy={`${id}-calls-caption`}>
              <table className={servicesStyles.serviceTable}>
                <caption id={`${id}-calls-caption`}>{t('services.result.callsCaption')}</caption>
                <thead>
                  <tr>
                    <th scope="col">#</th>
                    <th scope="col">{t('services.result.operation')}</th>
                    <th scope="col">{t('services.result.caller')}</th>
                    <th scope="col">
                      <RichText text={t('services.result.viaService')} />
                    </th>
                    <th scope="col">{t('services.result.context')}</th>
                    <th scope="col">{t('services.result.outcome')}</th>
                    <th scope="col">{t('services.result.record')}</th>
                  </tr>
                </thead>
                <tbody>
                  {detail.kmsCalls.slice(0, LISTED_CALLS).map((call, i) => (
                    // Calls appear one after another, in the order the service made them (opacity and
                    // transform only; the shell's MotionConfig makes them instant under reduced motion).
                    <m.tr
                      key={`${view?.index}-${call.operation}-${call.trailRecordIndex ?? i}`}
                      initial={entrances ? { opacity: 0, x: -12 } : false}
                      animate={{ opacity: 1, x: 0 }}
                      transition={{ delay: i * 0.12, duration: 0.25 }}
                    >
                      <th scope="row">{i + 1}</th>
                      <td>
                        <code>{call.operation}</code>
                      </td>
                      <td>
                        <code>{shortArn(call.principal)}</code>
                      </td>
                      <td>
                        {call.viaService ? <code>{call.viaService}</code> : t('services.result.direct')}
                      </td>
                      <td>
                        {Object.entries(call.encryptionContext ?? {}).map(([k, v]) => (
                          <code key={k} className={servicesStyles.servicePair}>
                            {k}={v}
                          </code>
                        ))}
                      </td>
                      <td>
                        {call.ok ? (
                          <span className={`${styles.badge} ${styles.badgeOk}`}>
                            {t('services.result.allowed')}
                          </span>
                        ) : (
                          <span className={`${styles.badge} ${styles.badgeFailed}`}>
                            <RichText text={t('services.result.refused', { name: call.error?.name ?? '' })} />
                          </span>
                        )}
                      </td>
                      <td>
                        {call.trailRecordIndex !== undefined
                          ? t('services.result.showRecord', { n: call.trailRecordIndex + 1 })
                          : ''}
                      </td>
                    </m.tr>
                  ))}
                </tbody>
              </table>
              {detail.kmsCalls.length > LISTED_CALLS && (
                <p>{t('services.result.more', { count: detail.kmsCalls.length - LISTED_CALLS })}</p>
              )}
            </ScrollRegion>
          )}
        </>
      )}
    </section>
  );
}

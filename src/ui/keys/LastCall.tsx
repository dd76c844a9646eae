import { useScenario } from '../../state/scenario';
import { StepCliEquivalent } from '../cli';
import { Icon } from '../shell/icons';
import { RichText } from '../shell/RichText';
import { useT } from '../shell/useT';
import styles from './panel.module.css';

/**
 * The KMS call under the player's cursor: its outcome, with the real AWS exception name and message when it
 * failed, and the equivalent AWS CLI command (the shared box of src/ui/cli). Announced politely, so a learner
 * who pressed a button hears what KMS answered. `idle` replaces the "press a button below" hint on a page
 * that has no call buttons.
 */
export function LastCall({ idle }: { idle?: string }) {
  const t = useT();
  const view = useScenario((s) => s.view);
  const settingsRegion = useScenario((s) => s.scenario.settings.region);
  const step = view?.step?.kind === 'kms.call' ? view.step : undefined;
  const result = view?.result?.kind === 'kms.call' ? view.result : undefined;
  const region = step ? (step.caller?.region ?? settingsRegion) : undefined;

  return (
    <section
      className={styles.klabCall}
      aria-label={t('keys.call.label')}
      aria-live="polite"
      aria-atomic="true"
    >
      {!step || !result ? (
        <p className={styles.klabCallIdle}>{idle ?? t('keys.call.idle')}</p>
      ) : result.ok ? (
        <p className={`${styles.klabCallOutcome} ${styles.klabCallOutcomeOk}`}>
          <Icon name="check" />
          <span>
            <RichText text={t('keys.call.ok', { op: step.op, region: region ?? '' })} />
          </span>
        </p>
      ) : (
        <div className={`${styles.klabCallOutcome} ${styles.klabCallOutcomeError}`} role="alert">
          <Icon name="cross" />
          <div>
            <p className={styles.klabCallTitle}>
              <RichText text={t('keys.call.failed', { op: step.op })} />
            </p>
            <p className={styles.klabCallError}>
              <code>{result.error.name}</code> <span lang="en">{result.error.message}</span>
            </p>
          </div>
        </div>
      )}
      {step && <StepCliEquivalent step={step} result={result} />}
    </section>
  );
}

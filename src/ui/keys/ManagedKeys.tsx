import { useId, useState } from 'react';
import { MANAGED_KEY_SERVICES } from '../../kms/policy/templates';
import { useT } from '../shell/useT';
import { appendCall, calls } from './calls';
import styles from './panel.module.css';

/**
 * AWS managed keys exist once a service first needs them; `DescribeKey` of the predefined alias makes KMS create
 * one the same way (reference §1), so the learner can see it appear and then try (and fail) to manage it.
 */
export function ManagedKeys({ region }: { region: string }) {
  const t = useT();
  const id = useId();
  const [service, setService] = useState<string>(MANAGED_KEY_SERVICES[0]?.alias ?? 's3');
  return (
    <section className={styles.klabCard} aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('keys.managed.title')}</h2>
      <p>{t('keys.managed.body')}</p>
      <span className={styles.klabInline}>
        <label>
          <span>{t('keys.managed.service')}</span>
          <select value={service} onChange={(e) => setService(e.currentTarget.value)}>
            {MANAGED_KEY_SERVICES.map((s) => (
              <option key={s.alias} value={s.alias}>
                alias/aws/{s.alias}
              </option>
            ))}
          </select>
        </label>
        <button
          type="button"
          className={styles.klabButton}
          onClick={() => appendCall(calls.describeKey(`alias/aws/${service}`), region)}
        >
          <code>DescribeKey</code>
        </button>
      </span>
    </section>
  );
}

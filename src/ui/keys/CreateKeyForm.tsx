import { type FormEvent, useId, useState } from 'react';
import { scenarioStore } from '../../state/scenario';
import { RichText } from '../shell/RichText';
import { useT } from '../shell/useT';
import { appendCall, calls, HMAC_KEY_SPECS, type NewKeySpec } from './calls';
import styles from './panel.module.css';

/**
 * Creates a customer managed key (symmetric or HMAC, single- or multi-Region) with a description, a tag and an
 * alias: CreateKey, then CreateAlias naming the new key by reference. The form keeps what was typed if KMS
 * refuses (the refusal shows above, with AWS's exception), so nothing is lost.
 */
export function CreateKeyForm({ region }: { region: string }) {
  const t = useT();
  const id = useId();
  const [keySpec, setKeySpec] = useState<NewKeySpec>('SYMMETRIC_DEFAULT');
  const [multiRegion, setMultiRegion] = useState(false);
  const [description, setDescription] = useState('');
  const [alias, setAlias] = useState('');
  const [tagKey, setTagKey] = useState('');
  const [tagValue, setTagValue] = useState('');
  const [problem, setProblem] = useState<string>();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const created = appendCall(
      calls.createKey({ keySpec, multiRegion, description, tag: { key: tagKey, value: tagValue } }),
      region,
    );
    if (!created.ok) {
      setProblem(created.detail);
      return;
    }
    setProblem(undefined);
    if (alias) {
      const aliased = appendCall(calls.createAlias(alias, { stepId: created.id }), region);
      if (!aliased.ok) setProblem(aliased.detail);
    }
    // Cleared only once the steps are in the scenario; a refusal keeps the input for another try.
    if (scenarioStore.getState().scenario.steps.some((s) => s.id === created.id)) {
      setDescription('');
      setAlias('');
      setTagKey('');
      setTagValue('');
    }
  };

  return (
    <form
      className={`${styles.klabCard} klab-form`}
      onSubmit={submit}
      noValidate
      aria-labelledby={`${id}-title`}
    >
      <h2 id={`${id}-title`}>
        <RichText text={t('keys.create.title', { region })} />
      </h2>
      <div className={styles.klabFormGrid}>
        <label>
          <span>{t('keys.create.keySpec')}</span>
          <select value={keySpec} onChange={(e) => setKeySpec(e.currentTarget.value as NewKeySpec)}>
            <option value="SYMMETRIC_DEFAULT">{t('keys.create.symmetric')}</option>
            {HMAC_KEY_SPECS.map((spec) => (
              <option key={spec} value={spec}>
                {t('keys.create.hmac', { spec })}
              </option>
            ))}
          </select>
        </label>
        <label className={styles.klabFormCheck}>
          <input
            type="checkbox"
            checked={multiRegion}
            onChange={(e) => setMultiRegion(e.currentTarget.checked)}
          />
          <span>{t('keys.create.multiRegion')}</span>
        </label>
        <label>
          <span>{t('keys.create.description')}</span>
          <input
            value={description}
            maxLength={8192}
            onChange={(e) => setDescription(e.currentTarget.value)}
          />
        </label>
        <label>
          <span>{t('keys.create.alias')}</span>
          <input
            value={alias}
            placeholder="alias/my-key"
            spellCheck={false}
            onChange={(e) => setAlias(e.currentTarget.value)}
          />
        </label>
        <label>
          <span>{t('keys.create.tagKey')}</span>
          <input value={tagKey} spellCheck={false} onChange={(e) => setTagKey(e.currentTarget.value)} />
        </label>
        <label>
          <span>{t('keys.create.tagValue')}</span>
          <input value={tagValue} spellCheck={false} onChange={(e) => setTagValue(e.currentTarget.value)} />
        </label>
      </div>
      <p className={styles.klabNote}>
        <RichText text={t('keys.create.note')} />
      </p>
      <button type="submit" className={`${styles.klabButton} ${styles.klabButtonPrimary}`}>
        {t('keys.create.submit')}
      </button>
      {problem && (
        <p className={styles.klabProblem} role="alert">
          {t('keys.create.invalid', { detail: problem })}
        </p>
      )}
    </form>
  );
}

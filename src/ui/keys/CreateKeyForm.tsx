import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
// The KeySpec × KeyUsage table the engine enforces (API_CreateKey KeyUsage), so the form offers only AWS's pairs.
import { USAGES_OF_SPEC } from '../../kms/keySpecs';
import type { SimulatedKeySpec, SimulatedKeyUsage } from '../../kms/world';
import { readFragment, updateFragment } from '../../state/location';
import { scenarioStore } from '../../state/scenario';
import { RichText } from '../shell/RichText';
import { useT } from '../shell/useT';
import { appendCall, calls, type NewKeyOrigin } from './calls';
import { KeyGenerationStatus } from './KeyGenerationStatus';
import styles from './panel.module.css';

/** The key specs by family, in the order of the Developer Guide's key spec reference. */
const SPEC_GROUPS = [
  ['symmetric', ['SYMMETRIC_DEFAULT']],
  ['hmac', ['HMAC_224', 'HMAC_256', 'HMAC_384', 'HMAC_512']],
  ['rsa', ['RSA_2048', 'RSA_3072', 'RSA_4096']],
  ['ecc', ['ECC_NIST_P256', 'ECC_NIST_P384', 'ECC_NIST_P521', 'ECC_SECG_P256K1']],
  ['mlDsa', ['ML_DSA_44', 'ML_DSA_65', 'ML_DSA_87']],
  ['mlKem', ['ML_KEM_512', 'ML_KEM_768', 'ML_KEM_1024']],
] as const satisfies readonly (readonly [string, readonly SimulatedKeySpec[]])[];

/** The spec a link asked for (`keySpec` in the fragment: the key types notes link each spec here), if any. */
function requestedSpec(): SimulatedKeySpec | undefined {
  const spec = readFragment().get('keySpec');
  return spec !== null && Object.hasOwn(USAGES_OF_SPEC, spec) ? (spec as SimulatedKeySpec) : undefined;
}

/** KMS Lab imports key material for every spec but ML-DSA and ML-KEM (createKey.ts). */
const importable = (spec: SimulatedKeySpec) => !spec.startsWith('ML_');

/**
 * Creates a customer managed key (any simulated key spec with a key usage AWS allows for it, KMS-made or imported
 * material, single- or multi-Region) with a description, a tag and an alias: CreateKey, then CreateAlias naming
 * the new key by reference. The form keeps what was typed if KMS refuses (the refusal shows above, with AWS's
 * exception), so nothing is lost.
 */
export function CreateKeyForm({ region }: { region: string }) {
  const t = useT();
  const id = useId();
  const [requested] = useState(requestedSpec);
  const [keySpec, setKeySpec] = useState<SimulatedKeySpec>(requested ?? 'SYMMETRIC_DEFAULT');
  const [keyUsage, setKeyUsage] = useState<SimulatedKeyUsage>(USAGES_OF_SPEC[keySpec][0]);
  const specSelect = useRef<HTMLSelectElement>(null);
  // Arrived by a link for one spec: the form is set to it and the spec has focus (so it is in view); the link's
  // `keySpec` then leaves the address, which goes on naming only the scenario.
  useEffect(() => {
    if (!requested) return;
    specSelect.current?.focus();
    updateFragment({ keySpec: null }, { replace: true });
  }, [requested]);
  const [origin, setOrigin] = useState<NewKeyOrigin>('AWS_KMS');
  const [multiRegion, setMultiRegion] = useState(false);
  const [description, setDescription] = useState('');
  const [alias, setAlias] = useState('');
  const [tagKey, setTagKey] = useState('');
  const [tagValue, setTagValue] = useState('');
  const [problem, setProblem] = useState<string>();

  const chooseSpec = (spec: SimulatedKeySpec) => {
    setKeySpec(spec);
    setKeyUsage(USAGES_OF_SPEC[spec][0]);
    if (!importable(spec)) setOrigin('AWS_KMS');
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const created = appendCall(
      calls.createKey({
        keySpec,
        keyUsage,
        origin,
        multiRegion,
        description,
        tag: { key: tagKey, value: tagValue },
      }),
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
          <select
            ref={specSelect}
            value={keySpec}
            onChange={(e) => chooseSpec(e.currentTarget.value as SimulatedKeySpec)}
          >
            {SPEC_GROUPS.map(([group, specs]) => (
              <optgroup key={group} label={t(`keys.create.group.${group}`)}>
                {specs.map((spec) => (
                  <option key={spec} value={spec} lang="en">
                    {spec}
                  </option>
                ))}
              </optgroup>
            ))}
          </select>
        </label>
        <label>
          <span>{t('keys.create.keyUsage')}</span>
          <select value={keyUsage} onChange={(e) => setKeyUsage(e.currentTarget.value as SimulatedKeyUsage)}>
            {USAGES_OF_SPEC[keySpec].map((usage) => (
              <option key={usage} value={usage} lang="en">
                {usage}
              </option>
            ))}
          </select>
        </label>
        <label>
          <span>{t('keys.create.origin')}</span>
          <select value={origin} onChange={(e) => setOrigin(e.currentTarget.value as NewKeyOrigin)}>
            <option value="AWS_KMS">{t('keys.create.originKms')}</option>
            {importable(keySpec) && <option value="EXTERNAL">{t('keys.create.originExternal')}</option>}
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
      <KeyGenerationStatus inline />
    </form>
  );
}

import { useId, useState } from 'react';
import { useScenario } from '../../state/scenario';
import { RichText } from '../shell/RichText';
import { useT } from '../shell/useT';
import { appendCall, appendWrap, calls } from './calls';
import styles from './keyCrypto.module.css';
import { type KeyPanelProps, lastCallOn, lastWrapOf } from './keyRecords';
import shared from './panel.module.css';

const DAY_S = 86_400;

/**
 * Bring your own key for a key with Origin EXTERNAL, as the four steps of the Developer Guide's "Importing key
 * material": GetParametersForImport (an RSA_2048 wrapping key for RSAES_OAEP_SHA_256, and an import token),
 * wrapping 32 bytes of key material in the page (the `import.wrapKeyMaterial` step: material and OAEP seed from
 * the scenario's client DRBG, so the link replays), ImportKeyMaterial with or without an expiration date, and
 * using the key. Each is a step of the scenario, so the player, the stage and a shared link show it.
 */
export function ImportMaterial({ keyView, region, records }: KeyPanelProps) {
  const t = useT();
  const id = useId();
  const now = useScenario((s) => s.view?.now);
  const [expires, setExpires] = useState(false);
  const [days, setDays] = useState('365');
  const [text, setText] = useState(t('keys.crypto.sampleMessage'));
  const { KeyId: keyId, Arn: arn } = keyView.metadata;
  const parameters = lastCallOn(records, 'GetParametersForImport', arn);
  const wrap = parameters ? lastWrapOf(records, parameters.stepId) : undefined;
  const imported = lastCallOn(records, 'ImportKeyMaterial', arn);
  const validTo = () =>
    expires && now
      ? Math.floor(Date.parse(now) / 1000) + (Number.parseInt(days, 10) || 0) * DAY_S
      : undefined;
  const status = (done: boolean, step?: string) =>
    done ? (
      <span className={styles.done}>
        <RichText text={t('keys.crypto.stepDone', { step: step ?? '' })} />
      </span>
    ) : (
      <span>{t('keys.crypto.stepNotYet')}</span>
    );

  return (
    <section aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t('keys.crypto.importTitle')}</h3>
      <p className={shared.klabNote}>
        <RichText text={t('keys.crypto.importNote')} />
      </p>
      <ol className={styles.steps}>
        <li>
          <RichText text={t('keys.crypto.importParameters')} /> {status(!!parameters, parameters?.stepId)}
          <div className={shared.klabActions}>
            <button
              type="button"
              className={shared.klabButton}
              onClick={() => appendCall(calls.getParametersForImport(keyId), region)}
            >
              <code>GetParametersForImport</code>
            </button>
          </div>
        </li>
        <li>
          <RichText text={t('keys.crypto.importWrap')} /> {status(!!wrap, wrap)}
          <div className={shared.klabActions}>
            <button
              type="button"
              className={shared.klabButton}
              disabled={!parameters}
              onClick={() => parameters && appendWrap(parameters.stepId)}
            >
              {t('keys.crypto.wrapButton')}
            </button>
          </div>
        </li>
        <li>
          <RichText text={t('keys.crypto.importImport')} /> {status(!!imported, imported?.stepId)}
          <div className={shared.klabActions}>
            <label className={shared.klabFormCheck}>
              <input
                type="checkbox"
                checked={expires}
                onChange={(e) => setExpires(e.currentTarget.checked)}
              />
              <span>{t('keys.crypto.expires')}</span>
            </label>
            {expires && (
              <label>
                <span>{t('keys.crypto.expiresDays')}</span>
                <input
                  type="number"
                  inputMode="numeric"
                  min={1}
                  max={365}
                  value={days}
                  onChange={(e) => setDays(e.currentTarget.value)}
                />
              </label>
            )}
            <button
              type="button"
              className={shared.klabButton}
              disabled={!parameters || !wrap}
              onClick={() =>
                parameters &&
                wrap &&
                appendCall(calls.importKeyMaterial(keyId, parameters.stepId, wrap, validTo()), region)
              }
            >
              <code>ImportKeyMaterial</code>
            </button>
          </div>
        </li>
        <li>
          <RichText text={t('keys.crypto.importUse')} />
          <div className={shared.klabActions}>
            <label>
              <span>{t('keys.crypto.message')}</span>
              <input value={text} onChange={(e) => setText(e.currentTarget.value)} />
            </label>
            <button
              type="button"
              className={shared.klabButton}
              onClick={() => appendCall(calls.encrypt(keyId, text), region)}
            >
              <code>Encrypt</code>
            </button>
            <button
              type="button"
              className={`${shared.klabButton} ${shared.klabButtonDanger}`}
              onClick={() => appendCall(calls.deleteImportedKeyMaterial(keyId), region)}
            >
              <code>DeleteImportedKeyMaterial</code>
            </button>
          </div>
        </li>
      </ol>
    </section>
  );
}

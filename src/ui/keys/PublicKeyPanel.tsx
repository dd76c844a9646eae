import { useId, useRef, useState } from 'react';
import { copyText } from '../cli/copyText';
import { RichText } from '../shell/RichText';
import { useT } from '../shell/useT';
import { appendCall, calls } from './calls';
import styles from './keyCrypto.module.css';
import { type KeyPanelProps, lastCallOn, publicKeyPem } from './keyRecords';
import shared from './panel.module.css';

/**
 * An asymmetric key's public key: GetPublicKey as a step, and the answer of the latest one as PEM, to copy into
 * OpenSSL or a browser. The private key never leaves KMS; the public key may go anywhere.
 */
export function PublicKeyPanel({ keyView, region, records }: KeyPanelProps) {
  const t = useT();
  const id = useId();
  const area = useRef<HTMLTextAreaElement>(null);
  const [copied, setCopied] = useState(false);
  const { KeyId: keyId, Arn: arn } = keyView.metadata;
  const last = lastCallOn(records, 'GetPublicKey', arn);
  const der = last?.response.PublicKey;
  const pem = der instanceof Uint8Array ? publicKeyPem(der) : undefined;

  const copy = async () => {
    if (!pem) return;
    const ok = await copyText(pem);
    setCopied(ok);
    if (!ok) area.current?.select();
  };

  return (
    <section aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t('keys.crypto.publicKey')}</h3>
      <p className={shared.klabNote}>
        <RichText text={t('keys.crypto.publicKeyNote')} />
      </p>
      <div className={shared.klabActions}>
        <button
          type="button"
          className={shared.klabButton}
          onClick={() => appendCall(calls.getPublicKey(keyId), region)}
        >
          <code>GetPublicKey</code>
        </button>
        {pem && (
          <button type="button" className={shared.klabButton} onClick={copy}>
            {copied ? t('keys.crypto.copied') : t('keys.crypto.copyPem')}
          </button>
        )}
      </div>
      {pem && (
        <label className={styles.pemLabel}>
          <span>{t('keys.crypto.pem', { step: last?.stepId ?? '' })}</span>
          <textarea
            ref={area}
            className={styles.pem}
            readOnly
            value={pem}
            rows={pem.split('\n').length}
            lang="en"
          />
        </label>
      )}
    </section>
  );
}

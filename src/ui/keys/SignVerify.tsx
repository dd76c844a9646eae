import { sha256, sha384, sha512 } from '@noble/hashes/sha2.js';
import { useId, useState } from 'react';
import { RichText } from '../shell/RichText';
import { useT } from '../shell/useT';
import { appendCall, base64Bytes, calls } from './calls';
import styles from './keyCrypto.module.css';
import { type KeyPanelProps, lastCallOn } from './keyRecords';
import shared from './panel.module.css';

/** The hash a signing algorithm names (API_Sign SigningAlgorithm); ML-DSA hashes inside the algorithm. */
const HASHES = { SHA_256: sha256, SHA_384: sha384, SHA_512: sha512 } as const;
const hashOf = (algorithm: string) =>
  (Object.entries(HASHES) as [string, (m: Uint8Array) => Uint8Array][]).find(([suffix]) =>
    algorithm.endsWith(suffix),
  )?.[1];

/**
 * Sign and Verify with a SIGN_VERIFY key, each a step: a message typed here, MessageType RAW (KMS hashes it) or
 * DIGEST (the page hashes it with the algorithm's hash first, as a client does for large messages), and the
 * signing algorithms AWS lists for the key. Verify checks the latest signature against the message as it is
 * now, so changing one letter shows KMSInvalidSignatureException.
 */
export function SignVerify({ keyView, region, records }: KeyPanelProps) {
  const t = useT();
  const id = useId();
  const { KeyId: keyId, Arn: arn } = keyView.metadata;
  const algorithms = keyView.metadata.SigningAlgorithms ?? [];
  const [algorithm, setAlgorithm] = useState(algorithms[0] ?? '');
  const [messageType, setMessageType] = useState<'RAW' | 'DIGEST'>('RAW');
  const [text, setText] = useState(t('keys.crypto.sampleMessage'));
  const hash = hashOf(algorithm);
  const digestible = hash !== undefined;
  const type = digestible ? messageType : 'RAW';
  const message = () => {
    const bytes = new TextEncoder().encode(text);
    return base64Bytes(type === 'DIGEST' && hash ? hash(bytes) : bytes);
  };
  const signed = lastCallOn(records, 'Sign', arn);
  const signature = signed?.response.Signature;

  return (
    <section aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t('keys.crypto.signTitle')}</h3>
      <div className={shared.klabActions}>
        <label>
          <span>{t('keys.crypto.message')}</span>
          <input value={text} onChange={(e) => setText(e.currentTarget.value)} />
        </label>
        <label>
          <span>
            <code>MessageType</code>
          </span>
          <select value={type} onChange={(e) => setMessageType(e.currentTarget.value as 'RAW' | 'DIGEST')}>
            <option value="RAW">{t('keys.crypto.raw')}</option>
            {digestible && <option value="DIGEST">{t('keys.crypto.digest')}</option>}
          </select>
        </label>
        <label>
          <span>
            <code>SigningAlgorithm</code>
          </span>
          <select value={algorithm} onChange={(e) => setAlgorithm(e.currentTarget.value)}>
            {algorithms.map((a) => (
              <option key={a} value={a} lang="en">
                {a}
              </option>
            ))}
          </select>
        </label>
      </div>
      <div className={shared.klabActions}>
        <button
          type="button"
          className={shared.klabButton}
          onClick={() => appendCall(calls.sign(keyId, message(), type, algorithm), region)}
        >
          <code>Sign</code>
        </button>
        <button
          type="button"
          className={shared.klabButton}
          disabled={!signed}
          onClick={() =>
            signed && appendCall(calls.verify(keyId, message(), type, algorithm, signed.stepId), region)
          }
        >
          <code>Verify</code>
        </button>
      </div>
      <p className={shared.klabNote}>
        <RichText text={t('keys.crypto.signNote')} />
      </p>
      {signature instanceof Uint8Array && (
        <p className={styles.bytes}>
          <RichText
            text={t('keys.crypto.signature', { step: signed?.stepId ?? '', bytes: signature.length })}
          />{' '}
          <code lang="en">{base64Bytes(signature)}</code>
        </p>
      )}
    </section>
  );
}

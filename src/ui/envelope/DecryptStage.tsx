import { m } from 'framer-motion';
import { isEnvelopeError, parseHeader } from '../../envelope/index';
import type { TraceStep } from '../../kms/index';
import type { StepView } from '../../scenario/replay';
import { objectName } from '../../scenario/steps/fields';
import { useEntrances } from '../shell/Animations';
import { RichText } from '../shell/RichText';
import { useT } from '../shell/useT';
import { groupedHex } from './bytes';
import { EncryptionContextTable, Fact, Note, StepError } from './common';
import { encryptedContent } from './EncryptStage';
import { decryptStopsAt } from './flow';
import { HexView } from './HexView';
import styles from './studio.module.css';
import { useReducedMotion } from './studioState';

/** The encryption context the decryption read from the stored envelope's header (what it sent to KMS). */
function headerContext(message: Uint8Array): Record<string, string> | undefined {
  try {
    return parseHeader(message).encryptionContext;
  } catch (error) {
    if (isEnvelopeError(error)) return undefined;
    throw error;
  }
}

/**
 * The notes' decrypt flow, both steps of one `envelope.decrypt`: (1) KMS Decrypt of the encrypted data key,
 * with the encryption context from the header; (2) the data key decrypts the data. A failure stops the flow
 * at the step that failed, with the real error; the step after it is shown as not reached.
 */
export function DecryptStage({ view }: { view: StepView }) {
  const t = useT();
  const reduced = useReducedMotion();
  const entrances = useEntrances();
  const { step, result } = view;
  if (step?.kind !== 'envelope.decrypt' || result?.kind !== 'envelope.decrypt') return null;
  const stored = view.client.objects[objectName(step.object)];
  const stop = decryptStopsAt(result);
  const kms = result.detail?.kmsCalls.at(-1);
  const kmsOk = kms?.ok
    ? (kms.response as { Plaintext: Uint8Array; KeyMaterialId: string; KeyId: string })
    : undefined;
  const backing = kms?.trace.find(
    (s): s is Extract<TraceStep, { code: 'backing-key-selected' }> => s.code === 'backing-key-selected',
  );
  const context = stored ? headerContext(stored.message) : undefined;
  const group = `data-dec-${step.id}`;
  const enter = (delay: number) =>
    reduced
      ? {}
      : {
          initial: entrances ? { opacity: 0, x: -24 } : false,
          animate: { opacity: 1, x: 0 },
          transition: { delay },
        };

  return (
    <div className={`${styles.stageBody} ${styles.stageBodyDecrypt}`}>
      <m.section
        className={`${styles.box} ${styles.boxKms}${stop === 'kmsDecrypt' ? ` ${styles.isStopped}` : ''}`}
        data-testid="box"
        data-stopped={stop === 'kmsDecrypt' || undefined}
        aria-labelledby="decrypt-kms"
        {...enter(0)}
      >
        <h4 id="decrypt-kms">
          <RichText text={t('envelope.decrypt.kmsTitle')} />
        </h4>
        {context && (
          <EncryptionContextTable context={context} caption={t('envelope.decrypt.contextCaption')} />
        )}
        {stop === 'kmsDecrypt' && !result.ok ? (
          <StepError error={result.error} title={t('envelope.decrypt.stoppedKms')} view={view} />
        ) : (
          kmsOk && (
            <dl className={styles.facts}>
              <Fact label={t('envelope.generate.keyArn')}>
                <code>{kmsOk.KeyId}</code>
              </Fact>
              <Fact label={t('envelope.generate.keyMaterialId')}>
                <code className={styles.longId}>{kmsOk.KeyMaterialId}</code>
                {backing && (
                  <span className={styles.factExtra}>
                    {t('envelope.generate.version', {
                      version: backing.versionIndex + 1,
                      count: backing.versionCount,
                    })}
                  </span>
                )}
              </Fact>
              <Fact label={t('envelope.decrypt.dataKey')}>
                <code>{groupedHex(kmsOk.Plaintext)}</code>
              </Fact>
            </dl>
          )
        )}
        <Note>{t('envelope.decrypt.kmsNote')}</Note>
      </m.section>
      <div className={styles.stageArrow} aria-hidden="true">
        →
      </div>
      <m.section
        className={`${styles.box} ${styles.boxStored}${stop === 'decryptData' ? ` ${styles.isStopped}` : ''}${stop === 'kmsDecrypt' ? ` ${styles.isSkipped}` : ''}`}
        data-testid="box"
        data-stopped={stop === 'decryptData' || undefined}
        aria-labelledby="decrypt-data"
        {...enter(0.3)}
      >
        <h4 id="decrypt-data">{t('envelope.decrypt.dataTitle')}</h4>
        {stop === 'kmsDecrypt' ? (
          <p className={styles.notReached}>{t('envelope.decrypt.notReached')}</p>
        ) : !result.ok ? (
          <StepError error={result.error} title={t('envelope.decrypt.stoppedData')} />
        ) : (
          <>
            <ul className={styles.checks}>
              <li>{t('envelope.decrypt.commitment')}</li>
              <li>{t('envelope.decrypt.header')}</li>
              <li>{t('envelope.decrypt.frames', { count: result.detail.trace?.frameCount ?? 0 })}</li>
            </ul>
            {stored && result.detail.text !== undefined && (
              <HexView
                bytes={encryptedContent(stored.message)}
                label={t('envelope.decrypt.ciphertextLabel')}
                link={{ group }}
              />
            )}
            {result.detail.plaintext && (
              <HexView
                bytes={result.detail.plaintext}
                label={t('envelope.decrypt.plaintextLabel')}
                link={{ group }}
              />
            )}
            {result.detail.text !== undefined && (
              <>
                <p className={styles.label}>{t('envelope.decrypt.original')}</p>
                <blockquote className={styles.plaintext} lang="und" data-testid="decrypted-text">
                  {result.detail.text}
                </blockquote>
              </>
            )}
          </>
        )}
      </m.section>
    </div>
  );
}

import { useEffect, useId, useRef, useState } from 'react';
import { useStore } from 'zustand';
import type { FileFingerprint } from '../../../scenario/steps/envelopeEncrypt';
import { sessionFiles } from '../../../state/sessionFiles';
import { RichText } from '../../shell/RichText';
import { useT } from '../../shell/useT';
import { humanBytes } from '../bytes';
import './envelopeMaker';
import styles from '../studio.module.css';
import { FilePicker } from './FilePicker';
import { fingerprintOf } from './fingerprint';

type Check =
  | { readonly phase: 'idle' }
  | { readonly phase: 'hashing'; readonly done: number; readonly total: number }
  | { readonly phase: 'mismatch'; readonly chosen: FileFingerprint }
  | { readonly phase: 'unreadable'; readonly message: string };

/**
 * For a file step whose file this session does not have (a reload, a link opened elsewhere): choose the file
 * again. Its SHA-256 is computed in a worker and compared with the step's; only the very file is handed to the
 * session (the step then replays, its envelope made again by the envelope worker); any other file changes
 * nothing and says why.
 */
export default function ChooseFileAgain({ file }: { file: FileFingerprint }) {
  const t = useT();
  const titleId = useId();
  const [check, setCheck] = useState<Check>({ phase: 'idle' });
  const encrypting = useStore(sessionFiles.state, (s) => s.encrypting[file.sha256]);
  // Hashing stops when the step is left (the controller is made per mount: StrictMode mounts twice).
  const abort = useRef<AbortController>(undefined);
  useEffect(() => {
    const controller = new AbortController();
    abort.current = controller;
    return () => controller.abort();
  }, []);

  const choose = async (chosen: File) => {
    const signal = abort.current?.signal;
    setCheck({ phase: 'hashing', done: 0, total: chosen.size });
    try {
      const fingerprint = await fingerprintOf(chosen, {
        ...(signal ? { signal } : {}),
        onProgress: (done) => setCheck({ phase: 'hashing', done, total: chosen.size }),
      });
      if (fingerprint.sha256 !== file.sha256 || fingerprint.size !== file.size) {
        return setCheck({ phase: 'mismatch', chosen: fingerprint });
      }
      setCheck({ phase: 'idle' });
      sessionFiles.choose(fingerprint, chosen);
    } catch (error) {
      if (signal?.aborted) return;
      setCheck({ phase: 'unreadable', message: error instanceof Error ? error.message : String(error) });
    }
  };

  const busy = check.phase === 'hashing' || encrypting !== undefined;
  return (
    <section className={styles.fileAgain} aria-labelledby={titleId} data-testid="file-again">
      <h4 id={titleId}>{t('envelope.files.again.title')}</h4>
      <p>
        <RichText text={t('envelope.files.again.lead', { name: file.name, size: humanBytes(file.size) })} />
      </p>
      <FilePicker
        label={t('envelope.files.again.choose', { name: file.name })}
        drop={t('envelope.files.drop')}
        disabled={busy}
        testId="file-again-input"
        onFile={(chosen) => void choose(chosen)}
      />
      {check.phase === 'hashing' && (
        <p className={styles.fileAgainProgress} role="status">
          <progress
            max={check.total || 1}
            value={check.done}
            aria-label={t('envelope.files.progressLabel')}
          />{' '}
          <RichText
            text={t('envelope.files.again.hashing', {
              done: humanBytes(check.done),
              total: humanBytes(check.total),
            })}
          />
        </p>
      )}
      {encrypting && (
        <p className={styles.fileAgainProgress} role="status">
          <progress
            max={encrypting.total || 1}
            value={encrypting.done}
            aria-label={t('envelope.files.progressLabel')}
          />{' '}
          <RichText
            text={t('envelope.files.again.encrypting', {
              done: humanBytes(encrypting.done),
              total: humanBytes(encrypting.total),
            })}
          />
        </p>
      )}
      {check.phase === 'mismatch' && (
        <p
          className={`${styles.callout} ${styles.calloutError}`}
          role="alert"
          data-testid="file-again-mismatch"
        >
          <RichText
            text={t('envelope.files.again.mismatch', {
              name: check.chosen.name,
              size: humanBytes(check.chosen.size),
              got: check.chosen.sha256,
              want: file.sha256,
              expected: humanBytes(file.size),
            })}
          />
        </p>
      )}
      {check.phase === 'unreadable' && (
        <p className={`${styles.callout} ${styles.calloutError}`} role="alert">
          <RichText text={t('envelope.files.again.unreadable', { message: check.message })} />
        </p>
      )}
    </section>
  );
}

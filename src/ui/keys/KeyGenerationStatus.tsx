import { useEffect } from 'react';
import { showKeyGenerationInline, useKeyGeneration } from '../../state/keyGeneration';
import { RichText } from '../shell/RichText';
import { useT } from '../shell/useT';
import styles from './KeyGenerationStatus.module.css';

/**
 * What the key generation worker is doing (state/keyGeneration.ts): which RSA key pair, which prime it is looking
 * for, how many candidates it has tested. The phase is announced politely; the running count is not (it changes
 * many times a second). The CreateKey form shows it in place (`inline`); the player shows it for any other step
 * that makes such a key (a replay, a link), and stays quiet while a form shows it.
 */
export function KeyGenerationStatus({ inline = false }: { inline?: boolean }) {
  const t = useT();
  const job = useKeyGeneration((s) => s.jobs[0]);
  const shownInline = useKeyGeneration((s) => s.inlineViews > 0);
  useEffect(() => (inline ? showKeyGenerationInline() : undefined), [inline]);
  if (!inline && shownInline) return null;
  return (
    <div className={styles.keyGeneration} role="status" data-testid="key-generation">
      {job && (
        <>
          <p>
            <span className={styles.keyGenerationMark} aria-hidden="true" />
            <RichText text={t(`player.keyGeneration.${job.progress?.prime ?? 'p'}`, { spec: job.spec })} />{' '}
            <span className={styles.keyGenerationCount} aria-hidden="true">
              ({t('player.keyGeneration.candidates', { count: job.progress?.candidates ?? 0 })})
            </span>
          </p>
          <p className={styles.keyGenerationSeed}>{t('player.keyGeneration.seed')}</p>
        </>
      )}
    </div>
  );
}

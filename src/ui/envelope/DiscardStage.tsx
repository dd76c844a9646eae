import { m } from 'framer-motion';
import { useEffect, useState } from 'react';
import type { DataKeySnapshot } from '../../envelope/index';
import type { StepView } from '../../scenario/replay';
import { useEntrances } from '../shell/Animations';
import { RichText } from '../shell/RichText';
import { useT } from '../shell/useT';
import { groupedHex, hexByte } from './bytes';
import { Note, StepError } from './common';
import styles from './studio.module.css';
import { useReducedMotion } from './studioState';

/** One byte is overwritten every this many milliseconds (32 bytes ≈ 1.9 s: slow enough to follow aloud). */
const BYTE_MS = 60;

/**
 * The application's memory holding the plaintext data key. `before` is the key as GenerateDataKey returned
 * it; `memory` is the handle's state in the world after this step (`discarded`: the buffer was zero-filled
 * in place). The cells turn to 00 one by one; with reduced motion, all at once.
 */
export function MemoryView(props: { before?: Uint8Array; memory: DataKeySnapshot; label: string }) {
  const t = useT();
  const reduced = useReducedMotion();
  const entrances = useEntrances();
  const { memory, before } = props;
  const length = memory.state === 'live' ? memory.bytes.length : memory.length;
  const discarded = memory.state === 'discarded';
  const [zeroed, setZeroed] = useState(discarded && !reduced && before ? 0 : length);
  const [run, setRun] = useState(0);

  // biome-ignore lint/correctness/useExhaustiveDependencies: `run` restarts the animation on request
  useEffect(() => {
    if (!discarded || reduced || !before) {
      setZeroed(discarded ? length : 0);
      return;
    }
    setZeroed(0);
    const timer = setInterval(() => {
      setZeroed((n) => {
        if (n + 1 >= length) clearInterval(timer);
        return Math.min(length, n + 1);
      });
    }, BYTE_MS);
    return () => clearInterval(timer);
  }, [discarded, reduced, before, length, run]);

  const cell = (i: number): number => {
    if (memory.state === 'live') return memory.bytes[i] as number;
    return i < zeroed ? 0 : ((before?.[i] ?? 0) as number);
  };
  const done = !discarded || zeroed >= length;

  return (
    <figure className={styles.memory}>
      <div className={styles.memoryCells} role="img" aria-label={props.label}>
        {Array.from({ length }, (_, i) => {
          const zero = discarded && i < zeroed;
          const cellClass = zero ? `${styles.memoryCell} ${styles.isZero}` : styles.memoryCell;
          return (
            // biome-ignore lint/suspicious/noArrayIndexKey: memory cells are addressed by position
            <span key={i} className={cellClass} data-testid="memory-cell">
              <m.code
                key={zero ? 'zero' : 'key'}
                className={styles.memoryValue}
                initial={reduced || !zero || !entrances ? false : { opacity: 0, y: -10, scale: 1.4 }}
                animate={{ opacity: 1, y: 0, scale: 1 }}
                transition={{ duration: 0.18 }}
              >
                {hexByte(cell(i))}
              </m.code>
            </span>
          );
        })}
      </div>
      <figcaption className={styles.memoryCaption} aria-live="polite">
        {discarded ? (
          done ? (
            <RichText text={t('envelope.discard.allZero', { count: length })} />
          ) : (
            t('envelope.discard.zeroing', { done: zeroed, count: length })
          )
        ) : (
          t('envelope.discard.live', { count: length })
        )}
        {discarded && before && !reduced && done && (
          <button type="button" className={styles.linkButton} onClick={() => setRun((n) => n + 1)}>
            {t('envelope.discard.again')}
          </button>
        )}
      </figcaption>
      {discarded && before && (
        <p className={styles.memoryBefore}>
          {t('envelope.discard.before')}{' '}
          <code className={styles.memoryOld} data-testid="memory-old">
            {groupedHex(before)}
          </code>
        </p>
      )}
    </figure>
  );
}

/** Step 3: the plaintext data key is overwritten with zeros; only its encrypted copy remains. */
export function DiscardStage({ view, before }: { view: StepView; before?: Uint8Array }) {
  const t = useT();
  const { step, result } = view;
  if (step?.kind !== 'envelope.discardDataKey' || result?.kind !== 'envelope.discardDataKey') return null;
  if (!result.ok) return <StepError error={result.error} title={t('envelope.discard.failed')} />;
  const dataKey = view.client.dataKeys[step.dataKey];
  if (!dataKey) return null;
  return (
    <div className={`${styles.stageBody} stage-body--discard`}>
      <section
        className={`${styles.box} ${styles.boxSecret}`}
        data-testid="box"
        aria-labelledby="discard-memory"
      >
        <h4 id="discard-memory">{t('envelope.discard.title')}</h4>
        <MemoryView before={before} memory={dataKey.memory} label={t('envelope.discard.label')} />
        <dl className={styles.facts}>
          <div className={styles.fact} data-testid="fact">
            <dt>{t('envelope.discard.state')}</dt>
            <dd>
              <code>{`DataKeyHandle.discarded = ${dataKey.memory.state === 'discarded'}`}</code>
            </dd>
          </div>
        </dl>
        {result.detail.alreadyDiscarded && <Note tone="warn">{t('envelope.discard.already')}</Note>}
        <Note>{t('envelope.discard.note')}</Note>
        <Note>{t('envelope.discard.limits')}</Note>
      </section>
    </div>
  );
}

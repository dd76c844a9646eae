import type { ReactNode } from 'react';
import type { notes } from '../../i18n/notes';
import { variant } from '../shell/cssModule';
import { Icon } from '../shell/icons';
import { useT } from '../shell/useT';
import { NoteText } from './NoteText';
import styles from './notes.module.css';

/** A box of the notes' diagrams: a thing (KMS, a data key, the data) with an optional note on its use. */
function Box({ text, use, tone }: { text: string; use?: string; tone?: 'kms' | 'plain' | 'sealed' }) {
  return (
    <span className={`${styles.flowBox} ${tone ? variant(styles, 'flowBox', tone) : ''}`}>
      <span className="flow-box__name">
        <NoteText text={text} />
      </span>
      {use && (
        <span className={styles.flowBoxUse}>
          <NoteText text={use} />
        </span>
      )}
    </span>
  );
}

/** The arrow between boxes, with its verb in words (the meaning never rests on the drawing). */
function Arrow({ verb }: { verb: string }) {
  return (
    <span className={styles.flowArrow}>
      <span className="flow-arrow__verb">{verb}</span>
      <Icon name="arrowRight" />
    </span>
  );
}

function Step({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <li className={styles.flowStep} data-testid="flow-step">
      <span className={styles.flowStepTitle} data-testid="flow-step-title">
        <NoteText text={title} />
      </span>
      {children && <span className={styles.flowStepRow}>{children}</span>}
    </li>
  );
}

/**
 * The notes' two ASCII diagrams, redrawn as ordered lists of boxes and labelled arrows: the reading order is
 * the flow, so a screen reader hears the same story the drawing tells.
 */
export function EncryptFlow() {
  const t = useT();
  const k = (key: Parameters<typeof encryptKey>[0]) => t(encryptKey(key));
  return (
    <figure className={styles.flow} aria-labelledby="notes-encrypt-flow">
      <figcaption id="notes-encrypt-flow" className={styles.flowTitle}>
        {k('title')}
      </figcaption>
      <ol className={styles.flowSteps}>
        <Step title={k('generate')}>
          <Box text={k('kms')} tone="kms" />
          <Arrow verb={k('returns')} />
          <span className={styles.flowPair}>
            <Box text={k('plainKey')} use={k('plainKeyUse')} tone="plain" />
            <Box text={k('encryptedKey')} use={k('encryptedKeyUse')} tone="sealed" />
          </span>
        </Step>
        <Step title={k('encryptData')}>
          <Box text={k('plainKey')} tone="plain" />
          <Arrow verb={k('encrypts')} />
          <Box text={k('largeData')} tone="sealed" />
        </Step>
        <Step title={k('discard')} />
        <Step title={k('store')}>
          <Box text={k('bundle')} tone="sealed" />
          <Arrow verb={k('goesTo')} />
          <Box text={k('storedIn')} />
        </Step>
      </ol>
    </figure>
  );
}

export function DecryptFlow() {
  const t = useT();
  const k = (key: Parameters<typeof decryptKey>[0]) => t(decryptKey(key));
  return (
    <figure className={styles.flow} aria-labelledby="notes-decrypt-flow">
      <figcaption id="notes-decrypt-flow" className={styles.flowTitle}>
        {k('title')}
      </figcaption>
      <ol className={styles.flowSteps}>
        <Step title={k('decrypt')}>
          <Box text={k('encryptedKey')} tone="sealed" />
          <Arrow verb={k('sends')} />
          <Box text={k('kms')} tone="kms" />
          <Arrow verb={k('returns')} />
          <Box text={k('plainKey')} tone="plain" />
        </Step>
        <Step title={k('decryptData')}>
          <Box text={k('plainKey')} tone="plain" />
          <Arrow verb={k('decrypts')} />
          <Box text={k('original')} />
        </Step>
      </ol>
    </figure>
  );
}

type EncryptKey = keyof typeof notes.encryptFlow;
const encryptKey = (key: EncryptKey) => `notes.encryptFlow.${key}` as const;

type DecryptKey = keyof typeof notes.decryptFlow;
const decryptKey = (key: DecryptKey) => `notes.decryptFlow.${key}` as const;

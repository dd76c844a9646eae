import { m } from 'framer-motion';
import { useEffect, useState } from 'react';
import { hexByte } from '../envelope/bytes';
import { RichText } from '../shell/RichText';
import { useT } from '../shell/useT';
import { Glyph } from './glyphs';

/** An accessible name reads the words, not the backticks that mark code on screen. */
const plainText = (text: string) => text.replaceAll('`', '');

import {
  contextText,
  previewBytes,
  TOKEN_ATTRIBUTE,
  tokenBadges,
  tokenName,
  tokenSize,
  whereText,
} from './labels';
import type { Token } from './picture';
import styles from './Stage.module.css';

export interface Motion {
  /**
   * Seconds a token takes to travel (follows the player speed); 0 with reduced motion, and before the animation
   * features are in (a token then appears where it is, see useEntrances).
   */
  travel: number;
  /** Whether this step plays (a step forward without reduced motion): the zero-fill flips byte by byte. */
  playing: boolean;
}

/**
 * The zero-fill of a data key, in place: the bytes it held flip to 00 one by one over the beat, as
 * `DataKeyHandle.discard()` overwrote the very buffer (the studio's MemoryView shows the same in full).
 */
function ZeroFill({ token, motion: pace }: { token: Token; motion: Motion }) {
  const length = token.bytes.length;
  const [zeroed, setZeroed] = useState(pace.playing && token.before ? 0 : length);
  useEffect(() => {
    if (!pace.playing || !token.before) {
      setZeroed(length);
      return;
    }
    setZeroed(0);
    const every = Math.max(8, (pace.travel * 1000 * 2) / length);
    const timer = setInterval(
      () =>
        setZeroed((n) => {
          if (n + 1 >= length) clearInterval(timer);
          return Math.min(length, n + 1);
        }),
      every,
    );
    return () => clearInterval(timer);
  }, [pace.playing, pace.travel, token.before, length]);
  const cells = [];
  for (let i = 0; i < length; i++) {
    const byte = i < zeroed ? 0 : (token.before?.[i] ?? 0);
    cells.push(
      <span key={i} className={i < zeroed ? styles.zero : styles.live}>
        {hexByte(byte)}
      </span>,
    );
  }
  return (
    <code className={styles.cells} data-zeroed={zeroed} data-length={length}>
      {cells}
    </code>
  );
}

/**
 * One token: glyph, name, a few real bytes and its facts; a button that opens its byte map. Its `layoutId` is
 * the token's id, so when the next picture puts it in another actor it travels there (framer-motion shared layout).
 */
export function TokenChip(props: {
  token: Token;
  motion: Motion;
  changed: boolean;
  onOpen: (token: Token) => void;
}) {
  const t = useT();
  const { token, changed } = props;
  const name = tokenName(t, token);
  const badges = tokenBadges(t, token, (stage, frame) => whereText(t, stage, frame));
  const size = tokenSize(t, token);
  const detail =
    token.kind === 'encryptionContext'
      ? contextText(token)
      : token.kind === 'trailRecord'
        ? badges.join(', ')
        : [previewBytes(token.bytes), size, ...badges].filter(Boolean).join(', ');
  const classes = [styles.token, styles[token.kind]];
  if (changed) classes.push(styles.changed);
  if (token.tampered || token.caughtAt || token.orphaned) classes.push(styles.alarm);
  return (
    <m.button
      type="button"
      layoutId={token.id}
      layout="position"
      transition={{ duration: props.motion.travel, ease: 'easeInOut' }}
      initial={props.motion.travel ? { opacity: 0, scale: 0.85 } : false}
      animate={{ opacity: 1, scale: 1 }}
      exit={props.motion.travel ? { opacity: 0, scale: 0.85 } : { opacity: 0 }}
      className={classes.join(' ')}
      data-token={TOKEN_ATTRIBUTE[token.kind]}
      data-token-id={token.id}
      data-at={token.at}
      aria-label={plainText(t('stage.tokenName', { name, detail }))}
      onClick={() => props.onOpen(token)}
    >
      <Glyph name={token.kind} className={styles.glyph} />
      <span className={styles.tokenText}>
        <span className={styles.tokenName}>
          <RichText text={name} />
        </span>
        {token.kind === 'zeroedKey' ? (
          <ZeroFill token={token} motion={props.motion} />
        ) : token.kind === 'encryptionContext' ? (
          <code className={styles.bytes}>{contextText(token)}</code>
        ) : token.kind === 'trailRecord' ? null : (
          <code className={styles.bytes}>{previewBytes(token.bytes)}</code>
        )}
        {(size || badges.length > 0) && token.kind !== 'zeroedKey' && (
          <span className={styles.badges}>
            {[size, ...badges]
              .filter((badge): badge is string => Boolean(badge))
              .map((badge) => (
                <span key={badge} className={styles.badge}>
                  <RichText text={badge} />
                </span>
              ))}
          </span>
        )}
      </span>
    </m.button>
  );
}

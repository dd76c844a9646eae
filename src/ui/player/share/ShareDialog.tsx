import { useEffect, useId, useRef, useState } from 'react';
import { copyText } from '../../cli/copyText';
import { Icon } from '../../shell/icons';
import { usePlayerText } from '../playerText';
import { qrCode } from './qrCode';
import styles from './ShareDialog.module.css';

/**
 * "Share": the link to the step under the cursor, a button to copy it, and its QR code, which a room can scan
 * off the projector (large on request). A modal <dialog>: the page behind is inert, Escape or Close shuts it
 * and focus returns to the Share button (the HTML dialog focusing steps). Loaded with its QR encoder only when
 * opened, so the first screen carries neither.
 */
export default function ShareDialog({
  link,
  step,
  total,
  onClose,
}: {
  link: string;
  step: number;
  total: number;
  onClose: () => void;
}) {
  const text = usePlayerText();
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const [copied, setCopied] = useState<boolean | undefined>();
  const [large, setLarge] = useState(false);
  const [code] = useState(() => qrCode(link));

  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
    return () => element?.close();
  }, []);

  const copy = async () => setCopied(await copyText(link));
  const field = useRef<HTMLInputElement>(null);
  useEffect(() => {
    // A refused copy leaves the link selected, so Ctrl+C copies it by hand.
    if (copied === false) field.current?.select();
  }, [copied]);

  return (
    // Escape fires `cancel`; closing by any path reports to the owner, which unmounts the dialog.
    <dialog
      ref={dialog}
      className={`${styles.dialog} ${large ? styles.large : ''}`}
      aria-labelledby={titleId}
      onClose={onClose}
    >
      <h2 id={titleId} className={styles.title}>
        {text('shareDialog.title')}
      </h2>
      {!large && <p className={styles.body}>{text('shareDialog.body')}</p>}
      {!large && (
        <div className={styles.linkRow}>
          <label className={styles.linkLabel}>
            {text('shareDialog.linkLabel', { step, total })}
            <input
              ref={field}
              className={styles.link}
              readOnly
              value={link}
              onFocus={(e) => e.target.select()}
            />
          </label>
          <button type="button" className="button" onClick={() => void copy()}>
            <Icon name="copy" />
            {text('share')}
          </button>
        </div>
      )}
      <p className={styles.status} role="status">
        {copied === undefined ? '' : text(copied ? 'copied' : 'copyFailed', { length: link.length })}
      </p>
      {code ? (
        <figure className={styles.figure}>
          <svg
            className={styles.qr}
            viewBox={`0 0 ${code.size} ${code.size}`}
            role="img"
            aria-label={text('shareDialog.qrLabel', { step, total })}
            shapeRendering="crispEdges"
            data-qr-version={code.version}
          >
            <rect width={code.size} height={code.size} fill="#fff" />
            <path d={code.path} fill="#000" />
          </svg>
          <figcaption className={styles.caption}>
            {text('shareDialog.qrHint', { length: link.length, version: code.version })}
          </figcaption>
        </figure>
      ) : (
        <p className={styles.tooLong}>
          <Icon name="alert" />
          {text('shareDialog.qrTooLong', { length: link.length })}
        </p>
      )}
      <div className={styles.actions}>
        {code && (
          <button type="button" className="button button--quiet" onClick={() => setLarge((l) => !l)}>
            <Icon name="expand" />
            {text(large ? 'shareDialog.shrink' : 'shareDialog.enlarge')}
          </button>
        )}
        <button type="button" className="button button--quiet" onClick={() => dialog.current?.close()}>
          {text('shareDialog.close')}
        </button>
      </div>
    </dialog>
  );
}

import { useEffect, useId, useRef } from 'react';
import { describeMessage } from '../../envelope/index';
import { describeCiphertextBlob } from '../../kms/index';
import { ByteMap } from '../envelope/ByteMap';
import { blobFields, messageFields, utf8Text } from '../envelope/bytes';
import { EncryptionContextTable } from '../envelope/common';
import { MemoryView } from '../envelope/DiscardStage';
import { HexView } from '../envelope/HexView';
import { blobFieldAbout, blobFieldName, messageFieldAbout, messageFieldName } from '../envelope/labels';
import { useT } from '../shell/useT';
import { RecordJson } from '../trail/RecordJson';
import { Glyph } from './glyphs';
import { tokenName } from './labels';
import type { Token } from './picture';
import styles from './Stage.module.css';

/** Frames drawn in an envelope's byte map (the rest is one "show all" away in the studio). */
const MAX_FRAMES = 8;

function TokenBytes({ token }: { token: Token }) {
  const t = useT();
  const name = tokenName(t, token);
  const label = t('stage.drawer.bytes', { name });
  switch (token.kind) {
    case 'dataKey':
      return <MemoryView memory={{ state: 'live', bytes: token.bytes }} label={label} />;
    case 'zeroedKey':
      // The studio's own zero-fill view: the bytes the key held, overwritten with 00 in place.
      return (
        <MemoryView
          {...(token.before ? { before: token.before } : {})}
          memory={{ state: 'discarded', length: token.bytes.length }}
          label={label}
        />
      );
    case 'ciphertextBlob':
      return (
        <ByteMap
          bytes={token.bytes}
          label={label}
          fields={blobFields(describeCiphertextBlob(token.bytes))}
          caption={t('stage.drawer.blobCaption')}
          fieldName={(field) => blobFieldName(t, field)}
          fieldAbout={(field) => blobFieldAbout(t, field)}
        />
      );
    case 'encryptedData':
      return (
        <ByteMap
          bytes={token.bytes}
          label={label}
          fields={messageFields(describeMessage(token.bytes, { maxFrames: MAX_FRAMES }).fields)}
          caption={t('stage.drawer.messageCaption')}
          fieldName={(field) => messageFieldName(t, field)}
          fieldAbout={(field) => messageFieldAbout(t, field, token.bytes)}
          {...(token.tampered ? { flagged: token.tampered } : {})}
        />
      );
    case 'plaintext': {
      const text = utf8Text(token.bytes);
      return (
        <>
          {text !== undefined && <p className={styles.plainText}>{text.slice(0, 400)}</p>}
          <HexView bytes={token.bytes} label={label} />
        </>
      );
    }
    case 'encryptionContext':
      return (
        <EncryptionContextTable
          context={Object.fromEntries(token.pairs ?? [])}
          caption={t('stage.drawer.pairs')}
        />
      );
    case 'trailRecord':
      return (
        <figure className={styles.record}>
          <figcaption>{t('stage.drawer.record')}</figcaption>
          <pre>
            <code>
              <RecordJson value={token.event?.record} />
            </code>
          </pre>
        </figure>
      );
  }
}

/**
 * A token's full bytes beside the picture (a bottom sheet on a phone), so the diagram never scrolls away: the
 * studio's byte maps, field tables and zero-fill view. Escape or the close button closes it; the stage puts
 * focus back on the token that opened it.
 */
export function TokenDrawer({ token, onClose }: { token: Token; onClose: () => void }) {
  const t = useT();
  const titleId = useId();
  const close = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    close.current?.focus();
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      event.preventDefault();
      onClose();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [onClose]);
  const name = tokenName(t, token);
  return (
    <aside
      className={styles.drawer}
      role="dialog"
      aria-modal="false"
      aria-labelledby={titleId}
      data-drawer={token.id}
    >
      <header className={styles.drawerHeader}>
        <h3 id={titleId} className={styles.drawerTitle}>
          <Glyph name={token.kind} className={styles.glyph} />
          {t('stage.drawer.title', { name })}
        </h3>
        <button ref={close} type="button" className="quiet-button" onClick={onClose}>
          <Glyph name="cross" className={styles.glyph} />
          {t('stage.drawer.close')}
        </button>
      </header>
      <div className={styles.drawerBody}>
        <TokenBytes token={token} />
      </div>
    </aside>
  );
}

import { type ReactNode, useEffect, useState } from 'react';
import { type MessageKey, messagesOf } from '../../i18n';
import type { StepView } from '../../scenario/replay';
import type { StepFailure } from '../../scenario/steps/kind';
import { DeniedCallout } from '../policy/DeniedCallout';
import { variant } from '../shell/cssModule';
import { RichText } from '../shell/RichText';
import { useLang, useT } from '../shell/useT';
import styles from './studio.module.css';

/** An encryption context as a table (it is a map of strings; order does not matter to KMS). */
export function EncryptionContextTable({
  context,
  caption,
}: {
  context: Record<string, string>;
  caption?: string;
}) {
  const t = useT();
  const pairs = Object.entries(context).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return (
    <table className="pairs">
      <caption>{caption ?? t('envelope.context.title')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('envelope.context.key')}</th>
          <th scope="col">{t('envelope.context.value')}</th>
        </tr>
      </thead>
      <tbody>
        {pairs.length === 0 ? (
          <tr>
            <td colSpan={2}>{t('envelope.context.empty')}</td>
          </tr>
        ) : (
          pairs.map(([key, value]) => (
            <tr key={key}>
              <td>
                <code>{key}</code>
              </td>
              <td>
                <code>{value}</code>
              </td>
            </tr>
          ))
        )}
      </tbody>
    </table>
  );
}

/**
 * A failed step's real error: the AWS exception name and message for KMS (the message is AWS's English text,
 * marked as such), or the envelope layer's failure with the stage and frame that stopped. A denied KMS call
 * shows the policy section's callout, which links to the explanation of that very call.
 */
export function StepError({ error, title, view }: { error: StepFailure; title?: string; view?: StepView }) {
  const t = useT();
  const lang = useLang();
  if (view && error.source === 'kms' && error.name === 'AccessDeniedException')
    return <DeniedCallout view={view} />;
  // The player's catalogue already explains every envelope failure code (src/i18n/player.ts).
  const explanation =
    error.source === 'envelope' && Object.hasOwn(messagesOf(lang, 'player').envelopeError, error.name)
      ? t(`player.envelopeError.${error.name}` as MessageKey as 'player.envelopeError.frame-auth-failed', {
          frame: error.frame ?? 1,
        })
      : error.source === 'scenario'
        ? t('envelope.error.scenario')
        : undefined;
  return (
    <div className={`${styles.callout} ${styles.calloutError}`} data-testid="step-error">
      <p className={styles.calloutTitle}>
        <span aria-hidden="true">✕ </span>
        <RichText text={title ?? t('envelope.error.title')} />
      </p>
      <p>
        <code className={styles.errorName} data-testid="error-name">
          {error.name}
        </code>
        {error.message ? (
          <span lang="en" className="error-message">
            {' '}
            {error.message}
          </span>
        ) : (
          <span className="error-message"> {t('envelope.error.emptyMessage')}</span>
        )}
      </p>
      {explanation && <p>{explanation}</p>}
    </div>
  );
}

/** A short explanatory note (backticked identifiers shown as code). */
export function Note({ children, tone = 'info' }: { children: string | ReactNode; tone?: 'info' | 'warn' }) {
  return (
    <p className={`${styles.note} ${variant(styles, 'note', tone)}`}>
      {typeof children === 'string' ? <RichText text={children} /> : children}
    </p>
  );
}

/** A labelled value in a definition list row. */
export function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className={styles.fact} data-testid="fact">
      <dt>
        <RichText text={label} />
      </dt>
      <dd>{children}</dd>
    </div>
  );
}

/** A padlock, closed or open (decorative: the text beside it says the same). */
export function LockIcon({ open = false }: { open?: boolean }) {
  return (
    <svg className="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <path
        d={
          open
            ? 'M7 11V7a5 5 0 0 1 9.7-1.7M5 11h14v10H5zM12 15v2'
            : 'M7 11V7a5 5 0 0 1 10 0v4M5 11h14v10H5zM12 15v2'
        }
      />
    </svg>
  );
}

/** A link that downloads a Blob (object URL made here, revoked when it goes). */
export function DownloadLink({
  blob,
  name,
  label,
  testId,
}: {
  blob: Blob;
  name: string;
  label: string;
  testId?: string;
}) {
  const [url, setUrl] = useState<string>();
  useEffect(() => {
    const made = URL.createObjectURL(blob);
    setUrl(made);
    return () => URL.revokeObjectURL(made);
  }, [blob]);
  return url ? (
    <a className="button" href={url} download={name} data-testid={testId}>
      {label}
    </a>
  ) : null;
}

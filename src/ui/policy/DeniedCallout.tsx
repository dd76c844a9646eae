import type { MouseEvent } from 'react';
import type { StepView } from '../../scenario/replay';
import { updateFragment } from '../../state/location';
import { Icon } from '../shell/icons';
import { RichText } from '../shell/RichText';
import { useT } from '../shell/useT';
import styles from './denied.module.css';
import { deniedCallOf, explainParams } from './deniedCall';

/**
 * Shown by any section when the step under the cursor made a KMS call that was denied: the real
 * `AccessDeniedException` with AWS's message, and a link to the policy section's explanation of that very
 * call (every statement, the three paths, and the fixes). Renders nothing otherwise, so sections can always
 * mount it: `<DeniedCallout view={view} />`.
 */
export function DeniedCallout({ view }: { view: StepView | undefined }) {
  const t = useT();
  const call = deniedCallOf(view);
  if (!call) return null;
  const params = explainParams(call.stepId);
  const open = (event: MouseEvent) => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    updateFragment(params);
  };
  return (
    <div className={styles.deniedCallout} data-testid="denied-callout" role="alert">
      <p className={styles.deniedCalloutTitle}>
        <Icon name="cross" /> {t('player.denied.title')} — <code>{call.operation}</code>
      </p>
      <p className={styles.deniedCalloutError}>
        <code className={styles.deniedCalloutName}>{call.errorName}</code> <code>{call.message}</code>
      </p>
      <a
        className={styles.deniedCalloutLink}
        href={`#${new URLSearchParams(params).toString()}`}
        onClick={open}
      >
        <RichText text={t('player.denied.explain')} />
      </a>
    </div>
  );
}

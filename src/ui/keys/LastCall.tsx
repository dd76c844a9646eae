import { useEffect, useState } from 'react';
import type { OperationName } from '../../kms/index';
import { useScenario } from '../../state/scenario';
import { Icon } from '../shell/icons';
import { RichText } from '../shell/RichText';
import { useT } from '../shell/useT';

/** The `aws kms …` line of a request, from the CLI renderer (loaded on first use: it carries the API model). */
function useCommandLine(op: OperationName | undefined, request: unknown, region: string | undefined) {
  const [line, setLine] = useState<string>();
  useEffect(() => {
    setLine(undefined);
    if (!op || typeof request !== 'object' || request === null) return;
    let live = true;
    import('../../cli/render').then(({ toCommandLine }) => {
      if (!live) return;
      try {
        // The CLI's model names the operations the AWS CLI has; the engine's names are the same.
        const cliOp = op as Parameters<typeof toCommandLine>[0];
        setLine(toCommandLine(cliOp, request as Record<string, unknown>, region ? { region } : {}));
      } catch {
        // An operation the AWS CLI model lacks has no command line to show.
        setLine(undefined);
      }
    });
    return () => {
      live = false;
    };
  }, [op, request, region]);
  return line;
}

/**
 * The KMS call under the player's cursor: its outcome, with the real AWS exception name and message when it
 * failed, and the equivalent AWS CLI command. Announced politely, so a learner who pressed a button hears
 * what KMS answered.
 */
export function LastCall() {
  const t = useT();
  const view = useScenario((s) => s.view);
  const settingsRegion = useScenario((s) => s.scenario.settings.region);
  const step = view?.step?.kind === 'kms.call' ? view.step : undefined;
  const result = view?.result?.kind === 'kms.call' ? view.result : undefined;
  const region = step ? (step.caller?.region ?? settingsRegion) : undefined;
  const line = useCommandLine(step?.op, result?.detail?.request, region);

  return (
    <section className="klab-call" aria-label={t('keys.call.label')} aria-live="polite" aria-atomic="true">
      {!step || !result ? (
        <p className="klab-call__idle">{t('keys.call.idle')}</p>
      ) : result.ok ? (
        <p className="klab-call__outcome klab-call__outcome--ok">
          <Icon name="check" />
          <span>
            <RichText text={t('keys.call.ok', { op: step.op, region: region ?? '' })} />
          </span>
        </p>
      ) : (
        <div className="klab-call__outcome klab-call__outcome--error" role="alert">
          <Icon name="cross" />
          <div>
            <p className="klab-call__title">
              <RichText text={t('keys.call.failed', { op: step.op })} />
            </p>
            <p className="klab-call__error">
              <code>{result.error.name}</code> <span lang="en">{result.error.message}</span>
            </p>
          </div>
        </div>
      )}
      {line && (
        <div className="klab-call__cli">
          <span className="klab-call__cli-label">
            <RichText text={t('keys.call.cli')} />
          </span>
          <code className="klab-call__cli-line">{line}</code>
        </div>
      )}
    </section>
  );
}

import { useId, useMemo, useRef, useState } from 'react';
import type { ScenarioSettings } from '../../scenario/schema';
import type { Caller } from '../../scenario/steps/fields';
import type { Step, StepResult } from '../../scenario/steps/index';
import { useScenario } from '../../state/scenario';
import { RichText } from '../shell/RichText';
import { useT } from '../shell/useT';
import styles from './cli.module.css';
import { cliText } from './cliText';
import { copyText, selectContents } from './copyText';
import { downloadBytes } from './downloadBytes';

export interface CliEquivalentProps {
  /** The KMS operation, e.g. `Encrypt` (the engine's name, as in a `kms.call` step's `op`). */
  operation: string;
  /**
   * The request as the app sent it: KMS JSON (AWS field names, blobs in base64), e.g. a `kms.call` step's
   * `request`. `{ "$ref": "s1/KeyMetadata/KeyId" }` values are shown as files or shell variables.
   */
  request: Readonly<Record<string, unknown>>;
  /** Who made the call (a step's `caller`); a cast member other than Admin becomes `--profile <id>`. */
  caller?: Caller | undefined;
  /** Account and Region the call was made in; by default the scenario's. */
  settings?: Pick<ScenarioSettings, 'accountId' | 'region'>;
  /** One argument per line with `\` continuations, as in the AWS documentation. */
  multiline?: boolean;
}

type CopyState = 'idle' | 'copied' | 'manual';

/**
 * The `aws kms …` command that does what the app just did, for a learner to paste into a real shell: a
 * copy button (Clipboard API, with a fallback), the files the line reads (downloadable), and notes for what a
 * command line cannot say by itself (the signing identity, a service calling on the caller's behalf, values
 * taken from earlier steps).
 */
export function CliEquivalent({ operation, request, caller, settings, multiline }: CliEquivalentProps) {
  const t = useT();
  const scenarioSettings = useScenario((s) => s.scenario.settings);
  const text = useMemo(
    () => cliText(operation, request, { caller, settings: settings ?? scenarioSettings, multiline }),
    [operation, request, caller, settings, scenarioSettings, multiline],
  );
  const titleId = useId();
  const line = useRef<HTMLElement>(null);
  const [copy, setCopy] = useState<CopyState>('idle');

  const onCopy = async () => {
    if (await copyText(text.line)) {
      setCopy('copied');
    } else {
      if (line.current) selectContents(line.current);
      setCopy('manual');
    }
  };

  return (
    <figure className={styles.cliEquivalent} data-testid="cli-equivalent" aria-labelledby={titleId}>
      <div className={styles.cliEquivalentHead}>
        <figcaption id={titleId} className={styles.cliEquivalentTitle}>
          {t('console.cli.title')}
        </figcaption>
        <button
          type="button"
          className={`${styles.cliButton} cli-equivalent__copy`}
          aria-label={t('console.cli.copyLabel')}
          onClick={() => void onCopy()}
        >
          {t('console.cli.copy')}
        </button>
      </div>
      <pre className={styles.cliEquivalentLine} data-testid="cli-equivalent-line">
        <code ref={line} lang="en">
          {text.line}
        </code>
      </pre>
      {(text.files.length > 0 || text.fromSteps.length > 0) && (
        <div className={styles.cliEquivalentFiles}>
          <p>{t('console.cli.files')}</p>
          <ul>
            {text.files.map((file) => (
              <li key={file.name}>
                <RichText text={t('console.cli.fileBytes', { name: file.name, count: file.bytes.length })} />{' '}
                <button
                  type="button"
                  className={`${styles.cliButton} cli-equivalent__download`}
                  aria-label={t('console.cli.downloadLabel', { name: file.name })}
                  onClick={() => downloadBytes(file.name, file.bytes)}
                >
                  {t('console.files.download')}
                </button>
              </li>
            ))}
            {text.fromSteps.map((use) => (
              <li key={`${use.kind}:${use.name}`}>
                <RichText
                  text={t('console.cli.fromStep', {
                    name: use.kind === 'file' ? use.name : `$${use.name}`,
                    field: use.field,
                    step: use.step,
                  })}
                />
              </li>
            ))}
          </ul>
        </div>
      )}
      {text.principal && (
        <p className={styles.cliEquivalentNote}>
          <RichText text={t('console.cli.profile', { principal: text.principal })} />
        </p>
      )}
      {text.viaService && (
        <p className={styles.cliEquivalentNote}>
          <RichText text={t('console.cli.viaService', { service: text.viaService })} />
        </p>
      )}
      <p className={styles.cliEquivalentStatus} role="status">
        <RichText
          text={
            copy === 'copied' ? t('console.cli.copied') : copy === 'manual' ? t('console.cli.copyManual') : ''
          }
        />
      </p>
    </figure>
  );
}

/**
 * The CLI equivalent of a scenario step, for the player or a step detail: nothing unless the step is a
 * `kms.call`. Given the step's result, the request is shown as sent (references to earlier steps resolved).
 */
export function StepCliEquivalent({
  step,
  result,
}: {
  step: Step | undefined;
  result?: StepResult | undefined;
}) {
  if (step?.kind !== 'kms.call') return null;
  const sent = result?.kind === 'kms.call' ? result.detail?.request : undefined;
  return <CliEquivalent operation={step.op} request={sent ?? step.request} caller={step.caller} />;
}

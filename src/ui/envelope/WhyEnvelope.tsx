import { utf8Encode } from '../../crypto/index';
import { useScenario } from '../../state/scenario';
import { RichText } from '../shell/RichText';
import { useT } from '../shell/useT';
import { KeyPicker, StepProblem, TextField, useAppend, useStudioKey } from './Composer';
import { Note, StepError } from './common';
import { decryptStep, directEncryptStep, encryptFlowSteps, stepIds } from './compose';
import styles from './studio.module.css';
import { studioForm, useCaller, usePeekView, useStudioForm } from './studioState';
import { chooseTab } from './tabs';

/** KMS `Encrypt` takes at most 4,096 bytes of plaintext (reference §3); the sample goes past it. */
const ENCRYPT_LIMIT = 4096;
const SAMPLE_BYTES = 5120;

/** The sample line repeated past the limit (5,120 bytes or more, like the "why envelope" template). */
function sampleText(line: string): string {
  return line.repeat(Math.ceil(SAMPLE_BYTES / utf8Encode(line).length));
}

/**
 * Why envelope: Encrypt the big text directly (KMS refuses over 4,096 bytes with the real ValidationException),
 * then the envelope way (a 32-byte data key is all KMS ever sees; the data is encrypted on the client).
 */
export function WhyEnvelope() {
  const t = useT();
  const caller = useCaller();
  const steps = useScenario((s) => s.scenario.steps);
  const cursor = useScenario((s) => s.cursor);
  const stored = useStudioForm((s) => s.whyText);
  const text = stored ?? sampleText(t('envelope.why.sampleLine'));
  const bytes = utf8Encode(text).length;
  const { key } = useStudioKey();
  const { problem, append } = useAppend();

  // The latest direct Encrypt at or before the cursor: what the learner just tried.
  let attempt: number | undefined;
  for (let i = Math.min(cursor, steps.length - 1); i >= 0; i--) {
    const step = steps[i];
    if (step?.kind === 'kms.call' && step.op === 'Encrypt') {
      attempt = i;
      break;
    }
  }
  const attemptView = usePeekView(attempt);
  const result = attemptView?.result;

  return (
    <section className={styles.why} aria-labelledby="why-title">
      <h2 id="why-title">{t('envelope.why.title')}</h2>
      <p>
        <RichText text={t('envelope.why.lead')} />
      </p>
      <KeyPicker />
      <TextField
        label={t('envelope.why.text')}
        value={text}
        rows={6}
        onChange={(next) => studioForm.getState().set({ whyText: next })}
      />
      <ol className={styles.whyTries}>
        <li>
          <h3>
            <RichText text={t('envelope.why.directTitle')} />
          </h3>
          <p>{t('envelope.why.directLead', { count: bytes, limit: ENCRYPT_LIMIT })}</p>
          <button
            type="button"
            className="button"
            disabled={!key}
            onClick={() => key && append([directEncryptStep(stepIds(steps)(), key.keyId, text, caller)])}
          >
            <RichText text={t('envelope.why.directButton')} />
          </button>
          {attempt !== undefined && result?.kind === 'kms.call' && (
            <div className="why__result" aria-live="polite">
              <p className={styles.label}>{t('envelope.why.attempt', { step: attempt + 1 })}</p>
              {result.ok ? (
                <p className={`${styles.callout} ${styles.calloutOk}`}>{t('envelope.why.directOk')}</p>
              ) : (
                <StepError error={result.error} title={t('envelope.why.directFailed')} view={attemptView} />
              )}
            </div>
          )}
        </li>
        <li>
          <h3>{t('envelope.why.envelopeTitle')}</h3>
          <p>{t('envelope.why.envelopeLead')}</p>
          <button
            type="button"
            className="button"
            disabled={!key}
            onClick={() => {
              if (!key) return;
              const flow = encryptFlowSteps({
                steps,
                keyId: key.keyId,
                text,
                encryptionContext: { purpose: 'kms-lab' },
                caller,
              });
              const store = flow.at(-1);
              const all = [...steps, ...flow];
              const change = append(
                store?.kind === 'envelope.store'
                  ? [...flow, decryptStep(stepIds(all)(), store.object, caller)]
                  : flow,
              );
              if (change.ok) chooseTab('flow');
            }}
          >
            {t('envelope.why.envelopeButton')}
          </button>
        </li>
      </ol>
      <Note>{t('envelope.why.note')}</Note>
      {problem && <StepProblem detail={problem} />}
    </section>
  );
}

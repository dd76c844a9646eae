import { AnimatePresence, m } from 'framer-motion';
import type { StepView } from '../../scenario/replay';
import { scenarioStore, useScenario } from '../../state/scenario';
import { captionText } from '../player/captions';
import { useEntrances } from '../shell/Animations';
import { variant } from '../shell/cssModule';
import { RichText } from '../shell/RichText';
import { useLang, useT } from '../shell/useT';
import { humanBytes } from './bytes';
import {
  ContextEditor,
  formContext,
  KeyPicker,
  StepProblem,
  SuiteChoice,
  studioSuite,
  TextField,
  useAppend,
  useStudioKey,
} from './Composer';
import { Note } from './common';
import { decryptStep, encryptFlowSteps, stepIds } from './compose';
import { DecryptStage } from './DecryptStage';
import { DiscardStage } from './DiscardStage';
import { EncryptStage } from './EncryptStage';
import {
  DECRYPT_STAGES,
  ENCRYPT_STAGES,
  type FlowSteps,
  flowAt,
  type Stage,
  type StageStatus,
  stageOfStep,
  stageStatuses,
} from './flow';
import { GenerateStage, generatedDataKey } from './GenerateStage';
import { StoreStage } from './StoreStage';
import styles from './studio.module.css';
import { studioForm, useCaller, usePeekView, useReducedMotion, useStudioForm, useView } from './studioState';
import { TamperedEnvelope } from './TamperLab';

const STATUS_ICON: Record<StageStatus, string> = {
  absent: '–',
  pending: '○',
  current: '●',
  done: '✓',
  failed: '✕',
  skipped: '–',
};

/** The step index that shows a stage (both decrypt stages are the one decrypt step). */
const stageIndex = (flow: FlowSteps, stage: Stage): number | undefined =>
  stage === 'kmsDecrypt' || stage === 'decryptData' ? flow.decrypt : flow[stage];

/** One line of real values for a stage that has happened. */
function useStageSummary(flow: FlowSteps, view: StepView): Partial<Record<Stage, string>> {
  const t = useT();
  const dataKey = view.client.dataKeys[flow.dataKey];
  const envelope = Object.values(view.client.envelopes).find((e) => e.dataKey === flow.dataKey);
  const stored = flow.object ? view.client.objects[flow.object] : undefined;
  const out: Partial<Record<Stage, string>> = {};
  if (dataKey) out.generate = t('envelope.flow.summary.generate', { count: dataKey.ciphertextBlob.length });
  if (envelope) {
    out.encrypt =
      envelope.source.kind === 'text'
        ? t('envelope.flow.summary.encrypt', {
            count: envelope.source.length,
            total: envelope.messageLength,
          })
        : t('envelope.flow.summary.encryptFile', {
            name: envelope.source.name,
            size: humanBytes(envelope.source.size),
          });
  }
  if (dataKey?.memory.state === 'discarded')
    out.discard = t('envelope.flow.summary.discard', { count: dataKey.memory.length });
  if (stored) out.store = t('envelope.flow.summary.store', { count: stored.message.length });
  return out;
}

/** The notes' two diagrams as ordered lists of stages; each stage is a button that shows its step. */
function FlowStepper({ flow, view }: { flow: FlowSteps; view: StepView }) {
  const t = useT();
  const goTo = useScenario((s) => s.goTo);
  const statuses = stageStatuses(flow, view);
  const summary = useStageSummary(flow, view);
  const lane = (title: string, stages: readonly Stage[], offset: number) => (
    <section className="lane" aria-label={title}>
      <h3 className={styles.laneTitle}>{title}</h3>
      <ol className={styles.laneStages}>
        {stages.map((stage, i) => {
          const index = stageIndex(flow, stage);
          const status = statuses[stage];
          return (
            <li
              key={stage}
              className={`${styles.stageCard} ${variant(styles, 'is', status)}`}
              aria-current={status === 'current' ? 'step' : undefined}
            >
              <button
                type="button"
                disabled={index === undefined}
                onClick={() => index !== undefined && goTo(index)}
              >
                <span className={styles.stageCardNumber} aria-hidden="true">
                  {i + 1 + offset}
                </span>
                <span className={styles.stageCardText}>
                  <span className={styles.stageCardTitle}>
                    <RichText text={t(`envelope.stages.${stage}`)} />
                  </span>
                  <span className={styles.stageCardStatus}>
                    <span aria-hidden="true">{STATUS_ICON[status]} </span>
                    {t(`envelope.status.${status}`)}
                    {index !== undefined && ` · ${t('envelope.flow.step', { step: index + 1 })}`}
                  </span>
                  {summary[stage] && status !== 'pending' && (
                    <span className={styles.stageCardSummary}>{summary[stage]}</span>
                  )}
                </span>
              </button>
            </li>
          );
        })}
      </ol>
    </section>
  );
  return (
    <nav className={styles.flowStepper} aria-label={t('envelope.flow.stepper')}>
      {lane(t('envelope.flow.encryptTitle'), ENCRYPT_STAGES, 0)}
      {lane(t('envelope.flow.decryptTitle'), DECRYPT_STAGES, 0)}
    </nav>
  );
}

/** The detail of the stage under the cursor, with the real values of that step. */
function StagePanel({ flow, view }: { flow: FlowSteps; view: StepView }) {
  const t = useT();
  const lang = useLang();
  const reduced = useReducedMotion();
  const entrances = useEntrances();
  const stage = stageOfStep(flow, view.index);
  // The key's bytes before the discard, from the GenerateDataKey step's own view (read-only peek).
  const generateView = usePeekView(stage === 'discard' ? flow.generate : undefined);
  const before = generateView ? generatedDataKey(generateView)?.plaintext : undefined;
  let body: React.ReactNode;
  switch (stage) {
    case 'generate':
      body = <GenerateStage view={view} />;
      break;
    case 'encrypt':
      body = <EncryptStage view={view} />;
      break;
    case 'discard':
      body = <DiscardStage view={view} before={before} />;
      break;
    case 'store':
      body = <StoreStage view={view} />;
      break;
    case 'decrypt':
      body = <DecryptStage view={view} />;
      break;
    default:
      body =
        view.step?.kind === 'tamper' ? (
          <TamperedEnvelope view={view} />
        ) : (
          <Note>
            {view.step
              ? t('envelope.flow.outside', { step: view.index + 1, caption: captionText(lang, view.caption) })
              : t('envelope.flow.beforeStart')}
          </Note>
        );
  }
  const title = stage ? t(`envelope.stageTitle.${stage}`) : undefined;
  return (
    <AnimatePresence mode="wait" initial={false}>
      <m.section
        key={view.index}
        className={styles.stagePanel}
        data-testid="stage-panel"
        aria-labelledby="stage-title"
        initial={reduced || !entrances ? false : { opacity: 0, y: 12 }}
        animate={{ opacity: 1, y: 0 }}
        exit={reduced ? { opacity: 1 } : { opacity: 0, y: -8 }}
        transition={{ duration: reduced ? 0 : 0.22 }}
      >
        <h3 id="stage-title" className={styles.stagePanelTitle}>
          {title ? (
            <>
              <span className={styles.stagePanelStep}>
                {t('envelope.flow.step', { step: view.index + 1 })}
              </span>{' '}
              <RichText text={title} />
            </>
          ) : (
            t('envelope.flow.stepTitle', { step: view.index + 1 })
          )}
        </h3>
        {body}
      </m.section>
    </AnimatePresence>
  );
}

/** "Encrypt your own text": the notes' four encrypt steps, then the decrypt flow, appended as steps. */
function FlowComposer({ flow }: { flow: FlowSteps | undefined }) {
  const t = useT();
  const caller = useCaller();
  const steps = useScenario((s) => s.scenario.steps);
  const text = useStudioForm((s) => s.text) ?? t('envelope.composer.sample');
  const rows = useStudioForm((s) => s.context);
  const { key } = useStudioKey();
  const { problem, append } = useAppend();
  const store = flow?.store === undefined ? undefined : steps[flow.store];
  const cursor = useScenario((s) => s.cursor);
  const atEnd = cursor >= steps.length - 1;
  return (
    <section className={styles.composer} aria-labelledby="composer-title">
      <h2 id="composer-title">{t('envelope.composer.title')}</h2>
      <KeyPicker />
      <TextField
        label={t('envelope.composer.text')}
        value={text}
        onChange={(next) => studioForm.getState().set({ text: next })}
      />
      <ContextEditor />
      <SuiteChoice />
      <div className={styles.actions}>
        <button
          type="button"
          className="button"
          disabled={!key}
          onClick={() =>
            key &&
            append(
              encryptFlowSteps({
                steps,
                keyId: key.keyId,
                text,
                encryptionContext: formContext(rows),
                caller,
                algorithmSuite: studioSuite(studioForm.getState().signing),
              }),
            )
          }
        >
          {t('envelope.composer.encrypt')}
        </button>
        <button
          type="button"
          className={`button ${styles.buttonSecondary}`}
          // Only once the envelope is stored at the step on screen: decrypting before would find nothing there.
          disabled={store?.kind !== 'envelope.store' || (flow?.store ?? Infinity) > cursor}
          onClick={() =>
            store?.kind === 'envelope.store' && append([decryptStep(stepIds(steps)(), store.object, caller)])
          }
        >
          {t('envelope.composer.decrypt')}
        </button>
      </div>
      {problem && <StepProblem detail={problem} />}
      <Note>{t('envelope.composer.walk')}</Note>
      {atEnd && steps.length > 0 && (
        // The studio opens on the scenario's last step, everything done: the way to see it happen.
        <button
          type="button"
          className={`button ${styles.buttonSecondary}`}
          onClick={() => {
            const { first, play } = scenarioStore.getState();
            first();
            play();
          }}
        >
          {t('envelope.composer.watch')}
        </button>
      )}
    </section>
  );
}

/** The Flow tab: compose, then walk the notes' diagrams step by step with the player. */
export function FlowTab() {
  const t = useT();
  const view = useView();
  const steps = useScenario((s) => s.scenario.steps);
  const cursor = useScenario((s) => s.cursor);
  // The flow of the step on screen: while the next view loads, the one shown stays consistent with itself.
  const flow = flowAt(steps, view?.index ?? cursor);
  return (
    <div className="flow-tab">
      <FlowComposer flow={flow} />
      {!view ? (
        <p role="status">{t('envelope.loading')}</p>
      ) : !flow ? (
        <Note>{t('envelope.flow.none')}</Note>
      ) : (
        <>
          <FlowStepper flow={flow} view={view} />
          <StagePanel flow={flow} view={view} />
        </>
      )}
    </div>
  );
}

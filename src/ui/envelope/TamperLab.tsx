import { useId, useState } from 'react';
import { useStore } from 'zustand';
import { createStore } from 'zustand/vanilla';
import { describeMessage } from '../../envelope/index';
import { envelopeMessage } from '../../scenario/clientWorld';
import type { StepView } from '../../scenario/replay';
import { objectName } from '../../scenario/steps/fields';
import { useScenario } from '../../state/scenario';
import { RichText } from '../shell/RichText';
import { useT } from '../shell/useT';
import { hexByte, messageFields } from './bytes';
import { StepProblem, useAppend } from './Composer';
import { Note, StepError } from './common';
import { DecryptStage } from './DecryptStage';
import { EnvelopeLayout } from './StoreStage';
import styles from './studio.module.css';
import { useCaller, useView } from './studioState';
import {
  DEFAULT_BITS,
  FLIP_PARTS,
  type FlipCase,
  isFlipCase,
  OUTCOMES,
  type Outcome,
  outcomeOf,
  type Reset,
  repairSteps,
  resetsFor,
  TAMPER_CASES,
  type TamperCase,
  tamperSteps,
} from './tamper';

/** A learner's guess, and what the experiment put back first so that it started clean. */
type Prediction = { kase: TamperCase; outcome: Outcome; resets: readonly Reset[] };

/** Predictions made this session, by the decrypt step they are about (not scenario data: a learner's guess). */
const predictions = createStore<{ byStep: Record<string, Prediction> }>()(() => ({ byStep: {} }));

/** A stored envelope after a tamper step, with the changed bytes flagged. */
export function TamperedEnvelope({ view }: { view: StepView }) {
  const t = useT();
  const { step, result } = view;
  if (step?.kind !== 'tamper' || result?.kind !== 'tamper') return null;
  if (!result.ok) return <StepError error={result.error} />;
  const stored = view.client.objects[objectName(step.object)];
  if (!stored) return null;
  const { detail } = result;
  return (
    <div className={styles.stageBody}>
      <p>
        {detail.before !== undefined && detail.after !== undefined ? (
          <RichText
            text={t('envelope.tamper.flipped', {
              offset: detail.offset,
              before: hexByte(detail.before),
              after: hexByte(detail.after),
            })}
          />
        ) : (
          t('envelope.tamper.rewritten', { offset: detail.offset, count: detail.length })
        )}
      </p>
      <EnvelopeLayout
        message={stored.message}
        label={t('envelope.tamper.layoutLabel')}
        flagged={{ offset: detail.offset, length: detail.length }}
      />
    </div>
  );
}

/** Bits available in each part of a stored envelope's first frame (for the bit field's range). */
function partBits(message: Uint8Array): Record<FlipCase, number> {
  const fields = messageFields(describeMessage(message, { maxFrames: 1 }).fields);
  const length = (name: string) =>
    (fields.find((f) => f.name === name && (f.frame ?? 1) === 1)?.length ?? 0) * 8;
  return {
    edk: length('encryptedDataKey'),
    data: length('encryptedContent'),
    iv: length('iv'),
    tag: length('authenticationTag'),
  };
}

/** Tamper lab: change one thing, predict what decrypting will do, then see where the flow really stops. */
export function TamperLab() {
  const t = useT();
  const bitId = useId();
  const view = useView();
  const steps = useScenario((s) => s.scenario.steps);
  const caller = useCaller();
  const byStep = useStore(predictions, (s) => s.byStep);
  const [kase, setKase] = useState<TamperCase>('edk');
  const [bit, setBit] = useState<Record<FlipCase, number>>(DEFAULT_BITS);
  const [prediction, setPrediction] = useState<Outcome>();
  const { problem, append } = useAppend();

  if (!view) return <p role="status">{t('envelope.loading')}</p>;
  const objects = Object.values(view.client.objects);
  const stored = objects.at(-1);
  const envelope = stored && view.client.envelopes[stored.envelope];
  const dataKey = envelope && view.client.dataKeys[envelope.dataKey];
  const revealed = view.step ? byStep[view.step.id] : undefined;
  const actual = outcomeOf(view.result);

  if (!stored || !envelope || !dataKey) {
    return (
      <section className={styles.tamper} aria-labelledby="tamper-title">
        <h2 id="tamper-title">{t('envelope.tamper.title')}</h2>
        <Note>{t('envelope.tamper.nothingStored')}</Note>
        {Object.values(view.client.envelopes).some((e) => !envelopeMessage(e)) && (
          <Note>{t('envelope.tamper.fileOnly')}</Note>
        )}
      </section>
    );
  }
  const object = { bucket: stored.bucket, key: stored.key };
  const bits = partBits(stored.message);
  const keyState = view.keys.find((k) => k.metadata.Arn === dataKey.keyId)?.metadata.KeyState;
  const bitValue = isFlipCase(kase) ? Math.min(bit[kase], Math.max(0, bits[kase] - 1)) : undefined;

  const apply = () => {
    if (!prediction) return;
    const target = {
      steps,
      object,
      keyArn: dataKey.keyId,
      encryptionContext: envelope.encryptionContext,
      keyState,
      stored: { envelope: stored.envelope, tampered: stored.tamperedBy.length > 0 },
      ...(bitValue !== undefined ? { bit: bitValue } : {}),
      ...(caller ? { caller } : {}),
    };
    const added = tamperSteps(kase, target);
    const decrypt = added.at(-1);
    if (decrypt) {
      const guess = { kase, outcome: prediction, resets: resetsFor(target) };
      predictions.setState((s) => ({ byStep: { ...s.byStep, [decrypt.id]: guess } }));
    }
    append(added, 'last');
    setPrediction(undefined);
  };

  return (
    <section className={styles.tamper} aria-labelledby="tamper-title">
      <h2 id="tamper-title">{t('envelope.tamper.title')}</h2>
      <p>
        <RichText text={t('envelope.tamper.lead', { object: objectName(object) })} />
      </p>
      {stored.tamperedBy.length > 0 && (
        <Note tone="warn">{t('envelope.tamper.alreadyTampered', { count: stored.tamperedBy.length })}</Note>
      )}

      <fieldset className="tamper__cases">
        <legend>{t('envelope.tamper.chooseCase')}</legend>
        <div className={styles.predictions}>
          {TAMPER_CASES.map((c) => (
            <label key={c} className={styles.prediction}>
              <input
                type="radio"
                name="tamper-case"
                value={c}
                checked={kase === c}
                onChange={() => {
                  setKase(c);
                  setPrediction(undefined);
                }}
              />
              <span>
                <RichText text={t(`envelope.tamper.case.${c}`)} />
              </span>
            </label>
          ))}
        </div>
        {isFlipCase(kase) && (
          <div className={`${styles.field} ${styles.fieldInline}`}>
            <label htmlFor={bitId}>
              <RichText
                text={t('envelope.tamper.bit', { part: t(`envelope.tamper.part.${FLIP_PARTS[kase]}`) })}
              />
            </label>
            <input
              id={bitId}
              type="number"
              min={0}
              max={bits[kase] - 1}
              value={bitValue}
              onChange={(event) => {
                const value = Math.trunc(Number(event.currentTarget.value));
                if (Number.isFinite(value)) setBit({ ...bit, [kase]: Math.max(0, value) });
              }}
            />
            <span className={styles.fieldHelp}>{t('envelope.tamper.bits', { max: bits[kase] - 1 })}</span>
          </div>
        )}
        {keyState === 'Disabled' && <Note tone="warn">{t('envelope.tamper.keyAlreadyDisabled')}</Note>}
      </fieldset>

      <fieldset className="tamper__predict">
        <legend>{t('envelope.tamper.predict')}</legend>
        <div className={styles.predictions}>
          {OUTCOMES.map((outcome) => (
            <label key={outcome} className={styles.prediction}>
              <input
                type="radio"
                name="tamper-prediction"
                value={outcome}
                checked={prediction === outcome}
                onChange={() => setPrediction(outcome)}
              />
              <span>
                <RichText text={t(`envelope.outcome.${outcome}`)} />
              </span>
            </label>
          ))}
        </div>
      </fieldset>
      <div className={styles.actions}>
        <button type="button" className="button" disabled={!prediction} onClick={apply}>
          {t('envelope.tamper.apply')}
        </button>
        {!prediction && <span className={styles.fieldHelp}>{t('envelope.tamper.predictFirst')}</span>}
      </div>
      {problem && <StepProblem detail={problem} />}

      {revealed && actual && (
        <section
          className={styles.reveal}
          data-testid="reveal"
          aria-labelledby="reveal-title"
          aria-live="polite"
        >
          <h3 id="reveal-title" className={revealed.outcome === actual ? styles.isRight : styles.isWrong}>
            <span aria-hidden="true">{revealed.outcome === actual ? '✓ ' : '✕ '}</span>
            {revealed.outcome === actual ? t('envelope.tamper.right') : t('envelope.tamper.wrong')}
          </h3>
          <dl className={styles.facts}>
            <div className={styles.fact} data-testid="fact">
              <dt>{t('envelope.tamper.youPredicted')}</dt>
              <dd>
                <RichText text={t(`envelope.outcome.${revealed.outcome}`)} />
              </dd>
            </div>
            <div className={styles.fact} data-testid="fact">
              <dt>{t('envelope.tamper.actually')}</dt>
              <dd>
                <RichText text={t(`envelope.outcome.${actual}`)} />
              </dd>
            </div>
          </dl>
          {revealed.resets.map((reset) => (
            <Note key={reset}>{t(`envelope.tamper.startedClean.${reset}`)}</Note>
          ))}
          <Note>{t(`envelope.tamper.why.${revealed.kase}`)}</Note>
          <DecryptStage view={view} />
        </section>
      )}

      <div className={`${styles.actions} actions--repair`}>
        {stored.tamperedBy.length > 0 && (
          <button
            type="button"
            className={`button ${styles.buttonSecondary}`}
            onClick={() => append(repairSteps(steps, { envelope: { id: stored.envelope, object } }))}
          >
            {t('envelope.tamper.restore')}
          </button>
        )}
        {keyState === 'Disabled' && (
          <button
            type="button"
            className={`button ${styles.buttonSecondary}`}
            onClick={() => append(repairSteps(steps, { enableKeyArn: dataKey.keyId }))}
          >
            {t('envelope.tamper.enable')}
          </button>
        )}
      </div>
    </section>
  );
}

import { useId, useState } from 'react';
import { utf8Encode } from '../../crypto/index';
import type { Step } from '../../scenario/steps/index';
import { type EsdkSuiteName, SIGNING_SUITE_NAME } from '../../scenario/steps/kmsCall';
import type { StepChange } from '../../state/scenario';
import { useScenario } from '../../state/scenario';
import { RichText } from '../shell/RichText';
import { useT } from '../shell/useT';
import { createKeySteps } from './compose';
import styles from './studio.module.css';
import { appendSteps, studioForm, usableKeys, useCaller, useStudioForm, useView } from './studioState';

/** The key the studio's calls use: the learner's choice while it is still usable, else the first usable key. */
export function useStudioKey() {
  const view = useView();
  const settings = useScenario((s) => s.scenario.settings);
  const chosen = useStudioForm((s) => s.keyId);
  const keys = usableKeys(view, settings);
  return { keys, key: keys.find((k) => k.keyId === chosen) ?? keys[0] };
}

/** The index of the first `CreateKey` step after the cursor, if the scenario makes a key later. */
export function firstKeyAfter(steps: readonly Step[], cursor: number): number | undefined {
  const index = steps.findIndex((s, i) => i > cursor && s.kind === 'kms.call' && s.op === 'CreateKey');
  return index < 0 ? undefined : index;
}

/**
 * Picks the KMS key. With none usable at this step: before the step that makes one, says so and offers to go
 * there; otherwise offers to create one.
 */
export function KeyPicker() {
  const t = useT();
  const id = useId();
  const caller = useCaller();
  const steps = useScenario((s) => s.scenario.steps);
  const { keys, key } = useStudioKey();
  const cursor = useScenario((s) => s.cursor);
  const goTo = useScenario((s) => s.goTo);
  const [problem, setProblem] = useState<string>();
  const laterKey = firstKeyAfter(steps, cursor);
  if (keys.length === 0) {
    const create = (
      <button
        type="button"
        className={laterKey === undefined ? 'button' : `button ${styles.buttonSecondary}`}
        onClick={() => {
          // Setting up, not something to watch: land where the key has its alias, ready to use.
          const change = appendSteps(createKeySteps(steps, caller), 'last');
          setProblem(change.ok ? undefined : change.detail);
        }}
      >
        {t(laterKey === undefined ? 'envelope.key.create' : 'envelope.key.createHere')}
      </button>
    );
    return (
      <div className={`${styles.keyPicker} ${styles.keyPickerEmpty}`}>
        {laterKey === undefined ? (
          <p>{t('envelope.key.none')}</p>
        ) : (
          // Before the step that makes the key (step 0 of a built-in scenario): say so, not "no usable key".
          <>
            <p>
              <RichText text={t('envelope.key.notYet', { step: laterKey + 1 })} />
            </p>
            <button type="button" className="button" onClick={() => goTo(laterKey)}>
              {t('envelope.key.goTo', { step: laterKey + 1 })}
            </button>
          </>
        )}
        {create}
        {problem && <StepProblem detail={problem} />}
      </div>
    );
  }
  return (
    <div className={styles.keyPicker}>
      <label htmlFor={id}>{t('envelope.key.label')}</label>
      <select
        id={id}
        value={key?.keyId}
        onChange={(event) => studioForm.getState().set({ keyId: event.currentTarget.value })}
      >
        {keys.map((k) => (
          <option key={k.arn} value={k.keyId}>
            {k.keyId}
            {k.state === 'Enabled' ? '' : ` (${k.state})`}
          </option>
        ))}
      </select>
    </div>
  );
}

/** The scenario refused the steps (a bug in the studio, or a limit): the learner's input stays as it was. */
export function StepProblem({ detail }: { detail: string }) {
  const t = useT();
  return (
    <p className={`${styles.callout} ${styles.calloutError}`} role="alert">
      {t('envelope.composer.refused')} <code>{detail}</code>
    </p>
  );
}

/** Appends steps and reports a refusal. */
export function useAppend() {
  const [problem, setProblem] = useState<string>();
  return {
    problem,
    append(...args: Parameters<typeof appendSteps>): StepChange {
      const change = appendSteps(...args);
      setProblem(change.ok ? undefined : change.detail);
      return change;
    },
  };
}

/** The text field with its UTF-8 byte count against KMS's 4,096-byte Encrypt limit. */
export function TextField(props: {
  value: string;
  onChange: (text: string) => void;
  label: string;
  rows?: number;
}) {
  const t = useT();
  const id = useId();
  const bytes = utf8Encode(props.value).length;
  return (
    <div className={styles.field}>
      <label htmlFor={id}>{props.label}</label>
      <textarea
        id={id}
        rows={props.rows ?? 3}
        value={props.value}
        onChange={(event) => props.onChange(event.currentTarget.value)}
        aria-describedby={`${id}-count`}
      />
      <p id={`${id}-count`} className={`${styles.fieldHelp}${bytes > 4096 ? ` ${styles.isOver}` : ''}`}>
        <RichText text={t('envelope.composer.bytes', { count: bytes })} />
      </p>
    </div>
  );
}

/** Key/value rows of an encryption context; an empty key is ignored, a repeated key is reported. */
export function ContextEditor() {
  const t = useT();
  const rows = useStudioForm((s) => s.context);
  const set = (next: readonly (readonly [string, string])[]) => studioForm.getState().set({ context: next });
  const keys = rows.map(([k]) => k).filter((k) => k !== '');
  const duplicate = keys.find((k, i) => keys.indexOf(k) !== i);
  return (
    <fieldset className={styles.contextEditor}>
      <legend>{t('envelope.context.title')}</legend>
      <p className={styles.fieldHelp}>{t('envelope.composer.contextHelp')}</p>
      {rows.map(([key, value], i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: rows are edited in place by position
        <div className={styles.contextEditorRow} key={i}>
          <input
            aria-label={t('envelope.context.keyOf', { n: i + 1 })}
            value={key}
            onChange={(e) => set(rows.map((r, j) => (j === i ? [e.currentTarget.value, r[1]] : r)))}
          />
          <input
            aria-label={t('envelope.context.valueOf', { n: i + 1 })}
            value={value}
            onChange={(e) => set(rows.map((r, j) => (j === i ? [r[0], e.currentTarget.value] : r)))}
          />
          <button
            type="button"
            className={styles.iconButton}
            aria-label={t('envelope.context.remove', { n: i + 1 })}
            onClick={() => set(rows.filter((_, j) => j !== i))}
          >
            <span aria-hidden="true">✕</span>
          </button>
        </div>
      ))}
      <button type="button" className={styles.linkButton} onClick={() => set([...rows, ['', '']])}>
        {t('envelope.context.add')}
      </button>
      {duplicate !== undefined && (
        <p className={`${styles.fieldHelp} ${styles.isOver}`} role="alert">
          {t('envelope.context.duplicate', { key: duplicate })}
        </p>
      )}
    </fieldset>
  );
}

/** The encryption context the form describes (empty keys left out; the last of a repeated key wins). */
export function formContext(rows: readonly (readonly [string, string])[]): Record<string, string> {
  return Object.fromEntries(rows.filter(([k]) => k !== ''));
}

/**
 * The ESDK algorithm suite of the envelopes the studio makes: 0x0578 signs (the ESDK's default), 0x0478 does
 * not. The choice goes into the GenerateDataKey step (`algorithmSuite`), which makes the key pair first.
 */
export function SuiteChoice() {
  const t = useT();
  const id = useId();
  const signing = useStudioForm((s) => s.signing);
  const options = [
    { value: true, label: t('envelope.suite.signed') },
    { value: false, label: t('envelope.suite.unsigned') },
  ];
  return (
    <fieldset className={styles.suiteChoice} aria-describedby={`${id}-help`}>
      <legend>
        <RichText text={t('envelope.suite.legend')} />
      </legend>
      {options.map((option) => (
        <label key={String(option.value)} className={styles.suiteChoiceOption}>
          <input
            type="radio"
            name={id}
            checked={signing === option.value}
            onChange={() => studioForm.getState().set({ signing: option.value })}
          />
          <span>
            <RichText text={option.label} />
          </span>
        </label>
      ))}
      <p id={`${id}-help`} className={styles.fieldHelp}>
        <RichText text={t('envelope.suite.help')} />
      </p>
    </fieldset>
  );
}

/** The `algorithmSuite` of the studio's GenerateDataKey steps for the learner's choice (kmsCall.ts). */
export const studioSuite = (signing: boolean): EsdkSuiteName | undefined =>
  signing ? SIGNING_SUITE_NAME : undefined;

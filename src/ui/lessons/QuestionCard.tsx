import { useId, useState } from 'react';
import type { Probe } from '../../scenario/lessons/probe';
import { Icon } from '../shell/icons';
import { RichText } from '../shell/RichText';
import { useLang } from '../shell/useT';
import styles from './Lessons.module.css';
import { optionLabel, useLessonText } from './lessonText';

/**
 * A question with its candidate outcomes as radio buttons (arrow keys move between them, as everywhere) and
 * one submit button. Whether the choice was right is not known here: the caller runs the step to find out.
 */
export function QuestionForm({
  heading,
  stem,
  probe,
  options,
  initial,
  submitLabel,
  busy = false,
  onSubmit,
}: {
  heading: string;
  stem: string;
  probe: Probe;
  options: readonly string[];
  initial?: string;
  submitLabel: string;
  busy?: boolean;
  onSubmit: (choice: string) => void;
}) {
  const lang = useLang();
  const name = useId();
  const [choice, setChoice] = useState(initial);
  return (
    <form
      className={styles.question}
      aria-busy={busy}
      onSubmit={(event) => {
        event.preventDefault();
        if (choice !== undefined && !busy) onSubmit(choice);
      }}
    >
      <fieldset className={styles.fieldset}>
        <legend className={styles.legend}>
          <span className={styles.questionLabel}>{heading}</span>
          <span className={styles.stem}>
            <RichText text={stem} />
          </span>
        </legend>
        {options.map((option) => (
          <label key={option} className={styles.option}>
            <input
              type="radio"
              name={name}
              value={option}
              checked={choice === option}
              onChange={() => setChoice(option)}
            />
            <span>
              <RichText text={optionLabel(lang, probe, option)} />
            </span>
          </label>
        ))}
      </fieldset>
      <button type="submit" className="quiet-button is-primary" disabled={choice === undefined || busy}>
        {submitLabel}
      </button>
    </form>
  );
}

/** Right or wrong, in words and a shape (a tick or a cross), never colour alone. */
export function Verdict({ right }: { right: boolean }) {
  const t = useLessonText();
  return (
    <p className={right ? styles.right : styles.wrong}>
      <Icon name={right ? 'check' : 'cross'} />
      {t(right ? 'question.right' : 'question.wrong')}
    </p>
  );
}

/** The learner's answer beside the one the simulator produced, and why. */
export function Reveal({
  probe,
  chosen,
  answer,
  explanation,
  what,
}: {
  probe: Probe;
  chosen: string | undefined;
  answer: string;
  explanation: string;
  /** The step's own caption: what the run did. */
  what?: string;
}) {
  const t = useLessonText();
  const lang = useLang();
  return (
    <div className={styles.reveal}>
      {chosen !== undefined && <Verdict right={chosen === answer} />}
      {chosen !== undefined && (
        <p>
          <RichText text={t('question.yours', { answer: optionLabel(lang, probe, chosen) })} />
        </p>
      )}
      <p>
        <RichText text={t('question.happened', { answer: optionLabel(lang, probe, answer) })} />
      </p>
      {what && (
        <p className={styles.caption}>
          <RichText text={what} />
        </p>
      )}
      <p>
        <RichText text={explanation} />
      </p>
    </div>
  );
}

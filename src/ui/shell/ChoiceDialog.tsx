import { type KeyboardEvent, useEffect, useId, useRef } from 'react';
import styles from './shell.module.css';

export interface DialogChoice<C extends string> {
  readonly value: C;
  readonly label: string;
  /** The choice the question is about (drawn filled). */
  readonly primary?: boolean;
}

/**
 * A question with a few answers, asked before something would replace the learner's work (a shared link, a
 * file, an example). A modal <dialog>: the page behind is inert, focus moves to the first choice when it opens,
 * Tab and Shift+Tab go round the choices without leaving it, Escape answers `onEscape` (the answer that
 * changes nothing), and closing returns focus to where it was (the HTML dialog focusing steps).
 */
export function ChoiceDialog<C extends string>({
  title,
  body,
  choices,
  onEscape,
  onChoose,
}: {
  title: string;
  body: string;
  choices: readonly DialogChoice<C>[];
  onEscape: C;
  onChoose: (choice: C) => void;
}) {
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
    return () => element?.close();
  }, []);

  // Keeps Tab inside: without this, Tab from the last choice leaves for the browser's own controls.
  const trapTab = (event: KeyboardEvent<HTMLDialogElement>) => {
    if (event.key !== 'Tab') return;
    const buttons = [...event.currentTarget.querySelectorAll('button')];
    const first = buttons[0];
    const last = buttons[buttons.length - 1];
    if (!first || !last) return;
    if (event.shiftKey && document.activeElement === first) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && document.activeElement === last) {
      event.preventDefault();
      first.focus();
    }
  };

  return (
    <dialog
      ref={dialog}
      className={styles.choiceDialog}
      aria-labelledby={titleId}
      onKeyDown={trapTab}
      onCancel={(event) => {
        event.preventDefault();
        onChoose(onEscape);
      }}
    >
      <h2 id={titleId} className={styles.choiceDialogTitle}>
        {title}
      </h2>
      <p>{body}</p>
      <div className={styles.choiceDialogChoices}>
        {choices.map((choice) => (
          <button
            key={choice.value}
            type="button"
            className={`quiet-button${choice.primary ? ' is-primary' : ''}`}
            onClick={() => onChoose(choice.value)}
          >
            {choice.label}
          </button>
        ))}
      </div>
    </dialog>
  );
}

import { useEffect, useRef } from 'react';
import { useT } from '../shell/useT';

export type ExampleChoice = 'open' | 'keep' | 'saveFirst';
const choices: readonly ExampleChoice[] = ['open', 'keep', 'saveFirst'];

/**
 * Asked before an example replaces the learner's own scenario. A modal <dialog>: focus moves into it, Escape
 * keeps the learner's work, and focus returns to the button that opened it.
 */
export function ExampleDialog({
  steps,
  example,
  onChoose,
}: {
  steps: number;
  example: string;
  onChoose: (choice: ExampleChoice) => void;
}) {
  const t = useT();
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
    return () => element?.close();
  }, []);
  return (
    <dialog
      ref={dialog}
      className="note-dialog"
      aria-labelledby="note-dialog-title"
      onCancel={(event) => {
        event.preventDefault();
        onChoose('keep');
      }}
    >
      <h2 id="note-dialog-title">{t('notes.confirm.title')}</h2>
      <p>{t('notes.confirm.body', { steps, example })}</p>
      <div className="note-dialog__actions">
        {choices.map((choice) => (
          <button
            key={choice}
            type="button"
            className={`note-explore__example${choice === 'open' ? ' is-primary' : ''}`}
            onClick={() => onChoose(choice)}
          >
            {t(`notes.confirm.${choice}`)}
          </button>
        ))}
      </div>
    </dialog>
  );
}

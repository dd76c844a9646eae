import { useEffect, useRef } from 'react';
import { OPENING_CHOICES, type OpeningChoice } from '../../scenario/autosave';
import { usePlayerText } from './playerText';
import type { PendingOpen } from './useScenarioConnection';

/**
 * Asked when a link (or file) would replace different local work: open it, keep mine, or save mine as a file
 * first. A modal <dialog>: focus moves into it, Escape keeps the learner's work.
 */
export function OpeningDialog({
  pending,
  onChoose,
}: {
  pending: PendingOpen;
  onChoose: (choice: OpeningChoice) => void;
}) {
  const text = usePlayerText();
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
    return () => element?.close();
  }, []);
  return (
    <dialog
      ref={dialog}
      className="player__dialog"
      aria-labelledby="player-opening-title"
      onCancel={(event) => {
        event.preventDefault();
        onChoose('keep-mine');
      }}
    >
      <h2 id="player-opening-title">{text('opening.title')}</h2>
      <p>{text('opening.body', { steps: pending.local.steps.length })}</p>
      <div className="player__dialog-actions">
        {OPENING_CHOICES.map((choice) => (
          <button
            key={choice}
            type="button"
            onClick={() => onChoose(choice)}
            className={`player__text-button${choice === 'open-link' ? ' is-primary' : ''}`}
          >
            {text(`opening.${choice}`)}
          </button>
        ))}
      </div>
    </dialog>
  );
}

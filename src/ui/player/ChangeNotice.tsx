import { useEffect, useState } from 'react';
import { scenarioFileName, toScenarioFile } from '../../scenario/scenarioFile';
import { untouchedTemplate } from '../../scenario/templates';
import { type UndoableChange, useScenario } from '../../state/scenario';
import styles from './ChangeNotice.module.css';
import { downloadText } from './download';
import playerStyles from './player.module.css';
import { usePlayerText } from './playerText';
import { stepRange } from './stepRange';

/**
 * After the kept steps of an insertion have replayed: the ones that now fail, by step number (a step inserted
 * before them can make them fail, e.g. a DisableKey before a Decrypt; the player shows it rather than hiding it).
 */
function useNowFailing(change: UndoableChange | undefined): number[] | undefined {
  const history = useScenario((s) => s.history);
  const [failing, setFailing] = useState<{ change: UndoableChange; steps: number[] }>();
  useEffect(() => {
    if (change?.kind !== 'inserted' || change.kept === 0) return;
    let live = true;
    const first = change.at + change.count;
    history(change.after.steps.length - 1).then(
      ({ scenario, records }) => {
        if (!live || scenario !== change.after) return;
        const steps = records.slice(first).flatMap((r) => (r.result.ok ? [] : [r.index + 1]));
        setFailing({ change, steps });
      },
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [change, history]);
  return failing && failing.change === change ? failing.steps : undefined;
}

/**
 * What the learner's last change did out of sight, with Undo: steps added while stepped back (and what became of
 * the steps that followed), or a new scenario started in place of the old one (issue #13). Shown while that change
 * is still the last one; Undo restores the scenario and cursor from before it.
 */
export function ChangeNotice() {
  const text = usePlayerText();
  const undoable = useScenario((s) => s.undoable);
  const scenario = useScenario((s) => s.scenario);
  const undo = useScenario((s) => s.undo);
  const placeAgain = useScenario((s) => s.placeAgain);
  const [dismissed, setDismissed] = useState<UndoableChange>();
  const [undone, setUndone] = useState(false);
  const live = undoable !== undefined && undoable.after === scenario && dismissed !== undoable;
  const failing = useNowFailing(live ? undoable : undefined);
  useEffect(() => {
    if (live) setUndone(false);
  }, [live]);

  if (!live) {
    if (!undone) return null;
    return (
      <div className={styles.notice} role="status">
        <p>{text('undone')}</p>
        <button type="button" className={playerStyles.playerTextButton} onClick={() => setUndone(false)}>
          {text('dismiss')}
        </button>
      </div>
    );
  }

  let message: string;
  if (undoable.kind === 'inserted') {
    const added = stepRange(text, undoable.at + 1, undoable.at + undoable.count);
    const later = undoable.kept + undoable.dropped;
    const first = undoable.kept > 0 ? undoable.at + undoable.count + 1 : undoable.at + 1;
    const range = stepRange(text, first, first + later - 1);
    message = text(undoable.kept > 0 ? 'inserted.keep' : 'inserted.drop', {
      added,
      step: undoable.at,
      range,
    });
    if (undoable.kept > 0) {
      const outcome =
        failing === undefined
          ? text('inserted.checking')
          : failing.length === 0
            ? text('inserted.allOk')
            : text('inserted.nowFail', { list: failing.join(', ') });
      message = `${message} ${outcome}`;
    }
  } else {
    const template = untouchedTemplate(undoable.after);
    const steps = undoable.before.scenario.steps.length;
    message = template
      ? text('started.template', { name: text(`template.${template}`), steps })
      : text('started.empty', { steps });
  }
  const previous = undoable.before.scenario;
  return (
    <div className={styles.notice} role="status">
      <p>{message}</p>
      <button
        type="button"
        className={playerStyles.playerTextButton}
        onClick={() => {
          if (undo()) setUndone(true);
        }}
      >
        {text('undo')}
      </button>
      {undoable.kind === 'inserted' && (
        // The other choice for the steps that followed, made on the spot (and kept for the next time).
        <button
          type="button"
          className="player__text-button"
          onClick={() => placeAgain(undoable.kept > 0 ? 'drop' : 'keep')}
        >
          {text(undoable.kept > 0 ? 'inserted.dropInstead' : 'inserted.keepInstead')}
        </button>
      )}
      {undoable.kind === 'started' && previous.steps.length > 0 && (
        <button
          type="button"
          className={playerStyles.playerTextButton}
          onClick={() => downloadText(scenarioFileName(previous), toScenarioFile(previous))}
        >
          {text('started.save')}
        </button>
      )}
      <button type="button" className={playerStyles.playerTextButton} onClick={() => setDismissed(undoable)}>
        {text('dismiss')}
      </button>
    </div>
  );
}

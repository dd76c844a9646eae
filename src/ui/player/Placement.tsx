import { PLACEMENTS, type Placement as PlacementId, useScenario } from '../../state/scenario';
import { ChoiceGroup } from '../shell/ChoiceGroup';
import styles from './Placement.module.css';
import { usePlayerText } from './playerText';
import { stepRange } from './stepRange';

/**
 * Where what the learner does now goes, shown while the cursor is before the last step: after the step on screen,
 * the later steps kept after it or dropped, as the learner chooses (issue #13: acting while stepped back had
 * silently appended at the end). Hidden while playing, when the learner is watching rather than acting.
 */
export function Placement() {
  const text = usePlayerText();
  const cursor = useScenario((s) => s.cursor);
  const total = useScenario((s) => s.scenario.steps.length);
  const isPlaying = useScenario((s) => s.isPlaying);
  const placement = useScenario((s) => s.placement);
  const setPlacement = useScenario((s) => s.setPlacement);
  if (isPlaying || cursor >= total - 1) return null;
  const range = stepRange(text, cursor + 2, total);
  return (
    <div className={styles.placement}>
      <ChoiceGroup<PlacementId>
        label={
          cursor < 0
            ? text('placement.labelStart', { range })
            : text('placement.label', { step: cursor + 1, range })
        }
        choices={PLACEMENTS.map((value) => ({ value, label: text(`placement.${value}`) }))}
        value={placement}
        onChange={setPlacement}
      />
    </div>
  );
}

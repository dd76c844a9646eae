import { PLACEMENTS, type Placement as PlacementId, useScenario } from '../../state/scenario';
import { ChoiceGroup } from '../shell/ChoiceGroup';
import { usePlayerText } from './playerText';

/**
 * What becomes of the later steps when the learner acts on an earlier one: the new steps always go after the step
 * on screen (issue #13: they had silently gone to the end); the steps that followed stay after them, or are
 * dropped. A preference among the player's options, so the sticky bar stays short; after each such change the
 * player's notice says what happened and offers the other choice and Undo (ChangeNotice).
 */
export function Placement() {
  const text = usePlayerText();
  const placement = useScenario((s) => s.placement);
  const setPlacement = useScenario((s) => s.setPlacement);
  return (
    <ChoiceGroup<PlacementId>
      label={text('placement.label')}
      choices={PLACEMENTS.map((value) => ({ value, label: text(`placement.${value}`) }))}
      value={placement}
      onChange={setPlacement}
    />
  );
}

import { useState } from 'react';
import type { Lang } from '../../i18n';
import { createScenario } from '../../scenario/schema';
import { TEMPLATE_IDS, type TemplateId, templateScenario } from '../../scenario/templates';
import { scenarioStore, useScenario } from '../../state/scenario';
import { ChoiceDialog } from '../shell/ChoiceDialog';
import { Icon } from '../shell/icons';
import { useLang } from '../shell/useT';
import { usePlayerText } from './playerText';

type NewChoice = TemplateId | 'empty' | 'cancel';

/** The seed of an empty scenario: the store's own, so "empty" is the same scenario wherever it is started. */
export const EMPTY_SCENARIO_SEED = 'kms-lab';

/** The scenario a choice starts: a built-in one, or an empty account with the default settings. */
export function newScenarioOf(choice: TemplateId | 'empty', lang: Lang) {
  return choice === 'empty' ? createScenario(EMPTY_SCENARIO_SEED) : templateScenario(choice, lang);
}

/**
 * "New scenario…": start over from a built-in scenario or an empty one (issue #13: there was no way to start over,
 * and reloading the bare URL restored the old work). The old scenario stays recoverable: the player's notice
 * offers Undo and "save it as a file" (ChangeNotice). A button and a modal question: keyboard and screen readers
 * get both for free; Escape cancels.
 */
export function NewScenario({ className }: { className: string }) {
  const text = usePlayerText();
  const lang = useLang();
  const steps = useScenario((s) => s.scenario.steps.length);
  const [asking, setAsking] = useState(false);
  const choices: NewChoice[] = [...TEMPLATE_IDS, 'empty', 'cancel'];
  return (
    <>
      <button type="button" className={className} aria-haspopup="dialog" onClick={() => setAsking(true)}>
        <Icon name="newFile" />
        {text('newScenario.button')}
      </button>
      {asking && (
        <ChoiceDialog<NewChoice>
          title={text('newScenario.title')}
          body={text('newScenario.body', { steps })}
          choices={choices.map((choice) => ({
            value: choice,
            label:
              choice === 'empty' || choice === 'cancel'
                ? text(`newScenario.${choice}`)
                : text(`template.${choice}`),
          }))}
          onEscape="cancel"
          onChoose={(choice) => {
            setAsking(false);
            if (choice !== 'cancel') scenarioStore.getState().startScenario(newScenarioOf(choice, lang));
          }}
        />
      )}
    </>
  );
}

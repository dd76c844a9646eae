import { useState } from 'react';
import type { Scenario } from '../../scenario/schema';
import type { TemplateId } from '../../scenario/templates';
import { updateFragment } from '../../state/location';
import { sectionForView } from '../sections';
import { ChoiceDialog } from '../shell/ChoiceDialog';
import { Icon } from '../shell/icons';
import { useLang, useT } from '../shell/useT';
import styles from './notes.module.css';

import { explorations, type NotePointId } from './points';

/**
 * Opening an example reaches the built-in scenarios (their templates, the codec and AES come with them) and the
 * scenario store, whose creation replays a scenario on the simulated KMS: loaded on the first click, so the notes
 * (a section without a scenario) neither download nor start the engine when they load (issue #15).
 */
const opening = () => import('./openExample');

type ExampleChoice = 'open' | 'keep' | 'saveFirst';
const exampleChoices: readonly ExampleChoice[] = ['open', 'keep', 'saveFirst'];

/**
 * "Explore" for one point of the notes: a link to the section that shows it and, where there is one, a button
 * that opens the example scenario there (asking first when it would replace the learner's own work).
 */
export function Explore({ point }: { point: NotePointId }) {
  const t = useT();
  const lang = useLang();
  const exploration = explorations[point];
  const section = sectionForView(exploration.section);
  const example: TemplateId | undefined = 'example' in exploration ? exploration.example : undefined;
  const [asking, setAsking] = useState<Scenario>();
  const sectionTitle = t(section.titleKey);

  return (
    <span className={styles.noteExplore}>
      <a
        className={styles.noteExploreLink}
        href={`#view=${section.id}`}
        onClick={(event) => {
          if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
          event.preventDefault();
          updateFragment({ view: section.id });
          window.scrollTo({ top: 0 });
        }}
      >
        <Icon name={section.icon} />
        {t('notes.explore', { section: sectionTitle })}
        <Icon name="arrowRight" />
      </a>
      {example && (
        <button
          type="button"
          className="quiet-button"
          onClick={async () => {
            const { openExample, workAtRisk } = await opening();
            const local = workAtRisk(example, lang);
            if (local) setAsking(local);
            else await openExample(example, section.id, lang);
          }}
        >
          <Icon name="play" />
          {t('notes.exploreExample', { example: t(`notes.examples.${example}`) })}
        </button>
      )}
      {example && asking && (
        // Asked before the example replaces the learner's own scenario; Escape keeps it.
        <ChoiceDialog<ExampleChoice>
          title={t('notes.confirm.title')}
          body={t('notes.confirm.body', {
            steps: asking.steps.length,
            example: t(`notes.examples.${example}`),
          })}
          choices={exampleChoices.map((choice) => ({
            value: choice,
            label: t(`notes.confirm.${choice}`),
            primary: choice === 'open',
          }))}
          onEscape="keep"
          onChoose={(choice) => {
            setAsking(undefined);
            if (choice === 'keep') return;
            void opening().then((m) => {
              if (choice === 'saveFirst') m.saveWork(asking);
              return m.openExample(example, section.id, lang);
            });
          }}
        />
      )}
    </span>
  );
}

import { type ComponentType, type LazyExoticComponent, lazy, Suspense, useState } from 'react';
import { loadCatalogues } from '../../i18n';
import { type Section, scenarioCatalogues } from '../sections';
import { CrashProbe } from './devCrash';
import { SectionBoundary } from './SectionBoundary';
import { useT } from './useT';

const Probe = import.meta.env.DEV ? CrashProbe : null;

/**
 * The section's chunk, with what it needs before it renders: its message catalogues (each its own chunk, fetched
 * beside the section's) and, for a section that shows a scenario, the
 * scenario connection started (the link or autosave read), so nothing the learner does there can be replaced
 * by the start-up, and the stage's picture of the step under the cursor, so the player, the picture and the
 * section appear together at their full height rather than growing once the replay is done (issue #15).
 */
function loadSection(section: Section) {
  const needs: Promise<unknown>[] = [loadCatalogues(section.catalogues ?? scenarioCatalogues)];
  if (section.showsScenario)
    needs.push(
      Promise.all([import('../player/useScenarioConnection'), import('../stage/useScene')]).then(
        async ([connection, scene]) => {
          await connection.connectScenario();
          await scene.prepareScene();
        },
      ),
    );
  return Promise.all([section.load(), ...needs]).then(([chunk]) => chunk);
}

/**
 * The page's first section, one lazy component per section: while it waits in the shell's boundary nothing of
 * it has been drawn, so React keeps none of its state (a lazy made in state would be made afresh on every retry
 * and never resolve).
 */
const firstContent = new Map<Section, LazyExoticComponent<ComponentType>>();
function firstContentOf(section: Section) {
  let content = firstContent.get(section);
  if (!content) {
    const loading = loadSection(section);
    content = lazy(() => loading);
    firstContent.set(section, content);
  }
  return content;
}

/**
 * Starts loading the page's first section at once. The shell calls it before it renders the player and the
 * stage above the section, whose chunks React waits for before it gets to the section (the section's chunk, the
 * replay and the first picture were loaded one after the other; issue #15).
 */
export function startFirstSection(section: Section): void {
  firstContentOf(section);
}

/**
 * One section: its lazily loaded chunk, a loading state, and an error boundary that can start it afresh. With
 * `ownBoundary` false (the page's first content), it waits in the shell's loading boundary instead of its own,
 * to appear together with the player and the stage above it.
 */
export function SectionHost({ section, ownBoundary }: { section: Section; ownBoundary: boolean }) {
  const t = useT();
  // Each attempt gets a fresh lazy component, so a reset also retries a chunk that failed to load.
  const [attempt, setAttempt] = useState(() => ({
    n: 0,
    Content: ownBoundary ? lazy(() => loadSection(section)) : firstContentOf(section),
  }));
  // Read once, when this section first renders: its content stays in the same place in the tree for as long as it
  // is shown (a boundary added around it later would mount it afresh). A reset's content waits in its own.
  const [firstOwn] = useState(ownBoundary);
  const own = firstOwn || attempt.n > 0;
  const content = (
    <>
      {Probe && <Probe sectionId={section.id} attempt={attempt.n} />}
      <attempt.Content />
    </>
  );
  return (
    <SectionBoundary
      key={attempt.n}
      onReset={() => setAttempt(({ n }) => ({ n: n + 1, Content: lazy(() => loadSection(section)) }))}
    >
      {own ? (
        <Suspense
          fallback={
            <p className="section-loading" role="status">
              {t('shell.loading', { section: t(section.titleKey) })}
            </p>
          }
        >
          {content}
        </Suspense>
      ) : (
        content
      )}
    </SectionBoundary>
  );
}

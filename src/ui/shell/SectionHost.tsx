import { type ComponentType, type LazyExoticComponent, lazy, Suspense, useState } from 'react';
import { loadCatalogues } from '../../i18n';
import type { Section } from '../sections';
import { CrashProbe } from './devCrash';
import { SectionBoundary } from './SectionBoundary';
import { useT } from './useT';

const Probe = import.meta.env.DEV ? CrashProbe : null;

/**
 * The section's chunk, with what it needs before it renders: its message catalogues (each its own chunk, fetched
 * beside the section's). A section that shows a scenario loads once the scenario connection has started (the link
 * or autosave read, and the engine loaded), so nothing the learner does there can be replaced by the start-up and
 * every change can be checked at once. On a first visit its chunk, its catalogues and the engine load after the
 * player and the stage have drawn the build's picture (issue #15); otherwise beside the engine, which the start-up
 * needs first. It appears below them, in its own loading boundary.
 */
function loadSection(section: Section) {
  const withCatalogues = () =>
    Promise.all([section.load(), loadCatalogues(section.catalogues)]).then(([loaded]) => loaded);
  if (!section.showsScenario) return withCatalogues();
  return import('../player/useScenarioConnection').then(async (connection) => {
    await connection.afterFirstPicture();
    const [loaded] = await Promise.all([withCatalogues(), connection.connectScenario()]);
    return loaded;
  });
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
 * One section: its lazily loaded chunk, a loading state, and an error boundary that can start it afresh. As the
 * page's first content (`first`), a section without a scenario waits in the shell's loading boundary instead of
 * its own, to appear with the page; one that shows a scenario waits in its own, below the player and the stage,
 * which appear first (loadSection).
 */
export function SectionHost({ section, first }: { section: Section; first: boolean }) {
  const t = useT();
  // Each attempt gets a fresh lazy component, so a reset also retries a chunk that failed to load.
  const [attempt, setAttempt] = useState(() => ({
    n: 0,
    Content: first ? firstContentOf(section) : lazy(() => loadSection(section)),
  }));
  // Read once, when this section first renders: its content stays in the same place in the tree for as long as it
  // is shown (a boundary added around it later would mount it afresh). A reset's content waits in its own.
  const [firstOwn] = useState(!first || section.showsScenario);
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

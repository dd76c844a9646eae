import { lazy, Suspense, useState } from 'react';
import { eagerCatalogues, loadCatalogues } from '../../i18n';
import type { Section } from '../sections';
import { CrashProbe } from './devCrash';
import { SectionBoundary } from './SectionBoundary';
import { useT } from './useT';

const Probe = import.meta.env.DEV ? CrashProbe : null;

/**
 * The section's chunk, with what it needs before it renders: the message catalogues the first screen leaves out
 * (every section but the one whose catalogue is loaded up front) and, for a section that shows a scenario, the
 * scenario connection started (the link or autosave read), so nothing the learner does there can be replaced
 * by the start-up.
 */
function loadSection(section: Section) {
  const needs: Promise<unknown>[] = [];
  if (!(section.id in eagerCatalogues)) needs.push(loadCatalogues());
  if (section.showsScenario)
    needs.push(import('../player/useScenarioConnection').then((m) => m.connectScenario()));
  return Promise.all([section.load(), ...needs]).then(([chunk]) => chunk);
}

/** One section: its lazily loaded chunk, a loading state, and an error boundary that can start it afresh. */
export function SectionHost({ section }: { section: Section }) {
  const t = useT();
  // Each attempt gets a fresh lazy component, so a reset also retries a chunk that failed to load.
  const [attempt, setAttempt] = useState(() => ({ n: 0, Content: lazy(() => loadSection(section)) }));
  return (
    <SectionBoundary
      key={attempt.n}
      onReset={() => setAttempt(({ n }) => ({ n: n + 1, Content: lazy(() => loadSection(section)) }))}
    >
      <Suspense
        fallback={
          <p className="section-loading" role="status">
            {t('shell.loading', { section: t(section.titleKey) })}
          </p>
        }
      >
        {Probe && <Probe sectionId={section.id} attempt={attempt.n} />}
        <attempt.Content />
      </Suspense>
    </SectionBoundary>
  );
}

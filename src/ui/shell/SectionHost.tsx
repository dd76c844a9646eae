import { lazy, Suspense, useState } from 'react';
import type { Section } from '../sections';
import { CrashProbe } from './devCrash';
import { SectionBoundary } from './SectionBoundary';
import { useT } from './useT';

const Probe = import.meta.env.DEV ? CrashProbe : null;

/**
 * The section's chunk; for a section that shows a scenario, once the scenario connection has also started (the
 * link or autosave read), so nothing the learner does there can be replaced by the start-up.
 */
function loadSection(section: Section) {
  if (!section.showsScenario) return section.load();
  const connected = import('../player/useScenarioConnection').then((m) => m.connectScenario());
  return Promise.all([section.load(), connected]).then(([chunk]) => chunk);
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

import { MotionConfig } from 'framer-motion';
import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import { loadCatalogues } from '../../i18n';
import { updateFragment, useFragmentParam } from '../../state/location';
import { type Motion, usePreferences } from '../../state/preferences';
import { sectionForShortcut, sectionForView } from '../sections';
import { Footer } from './Footer';
import { Header } from './Header';
import { OfflineNotice } from './OfflineNotice';
import { SectionBoundary } from './SectionBoundary';
import { SectionHost } from './SectionHost';
import styles from './shell.module.css';
import { useT } from './useT';

/** framer-motion's setting for each motion preference: 'user' follows prefers-reduced-motion. */
const reducedMotion = { system: 'user', reduce: 'always', full: 'never' } as const satisfies Record<
  Motion,
  'user' | 'always' | 'never'
>;

/**
 * The player's own chunk (the scenario codec, replay and CLI model come with it) and the catalogues its CLI box
 * reads, loaded with the first section that shows a scenario.
 */
const ScenarioPlayer = lazy(() =>
  Promise.all([import('../player/ScenarioPlayer'), loadCatalogues()]).then(([m]) => ({
    default: m.ScenarioPlayer,
  })),
);

/** Presenting (`#present`) and the presenter window (`#presenter`): their own chunk, loaded only then. */
const PresentMode = lazy(() =>
  Promise.all([import('../present/PresentMode'), loadCatalogues()]).then(([m]) => m),
);
const PresenterView = lazy(() =>
  Promise.all([import('../present/PresenterView'), loadCatalogues()]).then(([m]) => m),
);

/** What a section without the player says about a scenario link it could not open (its own small chunk). */
const LinkNotice = lazy(() =>
  Promise.all([import('../player/LinkNotice'), loadCatalogues()]).then(([m]) => ({ default: m.LinkNotice })),
);

/**
 * One scenario player for every section that shows a scenario. It sits outside the keyed section host, so
 * moving from one such section to the next keeps the same player: its focus, its scrubber, its open options.
 */
function PlayerHost() {
  const [attempt, setAttempt] = useState(0);
  return (
    <SectionBoundary key={attempt} onReset={() => setAttempt((n) => n + 1)}>
      <Suspense fallback={null}>
        <ScenarioPlayer />
      </Suspense>
    </SectionBoundary>
  );
}

export function Shell() {
  const t = useT();
  const motion = usePreferences((s) => s.motion);
  const section = sectionForView(useFragmentParam('view'));
  const scenarioLink = useFragmentParam('s') !== null;
  const main = useRef<HTMLElement>(null);
  const presenting = useFragmentParam('present') !== null;
  const presenterWindow = useFragmentParam('presenter') !== null;

  useEffect(() => {
    document.title = t('shell.documentTitle', { section: t(section.titleKey) });
  }, [t, section]);

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      // event.code, not event.key: on macOS Option+1 types "¡".
      const digit = /^Digit([0-9])$/.exec(event.code)?.[1];
      if (!digit || !event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
      const target = sectionForShortcut(Number(digit));
      if (!target) return;
      event.preventDefault();
      updateFragment({ view: target.id });
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);

  const loading = (
    <p className="section-loading" role="status">
      {t('shell.loading', { section: t(section.titleKey) })}
    </p>
  );
  if (presenterWindow)
    return (
      <MotionConfig reducedMotion={reducedMotion[motion]}>
        <Suspense fallback={loading}>
          <PresenterView />
        </Suspense>
      </MotionConfig>
    );
  const content = (
    <>
      {section.showsScenario && <PlayerHost />}
      {!section.showsScenario && scenarioLink && (
        <Suspense fallback={null}>
          <LinkNotice />
        </Suspense>
      )}
      <SectionHost key={section.id} section={section} />
    </>
  );
  if (presenting)
    return (
      <MotionConfig reducedMotion={reducedMotion[motion]}>
        <main id="main" className={styles.main} ref={main} tabIndex={-1}>
          <Suspense fallback={loading}>
            <PresentMode>{content}</PresentMode>
          </Suspense>
        </main>
        <OfflineNotice />
      </MotionConfig>
    );
  return (
    <MotionConfig reducedMotion={reducedMotion[motion]}>
      {/* A button, not <a href="#main">: the fragment holds app state (#view=…), so focus moves instead. */}
      <button type="button" className={styles.skipLink} onClick={() => main.current?.focus()}>
        {t('shell.skipLink')}
      </button>
      <Header current={section} />
      <main id="main" className={styles.main} ref={main} tabIndex={-1}>
        {content}
      </main>
      <Footer />
      <OfflineNotice />
    </MotionConfig>
  );
}

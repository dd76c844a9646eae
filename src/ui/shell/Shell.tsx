import { lazy, type ReactNode, Suspense, useCallback, useEffect, useRef, useState } from 'react';
import { loadCatalogues } from '../../i18n';
import { readFragment, updateFragment, useFragmentParam } from '../../state/location';
import { preferencesStore } from '../../state/preferences';
import { partCatalogues, sectionForShortcut, sectionForView } from '../sections';
import { mayOpenFirstPicture, startFirstPicture } from '../stage/firstPicture';
import { Footer } from './Footer';
import { firstContentCommitted } from './firstContent';
import { Header } from './Header';
import { OfflineNotice } from './OfflineNotice';
import { SectionBoundary } from './SectionBoundary';
import { SectionHost, startFirstSection } from './SectionHost';
import styles from './shell.module.css';
import { useT } from './useT';

/**
 * The player's own chunk (the scenario codec, replay and CLI model come with it) and the catalogues it reads,
 * loaded with the first section that shows a scenario. Each part's catalogues load beside its chunk, in the
 * page's language (`partCatalogues`).
 */
const loadPlayer = () =>
  Promise.all([import('../player/ScenarioPlayer'), loadCatalogues(partCatalogues.player)]);
const ScenarioPlayer = lazy(() => loadPlayer().then(([m]) => ({ default: m.ScenarioPlayer })));

/** Presenting (`#present`) and the presenter window (`#presenter`): their own chunk, loaded only then. */
const PresentMode = lazy(() =>
  Promise.all([import('../present/PresentMode'), loadCatalogues(partCatalogues.present)]).then(([m]) => m),
);
const PresenterView = lazy(() =>
  Promise.all([import('../present/PresenterView'), loadCatalogues(partCatalogues.presenter)]).then(
    ([m]) => m,
  ),
);

/** The printed handout of a lesson (`#view=lessons&handout=<lesson>`): its own chunk, loaded only then. */
const HandoutView = lazy(() =>
  Promise.all([import('../handout/HandoutView'), loadCatalogues(partCatalogues.handout)]).then(([m]) => m),
);

/** What a section without the player says about a scenario link it could not open (its own small chunk). */
const LinkNotice = lazy(() =>
  Promise.all([import('../player/LinkNotice'), loadCatalogues(partCatalogues.linkNotice)]).then(([m]) => ({
    default: m.LinkNotice,
  })),
);

/**
 * framer-motion's settings and the features of its `m` elements (Animations.tsx), their own chunk: only the
 * sections that play a scenario animate (the stage, the envelope's stages, the section panels), so the sections
 * without one never load it, and the entry chunk carries none of framer-motion (issue #15). If it cannot load, the
 * `m` elements are drawn without their animations.
 */
const Animations = lazy(() =>
  import('./Animations').catch(() => ({
    default: ({ children }: { children: ReactNode }) => <>{children}</>,
  })),
);

/**
 * The stage (the animated diagram of the step under the cursor), its own chunk: loaded with the player, never on
 * the first screen's budget.
 */
const loadStage = () => Promise.all([import('../stage/Stage'), loadCatalogues(partCatalogues.stage)]);
const Stage = lazy(() => Promise.all([loadStage(), firstScene()]).then(([[m]]) => ({ default: m.default })));

/**
 * The picture of the step the page opens with, drawn before the stage first renders, so the player and the stage
 * appear at their full height together instead of growing once it is drawn (issue #15: layout shift). Starts the
 * scenario connection, which opens that step (on a first visit, the build's picture: no replay).
 */
function firstScene(): Promise<void> {
  return Promise.all([import('../player/useScenarioConnection'), import('../stage/useScene')]).then(
    ([connection, scene]) => {
      void connection.connectScenario();
      return scene.prepareScene();
    },
  );
}

/**
 * A lazily loaded part of the page with its own error boundary, which starts it afresh on reset. The player and
 * the stage sit outside the keyed section host, so moving from one section that shows a scenario to the next
 * keeps them: the player's focus, scrubber and open options, the stage's picture. It waits for its chunk in the
 * page's one loading boundary (see `Shell`).
 */
function Retrying({ children }: { children: ReactNode }) {
  const [attempt, setAttempt] = useState(0);
  return (
    <SectionBoundary key={attempt} onReset={() => setAttempt((n) => n + 1)}>
      {children}
    </SectionBoundary>
  );
}

/**
 * Starts every chunk of the page's first content at once, from the URL, before React renders anything (main.tsx):
 * React asks for a lazy component's chunk only when it gets to it, after the ones before it have loaded, so the
 * player's, the stage's and the section's chunks came one after another, and all of them after the frame's first
 * render (issue #15). On a first visit this includes the build's picture of the step it opens with. A chunk that
 * fails to load is reported by its lazy component.
 */
export function startFirstContent(): void {
  const fragment = readFragment();
  const section = sectionForView(fragment.get('view'));
  // The presenter window and a lesson's handout show neither the section nor the player.
  if (fragment.has('presenter') || (fragment.has('handout') && section.id === 'lessons')) return;
  startFirstSection(section);
  if (!section.showsScenario) return;
  if (mayOpenFirstPicture()) startFirstPicture(preferencesStore.getState().lang);
  loadPlayer().catch(() => undefined);
  loadStage().catch(() => undefined);
  import('./Animations').catch(() => undefined);
}

/**
 * The link notice while the URL holds a scenario. Its own component: the shell does not re-render the whole page
 * each time the player writes the scenario into the URL (a 20 ms render after every change, issue #15).
 */
function ScenarioLinkNotice() {
  return useFragmentParam('s') === null ? null : <LinkNotice />;
}

/** Calls `onShown` once its Suspense boundary's content is on screen (React runs no effect inside it before). */
function Shown({ onShown }: { onShown: () => void }) {
  useEffect(onShown, [onShown]);
  return null;
}

export function Shell() {
  const t = useT();
  const section = sectionForView(useFragmentParam('view'));
  const main = useRef<HTMLElement>(null);
  // Until the page's first content has appeared, a section without a scenario waits in the page's loading boundary;
  // a section shown later, or one below the player and the stage, waits in its own (SectionHost).
  const firstContent = useRef(true);
  const contentShown = useCallback(() => {
    if (firstContent.current) firstContentCommitted();
    firstContent.current = false;
  }, []);
  const presenting = useFragmentParam('present') !== null;
  const presenterWindow = useFragmentParam('presenter') !== null;
  // The handout is a page of the lessons section: moving to another section (by the navigation, Alt+n or a link
  // that changes only `view`) leaves it, and takes its param out of the URL.
  const handoutParam = useFragmentParam('handout') !== null;
  const handout = handoutParam && section.id === 'lessons';
  useEffect(() => {
    if (handoutParam && !handout) updateFragment({ handout: null }, { replace: true });
  }, [handoutParam, handout]);

  useEffect(() => {
    // The handout names the page after its lesson (the default name of a PDF saved from the print dialog).
    if (!handout) document.title = t('shell.documentTitle', { section: t(section.titleKey) });
  }, [t, section, handout]);

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
      <Suspense fallback={loading}>
        <Shown onShown={contentShown} />
        <PresenterView />
      </Suspense>
    );
  const sectionContent = (
    <>
      {section.showsScenario && (
        <Retrying>
          <ScenarioPlayer />
        </Retrying>
      )}
      {/* The stage: the first thing under the player in every section that plays a scenario (issue #11). */}
      {section.showsScenario && (
        <Retrying>
          <Stage />
        </Retrying>
      )}
      {!section.showsScenario && <ScenarioLinkNotice />}
      {/*
        Presenting a scenario shows the player and the picture alone; the section stays mounted, hidden, for what it
        sets up (a lesson link loads its lesson there). A section with no scenario shows itself.
      */}
      {presenting && section.showsScenario ? (
        <div hidden>
          <SectionHost key={section.id} section={section} first={firstContent.current} />
        </div>
      ) : (
        <SectionHost key={section.id} section={section} first={firstContent.current} />
      )}
    </>
  );
  const content = handout ? (
    // The handout alone: no player or stage on screen, nothing but the pages on paper.
    <Retrying>
      <HandoutView />
    </Retrying>
  ) : section.showsScenario ? (
    <Animations>{sectionContent}</Animations>
  ) : (
    sectionContent
  );
  /**
   * One loading boundary for the page's first content: the player and the stage appear together, once the stage
   * has its first picture (firstScene), and so does a section without a scenario, so nothing appears above what is
   * already drawn and pushes it down (issue #15: layout shift). A section that shows a scenario loads after the
   * picture, in its own boundary below it (SectionHost). The loading line holds the viewport's height meanwhile,
   * so the footer is not drawn in view and then pushed out of it.
   */
  const page = (
    <Suspense fallback={loading}>
      <Shown onShown={contentShown} />
      {content}
    </Suspense>
  );
  if (presenting && !handout)
    return (
      <>
        {/* No page margins: presenting uses the whole screen. */}
        <main id="main" ref={main} tabIndex={-1}>
          <Suspense fallback={loading}>
            <PresentMode title={t(section.titleKey)}>{page}</PresentMode>
          </Suspense>
        </main>
        {/* No offline or update notice over the picture the room is watching: it waits until presenting stops. */}
      </>
    );
  return (
    <>
      {/* A button, not <a href="#main">: the fragment holds app state (#view=…), so focus moves instead. */}
      <button type="button" className={styles.skipLink} onClick={() => main.current?.focus()}>
        {t('shell.skipLink')}
      </button>
      <Header current={section} />
      <main id="main" className={styles.main} ref={main} tabIndex={-1}>
        {page}
      </main>
      <Footer />
      <OfflineNotice />
    </>
  );
}

import { useEffect, useMemo, useState } from 'react';
import { lessonOfScenario } from '../../scenario/lessons/lessons';
import { useScenario } from '../../state/scenario';
import { StepCliEquivalent } from '../cli';
import { stepWords } from '../lessons/lessonText';
import { captionText } from '../player/captions';
import { usePlayerKeyboard } from '../player/useKeyboard';
import { connectScenario } from '../player/useScenarioConnection';
import { Icon } from '../shell/icons';
import { RichText } from '../shell/RichText';
import { useLang, useT } from '../shell/useT';
import styles from './PresenterView.module.css';
import { toggleBlank, usePresentation, usePresentationSync } from './presentation';

/** Minutes and seconds since `since` (performance.now() time), ticking every second. */
function useElapsed(since: number): string {
  const [now, setNow] = useState(() => performance.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(performance.now()), 1000);
    return () => clearInterval(timer);
  }, []);
  const seconds = Math.max(0, Math.floor((now - since) / 1000));
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(Math.floor(seconds / 3600))}:${pad(Math.floor(seconds / 60) % 60)}:${pad(seconds % 60)}`;
}

/** The caption of the step after the cursor, read from the store's one replay without moving the cursor. */
function useNextCaption(): string | undefined {
  const lang = useLang();
  const cursor = useScenario((s) => s.cursor);
  const total = useScenario((s) => s.scenario.steps.length);
  const viewAt = useScenario((s) => s.viewAt);
  const [next, setNext] = useState<string | undefined>();
  useEffect(() => {
    if (cursor + 1 >= total) {
      setNext(undefined);
      return;
    }
    let current = true;
    void viewAt(cursor + 1).then((view) => {
      if (current) setNext(captionText(lang, view.caption));
    });
    return () => {
      current = false;
    };
  }, [cursor, total, viewAt, lang]);
  return next;
}

/**
 * The presenter window (`#presenter`, opened from a presentation): what the room sees now, the speaker's notes
 * for it, the next step's caption, the step count and a timer. It replays the same scenario from the same link,
 * and stepping here or in the projected window moves both (presentation.ts).
 */
export default function PresenterView() {
  const t = useT();
  const lang = useLang();
  usePlayerKeyboard();
  usePresentationSync();
  useEffect(() => {
    void connectScenario();
  }, []);
  const [started, setStarted] = useState(() => performance.now());
  const elapsed = useElapsed(started);
  const cursor = useScenario((s) => s.cursor);
  const total = useScenario((s) => s.scenario.steps.length);
  const view = useScenario((s) => s.view);
  const actions = useScenario((s) => s);
  const blank = usePresentation((s) => s.blank);
  const next = useNextCaption();
  // A lesson's narration and speaker notes for the step (src/scenario/lessons): found by the scenario itself, so
  // a lesson link and a copy of it both get their notes.
  const scenario = useScenario((s) => s.scenario);
  const lesson = useMemo(() => lessonOfScenario(scenario), [scenario]);
  const words = lesson ? stepWords(lang, lesson, cursor) : undefined;

  useEffect(() => {
    document.title = `${t('present.view.title')} · KMS Lab`;
  }, [t]);

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key.toLowerCase() !== 'b' || event.ctrlKey || event.metaKey || event.altKey) return;
      event.preventDefault();
      toggleBlank();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);

  const current = view?.index === cursor ? view : undefined;
  return (
    <main className={styles.view}>
      <header className={styles.top}>
        <h1 className={styles.title}>{t('present.view.title')}</h1>
        <p className={styles.position} aria-live="polite">
          {t('present.view.position', { step: cursor + 1, total })}
        </p>
        <p className={styles.timer}>
          <span className={styles.label}>{t('present.view.timer')}</span>
          <time className={styles.clock}>{elapsed}</time>
          <button
            type="button"
            className="button button--quiet"
            onClick={() => setStarted(performance.now())}
          >
            {t('present.view.resetTimer')}
          </button>
        </p>
      </header>
      <section className={styles.now} aria-labelledby="presenter-now">
        <h2 id="presenter-now" className={styles.label}>
          {t('present.view.now')}
        </h2>
        <p className={styles.caption}>
          {current ? <RichText text={captionText(lang, current.caption)} /> : '…'}
        </p>
        {blank && <p className={styles.blanked}>{t('present.view.blankedState')}</p>}
      </section>
      <section className={styles.notes} aria-labelledby="presenter-notes">
        <h2 id="presenter-notes" className={styles.label}>
          {t('present.view.notes')}
        </h2>
        {words ? (
          <>
            {words.notes && <p className={styles.speakerNotes}>{words.notes}</p>}
            <p>
              <RichText text={words.say} />
            </p>
          </>
        ) : (
          <p>{t('present.view.noNotes')}</p>
        )}
        {current?.step?.kind === 'kms.call' && (
          <>
            <h3 className={styles.label}>{t('present.view.cli')}</h3>
            <StepCliEquivalent step={current.step} result={current.result} />
          </>
        )}
      </section>
      <section className={styles.next} aria-labelledby="presenter-next">
        <h2 id="presenter-next" className={styles.label}>
          {t('present.view.next')}
        </h2>
        <p>{next === undefined ? t('present.view.nextNone') : <RichText text={next} />}</p>
      </section>
      <nav className={styles.controls} aria-label={t('present.toolbar')}>
        <button type="button" className="button" onClick={actions.prev} disabled={cursor <= -1}>
          <Icon name="prev" />
          {t('present.view.prev')}
        </button>
        <button type="button" className="button" onClick={actions.next} disabled={cursor >= total - 1}>
          {t('present.view.nextStep')}
          <Icon name="next" />
        </button>
        <button type="button" className="button button--quiet" aria-pressed={blank} onClick={toggleBlank}>
          {t(blank ? 'present.view.unblank' : 'present.view.blank')}
        </button>
      </nav>
      <p className={styles.keys}>{t('present.view.keys')}</p>
    </main>
  );
}

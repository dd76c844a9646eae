import { useEffect, useMemo, useState } from 'react';
import { LESSON_IDS, type Lesson, type LessonId, lesson } from '../../scenario/lessons/lessons';
import { answerLessonQuestion, reachStep } from '../../scenario/lessons/progress';
import { type Decision, decide, type Question, stepIndex } from '../../scenario/lessons/question';
import { scenarioFileName, toScenarioFile } from '../../scenario/scenarioFile';
import type { Scenario } from '../../scenario/schema';
import { setPlayerChapters } from '../../state/chapters';
import { navigatedFragment, updateFragment } from '../../state/location';
import { scenarioStore, useScenario } from '../../state/scenario';
import { chapterOf } from '../player/Chapters';
import { captionText } from '../player/captions';
import { downloadText } from '../player/download';
import { ChoiceDialog } from '../shell/ChoiceDialog';
import { Icon } from '../shell/icons';
import { RichText } from '../shell/RichText';
import { useLang, useT } from '../shell/useT';
import styles from './Lessons.module.css';
import { stepWords, useLessonText } from './lessonText';
import { openLesson, workAtRisk } from './openLesson';
import { updateProgress, useProgress } from './progressStore';
import { QuestionForm, Reveal } from './QuestionCard';
import { LESSONS_HREF, lessonHref } from './StartHere';

type OpenChoice = 'open' | 'keep' | 'save';
const openChoices: readonly OpenChoice[] = ['open', 'keep', 'save'];

/** The cursor a lesson opens at: the step of the link that opened it when it has one, else the first step. */
function linkedCursor(subject: Lesson): number {
  const link = navigatedFragment();
  const step = link.get('lesson') === subject.id ? Number(link.get('step')) : Number.NaN;
  const last = subject.scenario.steps.length - 1;
  return Number.isInteger(step) && step >= 1 ? Math.min(step - 1, last) : 0;
}

/** Opens another lesson (or the list, with `undefined`) in this section. */
export function goToLesson(id: LessonId | undefined): void {
  updateFragment({ lesson: id ?? null, step: null });
  window.scrollTo({ top: 0 });
}

/**
 * One question before its step: the learner picks a candidate, then the step runs (through the page's one
 * replay, as the player would run it) and the player moves onto it, so the stage and caption show what happened.
 */
function Ask({ subject, question }: { subject: Lesson; question: Question }) {
  const t = useLessonText();
  const chosen = useProgress((p) => p.lessons.get(subject.id as LessonId)?.answers.get(question.id));
  const [busy, setBusy] = useState(false);
  const index = stepIndex(subject.scenario, question.step);
  const key = `lesson.${subject.id}.questions.${question.id}`;
  return (
    <QuestionForm
      key={question.id}
      heading={t('question.before', { step: index + 1 })}
      stem={t(`${key}.stem`)}
      probe={question.probe}
      options={question.options}
      initial={chosen}
      submitLabel={t('question.answer')}
      busy={busy}
      onSubmit={(choice) => {
        updateProgress((p) => answerLessonQuestion(p, subject.id as LessonId, question.id, choice));
        setBusy(true);
        scenarioStore.getState().goTo(index);
      }}
    />
  );
}

/** After the question's step has run: the verdict, computed from the run, and the explanation. */
function Answered({ subject, question }: { subject: Lesson; question: Question }) {
  const t = useLessonText();
  const lang = useLang();
  const chosen = useProgress((p) => p.lessons.get(subject.id as LessonId)?.answers.get(question.id));
  const [decision, setDecision] = useState<Decision | Error>();
  useEffect(() => {
    let live = true;
    decide(question, subject.scenario, scenarioStore.getState().viewAt).then(
      (d) => live && setDecision(d),
      (error: unknown) => live && setDecision(error instanceof Error ? error : new Error(String(error))),
    );
    return () => {
      live = false;
    };
  }, [question, subject]);
  const key = `lesson.${subject.id}.questions.${question.id}`;
  return (
    <section className={styles.card} aria-labelledby={`q-${question.id}`} aria-live="polite">
      <h2 id={`q-${question.id}`} className={styles.cardTitle}>
        {t('question.label')}
      </h2>
      <p className={styles.stem}>
        <RichText text={t(`${key}.stem`)} />
      </p>
      {decision === undefined && <p role="status">{t('question.running')}</p>}
      {decision instanceof Error && <p role="alert">{decision.message}</p>}
      {decision && !(decision instanceof Error) && (
        <Reveal
          probe={question.probe}
          chosen={chosen}
          answer={decision.answer}
          explanation={t(`${key}.explain`)}
          what={captionText(lang, decision.view.caption)}
        />
      )}
    </section>
  );
}

function Narration({ subject, cursor, chapter }: { subject: Lesson; cursor: number; chapter?: string }) {
  const t = useLessonText();
  const { say, notes } = stepWords(useLang(), subject, cursor);
  return (
    <section className={styles.narration} aria-labelledby="lesson-chapter">
      <h2 id="lesson-chapter" className={styles.chapter}>
        {chapter ? t('chapter', { title: chapter }) : t('intro')}
      </h2>
      <p className={styles.say} aria-live="polite">
        <RichText text={say} />
      </p>
      {notes && (
        <details className={styles.notes}>
          <summary>{t('speakerNotes')}</summary>
          <p>
            <RichText text={notes} />
          </p>
        </details>
      )}
    </section>
  );
}

/** The lesson's printable handout (every step's picture and caption), opened in place of the lesson. */
function PrintHandout({ id }: { id: LessonId }) {
  const t = useT();
  return (
    <a
      className={`quiet-button ${styles.printHandout}`}
      href={`${LESSONS_HREF}&handout=${id}`}
      title={t('handout.openHint')}
      onClick={(event) => {
        if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
        event.preventDefault();
        updateFragment({ handout: id, lesson: null, step: null });
        window.scrollTo({ top: 0 });
      }}
    >
      <Icon name="print" />
      {t('handout.open')}
    </a>
  );
}

/**
 * A lesson: its scenario in the page's player (chapters on the scrubber), the narration of the step under the
 * cursor with the speaker notes folded, the question before a step that has one, and the verdict after it.
 */
export function LessonView({ id }: { id: LessonId }) {
  const t = useLessonText();
  const subject = lesson(id);
  const loaded = useScenario((s) => s.scenario === subject.scenario);
  const cursor = useScenario((s) => s.cursor);
  const [asking, setAsking] = useState<Scenario>();

  useEffect(() => {
    const local = workAtRisk(subject.scenario);
    if (local) setAsking(local);
    else openLesson(subject, linkedCursor(subject));
  }, [subject]);

  const chapters = useMemo(
    () =>
      subject.chapters.map((chapter) => ({
        title: t(`lesson.${id}.chapters.${chapter.id}`),
        index: stepIndex(subject.scenario, chapter.from),
      })),
    [subject, id, t],
  );
  useEffect(() => {
    setPlayerChapters(subject.scenario, chapters);
    return () => setPlayerChapters(undefined, []);
  }, [subject, chapters]);

  useEffect(() => {
    if (loaded) updateProgress((p) => reachStep(p, id, cursor, subject.scenario.steps.length));
  }, [loaded, cursor, id, subject]);

  const number = LESSON_IDS.indexOf(id);
  const next = LESSON_IDS[number + 1];
  const last = subject.scenario.steps.length - 1;
  const before = subject.questions.find((q) => stepIndex(subject.scenario, q.step) === cursor + 1);
  const after = subject.questions.find((q) => stepIndex(subject.scenario, q.step) === cursor);

  return (
    <article className={`section ${styles.lesson}`} aria-labelledby="lesson-title">
      <header className={styles.sectionHeader}>
        <p className={styles.crumbs}>
          <a
            href={LESSONS_HREF}
            onClick={(event) => {
              event.preventDefault();
              goToLesson(undefined);
            }}
          >
            {t('backToList')}
          </a>
          <span>{t('lessonOf', { n: number + 1, total: LESSON_IDS.length })}</span>
          <PrintHandout id={id} />
        </p>
        <h1 id="lesson-title">{t(`lesson.${id}.title`)}</h1>
        <p className={styles.lead}>{t(`lesson.${id}.summary`)}</p>
      </header>
      {!loaded && !asking && <p role="status">{t('question.running')}</p>}
      {loaded && (
        <Narration
          subject={subject}
          cursor={cursor}
          chapter={cursor < 0 ? undefined : chapterOf(chapters, cursor)?.title}
        />
      )}
      {loaded && before && (
        <section className={styles.card} aria-labelledby="ask-title">
          <h2 id="ask-title" className={styles.cardTitle}>
            {t('question.label')}
          </h2>
          <Ask key={before.id} subject={subject} question={before} />
        </section>
      )}
      {loaded && after && <Answered key={after.id} subject={subject} question={after} />}
      {loaded && cursor >= last && (
        <section className={styles.card} aria-labelledby="lesson-end">
          <h2 id="lesson-end" className={styles.cardTitle}>
            <Icon name="check" />
            {t('finished')}
          </h2>
          {next ? (
            <a
              className="quiet-button is-primary"
              href={lessonHref(next)}
              onClick={(event) => {
                event.preventDefault();
                goToLesson(next);
              }}
            >
              {t('nextLesson', { title: t(`lesson.${next}.title`) })}
              <Icon name="arrowRight" />
            </a>
          ) : (
            <a
              className="quiet-button is-primary"
              href={LESSONS_HREF}
              onClick={(event) => {
                event.preventDefault();
                goToLesson(undefined);
              }}
            >
              {t('backToList')}
            </a>
          )}
        </section>
      )}
      {asking && (
        // Asked before the lesson replaces the learner's own scenario; Escape keeps it.
        <ChoiceDialog<OpenChoice>
          title={t('confirmTitle')}
          body={t('confirmBody', { steps: asking.steps.length, lesson: t(`lesson.${id}.title`) })}
          choices={openChoices.map((choice) => ({
            value: choice,
            label: t(`confirm${choice[0]?.toUpperCase()}${choice.slice(1)}`),
            primary: choice === 'open',
          }))}
          onEscape="keep"
          onChoose={(choice) => {
            setAsking(undefined);
            if (choice === 'keep') return goToLesson(undefined);
            if (choice === 'save') downloadText(scenarioFileName(asking), toScenarioFile(asking));
            openLesson(subject, linkedCursor(subject));
          }}
        />
      )}
    </article>
  );
}

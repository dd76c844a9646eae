import { useEffect, useMemo, useState } from 'react';
import { isLessonId, LESSON_IDS, type Lesson, lesson } from '../../scenario/lessons/lessons';
import { stepIndex } from '../../scenario/lessons/question';
import { createReplayer } from '../../scenario/replay';
import { updateFragment, useFragmentParam } from '../../state/location';
import { lessonText, optionLabel, stepWords } from '../lessons/lessonText';
import { LESSONS_HREF, lessonHref } from '../lessons/StartHere';
import { chapterOf } from '../player/Chapters';
import { captionText } from '../player/captions';
import { qrCode } from '../player/share/qrCode';
import { ChoiceGroup } from '../shell/ChoiceGroup';
import { Icon } from '../shell/icons';
import { RichText } from '../shell/RichText';
import { useLang, useT } from '../shell/useT';
import { drawScene } from '../stage/drawing';
import { SvgTree } from '../stage/SvgTree';
import { type StepScene, stepScenes } from '../stage/stepScenes';
import styles from './Handout.module.css';

type PerPage = '1' | '2';

/** The lesson's own link (no scenario in it: the lesson is built in), absolute, for paper and its QR code. */
const lessonLink = (id: string) => `${window.location.origin}${window.location.pathname}${lessonHref(id)}`;

/** Every step of the lesson, replayed once in a replayer of its own (the learner's scenario stays as it is). */
function useSteps(subject: Lesson): StepScene[] | Error | undefined {
  const [steps, setSteps] = useState<StepScene[] | Error>();
  useEffect(() => {
    let live = true;
    stepScenes(createReplayer(subject.scenario)).then(
      (done) => live && setSteps(done),
      (error: unknown) => live && setSteps(error instanceof Error ? error : new Error(String(error))),
    );
    return () => {
      live = false;
    };
  }, [subject]);
  return steps;
}

function Step({ subject, step, total }: { subject: Lesson; step: StepScene; total: number }) {
  const t = useT();
  const lang = useLang();
  const index = step.view.index;
  const chapters = subject.chapters.map((chapter) => ({
    title: lessonText(lang, `lesson.${subject.id}.chapters.${chapter.id}`),
    index: stepIndex(subject.scenario, chapter.from),
  }));
  const chapter = chapterOf(chapters, index);
  const question = subject.questions.find((q) => stepIndex(subject.scenario, q.step) === index);
  const { say } = stepWords(lang, subject, index);
  const headingId = `handout-step-${index + 1}`;
  // The stage's words in the page's language; the end state of the step, as reduced motion shows it.
  const drawing = useMemo(() => drawScene(t, step.scene), [t, step.scene]);
  return (
    <section className={styles.step} data-handout-step={index + 1} aria-labelledby={headingId}>
      <h2 id={headingId} className={styles.stepTitle}>
        <span>{t('handout.step', { step: index + 1, total })}</span>
        {chapter && chapter.index === index && (
          <span className={styles.chapter}>
            {/* Read as one heading, "Step 1 of 11, An encrypted object"; on paper the gap separates them. */}
            <span className="visually-hidden">, </span>
            {chapter.title}
          </span>
        )}
      </h2>
      {question && (
        <div className={styles.question}>
          <p className={styles.predict}>{t('handout.predict')}</p>
          <p>
            <RichText text={lessonText(lang, `lesson.${subject.id}.questions.${question.id}.stem`)} />
          </p>
          <ul className={styles.options}>
            {question.options.map((option) => (
              <li key={option}>
                <RichText text={optionLabel(lang, question.probe, option)} />
              </li>
            ))}
          </ul>
        </div>
      )}
      <p className={styles.say}>
        <RichText text={say} />
      </p>
      <figure className={styles.figure}>
        <SvgTree node={drawing} attrs={{ class: styles.picture ?? '', role: 'img' }} />
        <figcaption className={styles.caption} data-handout-caption="">
          <RichText text={captionText(lang, step.view.caption)} />
        </figcaption>
      </figure>
    </section>
  );
}

function LinkToLesson({ id }: { id: string }) {
  const t = useT();
  const link = lessonLink(id);
  const code = useMemo(() => qrCode(link), [link]);
  return (
    <div className={styles.link}>
      {code && (
        <svg
          className={styles.qr}
          viewBox={`0 0 ${code.size} ${code.size}`}
          role="img"
          aria-label={t('handout.qrLabel')}
          shapeRendering="crispEdges"
        >
          <rect width={code.size} height={code.size} fill="#fff" />
          <path d={code.path} fill="#000" />
        </svg>
      )}
      <p>
        {t('handout.link')}
        <br />
        <a href={link}>{link}</a>
      </p>
    </div>
  );
}

/**
 * The printed handout of a lesson (`#view=lessons&handout=<lesson>`, issue #12 item 5): a cover with the lesson's
 * title, summary, introduction and link (with its QR code), then one section per step with its narration, the
 * question asked before it (with its choices, to mark on paper), the stage's drawing of the step and the
 * player's caption. On screen it reads as the pages will print; the print stylesheet takes away everything else
 * and keeps a step on one page, one or two steps per page. No date or time on it: the same lesson prints the same.
 */
export default function HandoutView() {
  const t = useT();
  const id = useFragmentParam('handout');
  if (isLessonId(id)) return <Handout key={id} subject={lesson(id)} />;
  return (
    <article className={`section ${styles.handout}`} aria-labelledby="handout-title">
      <h1 id="handout-title">{t('handout.noLesson')}</h1>
      <a href={LESSONS_HREF}>{t('handout.allLessons')}</a>
    </article>
  );
}

function Handout({ subject }: { subject: Lesson }) {
  const t = useT();
  const lang = useLang();
  const [perPage, setPerPage] = useState<PerPage>('2');
  const steps = useSteps(subject);

  useEffect(() => {
    document.title = t('handout.documentTitle', { lesson: lessonText(lang, `lesson.${subject.id}.title`) });
  }, [subject, t, lang]);

  const back = () => updateFragment({ handout: null, lesson: subject.id, step: null });
  const number = LESSON_IDS.indexOf(subject.id as (typeof LESSON_IDS)[number]);
  const total = subject.scenario.steps.length;
  return (
    <article
      className={`${styles.handout} ${perPage === '1' ? styles.onePerPage : styles.twoPerPage}`}
      aria-labelledby="handout-title"
      data-handout={subject.id}
    >
      <div className={styles.tools} role="toolbar" aria-label={t('handout.tools')}>
        <a
          className="quiet-button"
          href={lessonHref(subject.id)}
          onClick={(event) => {
            if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey)
              return;
            event.preventDefault();
            back();
          }}
        >
          <Icon name="prev" />
          {t('handout.back')}
        </a>
        <ChoiceGroup<PerPage>
          label={t('handout.perPage')}
          choices={[
            { value: '1', label: t('handout.one') },
            { value: '2', label: t('handout.two') },
          ]}
          value={perPage}
          onChange={setPerPage}
        />
        <button
          type="button"
          className={`button ${styles.printButton}`}
          onClick={() => window.print()}
          disabled={!Array.isArray(steps)}
        >
          <Icon name="print" />
          {t('handout.print')}
        </button>
        <p className={styles.hint}>{t('handout.pdfHint')}</p>
      </div>
      <header className={styles.cover}>
        <p className={styles.kicker}>{t('handout.kicker', { n: number + 1, total: LESSON_IDS.length })}</p>
        <h1 id="handout-title" className={styles.title}>
          {lessonText(lang, `lesson.${subject.id}.title`)}
        </h1>
        <p className={styles.summary}>{lessonText(lang, `lesson.${subject.id}.summary`)}</p>
        <p className={styles.say}>
          <RichText text={stepWords(lang, subject, -1).say} />
        </p>
        <LinkToLesson id={subject.id} />
      </header>
      {steps === undefined && <p role="status">{t('handout.preparing')}</p>}
      {steps instanceof Error && <p role="alert">{t('handout.failed', { message: steps.message })}</p>}
      {Array.isArray(steps) &&
        steps.map((step) => <Step key={step.view.index} subject={subject} step={step} total={total} />)}
    </article>
  );
}

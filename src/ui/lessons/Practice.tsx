import { useEffect, useMemo, useState } from 'react';
import {
  attemptSeed,
  type PracticeQuestion,
  practiceQuestions,
  shuffled,
} from '../../scenario/lessons/practice';
import {
  answerPractice,
  finishAttempt,
  type PracticeAttempt,
  startAttempt,
} from '../../scenario/lessons/progress';
import { type Decision, decide } from '../../scenario/lessons/question';
import { captionText } from '../player/captions';
import { Icon } from '../shell/icons';
import { RichText } from '../shell/RichText';
import { useLang } from '../shell/useT';
import styles from './Lessons.module.css';
import { useLessonText } from './lessonText';
import { updateProgress, useProgress } from './progressStore';
import { QuestionForm, Reveal } from './QuestionCard';

type Graded = { question: PracticeQuestion; decision: Decision | Error };

/** Runs every question's scenario (each on its own fresh replay) and returns what each one did. */
async function grade(questions: readonly PracticeQuestion[]): Promise<Graded[]> {
  const graded: Graded[] = [];
  for (const question of questions) {
    const decision = await decide(question, question.scenario).catch((error: unknown) =>
      error instanceof Error ? error : new Error(String(error)),
    );
    graded.push({ question, decision });
  }
  return graded;
}

const isRight = (graded: Graded, attempt: PracticeAttempt) =>
  !(graded.decision instanceof Error) && attempt.answers.get(graded.question.id) === graded.decision.answer;

/** The score and, question by question, the learner's answer, the simulator's, and why. */
function Review({ attempt, order }: { attempt: PracticeAttempt; order: readonly PracticeQuestion[] }) {
  const t = useLessonText();
  const lang = useLang();
  const [graded, setGraded] = useState<Graded[]>();
  useEffect(() => {
    let live = true;
    void grade(order).then((g) => live && setGraded(g));
    return () => {
      live = false;
    };
  }, [order]);
  const score = graded?.filter((g) => isRight(g, attempt)).length;
  useEffect(() => {
    if (score !== undefined && !attempt.finished) updateProgress((p) => finishAttempt(p, score));
  }, [score, attempt.finished]);
  if (!graded || score === undefined) return <p role="status">{t('question.running')}</p>;
  return (
    <div className={styles.review}>
      <p className={styles.score} role="status">
        {t('quiz.score', { right: score, total: order.length })}
      </p>
      <h3>{t('quiz.review')}</h3>
      <ol className={styles.reviewList}>
        {graded.map((g) => {
          const right = isRight(g, attempt);
          return (
            <li key={g.question.id} className={styles.reviewItem} data-question={g.question.id}>
              <p className={right ? styles.right : styles.wrong}>
                <Icon name={right ? 'check' : 'cross'} />
                {t(right ? 'quiz.correct' : 'quiz.incorrect')}
              </p>
              <p className={styles.stem}>
                <RichText text={t(`practice.${g.question.id}.stem`)} />
              </p>
              {g.decision instanceof Error ? (
                <p role="alert">{t('quiz.undecidable', { observed: g.decision.message })}</p>
              ) : (
                <Reveal
                  probe={g.question.probe}
                  chosen={attempt.answers.get(g.question.id)}
                  answer={g.decision.answer}
                  explanation={t(`practice.${g.question.id}.explain`)}
                  what={captionText(lang, g.decision.view.caption)}
                />
              )}
            </li>
          );
        })}
      </ol>
    </div>
  );
}

/**
 * The practice exam: every question in an order drawn from the attempt's seed, one at a time; at the end each
 * question's scenario runs and decides the right answer, then the score and a review. Answers are kept locally
 * as they are given, so a reload continues the attempt.
 */
export function Practice() {
  const t = useLessonText();
  const attempt = useProgress((p) => p.attempt);
  const best = useProgress((p) => p.best);
  const questions = practiceQuestions();
  const number = attempt?.number;
  const order = useMemo(
    () => (number === undefined ? [] : shuffled(questions, attemptSeed(number))),
    [number, questions],
  );
  const current = attempt && !attempt.finished ? order.find((q) => !attempt.answers.has(q.id)) : undefined;
  const [reviewing, setReviewing] = useState(false);
  const showReview = attempt && (attempt.finished || reviewing);

  return (
    <section className={styles.practice} aria-labelledby="practice-title">
      <h2 id="practice-title">{t('practiceTitle')}</h2>
      <p>{t('practiceLead', { count: questions.length })}</p>
      {best !== undefined && <p>{t('quiz.best', { right: best, total: questions.length })}</p>}
      {(!attempt || attempt.finished) && (
        <button
          type="button"
          className="quiet-button is-primary"
          onClick={() => {
            setReviewing(false);
            updateProgress(startAttempt);
          }}
        >
          {t(attempt ? 'quiz.again' : 'quiz.begin')}
        </button>
      )}
      {attempt && <h3>{t('quiz.attempt', { n: attempt.number })}</h3>}
      {attempt && current && (
        <QuestionForm
          key={`${attempt.number}/${current.id}`}
          heading={t('quiz.progress', { n: attempt.answers.size + 1, total: order.length })}
          stem={t(`practice.${current.id}.stem`)}
          probe={current.probe}
          options={current.options}
          submitLabel={t('quiz.submit')}
          onSubmit={(choice) => updateProgress((p) => answerPractice(p, current.id, choice))}
        />
      )}
      {attempt && !attempt.finished && !current && !reviewing && (
        <button type="button" className="quiet-button is-primary" onClick={() => setReviewing(true)}>
          {t('quiz.finish')}
        </button>
      )}
      {showReview && <Review attempt={attempt} order={order} />}
    </section>
  );
}

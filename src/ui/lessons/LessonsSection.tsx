import { isLessonId, LESSON_IDS, lesson } from '../../scenario/lessons/lessons';
import { useFragmentParam } from '../../state/location';
import { Icon } from '../shell/icons';
import styles from './Lessons.module.css';
import { goToLesson, LessonView } from './LessonView';
import { useLessonText } from './lessonText';
import { Practice } from './Practice';
import { useProgress } from './progressStore';
import { lessonHref } from './StartHere';

function LessonList() {
  const t = useLessonText();
  const progress = useProgress((p) => p.lessons);
  return (
    <ol className={styles.list}>
      {LESSON_IDS.map((id, i) => {
        const mine = progress.get(id);
        const steps = lesson(id).scenario.steps.length;
        return (
          <li key={id} className={styles.item} data-lesson={id}>
            <a
              className={styles.itemLink}
              href={lessonHref(id)}
              onClick={(event) => {
                if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey)
                  return;
                event.preventDefault();
                goToLesson(id);
              }}
            >
              <span className={styles.itemNumber}>{i + 1}</span>
              <span className={styles.itemTitle}>{t(`lesson.${id}.title`)}</span>
            </a>
            <p className={styles.itemSummary}>{t(`lesson.${id}.summary`)}</p>
            {mine?.done ? (
              <p className={styles.itemState}>
                <Icon name="check" />
                {t('done')}
              </p>
            ) : (
              mine &&
              mine.reached >= 0 && (
                <p className={styles.itemState}>{t('resume', { step: Math.min(mine.reached + 1, steps) })}</p>
              )
            )}
          </li>
        );
      })}
    </ol>
  );
}

/**
 * Lessons: the guided lessons from the study notes and the practice exam. `#view=lessons&lesson=<id>` opens a
 * lesson (at its first step, or at `step` when the link has one); without `lesson`, the list and the exam.
 */
export default function LessonsSection() {
  const t = useLessonText();
  const param = useFragmentParam('lesson');
  if (isLessonId(param)) return <LessonView key={param} id={param} />;
  return (
    <article className="section" aria-labelledby="lessons-title">
      <header className={styles.sectionHeader}>
        <h1 id="lessons-title">{t('title')}</h1>
        <p className={styles.lead}>{t('lead')}</p>
      </header>
      <section aria-labelledby="lesson-list-title">
        <h2 id="lesson-list-title">{t('list')}</h2>
        <LessonList />
      </section>
      <Practice />
    </article>
  );
}

import { Icon } from '../shell/icons';
import { useT } from '../shell/useT';
import styles from './StartHere.module.css';

/** The link that opens the first lesson at its first step (`lesson` and `view` in the fragment). */
export const LESSONS_HREF = '#view=lessons';
/** A lesson's link (its first step): `#view=lessons&lesson=rotation`. */
export const lessonHref = (id: string) => `${LESSONS_HREF}&lesson=${id}`;
export const FIRST_LESSON_HREF = lessonHref('key-types');

/**
 * "Start here" on the first screen and the study notes: a newcomer's way into the first guided lesson, and to the
 * list of lessons (which the navigation does not list: they live within the study notes). Real links (they can
 * be opened in a new tab or copied); the lessons themselves load only when one is followed.
 */
export function StartHere() {
  const t = useT();
  return (
    <aside className={styles.startHere} aria-labelledby="start-here-title">
      <h2 id="start-here-title" className={styles.title}>
        <Icon name="lesson" />
        {t('shell.startHere.label')}
      </h2>
      <p className={styles.body}>{t('shell.startHere.body')}</p>
      <p className={styles.links}>
        <a className={styles.action} href={FIRST_LESSON_HREF}>
          {t('shell.startHere.action')}
          <Icon name="arrowRight" />
        </a>
        <a href={LESSONS_HREF}>{t('shell.startHere.all')}</a>
      </p>
    </aside>
  );
}

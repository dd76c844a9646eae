import type { PlayerChapter } from '../../state/chapters';
import styles from './Chapters.module.css';
import { usePlayerText } from './playerText';

/** The chapter the cursor is in: the last one starting at or before it (the first before any step). */
export function chapterOf(chapters: readonly PlayerChapter[], cursor: number): PlayerChapter | undefined {
  let found: PlayerChapter | undefined;
  for (const chapter of chapters) if (chapter.index <= Math.max(cursor, 0)) found = chapter;
  return found;
}

/** Where each chapter starts, drawn on the scrubber's track (decorative: the buttons below name them). */
export function ChapterTicks({ chapters, total }: { chapters: readonly PlayerChapter[]; total: number }) {
  return chapters.map((chapter) => (
    <span
      key={chapter.index}
      className={styles.tick}
      style={{ left: `${((chapter.index + 1) / Math.max(total, 1)) * 100}%` }}
    />
  ));
}

/**
 * The scenario's chapters as a row of buttons under the scrubber: each jumps to the chapter's first step; the
 * one the cursor is in is marked (aria-current, and drawn filled, not only coloured).
 */
export function ChapterList({
  chapters,
  cursor,
  onGo,
}: {
  chapters: readonly PlayerChapter[];
  cursor: number;
  onGo: (index: number) => void;
}) {
  const text = usePlayerText();
  const current = chapterOf(chapters, cursor);
  return (
    <ol className={styles.list} aria-label={text('chapters')}>
      {chapters.map((chapter) => (
        <li key={chapter.index}>
          <button
            type="button"
            className={styles.chapter}
            aria-current={chapter === current ? 'step' : undefined}
            onClick={() => onGo(chapter.index)}
          >
            {chapter.title}
          </button>
        </li>
      ))}
    </ol>
  );
}

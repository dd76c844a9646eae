import type { ReactNode } from 'react';
import styles from './ScrollRegion.module.css';

/**
 * Content that may be wider than a phone's screen (a table): it scrolls sideways inside its own box, never the
 * page. Named (a section with a name is a region, so a screen reader announces what scrolls) and focusable, so a keyboard can scroll it
 * with the arrow keys (WCAG 2.1.1; the pattern of https://adrianroselli.com/2020/11/under-engineered-responsive-tables.html).
 */
export function ScrollRegion({
  labelledBy,
  className,
  children,
}: {
  /** The id of what names the content, as a learner reads it: the table's caption. */
  labelledBy: string;
  className?: string;
  children: ReactNode;
}) {
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scroll container must take focus to be scrolled by keyboard.
    <section aria-labelledby={labelledBy} tabIndex={0} className={`${styles.region} ${className ?? ''}`}>
      {children}
    </section>
  );
}

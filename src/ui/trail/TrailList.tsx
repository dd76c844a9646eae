import { useVirtualizer } from '@tanstack/react-virtual';
import { type KeyboardEvent, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { useT } from '../shell/useT';
import { shortArn, shortKey, summarize } from './records';
import type { TrailRecord } from './timeline';
import styles from './trail.module.css';

/** Row height in rem (two lines): fixed, so 100,000 rows cost what the few on screen cost. */
const ROW_REM = 4.25;

export interface TrailListProps {
  records: readonly TrailRecord[];
  /** Record indexes to show, in display order (newest first). */
  indexes: readonly number[];
  /** Records of the step under the player's cursor: [first, end). */
  current: readonly [number, number];
  selected: number | undefined;
  onSelect(index: number): void;
}

function useRemPx(): number {
  const [px, setPx] = useState(16);
  useLayoutEffect(() => {
    const read = () => setPx(Number.parseFloat(getComputedStyle(document.documentElement).fontSize) || 16);
    read();
    // The theme (projector: 24 px) changes the root font size.
    const observer = new MutationObserver(read);
    observer.observe(document.documentElement, {
      attributes: true,
      attributeFilter: ['data-theme', 'style'],
    });
    return () => observer.disconnect();
  }, []);
  return px;
}

/**
 * The records as a virtualised list: only the rows in view (plus a few) are in the DOM, whatever the count.
 * Each row is a button that opens the record; ↑/↓/Home/End move between rows.
 */
export function TrailList({ records, indexes, current, selected, onSelect }: TrailListProps) {
  const t = useT();
  const scroller = useRef<HTMLDivElement>(null);
  const rowPx = Math.round(useRemPx() * ROW_REM);
  const virtualizer = useVirtualizer({
    count: indexes.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => rowPx,
    overscan: 8,
  });
  // Rows change size with the theme (the projector's 24 px root): measure again.
  useEffect(() => {
    if (rowPx > 0) virtualizer.measure();
  }, [rowPx, virtualizer]);

  // Bring the records of the step under the cursor into view when the cursor moves to a step that has some.
  const [first, end] = current;
  useEffect(() => {
    if (end <= first) return;
    const position = indexes.indexOf(end - 1);
    if (position >= 0) virtualizer.scrollToIndex(position, { align: 'auto' });
  }, [first, end, indexes, virtualizer]);

  const focusRow = (position: number) => {
    const target = Math.max(0, Math.min(indexes.length - 1, position));
    virtualizer.scrollToIndex(target, { align: 'auto' });
    requestAnimationFrame(() =>
      scroller.current?.querySelector<HTMLButtonElement>(`[data-pos="${target}"]`)?.focus(),
    );
  };

  const onKeyDown = (event: KeyboardEvent<HTMLUListElement>) => {
    const position = Number((event.target as HTMLElement).dataset.pos);
    if (Number.isNaN(position)) return;
    const moves: Record<string, number> = {
      ArrowDown: position + 1,
      ArrowUp: position - 1,
      Home: 0,
      End: indexes.length - 1,
      PageDown: position + 10,
      PageUp: position - 10,
    };
    const next = moves[event.key];
    if (next === undefined) return;
    event.preventDefault();
    event.stopPropagation();
    focusRow(next);
  };

  return (
    <div className={styles.trailList} data-testid="trail-list" ref={scroller}>
      <ul aria-label={t('trail.list')} onKeyDown={onKeyDown} style={{ height: virtualizer.getTotalSize() }}>
        {virtualizer.getVirtualItems().map((item) => {
          const index = indexes[item.index] as number;
          const s = summarize(records[index] as TrailRecord);
          const isCurrent = index >= first && index < end;
          return (
            <li
              key={index}
              aria-setsize={indexes.length}
              aria-posinset={item.index + 1}
              style={{ transform: `translateY(${item.start}px)`, height: rowPx }}
            >
              <button
                type="button"
                data-pos={item.index}
                className={`${styles.trailRow}${isCurrent ? ` ${styles.isCurrent}` : ''}${s.errorCode ? ` ${styles.isFailed}` : ''}`}
                data-testid="trail-row"
                aria-pressed={selected === index}
                onClick={() => onSelect(index)}
              >
                <span className={styles.trailRowLine}>
                  <time className={styles.trailRowTime} dateTime={s.eventTime}>
                    {s.eventTime.replace('T', ' ').replace('Z', '')}
                  </time>
                  <strong className={styles.trailRowEvent}>
                    <code>{s.eventName}</code>
                  </strong>
                  {isCurrent && (
                    <span className={`${styles.badge} ${styles.badgeCurrent}`}>{t('trail.thisStep')}</span>
                  )}
                  {s.errorCode && (
                    <span className={`${styles.badge} ${styles.badgeFailed}`}>
                      {t('trail.failed')} <code>{s.errorCode}</code>
                    </span>
                  )}
                </span>
                <span className={`${styles.trailRowLine} ${styles.trailRowWho}`}>
                  <code>{shortArn(s.principal)}</code>
                  {s.invokedBy && (
                    <span className={`${styles.badge} ${styles.badgeVia}`}>
                      {t('trail.via', { service: s.invokedBy })}
                    </span>
                  )}
                  <span className={styles.trailRowKey}>
                    {s.key ? <code>{shortKey(s.key)}</code> : t('trail.noKey')}
                  </span>
                </span>
              </button>
            </li>
          );
        })}
      </ul>
    </div>
  );
}

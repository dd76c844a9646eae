import { Fragment, useState } from 'react';
import { messagesOf } from '../../i18n';
import { variant } from '../shell/cssModule';
import { Icon } from '../shell/icons';
import { RichText } from '../shell/RichText';
import { useLang, useT } from '../shell/useT';
import styles from './keytypes.module.css';
import { type KeyKind, type RowId, verdicts } from './kinds';

/** The kinds side by side, one row per aspect; each row can reveal a "what happens if…" case. */
export function ComparisonTable({ kinds }: { kinds: readonly KeyKind[] }) {
  const t = useT();
  // In the order the catalogue declares them (both languages declare their messages in the same order).
  const rowIds = Object.keys(messagesOf(useLang(), 'keytypes').rows) as RowId[];
  const [open, setOpen] = useState<ReadonlySet<RowId>>(new Set());
  const toggle = (row: RowId) =>
    setOpen((current) => {
      const next = new Set(current);
      if (!next.delete(row)) next.add(row);
      return next;
    });

  return (
    // Focusable so keyboard users can scroll it when the table is wider than the screen (projector).
    // biome-ignore lint/a11y/noNoninteractiveTabindex: scrollable region, see above
    <section className={styles.tableScroll} aria-labelledby="comparison-caption" tabIndex={0}>
      <table className={styles.comparison}>
        <caption id="comparison-caption">{t('keytypes.table.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('keytypes.table.aspect')}</th>
            {kinds.map((kind) => (
              <th
                scope="col"
                key={kind}
                className={`${styles.comparisonKind} ${variant(styles, 'comparisonKind', kind)}`}
              >
                {t(`keytypes.kinds.${kind}.name`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rowIds.map((row) => {
            const isOpen = open.has(row);
            const answerId = `what-if-${row}`;
            return (
              <Fragment key={row}>
                <tr className={isOpen ? `${styles.comparisonRow} ${styles.isOpen}` : styles.comparisonRow}>
                  <th scope="row">
                    <span className={styles.comparisonAspect}>
                      <RichText text={t(`keytypes.rows.${row}.label`)} />
                    </span>
                    <button
                      type="button"
                      className={styles.whatIfToggle}
                      data-testid="what-if-toggle"
                      aria-expanded={isOpen}
                      aria-controls={isOpen ? answerId : undefined}
                      onClick={() => toggle(row)}
                    >
                      <Icon
                        name="chevron"
                        className={styles.whatIfToggleChevron}
                        testId="what-if-toggle-chevron"
                      />
                      <span>
                        {t('keytypes.table.whatIf')} <RichText text={t(`keytypes.rows.${row}.question`)} />
                      </span>
                    </button>
                  </th>
                  {kinds.map((kind) => {
                    const verdict = verdicts[row]?.[kind];
                    return (
                      <td key={kind}>
                        {verdict !== undefined && (
                          <Icon
                            name={verdict ? 'check' : 'cross'}
                            className={verdict ? styles.verdictYes : styles.verdictNo}
                          />
                        )}
                        <RichText text={t(`keytypes.rows.${row}.${kind}`)} />
                      </td>
                    );
                  })}
                </tr>
                {isOpen && (
                  <tr className={styles.whatIf} id={answerId}>
                    <td colSpan={kinds.length + 1}>
                      <p className={styles.whatIfAnswer}>
                        <RichText text={t(`keytypes.rows.${row}.answer`)} />
                      </p>
                    </td>
                  </tr>
                )}
              </Fragment>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}

import type { ReactNode } from 'react';
import { formatUsd } from '../keys/format';
import styles from '../keys/panel.module.css';
import { ScrollRegion } from '../shell/ScrollRegion';
import { useLang } from '../shell/useT';

/** A cell of a cost table: an amount in US dollars, a count, or text. */
export type CostCell =
  | { readonly usd: number; readonly testId?: string }
  | { readonly count: number }
  | { readonly text: ReactNode };

/** One row of a cost table: its header cell, then its cells (amounts and counts right-aligned, in the learner's number format). */
export function CostRow({
  head,
  cells,
  className,
}: {
  head: ReactNode;
  cells: readonly CostCell[];
  className?: string;
}) {
  const lang = useLang();
  return (
    <tr className={className}>
      <th scope="row">{head}</th>
      {cells.map((cell, column) =>
        // Columns never move, so the index is a stable key.
        'text' in cell ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: see above
          <td key={column}>{cell.text}</td>
        ) : (
          // biome-ignore lint/suspicious/noArrayIndexKey: see above
          <td key={column} className={styles.num} data-testid={'testId' in cell ? cell.testId : undefined}>
            {'usd' in cell ? formatUsd(lang, cell.usd) : cell.count.toLocaleString(lang)}
          </td>
        ),
      )}
    </tr>
  );
}

/** The column headers of a cost table; the columns of numbers are right-aligned like their cells. */
export function CostColumns({ columns }: { columns: readonly { label: string; numeric?: boolean }[] }) {
  return (
    <thead>
      <tr>
        {columns.map(({ label, numeric }) => (
          <th key={label} scope="col" className={numeric ? styles.num : undefined}>
            {label}
          </th>
        ))}
      </tr>
    </thead>
  );
}

/**
 * A card of the cost section holding one table: its heading, which also captions the table for screen readers,
 * the column headers, and `children` as the rows. `id` names the card (`cost-<id>-title`).
 */
export function CostTable({
  id,
  title,
  columns,
  children,
}: {
  id: string;
  title: string;
  columns: readonly { label: string; numeric?: boolean }[];
  children: ReactNode;
}) {
  return (
    <section className={styles.klabCard} aria-labelledby={`cost-${id}-title`}>
      <h2 id={`cost-${id}-title`}>{title}</h2>
      <ScrollRegion labelledBy={`cost-${id}-caption`}>
        <table className={styles.klabTable}>
          <caption id={`cost-${id}-caption`} className="visually-hidden">
            {title}
          </caption>
          <CostColumns columns={columns} />
          <tbody>{children}</tbody>
        </table>
      </ScrollRegion>
    </section>
  );
}

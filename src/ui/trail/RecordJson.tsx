import type { ReactNode } from 'react';
import styles from './trail.module.css';

/**
 * A record as pretty-printed JSON (two-space indent, the form `JSON.stringify(record, null, 2)` gives and the
 * copy button copies), coloured by token kind with React elements — never HTML strings. Colour is a help,
 * not the meaning: the JSON text itself is all there is to read.
 */
export function RecordJson({ value }: { value: unknown }) {
  return <>{render(value, 0, 'v')}</>;
}

const indent = (depth: number) => '  '.repeat(depth);

function render(value: unknown, depth: number, key: string): ReactNode {
  if (value === null) return <span className={styles.jsonNull}>null</span>;
  if (typeof value === 'string') return <span className={styles.jsonString}>{JSON.stringify(value)}</span>;
  if (typeof value === 'number') return <span className={styles.jsonNumber}>{String(value)}</span>;
  if (typeof value === 'boolean') return <span className={styles.jsonBoolean}>{String(value)}</span>;
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    return (
      <>
        {'[\n'}
        {value.map((item, i) => (
          // Items never move within a rendered record: the position is the identity.
          // biome-ignore lint/suspicious/noArrayIndexKey: see above
          <span key={`${key}.${i}`}>
            {indent(depth + 1)}
            {render(item, depth + 1, `${key}.${i}`)}
            {i < value.length - 1 ? ',\n' : '\n'}
          </span>
        ))}
        {`${indent(depth)}]`}
      </>
    );
  }
  if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>);
    if (entries.length === 0) return '{}';
    return (
      <>
        {'{\n'}
        {entries.map(([name, item], i) => (
          <span key={`${key}.${name}`}>
            {indent(depth + 1)}
            <span className={styles.jsonKey}>{JSON.stringify(name)}</span>
            {': '}
            {render(item, depth + 1, `${key}.${name}`)}
            {i < entries.length - 1 ? ',\n' : '\n'}
          </span>
        ))}
        {`${indent(depth)}}`}
      </>
    );
  }
  return String(value);
}

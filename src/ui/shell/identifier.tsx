import { Fragment, type ReactNode } from 'react';

/**
 * Where an identifier may break across lines: after the separators of ARNs, aliases, key specs and IDs, and the
 * dots of a host name (`kms-fips.<region>.amazonaws.com`).
 */
const SEPARATOR = /([:/_.-])/;

/**
 * An identifier (`arn:aws:kms:…:key/…`, `alias/my-key`, `COMMIT_KEY`) with a line-break opportunity (<wbr>)
 * after each `:`, `/`, `_`, `-` and `.`, and nowhere else: code is never broken inside a word ("DisabledE|xception",
 * "role/Admi|n"); what has no separator stays whole and its container scrolls.
 */
export function breakable(identifier: string): ReactNode {
  const parts = identifier.split(SEPARATOR);
  if (parts.length === 1) return identifier;
  // Separators sit at odd indexes; a <wbr> follows each one that has text after it.
  return parts.map((part, i) =>
    i % 2 === 1 && parts[i + 1] !== '' ? (
      // biome-ignore lint/suspicious/noArrayIndexKey: the pieces of one string never move.
      <Fragment key={i}>
        {part}
        <wbr />
      </Fragment>
    ) : (
      part
    ),
  );
}

import { Fragment } from 'react';
import { breakable } from './identifier';

/**
 * A message whose `backticked` parts are identifiers (API names, aliases, ARNs): shown as <code>, which
 * also tells the language check that they are not prose. Plain React text, never HTML.
 */
export function RichText({ text }: { text: string }) {
  // One element: inside a flex container (a studio button) loose pieces would each be a flex item, and the
  // space before a <code> would collapse ("Call `Encrypt`" read "CallEncrypt").
  return (
    <span>
      {text.split('`').map((part, i) =>
        // Odd pieces sit between backticks. Pieces never move, so their index is a stable key.
        // biome-ignore lint/suspicious/noArrayIndexKey: see above
        i % 2 === 1 ? <code key={i}>{breakable(part)}</code> : <Fragment key={i}>{part}</Fragment>,
      )}
    </span>
  );
}

import type { MouseEvent, ReactNode } from 'react';
import { updateFragment } from '../../state/location';

/**
 * A link to another section that keeps the scenario and step in the URL: a plain click changes only `view`
 * (the fragment holds the scenario too); a modified click opens the section in a new tab as any link does.
 */
export function SectionLink({ view, children }: { view: string; children: ReactNode }) {
  const onClick = (event: MouseEvent<HTMLAnchorElement>) => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    updateFragment({ view });
    window.scrollTo({ top: 0 });
  };
  return (
    <a href={`#view=${view}`} onClick={onClick}>
      {children}
    </a>
  );
}

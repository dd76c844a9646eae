import type { MouseEvent, ReactNode } from 'react';
import { type FragmentPatch, patchFragment, updateFragment } from '../../state/location';

/**
 * A link to another section that keeps the scenario and step in the URL: a plain click changes only `view` (and
 * `params`, which the section reads: the key spec to create, say); the fragment holds the scenario too. A
 * modified click opens the section in a new tab as any link does.
 */
export function SectionLink({
  view,
  params,
  label,
  children,
}: {
  view: string;
  params?: FragmentPatch;
  /** An accessible name that says more than the visible text (which it must contain). */
  label?: string;
  children: ReactNode;
}) {
  const patch = { view, ...params };
  const onClick = (event: MouseEvent<HTMLAnchorElement>) => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    updateFragment(patch);
    window.scrollTo({ top: 0 });
  };
  return (
    <a href={patchFragment('', patch) || '#'} aria-label={label} onClick={onClick}>
      {children}
    </a>
  );
}

import { createElement, type ReactNode } from 'react';
import type { SvgNode } from './svgTree';

/** React's name for an SVG attribute: `font-family` → `fontFamily`, `xml:space` → `xmlSpace`; data-/aria- stay. */
const reactName = (name: string): string =>
  name.startsWith('data-') || name.startsWith('aria-')
    ? name
    : name.replace(/[-:]([a-z])/g, (_, letter: string) => letter.toUpperCase());

function render(node: SvgNode | string, key: number): ReactNode {
  if (typeof node === 'string') return node;
  const props: Record<string, unknown> = { key };
  for (const [name, value] of Object.entries(node.attrs))
    if (value !== undefined) props[reactName(name)] = value;
  return createElement(node.tag, props, ...node.children.map(render));
}

/**
 * A drawing (svgTree.ts) as inline SVG elements: the handout's pictures, searchable and selectable text in a
 * printed PDF. `attrs` adds to the root (a class, a role).
 */
export function SvgTree({ node, attrs }: { node: SvgNode; attrs?: Record<string, string> }) {
  return render({ ...node, attrs: { ...node.attrs, ...attrs } }, 0);
}

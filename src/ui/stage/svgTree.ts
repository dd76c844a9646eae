/**
 * A drawing as a small tree of SVG elements, so one drawing of the stage (drawing.ts) serves twice: serialized
 * to a standalone .svg file (Save picture), and rendered by React inline (the handout), never through innerHTML.
 * Attribute names are SVG's own (`font-family`, `viewBox`); text is plain, escaped on the way out.
 */
export interface SvgNode {
  tag: string;
  attrs: Readonly<Record<string, string | number | undefined>>;
  children: readonly (SvgNode | string)[];
}

export const el = (
  tag: string,
  attrs: SvgNode['attrs'] = {},
  ...children: (SvgNode | string | undefined | false)[]
): SvgNode => ({
  tag,
  // Coordinates to a hundredth of a unit: enough for any screen or printer, and a file that reads and diffs well.
  attrs: Object.fromEntries(
    Object.entries(attrs).map(([name, value]) => [
      name,
      typeof value === 'number' ? Math.round(value * 100) / 100 : value,
    ]),
  ),
  children: children.filter((c): c is SvgNode | string => c !== undefined && c !== false && c !== ''),
});

const SVG_NS = 'http://www.w3.org/2000/svg';

// XML 1.0 §2.4 and §3.3.3: & and < never raw in text; in a double-quoted attribute also ", and whitespace that an
// attribute value would otherwise normalise. Characters XML 1.0 forbids (C0 controls other than tab and line
// breaks) are dropped, so any text the learner typed still gives a well-formed file.
// biome-ignore lint/suspicious/noControlCharactersInRegex: the point is to remove them
const FORBIDDEN = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g;
const escapeText = (text: string) =>
  text.replace(FORBIDDEN, '').replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
const escapeAttr = (text: string) =>
  escapeText(text).replaceAll('"', '&quot;').replaceAll('\n', '&#10;').replaceAll('\t', '&#9;');

function write(node: SvgNode, out: string[]): void {
  out.push(`<${node.tag}`);
  for (const [name, value] of Object.entries(node.attrs)) {
    if (value !== undefined) out.push(` ${name}="${escapeAttr(String(value))}"`);
  }
  if (node.children.length === 0) {
    out.push('/>');
    return;
  }
  out.push('>');
  for (const child of node.children) {
    if (typeof child === 'string') out.push(escapeText(child));
    else write(child, out);
  }
  out.push(`</${node.tag}>`);
}

/** A standalone SVG document (UTF-8, with the SVG namespace), ready to save as a file or load as an image. */
export function serializeSvg(root: SvgNode): string {
  const out: string[] = ['<?xml version="1.0" encoding="UTF-8"?>\n'];
  write({ ...root, attrs: { xmlns: SVG_NS, ...root.attrs } }, out);
  out.push('\n');
  return out.join('');
}

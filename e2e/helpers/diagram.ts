import type { Page } from '@playwright/test';

/**
 * Where the key-state diagram's text collides: a label over a box or over another label, a name wider than its
 * box, anything outside the drawing. Boxes as drawn on screen, so the check holds at any scale.
 */
export function diagramClashes(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const svg = document.querySelector('.klab-states svg');
    if (!svg) return ['no key-state diagram'];
    type Box = { name: string; l: number; t: number; r: number; b: number };
    const boxOf = (el: Element, name: string): Box => {
      const r = el.getBoundingClientRect();
      return { name, l: r.left, t: r.top, r: r.right, b: r.bottom };
    };
    const overlap = (a: Box, b: Box) =>
      a.l < b.r - 0.5 && b.l < a.r - 0.5 && a.t < b.b - 0.5 && b.t < a.b - 0.5;
    const inside = (a: Box, b: Box) =>
      a.l >= b.l - 0.5 && a.r <= b.r + 0.5 && a.t >= b.t - 0.5 && a.b <= b.b + 0.5;
    const drawing = boxOf(svg, 'the drawing');
    const nodes = [...svg.querySelectorAll('g > rect')].flatMap((rect) => {
      const text = rect.parentElement?.querySelector('text');
      return text
        ? [{ box: boxOf(rect, text.textContent ?? ''), text: boxOf(text, text.textContent ?? '') }]
        : [];
    });
    const labels = [...svg.querySelectorAll('g > path + text')].map((text) =>
      boxOf(text, text.textContent ?? ''),
    );
    const clashes: string[] = [];
    for (const node of nodes) {
      if (!inside(node.text, node.box)) clashes.push(`“${node.text.name}” is wider than its box`);
      if (!inside(node.box, drawing)) clashes.push(`box “${node.text.name}” is cut by the drawing's edge`);
    }
    for (const [i, label] of labels.entries()) {
      if (!inside(label, drawing)) clashes.push(`label “${label.name}” is cut by the drawing's edge`);
      for (const node of nodes) {
        if (overlap(label, node.box)) clashes.push(`label “${label.name}” is over box “${node.text.name}”`);
      }
      for (const other of labels.slice(i + 1)) {
        if (overlap(label, other)) clashes.push(`label “${label.name}” is over label “${other.name}”`);
      }
    }
    return clashes;
  });
}

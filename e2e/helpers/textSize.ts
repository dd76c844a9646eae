import type { Page } from '@playwright/test';

/**
 * Text smaller than `min` px as it is drawn, inside `within` (a CSS selector): an SVG's text is scaled by its
 * viewBox, so its size is the font size times the drawing's scale on screen. Each entry names the element,
 * its rendered size and the start of its text. The projector theme's checks use it (min 24).
 */
export async function textSmallerThan(page: Page, min: number, within = 'body'): Promise<string[]> {
  return page.evaluate(
    ({ min, within }) => {
      const small = new Set<string>();
      for (const element of document.querySelectorAll<Element>(`${within} *`)) {
        const ownText = [...element.childNodes].some(
          (n) => n.nodeType === Node.TEXT_NODE && n.textContent?.trim(),
        );
        if (!ownText || !element.checkVisibility()) continue;
        let size = Number.parseFloat(getComputedStyle(element).fontSize);
        // Half a pixel of rounding for drawings only: 20 user units at a scale of 1100/900 is 24.4 px.
        let slack = 0;
        if (element instanceof SVGGraphicsElement) {
          const m = element.getScreenCTM();
          if (m) size *= Math.hypot(m.a, m.b);
          slack = 0.5;
        }
        if (size < min - slack) {
          const name = `${element.tagName.toLowerCase()}.${element.getAttribute('class') ?? ''}`;
          small.add(`${name} ${size.toFixed(1)}px “${element.textContent?.trim().slice(0, 24)}”`);
        }
      }
      return [...small];
    },
    { min, within },
  );
}

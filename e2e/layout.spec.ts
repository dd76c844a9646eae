import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';
import { languages, lazyFeatures, loadCatalogues, t } from '../src/i18n';
import { createScenario } from '../src/scenario/schema';
import { everyTransitionSteps } from '../src/ui/keys/transitions.fixture';
import { sections } from '../src/ui/sections';
import { gotoApp, type Lang, openScenario } from './helpers/app';
import { diagramClashes } from './helpers/diagram';
import { textSmallerThan } from './helpers/textSize';

/**
 * What the page shows (issue #13, items 9, 10, 12, 13 and 14): nothing runs off a phone's screen sideways, words
 * are not broken inside, drawings keep their labels clear of their boxes, and the projector keeps its text size and
 * one navigation row. Each test walks
 * the sections in one page load (in-app navigation), as the browser suite is over its time budget.
 */

/**
 * A multi-Region key taken through every transition the key-state diagram draws (each label then carries its
 * "✓×n"), then a key made on the last day (a version the timeline must still label), for every section to show.
 */
const everyTransition = createScenario('layout', {}, [
  ...everyTransitionSteps,
  { id: 's12', kind: 'kms.call', op: 'CreateKey', request: { Description: 'still here' } },
]);

test.beforeAll(() => loadCatalogues(lazyFeatures, languages));

async function showSection(page: Page, id: string): Promise<void> {
  await page.evaluate((view) => {
    window.location.hash = `view=${view}`;
  }, id);
  await expect(page).toHaveURL(new RegExp(`view=${id}(&|$)`));
  await expect(page.locator('main h1')).toBeVisible();
  await expect(page.locator('.section-loading')).toHaveCount(0);
}

/**
 * What runs off the screen sideways: the document's own scroll width, every element whose box leaves the
 * viewport without a scroll container to hold it, and every scroll container that does scroll sideways but is
 * not named or not reachable by keyboard (a learner on a keyboard must be able to focus it to scroll it).
 */
function sidewaysOverflow(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const viewport = document.documentElement.clientWidth;
    const problems: string[] = [];
    const nameOf = (el: Element) =>
      `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''} “${(el.textContent ?? '').trim().slice(0, 40)}”`;
    if (document.documentElement.scrollWidth > viewport) {
      problems.push(`the document is ${document.documentElement.scrollWidth} px wide`);
    }
    const scrollers = new Set<Element>();
    // The outermost element that runs off is named; what is inside it would only repeat it.
    const runOff = new Set<Element>();
    for (const el of document.querySelectorAll('body *')) {
      const box = el.getBoundingClientRect();
      // Visually hidden text (1 px) is for screen readers; its box is clipped away.
      if (box.width <= 1 || !el.checkVisibility()) continue;
      let clip: Element | null = el.parentElement;
      while (clip && getComputedStyle(clip).overflowX === 'visible') clip = clip.parentElement;
      const holder = clip && clip !== document.body && clip !== document.documentElement ? clip : null;
      if (holder && ['auto', 'scroll'].includes(getComputedStyle(holder).overflowX)) {
        if (holder.scrollWidth > holder.clientWidth + 1) scrollers.add(holder);
        continue;
      }
      if (holder) continue;
      if (box.left < -0.5 || box.right > viewport + 0.5) {
        runOff.add(el);
        if (el.parentElement && runOff.has(el.parentElement)) continue;
        problems.push(`${nameOf(el)} spans ${Math.round(box.left)}…${Math.round(box.right)} px`);
      }
    }
    for (const scroller of scrollers) {
      const labelledBy = scroller.getAttribute('aria-labelledby');
      const name =
        scroller.getAttribute('aria-label') ??
        (labelledBy
          ? labelledBy
              .split(' ')
              .map((id) => document.getElementById(id)?.textContent ?? '')
              .join(' ')
          : '');
      if (!name.trim()) problems.push(`${nameOf(scroller)} scrolls sideways but has no name`);
      // Reachable by keyboard: focusable itself, or its content ends with a focusable control (a row of links),
      // which focus scrolls into view.
      const start = scroller.getBoundingClientRect().left - scroller.scrollLeft;
      const reach = Math.max(
        0,
        ...[...scroller.querySelectorAll('a[href], button, input, select, textarea, [tabindex]')].map(
          (c) => c.getBoundingClientRect().right - start,
        ),
      );
      if ((scroller as HTMLElement).tabIndex < 0 && reach < scroller.scrollWidth - 48) {
        problems.push(`${nameOf(scroller)} scrolls sideways but cannot be scrolled by keyboard`);
      }
    }
    return problems;
  });
}

/**
 * What the rotation timeline gets wrong about itself: the clock handle cut by the drawing's edge, a calendar label
 * under the handle or the "now" line, a version without its label, a hatched band past a deleted key's end.
 */
function timelineClashes(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const svg = document.querySelector('[data-testid="tl-svg"]');
    if (!svg) return ['no timeline'];
    const clashes: string[] = [];
    const box = (el: Element) => el.getBoundingClientRect();
    const overlap = (a: DOMRect, b: DOMRect) =>
      a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;
    const drawing = box(svg);
    const grip = svg.querySelector('[data-testid="tl-handle-grip"]');
    const now = svg.querySelector('.tl-now line');
    if (grip && (box(grip).left < drawing.left - 0.5 || box(grip).right > drawing.right + 0.5)) {
      clashes.push('the clock handle is cut by the edge');
    }
    for (const label of svg.querySelectorAll('.tl-axis text')) {
      for (const [name, el] of [
        ['handle', grip],
        ['now line', now],
      ] as const) {
        if (el && overlap(box(label), box(el))) clashes.push(`“${label.textContent}” is under the ${name}`);
      }
    }
    for (const segment of svg.querySelectorAll('g[role="button"]')) {
      const rect = segment.querySelector('rect');
      const text = segment.querySelector('text');
      if (!rect || !text || box(text).right > box(rect).right + 0.5) {
        clashes.push(`${segment.getAttribute('aria-label')?.slice(0, 40)} has no room for its label`);
      }
    }
    for (const end of svg.querySelectorAll('.tl-deleted')) {
      const lane = end.closest('g[transform]');
      for (const rect of lane?.querySelectorAll('rect') ?? []) {
        const fill = getComputedStyle(rect).fill;
        if (fill.includes('url(') && box(rect).right > box(end).right + 1) {
          clashes.push('a hatched band runs past a deleted key’s end');
        }
      }
    }
    return clashes;
  });
}

/**
 * Words broken across lines (issue #13, item 12): code broken anywhere but after `:`, `/`, `_` or `-`
 * ("DisabledE|xception", "role/Admi|n"), and Japanese words split between two lines (「管|理」).
 */
function brokenWords(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const broken: string[] = [];
    const lineOf = (node: Text, at: number) => {
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + 1);
      return range.getBoundingClientRect().top;
    };
    // Bytes in hex or base64 (a digest, a CiphertextBlob) are data with no words in them: they may break anywhere.
    const bytes = /^(?:[0-9a-f\s]+|[A-Za-z0-9+/=]{24,})$/i;
    for (const code of document.querySelectorAll('main code')) {
      if (code.getClientRects().length < 2 || !code.checkVisibility()) continue;
      if (bytes.test(code.textContent ?? '')) continue;
      let previous: { top: number; char: string } | undefined;
      const walker = document.createTreeWalker(code, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
        for (let i = 0; i < node.length; i++) {
          const char = node.data[i] ?? '';
          const top = lineOf(node, i);
          if (previous && top > previous.top + 2 && !/[:/_.\-\s]/.test(previous.char)) {
            broken.push(`“${code.textContent}” breaks after “${previous.char}”`);
          }
          previous = { top, char };
        }
      }
    }
    if (document.documentElement.lang === 'ja') {
      const walker = document.createTreeWalker(
        document.querySelector('main') ?? document.body,
        NodeFilter.SHOW_TEXT,
      );
      for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
        if (!node.parentElement?.checkVisibility()) continue;
        for (const word of ['管理', '暗号化', '復号', '削除', '種類']) {
          for (let at = node.data.indexOf(word); at >= 0; at = node.data.indexOf(word, at + 1)) {
            if (lineOf(node, at + word.length - 1) > lineOf(node, at) + 2) {
              broken.push(`「${word}」 split in “${node.data.slice(0, 30)}”`);
            }
          }
        }
      }
    }
    return broken;
  });
}

for (const lang of ['en', 'ja'] as const satisfies Lang[]) {
  test(`at 390 px no section runs off the screen sideways (${lang})`, async ({ page }) => {
    test.slow();
    await page.setViewportSize({ width: 390, height: 844 });
    await openScenario(page, everyTransition, {
      view: sections[0].id,
      step: everyTransition.steps.length,
      lang,
      theme: 'light',
      motion: 'reduce',
    });
    const problems: string[] = [];
    for (const section of sections) {
      await showSection(page, section.id);
      // A section with the player is judged once the replay has reached the last step (the import's RSA wrapping
      // key takes a moment), not on a step on the way.
      if ((await page.getByTestId('player').count()) > 0)
        await expect(page.getByTestId('player')).toHaveAttribute('aria-busy', 'false');
      for (const problem of await sidewaysOverflow(page)) problems.push(`${section.id}: ${problem}`);
      for (const word of await brokenWords(page)) problems.push(`${section.id}: ${word}`);
      if (section.id === 'keys') {
        for (const clash of await diagramClashes(page)) problems.push(`keys diagram: ${clash}`);
      }
      if (section.id === 'rotation') {
        for (const clash of await timelineClashes(page)) problems.push(`timeline: ${clash}`);
        await expect(page.getByText(t(lang, 'rotation.legend.deleted'))).toBeVisible();
      }
    }
    expect(problems).toEqual([]);
  });
}

test('on a projector the cost chart reads at 24 px at any width, the navigation is one row at 1920 px, and a heading scrolled to lands below the player', async ({
  page,
}) => {
  // 1024 px: the chart used to be scaled down by its viewBox to 20 px text.
  await page.setViewportSize({ width: 1024, height: 768 });
  await gotoApp(page, { lang: 'ja', theme: 'projector', motion: 'reduce', view: 'cost' });
  expect(await textSmallerThan(page, 24, 'main')).toEqual([]);

  await page.setViewportSize({ width: 1920, height: 1080 });
  const links = page.getByTestId('nav-groups').getByRole('link');
  const tops = await links.evaluateAll((all) => all.map((a) => a.getBoundingClientRect().top));
  expect(Math.max(...tops) - Math.min(...tops), 'one row').toBeLessThan(4);
  expect(await textSmallerThan(page, 24, 'main')).toEqual([]);

  for (const section of sections.filter((s) => s.showsScenario && !s.within)) {
    await showSection(page, section.id);
    const hidden = await page.evaluate(() => {
      const player = document.querySelector('[data-testid="player"]');
      return [...document.querySelectorAll<HTMLElement>('main h2')].flatMap((heading) => {
        if (!heading.checkVisibility()) return [];
        heading.scrollIntoView();
        const top = heading.getBoundingClientRect().top;
        const bottom = player?.getBoundingClientRect().bottom ?? 0;
        return top < bottom ? [`“${heading.textContent}” at ${Math.round(top)} px, under the player`] : [];
      });
    });
    expect(hidden, section.id).toEqual([]);
    if (section.id === 'keys') {
      expect(await diagramClashes(page), 'the key-state diagram').toEqual([]);
      // The create-key form's fields side by side: the Key type select used to run over the Multi-Region box.
      const overlaps = await page.evaluate(() => {
        const fields = [...document.querySelectorAll('form.klab-form label')];
        const inner = (el: Element) =>
          [el, ...el.querySelectorAll('select, input')].map((e) => e.getBoundingClientRect());
        return fields.flatMap((a, i) =>
          fields
            .slice(i + 1)
            .flatMap((b) =>
              inner(a).some((x) =>
                inner(b).some(
                  (y) => x.left < y.right && y.left < x.right && x.top < y.bottom && y.top < x.bottom,
                ),
              )
                ? [`${a.textContent} / ${b.textContent}`]
                : [],
            ),
        );
      });
      expect(overlaps, 'create-key fields').toEqual([]);
    }
  }
});

test('on a phone the section bar scrolled to the current section leaves no link that passes for a skip link without a target', async ({
  page,
}) => {
  // Lighthouse's mobile audit (412 px) runs axe's skip-link rule: a link starting with `#` that a scroller has
  // moved off screen counts as a skip link, and `#view=keytypes` names no element. The bar's links are full
  // addresses of this page instead (pageHref).
  await page.setViewportSize({ width: 412, height: 823 });
  for (const view of ['rotation', 'console']) {
    await gotoApp(page, { lang: 'en', motion: 'reduce', view });
    await expect(
      page.getByTestId('nav-groups').getByRole('link', { name: /Key types/ }),
    ).not.toBeInViewport();
    const { violations } = await new AxeBuilder({ page }).withRules(['skip-link']).analyze();
    expect(
      violations.map((v) => v.nodes.map((n) => n.target.join(' '))),
      view,
    ).toEqual([]);
  }
});

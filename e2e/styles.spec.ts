import { expect, type Page, test } from '@playwright/test';
import { sections } from '../src/ui/sections';
import { gotoApp } from './helpers/app';

/**
 * Scoped styles (issue #13, item 1). Section stylesheets used to be global: `.field`, `.badge`, `.check`… were
 * defined in several, and whichever section loaded last restyled the others (Policies & access, then Envelope
 * encryption: "Data to encrypt" shrank from 1,118 px to 225 px). Every component's sheet is a CSS Module now.
 */

async function showSection(page: Page, id: string): Promise<void> {
  // In-app navigation (the fragment), as a nav link does, without reloading the stylesheets already loaded.
  await page.evaluate((view) => {
    window.location.hash = `view=${view}`;
  }, id);
  await expect(page).toHaveURL(new RegExp(`view=${id}`));
  await expect(page.locator('main h1')).toBeVisible();
  await expect(page.locator('.section-loading')).toHaveCount(0);
}

/** The rendered size of every element in the section (the player above it excluded): what a leak would change. */
function layoutOf(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const host = document.querySelector('main h1')?.closest('main > *');
    // The inside of a closed <details> is not rendered (Chromium skips its layout: content-visibility), and its
    // boxes read as whatever was last laid out, 0×0 or not, so only what is on screen is compared.
    const shown = (el: Element) => {
      const closed = el.closest('details:not([open])');
      return !closed || el === closed || el.closest('summary')?.parentElement === closed;
    };
    return [...(host?.querySelectorAll('*') ?? [])].filter(shown).map((el) => {
      const box = el.getBoundingClientRect();
      return `${el.tagName} ${Math.round(box.width)}×${Math.round(box.height)}`;
    });
  });
}

test('a section looks the same whichever sections were shown before it', async ({ page }) => {
  test.slow();
  await page.setViewportSize({ width: 1280, height: 800 });
  const fresh = new Map<string, string[]>();
  for (const section of sections) {
    await gotoApp(page, { lang: 'en', theme: 'light', motion: 'reduce', view: section.id });
    await expect(page.locator('.section-loading')).toHaveCount(0);
    // Parts below the first screen load after it (the key types' spec notes, a chunk of their own): measure once
    // the page has asked for nothing more for half a second, as it has when the section is shown again later.
    await page.waitForLoadState('networkidle');
    fresh.set(section.id, await layoutOf(page));
  }
  // Every section loaded once, so every stylesheet is on the page; then each section again.
  await gotoApp(page, { lang: 'en', theme: 'light', motion: 'reduce', view: sections[0].id });
  for (const section of [...sections.slice(1), ...sections]) await showSection(page, section.id);
  for (const section of sections) {
    await showSection(page, section.id);
    expect(await layoutOf(page), section.id).toEqual(fresh.get(section.id));
  }
});

test('the envelope studio keeps its fields full width after Policies & access (the reported leak)', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await gotoApp(page, { lang: 'en', theme: 'light', motion: 'reduce', view: 'envelope' });
  const field = page.getByRole('textbox', { name: 'Data to encrypt' });
  const before = (await field.boundingBox())?.width ?? 0;
  expect(before).toBeGreaterThan(1000);
  await showSection(page, 'policy');
  await showSection(page, 'envelope');
  expect((await field.boundingBox())?.width).toBe(before);
});

test('no two stylesheets on the page define the same global class', async ({ page }) => {
  test.slow();
  await gotoApp(page, { lang: 'en', theme: 'light', motion: 'reduce', view: sections[0].id });
  for (const section of sections.slice(1)) await showSection(page, section.id);
  const twice = await page.evaluate(() => {
    // A CSS Module class is hashed (`_field_2xqai_181`); a selector without one is global.
    const scoped = /\._[\w-]+_[a-z0-9]{5}_\d+/;
    const definedIn = new Map<string, Set<number>>();
    const walk = (rules: CSSRuleList, sheet: number) => {
      for (const rule of rules) {
        if (rule instanceof CSSStyleRule) {
          for (const selector of rule.selectorText.split(',')) {
            if (scoped.test(selector)) continue;
            for (const [, cls] of selector.matchAll(/\.([A-Za-z_][\w-]*)/g)) {
              definedIn.set(cls ?? '', (definedIn.get(cls ?? '') ?? new Set()).add(sheet));
            }
          }
        }
        if ('cssRules' in rule) walk((rule as CSSGroupingRule).cssRules, sheet);
      }
    };
    for (const [i, sheet] of [...document.styleSheets].entries()) walk(sheet.cssRules, i);
    return [...definedIn].filter(([, sheets]) => sheets.size > 1).map(([cls]) => cls);
  });
  expect(twice).toEqual([]);
});

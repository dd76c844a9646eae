import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';
import { scenarioLinkParams } from '../../src/scenario/codec';
import type { Scenario } from '../../src/scenario/schema';

export type Lang = 'ja' | 'en';
export type Theme = 'light' | 'dark' | 'projector';
export type Motion = 'system' | 'reduce' | 'full';

/** The labels of the header switches, as a learner sees them. */
export const languageNames: Record<Lang, string> = { ja: '日本語', en: 'English' };
export const themeNames: Record<Lang, Record<Theme, string>> = {
  en: { light: 'Light', dark: 'Dark', projector: 'Projector' },
  ja: { light: 'ライト', dark: 'ダーク', projector: 'プロジェクター' },
};

/**
 * Opens KMS Lab as a returning learner whose saved preferences are `lang`, `theme` and `motion`
 * (written to localStorage before the page loads), at `view`, with an optional query such as `lang=en`.
 * Resolves once the section's heading is on screen.
 */
export async function gotoApp(
  page: Page,
  options: {
    lang?: Lang;
    theme?: Theme;
    motion?: Motion;
    view?: string;
    query?: string;
    baseURL?: string;
  } = {},
): Promise<void> {
  const { view, query, baseURL = '', ...saved } = options;
  if (Object.keys(saved).length > 0) {
    await page.addInitScript((prefs) => {
      // Only on the first load of this page: a reload must show what the learner changed since.
      if (sessionStorage.getItem('kms-lab.test.seeded')) return;
      sessionStorage.setItem('kms-lab.test.seeded', '1');
      localStorage.setItem('kms-lab.preferences', JSON.stringify(prefs));
    }, saved);
  }
  await page.goto(`${baseURL}/${query ? `?${query}` : ''}${view ? `#view=${view}` : ''}`);
  // The first: while a presentation (#present) takes over, the section's own heading is briefly beside its own.
  await expect(page.locator('main h1').first()).toBeVisible();
}

/**
 * Opens `scenario` as a shared link would (`#view=…&v=…&s=…&step=…`) in a fresh browser, with the cursor
 * after `step` steps (0: before the first step).
 */
export async function openScenario(
  page: Page,
  scenario: Scenario,
  options: { view: string; step?: number; lang?: Lang; theme?: Theme; motion?: Motion },
): Promise<void> {
  const { view, step: at = 0, ...prefs } = options;
  const { v, s, step } = await scenarioLinkParams(scenario, at);
  await gotoApp(page, { ...prefs, view: `${view}&${new URLSearchParams({ v, s, step })}` });
}

/**
 * Collects console errors, uncaught exceptions and Content Security Policy violations from now on.
 * Call before gotoApp; `expectNone()` at the end.
 */
export function watchConsole(page: Page) {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console.error: ${message.text()}`);
  });
  page.on('pageerror', (error) => errors.push(`uncaught: ${error.message}`));
  page.on('requestfailed', (request) => {
    // Cancelled by the page itself (a reload or navigation while a worker's script was still arriving): not a
    // failure of the app's. A refused or missing request fails with its own error text.
    if (request.failure()?.errorText === 'net::ERR_ABORTED') return;
    errors.push(`request failed: ${request.url()} (${request.failure()?.errorText})`);
  });
  return {
    errors,
    expectNone: () => expect(errors).toEqual([]),
  };
}

/** The header button that shows the theme and motion switches, in either language. */
export function displaySettingsButton(page: Page) {
  return page.getByRole('banner').getByRole('button', { name: /^(Display settings|表示設定)$/ });
}

/** Opens the display settings (theme, motion) unless they are open already. */
export async function openDisplaySettings(page: Page): Promise<void> {
  const button = displaySettingsButton(page);
  if ((await button.getAttribute('aria-expanded')) !== 'true') await button.click();
}

/**
 * Picks a value in one of the language, theme or motion switches, by the label a learner reads (opening the
 * display settings first when the choice is in there).
 */
export async function choose(page: Page, label: string): Promise<void> {
  const radio = page.getByRole('radio', { name: label, exact: true });
  if ((await radio.count()) === 0) await openDisplaySettings(page);
  await radio.check();
}

export async function chooseLanguage(page: Page, lang: Lang): Promise<void> {
  await choose(page, languageNames[lang]);
  await expect(page.locator('html')).toHaveAttribute('lang', lang);
}

export async function chooseTheme(page: Page, theme: Theme, lang: Lang): Promise<void> {
  await choose(page, themeNames[lang][theme]);
  await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
}

/** Opens every "what happens if" answer, so checks see the whole section. */
export async function openAllWhatIfs(page: Page): Promise<void> {
  const toggles = page.locator('main button[aria-expanded="false"]');
  while ((await toggles.count()) > 0) await toggles.first().click();
}

/**
 * Runs axe (WCAG 2.x A/AA rules) and fails on any serious or critical violation, naming each; `include` (a
 * CSS selector) checks only that part of the page.
 */
export async function axeCheck(page: Page, context: string, include?: string): Promise<void> {
  // Contrast is judged on the settled page: a token of the stage fading in is drawn at part opacity for a
  // moment, which axe would measure as it is. Waits (five seconds at most) until the stage has played its
  // step's beats, CSS animations have finished and nothing framer-motion is fading is still translucent.
  await page
    .waitForFunction(
      () =>
        [...document.querySelectorAll('[data-beats]')].every(
          (e) => e.getAttribute('data-playing') !== 'true',
        ) &&
        document.getAnimations().every((a) => a.playState !== 'running') &&
        [...document.querySelectorAll<HTMLElement>('[style*="opacity"]')].every(
          (e) => getComputedStyle(e).opacity === '1',
        ),
      null,
      { timeout: 5000 },
    )
    .catch(() => undefined);
  const builder = new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']);
  const results = await (include ? builder.include(include) : builder).analyze();
  const blocking = results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(blocking, `axe in ${context}`).toEqual([]);
}

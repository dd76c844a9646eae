import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { languages, lazyFeatures, loadCatalogues, t } from '../src/i18n';
import { templateScenario } from '../src/scenario/templates';
import { listedSections } from '../src/ui/sections';
import {
  axeCheck,
  choose,
  chooseLanguage,
  chooseTheme,
  displaySettingsButton,
  gotoApp,
  type Lang,
  openAllWhatIfs,
  openDisplaySettings,
  openScenario,
  type Theme,
  themeNames,
  watchConsole,
} from './helpers/app';
import {
  sameInEveryLanguage,
  untranslatedInEnglish,
  untranslatedInJapanese,
  visibleProse,
} from './helpers/language';
import { devServerURL } from './helpers/servers';
import { textSmallerThan } from './helpers/textSize';

// The test's own look-ups of the learner's text (t) need every catalogue, as the sections do.
test.beforeAll(() => loadCatalogues(lazyFeatures, languages));

test('the production build loads under its Content Security Policy with no console errors', async ({
  page,
}) => {
  const console = watchConsole(page);
  await gotoApp(page, { lang: 'en' });
  await expect(page).toHaveTitle('Key types · KMS Lab');
  const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(csp).toContain("script-src 'self'");
  expect(csp).toContain("connect-src 'self'");
  expect(csp).not.toContain('unsafe');
  await openAllWhatIfs(page);
  await chooseLanguage(page, 'ja');
  await expect(page).toHaveTitle('キーの種類 · KMS Lab');
  console.expectNone();
});

test('switching language changes every visible string', async ({ page }) => {
  await gotoApp(page, { lang: 'en' });
  await openAllWhatIfs(page);
  const english = await visibleProse(page);
  expect(untranslatedInEnglish(english)).toEqual([]);

  await chooseLanguage(page, 'ja');
  const japanese = await visibleProse(page);
  expect(untranslatedInJapanese(japanese)).toEqual([]);
  // Same page, same amount of prose: nothing vanished or stayed behind in one language.
  expect(japanese.length).toBeGreaterThan(100);
  const unchanged = japanese.filter((text) => english.includes(text));
  expect(unchanged).toContain('KMS Lab');
  expect(unchanged.filter((text) => !sameInEveryLanguage.has(text))).toEqual([]);

  await chooseLanguage(page, 'en');
  expect(await visibleProse(page)).toEqual(english);
});

test('a page loads its own language’s messages; a switch first loads the other’s of everything shown', async ({
  page,
}) => {
  // The build's catalogue chunks by file: 'envelope' (src/i18n/envelope.ts) or 'envelope.ja'.
  const manifest: Record<string, { file: string }> = JSON.parse(
    readFileSync('dist/.vite/manifest.json', 'utf8'),
  );
  const catalogueOf = new Map(
    Object.entries(manifest).flatMap(([source, chunk]) => {
      const name = /^src\/i18n\/([a-z]+(?:\.ja)?)\.ts$/.exec(source)?.[1];
      return name && lazyFeatures.includes(name.replace('.ja', '') as never)
        ? [[`/${chunk.file}`, name]]
        : [];
    }),
  );
  const requested: string[] = [];
  page.on('request', (request) => {
    const name = catalogueOf.get(new URL(request.url()).pathname);
    if (name) requested.push(name);
  });
  const console = watchConsole(page);
  await gotoApp(page, { lang: 'en', view: 'keys' });
  await expect(page.getByTestId('player')).toBeVisible();
  // The section's, the player's and the stage's messages, in English alone: not every scenario part's.
  const english = [...requested];
  expect(english.sort()).toEqual(['cast', 'console', 'keys', 'player', 'stage']);

  await chooseLanguage(page, 'ja');
  // Each in Japanese as well, loaded before the page switched: no message missing (a crash), none left in English.
  expect(requested.filter((name) => name.endsWith('.ja')).sort()).toEqual(
    english.map((name) => `${name}.ja`),
  );
  // The scenario's own data (a key's description) stays as it was written, in English.
  const data = JSON.stringify(templateScenario('envelope-basics', 'en'))
    .match(/"[^"]*\s[^"]*"/g)
    ?.map((quoted) => JSON.parse(quoted) as string);
  const prose = (await visibleProse(page)).filter((text) => !data?.some((value) => text.includes(value)));
  expect(untranslatedInJapanese(prose)).toEqual([]);

  // A section shown after the switch loads its messages in Japanese alone.
  const switched = requested.length;
  await page
    .getByRole('navigation')
    .getByRole('link', { name: t('ja', 'shell.section.trail') })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: t('ja', 'trail.title') })).toBeVisible();
  expect(requested.slice(switched)).toEqual(['trail.ja']);
  console.expectNone();
});

test('the language check allows AWS names whole, and nothing else in Latin letters', () => {
  expect(untranslatedInJapanese(['AWS CLI と CloudTrail', 'Systems Manager Parameter Store に保存'])).toEqual(
    [],
  );
  expect(untranslatedInJapanese(['Store に保存', 'キーを Rotate する'])).toEqual([
    'Store in “Store に保存”',
    'Rotate in “キーを Rotate する”',
  ]);
  expect(sameInEveryLanguage.has('KMS Lab')).toBe(true);
  expect(sameInEveryLanguage.has('Keys')).toBe(false);
});

test('code renders in a monospace face in both languages and every theme', async ({ page }) => {
  await gotoApp(page, { lang: 'en' });
  await openAllWhatIfs(page);
  for (const [lang, theme] of [
    ['en', 'light'],
    ['ja', 'projector'],
  ] as const) {
    await chooseLanguage(page, lang);
    await chooseTheme(page, theme, lang);
    const faces = await page
      .locator('main code')
      .evaluateAll((codes) => [...new Set(codes.map((c) => getComputedStyle(c).fontFamily))]);
    expect(faces.length, lang).toBeGreaterThan(0);
    for (const face of faces) expect(face, lang).toMatch(/monospace$/);
    const prose = await page.locator('main h1').evaluate((h) => getComputedStyle(h).fontFamily);
    expect(prose).not.toMatch(/monospace/);
  }
});

test('?lang= overrides the saved language until the learner picks one', async ({ page }) => {
  await gotoApp(page, { lang: 'ja', query: 'lang=en' });
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Three kinds of KMS key');

  await chooseLanguage(page, 'ja');
  expect(new URL(page.url()).searchParams.has('lang')).toBe(false);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('KMS キーの 3 つの種類');
});

test('language, theme and motion persist across a reload', async ({ page }) => {
  await gotoApp(page, { lang: 'en' });
  await chooseLanguage(page, 'ja');
  await chooseTheme(page, 'projector', 'ja');
  await choose(page, '控えめ');
  await page.reload();
  const html = page.locator('html');
  await expect(html).toHaveAttribute('lang', 'ja');
  await expect(html).toHaveAttribute('data-theme', 'projector');
  await expect(html).toHaveAttribute('data-motion', 'reduce');
  await openDisplaySettings(page);
  await expect(page.getByRole('radio', { name: 'プロジェクター' })).toBeChecked();
});

test('corrupted saved preferences fall back to the defaults', async ({ page }) => {
  await page.addInitScript(() => localStorage.setItem('kms-lab.preferences', '{"lang":'));
  const console = watchConsole(page);
  await gotoApp(page);
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  console.expectNone();
});

test('the theme follows the system colour scheme until one is chosen', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await gotoApp(page, { lang: 'en' });
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.emulateMedia({ colorScheme: 'light' });
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
});

// 1280×720 in both languages: the narrowest projector, where drawings scaled to their box are smallest (at
// 1920 px they only grow; e2e/layout.spec.ts checks 1920 px text and navigation).
for (const [lang, width, height] of [
  ['en', 1280, 720],
  ['ja', 1280, 720],
] as const) {
  test(`every section, SVG drawings included, reads at 24 px or more on a projector (${lang}, ${width}×${height})`, async ({
    page,
  }) => {
    test.slow();
    await page.setViewportSize({ width, height });
    // A scenario with rotations, a bill over several months and a trail, so the drawings have labels to draw.
    await openScenario(page, templateScenario('rotation', 'ja'), {
      view: 'rotation',
      lang,
      theme: 'projector',
    });
    await page.keyboard.press('End');
    for (const section of listedSections) {
      await page
        .getByRole('navigation', { name: t(lang, 'shell.navLabel') })
        .getByRole('link', { name: t(lang, section.titleKey), exact: true })
        .click();
      await expect(page).toHaveURL(new RegExp(`view=${section.id}`));
      await expect(page.locator('main h1')).toBeVisible();
      await expect(page.locator('.section-loading')).toHaveCount(0);
      await openAllWhatIfs(page);
      // The first section's whole page, header and navigation included; then each section's own.
      const small = await textSmallerThan(page, 24, section === listedSections[0] ? undefined : 'main');
      expect(small, section.id).toEqual([]);
    }
    expect(await page.evaluate(() => getComputedStyle(document.body).fontSize)).toBe('24px');
  });
}

// Every theme, each language at least once, the projector (a classroom's) in both (issue #15's time budget).
for (const [lang, theme] of [
  ['en', 'light'],
  ['ja', 'dark'],
  ['ja', 'projector'],
  ['en', 'projector'],
] as const satisfies (readonly [Lang, Theme])[]) {
  test(`axe finds no serious or critical violations: ${theme}, ${lang}`, async ({ page }) => {
    await gotoApp(page, { lang, theme });
    await page.getByRole('button', { expanded: false }).first().click();
    await axeCheck(page, `${theme}/${lang}`);
    await page.screenshot({ path: `test-results/shell/keytypes-${lang}-${theme}.png`, fullPage: true });
    // The state a learner reaches by comparing fewer kinds.
    await page.getByRole('button', { pressed: true }).first().click();
    await axeCheck(page, `${theme}/${lang}, one kind hidden`);
  });
}

test('keyboard: skip link, navigation, shortcuts, switches and what-if toggles', async ({ page }) => {
  await gotoApp(page, { lang: 'en', view: 'no-such-section' });
  // An unknown view shows the first section.
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Three kinds of KMS key');

  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Skip to main content' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('main')).toBeFocused();

  const navLink = page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Key types' });
  await navLink.focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#view=keytypes$/);
  await expect(navLink).toHaveAttribute('aria-current', 'page');

  await page.goto('/#view=elsewhere&s=kept');
  await page.keyboard.press('Alt+1');
  await expect(page).toHaveURL(/#view=keytypes&s=kept$/);

  // The display settings open from their button; Tab reaches the theme switch, arrow keys move between its
  // choices, and Escape closes the panel with focus back on the button.
  const settings = displaySettingsButton(page);
  await settings.focus();
  await page.keyboard.press('Enter');
  await expect(settings).toHaveAttribute('aria-expanded', 'true');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('radio', { name: 'Light' })).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.keyboard.press('Escape');
  await expect(settings).toHaveAttribute('aria-expanded', 'false');
  await expect(settings).toBeFocused();
  await expect(page.getByRole('radio', { name: 'Dark' })).toHaveCount(0);

  const whatIf = page.getByRole('button', { name: /What happens if …you call `?Encrypt/ });
  await whatIf.focus();
  await page.keyboard.press('Enter');
  await expect(whatIf).toHaveAttribute('aria-expanded', 'true');
  await expect(page.getByText('AccessDeniedException', { exact: true })).toBeVisible();
});

for (const [width, theme] of [
  [1280, 'light'],
  [1440, 'light'],
  [390, 'light'],
  [1920, 'projector'],
] as const) {
  test(`the header reads well at ${width} px (${theme}): one navigation row, settings behind one button`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height: 900 });
    await gotoApp(page, { lang: 'en', theme });
    const nav = page.getByRole('navigation', { name: 'Sections' });
    const links = nav.getByRole('link');
    await expect(links).toHaveCount(10);
    // Groups, in the order a learner uses them.
    await expect(nav.getByRole('list', { name: 'Learn' }).getByRole('link')).toHaveText([
      'Key types',
      'Study notes',
    ]);
    await expect(nav.getByRole('list', { name: 'Observe' }).getByRole('link')).toHaveCount(4);
    const tops = await links.evaluateAll((all) => all.map((a) => Math.round(a.getBoundingClientRect().top)));
    if (theme !== 'projector') expect(new Set(tops).size, 'one row').toBe(1);
    if (width >= 1280 && theme !== 'projector') {
      // All ten fit without scrolling.
      const fits = await nav.getByTestId('nav-groups').evaluate((el) => el.scrollWidth <= el.clientWidth);
      expect(fits).toBe(true);
    }
    // The page itself never scrolls sideways; the display settings are one button on the brand row.
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    await expect(page.getByRole('radio', { name: 'Light' })).toHaveCount(0);
    await openDisplaySettings(page);
    await expect(page.getByRole('radio', { name: 'Projector' })).toBeVisible();
    const panel = await page.getByRole('region', { name: 'Display settings' }).boundingBox();
    expect(panel && panel.x >= 0 && panel.x + panel.width <= width, 'the panel stays on screen').toBe(true);
    // A click elsewhere closes it.
    await page.getByRole('heading', { level: 1 }).click();
    await expect(page.getByRole('radio', { name: 'Projector' })).toHaveCount(0);
    await page.screenshot({ path: `test-results/shell/header-${width}-${theme}.png` });
  });
}

for (const lang of ['en', 'ja'] as const satisfies Lang[]) {
  for (const theme of ['light', 'dark', 'projector'] as const satisfies Theme[]) {
    test(`at 1280×720 every section link is on screen without scrolling, at full size (${lang}, ${theme})`, async ({
      page,
    }) => {
      await page.setViewportSize({ width: 1280, height: 720 });
      await gotoApp(page, { lang, theme, view: 'keys' });
      const groups = page.getByTestId('nav-groups');
      expect(await groups.evaluate((el) => el.scrollWidth <= el.clientWidth), 'no sideways scroll').toBe(
        true,
      );
      const links = page.getByRole('navigation', { name: t(lang, 'shell.navLabel') }).getByRole('link');
      await expect(links).toHaveCount(listedSections.length);
      const viewport = page.viewportSize();
      for (const link of await links.all()) {
        const box = await link.boundingBox();
        expect(
          box && box.x >= 0 && box.x + box.width <= (viewport?.width ?? 0),
          (await link.textContent()) ?? '',
        ).toBe(true);
      }
      // The theme's sizes: 0.9rem of 16 px, or the projector's 24 px minimum.
      const sizes = await links.evaluateAll((all) => all.map((a) => getComputedStyle(a).fontSize));
      expect(new Set(sizes)).toEqual(new Set([theme === 'projector' ? '24px' : '14.4px']));
      if (theme === 'projector') {
        // Two lines of links under one brand row: the header leaves most of a 720 px screen to the lesson.
        const header = await page.getByRole('banner').boundingBox();
        expect(header?.height ?? 720).toBeLessThanOrEqual(720 * 0.4);
      }
    });
  }
}

test('Alt+0 opens the tenth section', async ({ page }) => {
  await gotoApp(page, { lang: 'en' });
  await page.keyboard.press('Alt+0');
  // The console plays the scenario, whose link (`&v=…&s=…&step=…`) the page may write into the address first.
  await expect(page).toHaveURL(/#view=console(&|$)/);
});

test('the kind cards choose the table columns, and the last one stays', async ({ page }) => {
  await gotoApp(page, { lang: 'en' });
  const table = page.getByRole('table', { name: 'The three kinds of KMS key compared' });
  const headers = table.getByRole('columnheader');
  await expect(headers).toHaveText(['Aspect', 'Customer managed key', 'AWS managed key', 'AWS owned key']);

  await page.getByRole('button', { name: /^AWS managed key/ }).click();
  await page.getByRole('button', { name: /^AWS owned key/ }).click();
  await expect(headers).toHaveText(['Aspect', 'Customer managed key']);
  const last = page.getByRole('button', { name: /^Customer managed key/ });
  await expect(last).toBeDisabled();
  await last.click({ force: true });
  await expect(last).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByText('At least one kind stays in the table.')).toBeVisible();
  await expect(headers).toHaveText(['Aspect', 'Customer managed key']);
});

test('motion: CSS transitions stop when reduced, by choice or by the system', async ({ page }) => {
  const chevronTransition = () =>
    page
      .getByTestId('what-if-toggle-chevron')
      .first()
      .evaluate((el) => getComputedStyle(el).transitionDuration);
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await gotoApp(page, { lang: 'en', motion: 'system' });
  expect(await chevronTransition()).toBe('0s');
  await choose(page, 'Full');
  expect(await chevronTransition()).not.toBe('0s');
  await page.emulateMedia({ reducedMotion: 'no-preference' });
  await choose(page, 'Reduced');
  expect(await chevronTransition()).toBe('0s');
});

test.describe('dev server', () => {
  test('runs under its relaxed Content Security Policy with no console errors', async ({ page }) => {
    const console = watchConsole(page);
    await gotoApp(page, { lang: 'ja', baseURL: devServerURL });
    console.expectNone();
  });

  test('a crashing section shows its error boundary, the rest keeps working, and reset recovers', async ({
    page,
  }) => {
    await page.goto(`${devServerURL}/?crash=keytypes`);
    const alert = page.getByRole('alert');
    await expect(alert.getByRole('heading')).toHaveText('This section stopped working');
    await expect(alert.locator('code')).toHaveText('SimulatedCrash');

    // Header and navigation still answer.
    await chooseLanguage(page, 'ja');
    await expect(alert.getByRole('heading')).toHaveText('このセクションでエラーが発生しました');
    await chooseTheme(page, 'projector', 'ja');
    await expect(page.getByRole('radio', { name: themeNames.ja.projector })).toBeChecked();

    await alert.getByRole('button', { name: 'このセクションをリセット' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('KMS キーの 3 つの種類');
    await expect(page.getByRole('alert')).toHaveCount(0);
  });
});

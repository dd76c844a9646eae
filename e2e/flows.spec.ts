import { expect, type Page, test } from '@playwright/test';
import { type Feature, languages, loadCatalogues, messageAt } from '../src/i18n';
import { type Lang as CatalogueLang, format } from '../src/i18n/define';
import { toScenarioFile } from '../src/scenario/scenarioFile';
import { templateScenario } from '../src/scenario/templates';
import { gotoApp, type Lang, openScenario, watchConsole } from './helpers/app';

/**
 * A newcomer's first hour (issue #13 items 2–8), as the learner does it, in both languages: starting over, acting
 * while stepped back, the studio's opening, the tamper lab's clean start, who is acting, the bill beside
 * CloudTrail, and opening a scenario file. Messages come from the catalogues, so each test runs as written in ja
 * and en; the English ones are also spelled out where the wording itself is what is checked.
 */

test.describe.configure({ timeout: 90_000 });

// The test's own look-ups of the learner's text, in both languages.
test.beforeAll(() => loadCatalogues(['cast', 'envelope', 'player'], languages));

const say = (lang: CatalogueLang, feature: Feature, path: string, params = {}) => {
  const message = messageAt(lang, feature, path);
  if (message === undefined) throw new Error(`no message ${feature}.${path}`);
  return format(lang, message, params);
};
const p = (lang: Lang, path: string, params = {}) => say(lang, 'player', path, params);
const e = (lang: Lang, path: string, params = {}) => say(lang, 'envelope', path, params);
/** Text shown through RichText: its backticks become <code>, so the page's text has none. */
const plain = (text: string) => text.replaceAll('`', '');

const player = (page: Page) => page.getByTestId('player');
const position = (page: Page) => page.getByTestId('player-position');
const stepOf = (lang: Lang, step: number, total: number) => p(lang, 'position', { step, total });

async function openOptions(page: Page, lang: Lang) {
  const toggle = player(page).getByRole('button', { name: p(lang, 'options') });
  if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
}

for (const lang of ['en', 'ja'] as const) {
  test(`${lang}: New scenario starts over from a built-in or empty scenario, and Undo brings the old one back`, async ({
    page,
  }) => {
    const console = watchConsole(page);
    await gotoApp(page, { lang, motion: 'reduce', view: 'keys' });
    await expect(position(page)).toHaveText(stepOf(lang, 7, 7));
    await openOptions(page, lang);
    // Keyboard only: the button, then the question's choices.
    await player(page)
      .getByRole('button', { name: p(lang, 'newScenario.button') })
      .focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: p(lang, 'newScenario.title') });
    await expect(dialog).toContainText(p(lang, 'newScenario.body', { steps: 7 }));
    await expect(dialog.getByRole('button').first()).toBeFocused();
    // Escape changes nothing.
    await page.keyboard.press('Escape');
    await expect(dialog).toHaveCount(0);
    await expect(position(page)).toHaveText(stepOf(lang, 7, 7));

    await player(page)
      .getByRole('button', { name: p(lang, 'newScenario.button') })
      .click();
    await dialog.getByRole('button', { name: p(lang, 'newScenario.empty') }).click();
    await expect(position(page)).toHaveText(stepOf(lang, 0, 0));
    await expect(page.getByTestId('player-caption')).toContainText(
      p(lang, 'caption.startEmpty', { account: '111122223333', region: 'us-east-1' }),
    );
    const notice = player(page)
      .getByRole('status')
      .filter({ hasText: p(lang, 'started.empty', { steps: 7 }) });
    await expect(notice).toBeVisible();
    // The previous scenario can also be saved as a file from the notice.
    const download = page.waitForEvent('download');
    await notice.getByRole('button', { name: p(lang, 'started.save') }).click();
    expect((await download).suggestedFilename()).toMatch(/\.kmslab\.json$/);

    await notice.getByRole('button', { name: p(lang, 'undo') }).click();
    await expect(position(page)).toHaveText(stepOf(lang, 7, 7));
    await expect(player(page).getByText(p(lang, 'undone'))).toBeVisible();

    // Start from a built-in scenario; reloading the bare URL keeps the new one (it is the autosaved work now).
    await openOptions(page, lang);
    await player(page)
      .getByRole('button', { name: p(lang, 'newScenario.button') })
      .click();
    await dialog.getByRole('button', { name: p(lang, 'template.rotation') }).click();
    await expect(position(page)).toHaveText(stepOf(lang, 0, 8));
    await expect(player(page).getByRole('status')).toContainText(
      p(lang, 'started.template', { name: p(lang, 'template.rotation'), steps: 7 }),
    );
    // No wait for the URL and autosave, which follow 300 ms after the last change: a page left sooner saves at once,
    // and the reload opens the new scenario where the learner was (before its first step).
    await page.goto('/#view=keys');
    await page.reload();
    await expect(position(page)).toHaveText(stepOf(lang, 0, 8));
    console.expectNone();
  });

  test(`${lang}: acting while stepped back inserts after the step on screen, keeping or dropping what followed`, async ({
    page,
  }) => {
    await openScenario(page, templateScenario('envelope-basics', 'ja'), {
      view: 'envelope',
      step: 3,
      lang,
      motion: 'reduce',
    });
    await expect(position(page)).toHaveText(stepOf(lang, 3, 7));
    await openOptions(page, lang);
    const placement = player(page).getByRole('radiogroup', { name: p(lang, 'placement.label') });
    await expect(placement.getByRole('radio', { name: p(lang, 'placement.keep') })).toBeChecked();

    await page.getByRole('button', { name: e(lang, 'composer.encrypt') }).click();
    // Inserted after step 3, the player on the first added step (GenerateDataKey), the old 4–7 after them.
    await expect(position(page)).toHaveText(stepOf(lang, 4, 11));
    await expect(page.locator('#stage-title')).toContainText('GenerateDataKey');
    const notice = player(page).getByRole('status');
    const added = p(lang, 'range.many', { from: 4, to: 7 });
    await expect(notice).toContainText(
      p(lang, 'inserted.keep', { added, step: 3, range: p(lang, 'range.many', { from: 8, to: 11 }) }),
    );
    await expect(notice).toContainText(p(lang, 'inserted.allOk'));

    // The other choice, on the spot: what followed is dropped (and that is the choice from now on).
    await notice.getByRole('button', { name: p(lang, 'inserted.dropInstead') }).click();
    await expect(position(page)).toHaveText(stepOf(lang, 4, 7));
    await expect(notice).toContainText(p(lang, 'inserted.drop', { added, step: 3, range: added }));
    await expect(placement.getByRole('radio', { name: p(lang, 'placement.drop') })).toBeChecked();
    await notice.getByRole('button', { name: p(lang, 'undo') }).click();
    await expect(position(page)).toHaveText(stepOf(lang, 3, 7));

    await page.getByRole('button', { name: e(lang, 'composer.encrypt') }).click();
    await expect(position(page)).toHaveText(stepOf(lang, 4, 7));
    await placement.getByRole('radio', { name: p(lang, 'placement.keep') }).check({ force: true });
  });
}

test('a step inserted before later ones can make them fail, and the player says which', async ({ page }) => {
  // At step 6 (the envelope stored), disabling the key in the tamper lab: the kept Decrypt (old step 7) now fails.
  await openScenario(page, templateScenario('envelope-basics', 'ja'), {
    view: 'envelope',
    step: 6,
    lang: 'en',
    motion: 'reduce',
  });
  await page.getByRole('navigation', { name: 'Studio' }).getByRole('button', { name: 'Tamper lab' }).click();
  await page.getByRole('radio', { name: 'Disable the KMS key' }).check();
  await page.getByRole('radio', { name: 'DisabledException' }).check();
  await page.getByRole('button', { name: 'Make the change and decrypt' }).click();
  // The experiment's own decryption is shown (its result is what the learner predicted).
  await expect(position(page)).toHaveText('Step 8 of 9');
  await expect(
    page.getByTestId('reveal').getByRole('heading', { name: 'Your prediction was right' }),
  ).toBeVisible();
  await expect(player(page).getByRole('status')).toContainText(
    'Added steps 7–8 after step 6. The steps that followed (step 9) stay after the added ones and replay with them. Now failing: 9.',
  );
  await page.keyboard.press('End');
  await expect(page.getByTestId('player-caption')).toContainText('DisabledException');
});

for (const lang of ['en', 'ja'] as const) {
  test(`${lang}: the studio explains step 0, and added steps start at the first one, which Play runs`, async ({
    page,
  }) => {
    await gotoApp(page, { lang, motion: 'reduce', view: 'envelope' });
    await expect(position(page)).toHaveText(stepOf(lang, 7, 7));
    await page.locator('body').click({ position: { x: 1, y: 1 } });
    await page.keyboard.press('Home');
    await expect(position(page)).toHaveText(stepOf(lang, 0, 7));
    await expect(page.getByTestId('player-caption')).toHaveText(
      p(lang, 'caption.start', { steps: 7, account: '111122223333', region: 'us-east-1' }),
    );
    // Not "no usable key": the key comes at step 1, and the studio says how to get there.
    await expect(page.getByText(plain(e(lang, 'key.notYet', { step: 1 })))).toBeVisible();
    await expect(page.getByText(e(lang, 'key.none'))).toHaveCount(0);
    await expect(page.getByText(e(lang, 'flow.beforeStart'))).toBeVisible();
    await page.getByRole('button', { name: e(lang, 'key.goTo', { step: 1 }) }).click();
    await expect(position(page)).toHaveText(stepOf(lang, 1, 7));

    await page.keyboard.press('End');
    await expect(position(page)).toHaveText(stepOf(lang, 7, 7));
    // Opened on the last step, everything done: the studio offers to watch it happen from the start.
    await page.getByRole('button', { name: e(lang, 'composer.watch') }).click();
    await expect(position(page)).toHaveText(stepOf(lang, 1, 7), { timeout: 10_000 });
    await player(page)
      .getByRole('button', { name: p(lang, 'pause') })
      .click();
    await page.locator('body').click({ position: { x: 1, y: 1 } });
    await page.keyboard.press('End');
    await expect(position(page)).toHaveText(stepOf(lang, 7, 7));
    await page.getByRole('button', { name: e(lang, 'composer.encrypt') }).click();
    await expect(position(page)).toHaveText(stepOf(lang, 8, 11));
    await expect(page.locator('#stage-title')).toContainText('GenerateDataKey');
    // Play runs the added steps in order: encrypt, discard, store.
    await openOptions(page, lang);
    await player(page).getByRole('radio', { name: '4×' }).check({ force: true });
    await player(page)
      .getByRole('button', { name: p(lang, 'play') })
      .click();
    await expect(position(page)).toHaveText(stepOf(lang, 11, 11), { timeout: 20_000 });
    await expect(page.locator('#stage-title')).toContainText(e(lang, 'stageTitle.store').replaceAll('`', ''));
  });

  test(`${lang}: each tamper experiment starts from the clean envelope and key, and says what it put back`, async ({
    page,
  }) => {
    await gotoApp(page, { lang, motion: 'reduce', view: 'envelope' });
    await page
      .getByRole('navigation', { name: e(lang, 'tabs.label') })
      .getByRole('button', { name: e(lang, 'tabs.tamper') })
      .click();
    const apply = page.getByRole('button', { name: e(lang, 'tamper.apply') });
    const reveal = page.getByTestId('reveal');
    await page.getByRole('radio', { name: e(lang, 'tamper.case.disable') }).check();
    await page.getByRole('radio', { name: plain(e(lang, 'outcome.DisabledException')) }).check();
    await apply.click();
    await expect(reveal.getByRole('heading', { name: e(lang, 'tamper.right') })).toBeVisible();
    await expect(page.getByText(e(lang, 'tamper.keyAlreadyDisabled'))).toBeVisible();

    // The case: after disabling the key, a bit of the tag fails at the tag, not with DisabledException.
    await page.getByRole('radio', { name: e(lang, 'tamper.case.tag') }).check();
    await page.getByRole('radio', { name: plain(e(lang, 'outcome.frame-auth-failed')) }).check();
    await apply.click();
    await expect(reveal.getByRole('heading', { name: e(lang, 'tamper.right') })).toBeVisible();
    await expect(reveal.getByText(e(lang, 'tamper.startedClean.enable'))).toBeVisible();
    await expect(reveal.locator('[data-testid="box"][data-stopped]').getByTestId('error-name')).toHaveText(
      'frame-auth-failed',
    );

    // And the next one starts from the original envelope again.
    await page.getByRole('radio', { name: e(lang, 'tamper.case.edk') }).check();
    await page.getByRole('radio', { name: plain(e(lang, 'outcome.InvalidCiphertextException')) }).check();
    await apply.click();
    await expect(reveal.getByRole('heading', { name: e(lang, 'tamper.right') })).toBeVisible();
    await expect(reveal.getByText(e(lang, 'tamper.startedClean.restore'))).toBeVisible();
  });

  test(`${lang}: who is acting is shown where calls are made and in the step's caption, with a way back`, async ({
    page,
  }) => {
    await gotoApp(page, { lang, motion: 'reduce', view: 'policy' });
    await page
      .getByLabel(say(lang, 'cast', 'actingAs'))
      .first()
      .selectOption('app');
    await page
      .getByRole('navigation')
      .getByRole('link', { name: lang === 'en' ? 'Envelope encryption' : 'エンベロープ暗号化' })
      .click();
    const note = page.getByTestId('acting-as-note');
    const app = { name: 'role/App', kind: say(lang, 'cast', 'kind.role'), account: '111122223333' };
    await expect(note).toContainText(plain(say(lang, 'cast', 'callsAs', app)));
    await page.getByRole('button', { name: e(lang, 'composer.decrypt') }).click();
    await expect(position(page)).toHaveText(stepOf(lang, 8, 8));
    await expect(page.getByTestId('player-caption')).toContainText(
      plain(p(lang, 'stepBy', { principal: 'role/App' })),
    );
    await note
      .getByRole('button', { name: plain(say(lang, 'cast', 'backToAdmin', { name: 'role/Admin' })) })
      .click();
    await expect(note).toContainText(plain(say(lang, 'cast', 'callsAs', { ...app, name: 'role/Admin' })));
    await page.getByRole('button', { name: e(lang, 'composer.decrypt') }).click();
    await expect(page.getByTestId('player-caption')).toContainText(
      plain(p(lang, 'stepBy', { principal: 'role/Admin' })),
    );
    // Every section that makes calls says it, Keys and Rotation included.
    for (const view of ['keys', 'rotation']) {
      await page.goto(`/#view=${view}`);
      await expect(page.getByTestId('acting-as-note')).toContainText('role/Admin');
    }
  });
}

test('the bill counts the requests CloudTrail lists, and points to the clock that exists', async ({
  page,
}) => {
  await gotoApp(page, { lang: 'en', motion: 'reduce', view: 'trail' });
  await expect(position(page)).toHaveText('Step 7 of 7');
  // CloudTrail lists the four KMS requests of the default scenario (CreateKey, CreateAlias, GenerateDataKey, Decrypt).
  await expect(page.getByText('4 of 4 records')).toBeVisible();

  await page.goto('/#view=cost');
  await expect(page.getByText('4 requests: 4 in the free tier, 0 charged')).toBeVisible();
  await expect(page.getByText('No KMS key exists yet')).toHaveCount(0);
  const perKey = page.getByRole('table', { name: 'Per key' });
  await expect(perKey.getByRole('row')).toHaveCount(2);
  await expect(page.getByText('No simulated time has passed yet, so no key fee has accrued')).toBeVisible();
  await page
    .getByRole('link', { name: 'Move the simulated clock forward in Rotation (Time travel)' })
    .click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Rotation');
  await expect(page.getByRole('button', { name: '+1 month' })).toBeVisible();
});

for (const lang of ['en', 'ja'] as const) {
  test(`${lang}: a scenario file opens over the untouched built-in scenario without asking, and asks as a file otherwise`, async ({
    page,
  }) => {
    await gotoApp(page, { lang, motion: 'reduce', view: 'keys' });
    await expect(position(page)).toHaveText(stepOf(lang, 7, 7));
    const file = (name: string, text: string) => ({
      name,
      mimeType: 'application/json',
      buffer: Buffer.from(text),
    });
    const input = player(page).locator('input[type="file"]');
    await input.setInputFiles(
      file('rotation.kmslab.json', toScenarioFile(templateScenario('rotation', 'ja'))),
    );
    await expect(position(page)).toHaveText(stepOf(lang, 8, 8));
    await expect(page.getByRole('dialog')).toHaveCount(0);

    // Now with work of the learner's own: the question names a file, not a link.
    await page.goto('/#view=rotation');
    await page.getByRole('button', { name: lang === 'en' ? '+1 day' : '+1 日' }).click();
    await expect(position(page)).toHaveText(stepOf(lang, 9, 9));
    await input.setInputFiles(
      file('basics.kmslab.json', toScenarioFile(templateScenario('envelope-basics', 'ja'))),
    );
    const dialog = page.getByRole('dialog', { name: p(lang, 'opening.file.title') });
    await expect(dialog).toContainText(p(lang, 'opening.file.body', { steps: 9 }));
    await expect(dialog.getByRole('button').first()).toHaveText(p(lang, 'opening.file.open-link'));
    await dialog.getByRole('button', { name: p(lang, 'opening.file.open-link') }).click();
    await expect(position(page)).toHaveText(stepOf(lang, 7, 7));
  });
}

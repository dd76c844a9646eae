import { expect, type Page, test } from '@playwright/test';
import { languages, lazyFeatures, loadCatalogues, t } from '../src/i18n';
import { explorations, notePointIds } from '../src/ui/notes/points';
import { sectionForView } from '../src/ui/sections';
import { axeCheck, gotoApp, type Lang, type Theme, watchConsole } from './helpers/app';
import { untranslatedInEnglish, untranslatedInJapanese, visibleProse } from './helpers/language';
import { textSmallerThan } from './helpers/textSize';

// The test's own look-ups of the learner's text (t) need every catalogue, as the sections do.
test.beforeAll(() => loadCatalogues(lazyFeatures, languages));

test.describe.configure({ timeout: 90_000 });

const point = (page: Page, id: string) => page.locator(`[data-point="${id}"]`);

/** A phrase of each point, as the learner reads it in each language (the notes' wording, translated). */
const phrases: Record<Lang, Record<string, string>> = {
  ja: {
    'lifecycle.managed': 'フルマネージド',
    'lifecycle.region': 'Region service',
    'lifecycle.cloudtrail': 'CloudTrail と統合 (キー使用の監査ログ)',
    'lifecycle.fips': 'FIPS 140-2 Level 2',
    'keyTypes.retained': 'ローテーション後も古いキーでの復号は可能 (バッキングキー保持)',
    'keyTypes.awsManaged': 'AWS 管理キー',
    'keyTypes.customer': 'カスタマー管理キー (CMK)',
    'keyTypes.awsOwned': '一部サービスの内部暗号化',
    'keyTypes.price': '$1/月 + API コール',
    keyPolicy: 'KMS キーへのアクセスの',
    envelope: 'KMS API で直接暗号化できるのは 4KB まで なので、この仕組みが必要',
    encryptFlow: '平文の Data Key を即座に破棄 (メモリから削除)',
    decryptFlow: '元のデータ',
    services: 'SecureString',
  },
  en: {
    'lifecycle.managed': 'Fully managed',
    'lifecycle.region': 'A Regional service',
    'lifecycle.cloudtrail': 'Integrated with CloudTrail (audit log of key use)',
    'lifecycle.fips': 'FIPS 140-2 Level 2',
    'keyTypes.retained':
      'After rotation, decrypting with the old key still works (backing keys are retained)',
    'keyTypes.awsManaged': 'AWS managed key',
    'keyTypes.customer': 'Customer managed key (CMK)',
    'keyTypes.awsOwned': 'Internal encryption in some services',
    'keyTypes.price': '$1/month + API calls',
    keyPolicy: 'A resource-based policy for access to a KMS key',
    envelope: 'The KMS API can encrypt directly only up to 4 KB, so this mechanism is needed',
    encryptFlow: 'Discard the plaintext data key immediately (delete it from memory)',
    decryptFlow: 'The original data',
    services: 'SecureString',
  },
};

for (const lang of ['ja', 'en'] as const) {
  test(`every point of the notes is shown in ${lang}, with its Explore link and the AWS-today badges`, async ({
    page,
  }) => {
    const console = watchConsole(page);
    await gotoApp(page, { lang, view: 'notes' });
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(t(lang, 'notes.title'));
    for (const id of notePointIds) {
      await expect(point(page, id).first(), id).toContainText(phrases[lang][id] as string);
      const link = point(page, id)
        .first()
        .getByRole('link', {
          name: t(lang, 'notes.explore', {
            section: t(lang, sectionForView(explorations[id].section).titleKey),
          }),
        });
      await expect(link, id).toHaveAttribute('href', `#view=${explorations[id].section}`);
    }
    // The two diagrams are lists of steps, not ASCII art.
    const encrypt = page.getByRole('figure', { name: t(lang, 'notes.encryptFlow.title') });
    await expect(
      encrypt.getByRole('listitem').filter({ has: page.getByTestId('flow-step-title') }),
    ).toHaveCount(4);
    const decrypt = page.getByRole('figure', { name: t(lang, 'notes.decryptFlow.title') });
    await expect(decrypt.getByTestId('flow-step')).toHaveCount(2);
    await expect(
      page.getByRole('table', { name: t(lang, 'notes.keyTypes.caption') }).getByRole('row'),
    ).toHaveCount(4);
    await expect(
      page.getByRole('table', { name: t(lang, 'notes.services.caption') }).getByRole('row'),
    ).toHaveCount(8);
    // Where AWS says otherwise today.
    for (const correction of [
      'fips',
      'cmk',
      'customerRotation',
      'awsManagedRotation',
      'price',
      'keyPolicy',
    ]) {
      await expect(page.locator(`[data-correction="${correction}"]`).first(), correction).toContainText(
        t(lang, 'notes.awsToday'),
      );
    }
    await expect(page.locator('[data-correction="fips"]')).toContainText('FIPS 140-3');
    const prose = await visibleProse(page, 'main');
    expect(lang === 'ja' ? untranslatedInJapanese(prose) : untranslatedInEnglish(prose)).toEqual([]);
    console.expectNone();
  });
}

test('each Explore link opens the section that shows the point', async ({ page }) => {
  await gotoApp(page, { lang: 'en', view: 'notes' });
  const sections = [...new Set(notePointIds.map((id) => explorations[id].section))];
  for (const section of sections) {
    const id = notePointIds.find((p) => explorations[p].section === section) as string;
    await point(page, id)
      .first()
      .getByRole('link', { name: /^Explore in/ })
      .first()
      .click();
    await expect(page).toHaveURL(new RegExp(`#view=${section}(&|$)`));
    await expect(page.locator('main h1')).toBeVisible();
    await expect(
      page.getByRole('navigation', { name: 'Sections' }).locator('[aria-current="page"]'),
    ).toHaveText(t('en', sectionForView(section).titleKey));
    await page.goBack();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Study notes: AWS KMS');
  }
});

test('an example opens in its section, asking first when it would replace the learner’s work', async ({
  page,
}) => {
  await gotoApp(page, { lang: 'en', view: 'notes' });
  // No work yet: the example opens straight away, before its first step.
  await point(page, 'keyTypes.retained')
    .getByRole('button', { name: /^Open the example/ })
    .click();
  await expect(page).toHaveURL(/#view=rotation&/);
  const player = page.getByRole('region', { name: 'Scenario player' });
  await expect(player.getByText('Step 0 of 8')).toBeVisible();

  // The example left as it was is nothing of the learner's to lose (issue #13); a day more on its clock is.
  await player.getByRole('button', { name: 'Last step (End)' }).click();
  await page.getByRole('button', { name: '+1 day' }).click();
  await expect(player.getByText('Step 9 of 9')).toBeVisible();
  // Now there is work: opening another example asks, and Escape keeps it.
  await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Study notes' }).click();
  await point(page, 'envelope')
    .getByRole('button', { name: /^Open the example/ })
    .click();
  const dialog = page.getByRole('dialog', { name: 'Open the example?' });
  await expect(dialog).toContainText('9 steps');
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await expect(page).toHaveURL(/#view=notes/);

  await point(page, 'envelope')
    .getByRole('button', { name: /^Open the example/ })
    .click();
  await dialog.getByRole('button', { name: 'Open the example' }).click();
  await expect(page).toHaveURL(/#view=envelope&/);
  await expect(
    page.getByRole('region', { name: 'Scenario player' }).getByText(/^Step 0 of \d+$/),
  ).toBeVisible();
  // The opening dialog of the player does not ask again: the link and the saved work agree.
  await expect(page.getByRole('dialog')).toHaveCount(0);
});

for (const [lang, theme] of [
  ['en', 'light'],
  ['ja', 'light'],
  ['en', 'projector'],
  ['ja', 'projector'],
] as [Lang, Theme][]) {
  test(`the notes pass axe and read at 24 px on a projector (${lang}, ${theme})`, async ({ page }) => {
    await gotoApp(page, { lang, theme, view: 'notes' });
    await axeCheck(page, `notes ${lang} ${theme}`, 'main');
    if (theme === 'projector') {
      expect(await textSmallerThan(page, 24, 'main')).toEqual([]);
    }
    await page.screenshot({ path: `test-results/notes/notes-${lang}-${theme}.png`, fullPage: true });
  });
}

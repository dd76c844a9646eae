/**
 * Lessons and the practice exam, as a learner uses them: every lesson walked to its end in ja and en with its
 * questions answered (right in one language, wrong in the other, so each question is seen both ways); the
 * practice exam scored and reviewed; progress surviving a reload; "Start here" on the first screen.
 *
 * The right answers the test expects are themselves computed by running the scenarios in Node (`decide`), the
 * same way the page computes them: the test never holds an answer of its own.
 */
import { expect, type Locator, type Page, test } from '@playwright/test';
import { flatten } from '../src/i18n/define';
import { lessons as english } from '../src/i18n/lessons';
import { lessons as japanese } from '../src/i18n/lessons.ja';
import { LESSON_IDS, type LessonId, lesson } from '../src/scenario/lessons/lessons';
import { attemptSeed, practiceQuestions, shuffled } from '../src/scenario/lessons/practice';
import { PROGRESS_KEY } from '../src/scenario/lessons/progress';
import { decide, type Question } from '../src/scenario/lessons/question';
import type { Scenario } from '../src/scenario/schema';
import { axeCheck, gotoApp, type Lang, watchConsole } from './helpers/app';
import { textSmallerThan } from './helpers/textSize';

test.describe.configure({ timeout: 120_000 });

const words = { en: flatten(english), ja: flatten(japanese) };
/** A catalogue message as the page shows it (`code` marks become <code>, their backticks gone). */
const shown = (lang: Lang, key: string) => (words[lang].get(key) ?? key).replaceAll('`', '');

const nextStep = { en: 'Next step (→)', ja: '次のステップ (→)' } as const;
const verdict = {
  en: { right: 'Right.', wrong: 'Not this time.' },
  ja: { right: '正解です。', wrong: '今回は不正解です。' },
};

const player = (page: Page) => page.getByRole('region', { name: /^(Scenario player|シナリオプレーヤー)$/ });
const position = (page: Page) => player(page).getByTestId('player-position');
/** The narration of the step under the cursor (headed by its chapter). */
const narration = (page: Page) => page.locator('main section[aria-labelledby="lesson-chapter"]');

async function answerOf(question: Question, scenario: Scenario): Promise<number> {
  return question.options.indexOf((await decide(question, scenario)).answer);
}

/** Picks option `index` of the question form on screen and submits it. */
async function answer(form: Locator, index: number, submit: string) {
  await form.getByRole('radio').nth(index).check();
  await form.getByRole('button', { name: submit }).click();
}

async function walkLesson(page: Page, id: LessonId, lang: Lang, rightFirst: boolean) {
  const subject = lesson(id);
  const steps = subject.scenario.steps;
  const byStep = new Map(subject.questions.map((q) => [q.step, q]));
  await gotoApp(page, { lang, view: `lessons&lesson=${id}` });
  await expect(page.locator('main h1')).toHaveText(shown(lang, `lesson.${id}.title`));
  // A link to a lesson opens at its first step, with the lesson in the player and chapters on its scrubber.
  await expect(position(page)).toHaveText(
    lang === 'en' ? `Step 1 of ${steps.length}` : `ステップ 1 / ${steps.length}`,
  );
  const chapters = player(page)
    .getByRole('list', { name: lang === 'en' ? 'Chapters' : '章' })
    .getByRole('button');
  await expect(chapters).toHaveCount(subject.chapters.length);
  let asked = 0;
  for (let i = 0; i < steps.length; i++) {
    const step = steps[i];
    if (!step) throw new Error('no step');
    await expect(narration(page)).toContainText(shown(lang, `lesson.${id}.steps.${step.id}.say`));
    const next = steps[i + 1];
    if (!next) break;
    const question = byStep.get(next.id);
    if (question) {
      const form = page.locator('main form');
      await expect(form).toContainText(shown(lang, `lesson.${id}.questions.${question.id}.stem`));
      const right = await answerOf(question, subject.scenario);
      const pickRight = (asked++ % 2 === 0) === rightFirst;
      const wrong = right === 0 ? 1 : 0;
      await answer(form, pickRight ? right : wrong, lang === 'en' ? 'Check my answer' : '答え合わせ');
      // The step runs and the player moves onto it; the verdict comes from that run.
      // Running the step and deciding take a replay each: generous on a loaded machine.
      await expect(position(page)).toContainText(String(i + 2), { timeout: 20_000 });
      await expect(page.locator('main').getByText(verdict[lang][pickRight ? 'right' : 'wrong'])).toBeVisible({
        timeout: 20_000,
      });
      await expect(page.locator('main')).toContainText(
        shown(lang, `lesson.${id}.questions.${question.id}.explain`),
      );
    } else {
      await player(page).getByRole('button', { name: nextStep[lang] }).click();
      await expect(position(page)).toContainText(String(i + 2));
    }
  }
  expect(asked).toBe(subject.questions.length);
  await expect(page.locator('main').getByText(shown(lang, 'finished'))).toBeVisible();
}

// Each lesson once, the languages alternating (and which answer comes first with them), so both languages and
// both verdicts are walked on screen; every lesson's text in both languages is checked by lessons.test.ts, and
// its grading by running its steps there too (issue #15's time budget: a walk is 5–8 s).
for (const [i, id] of LESSON_IDS.entries()) {
  const lang = i % 2 === 0 ? 'en' : 'ja';
  test(`${id} walks to its end in ${lang}, questions answered right and wrong`, async ({ page }) => {
    const console = watchConsole(page);
    await walkLesson(page, id, lang, lang === 'en');
    console.expectNone();
  });
}

test('Start here on the first screen opens the first lesson at its first step', async ({ page }) => {
  await gotoApp(page, { lang: 'en' });
  await page.getByRole('link', { name: /Start the first lesson/ }).click();
  await expect(page.locator('main h1')).toHaveText(shown('en', 'lesson.key-types.title'));
  await expect(position(page)).toHaveText(/^Step 1 of/);
  await expect(page).toHaveURL(/lesson=key-types/);
  await expect(page).toHaveURL(/step=1(&|$)/);
  await axeCheck(page, 'a lesson (en)');
});

test('a lesson link with a step opens there; chapters jump; the speaker notes unfold', async ({ page }) => {
  await gotoApp(page, { lang: 'en', view: 'lessons&lesson=rotation&step=5' });
  await expect(position(page)).toHaveText('Step 5 of 8');
  await expect(narration(page)).toContainText(shown('en', 'lesson.rotation.steps.s5.say'));
  await player(page)
    .getByRole('button', { name: shown('en', 'lesson.rotation.chapters.rotate'), exact: true })
    .click();
  await expect(position(page)).toHaveText('Step 3 of 8');
  await page.getByText('Speaker notes').click();
  await expect(page.locator('main')).toContainText(shown('en', 'lesson.rotation.steps.s3.notes'));
});

test('the practice exam scores and reviews, and an attempt survives a reload', async ({ page }) => {
  const console = watchConsole(page);
  await gotoApp(page, { lang: 'en', view: 'lessons' });
  await page.getByRole('button', { name: 'Begin the practice exam' }).click();
  const order = shuffled(practiceQuestions(), attemptSeed(1));
  const rights = await Promise.all(order.map((q) => answerOf(q, q.scenario)));
  // Right on every third question, wrong on the others.
  const picks = rights.map((right, i) => (i % 3 === 0 ? right : right === 0 ? 1 : 0));
  const form = page.locator('main form');
  for (const [i, question] of order.entries()) {
    if (i === 5) {
      await page.reload();
      await expect(page.locator('main h1')).toBeVisible();
    }
    await expect(form).toContainText(`Question ${i + 1} of ${order.length}`);
    await expect(form).toContainText(shown('en', `practice.${question.id}.stem`));
    await answer(form, picks[i] as number, 'Submit answer');
  }
  await page.getByRole('button', { name: 'See my score' }).click();
  const expected = picks.filter((pick, i) => pick === rights[i]).length;
  await expect(page.getByText(`Score: ${expected} of ${order.length}`)).toBeVisible({ timeout: 60_000 });
  const review = page.locator('main li[data-question]');
  await expect(review).toHaveCount(order.length);
  await expect(review.first()).toContainText(shown('en', `practice.${order[0]?.id}.explain`));
  await expect(review.filter({ hasText: 'Incorrect' })).toHaveCount(order.length - expected);
  // The score and the finished attempt are kept; a new attempt has a new order.
  await page.reload();
  await expect(page.getByText(`Best score so far: ${expected} of ${order.length}`)).toBeVisible();
  await page.getByRole('button', { name: 'New attempt (new order)' }).click();
  const second = shuffled(practiceQuestions(), attemptSeed(2));
  await expect(form).toContainText(shown('en', `practice.${second[0]?.id}.stem`));
  await axeCheck(page, 'the practice exam (en)');
  console.expectNone();
});

test('lesson progress survives a reload, and corrupt saved progress is ignored', async ({ page }) => {
  await gotoApp(page, { lang: 'ja', view: 'lessons&lesson=pricing' });
  await player(page).getByRole('button', { name: '最後のステップ (End)' }).click();
  await expect(page.locator('main').getByText(shown('ja', 'finished'))).toBeVisible();
  await page
    .getByRole('link', { name: shown('ja', 'backToList') })
    .first()
    .click();
  await expect(page.locator('li[data-lesson="pricing"]')).toContainText(shown('ja', 'done'));
  await page.reload();
  await expect(page.locator('li[data-lesson="pricing"]')).toContainText(shown('ja', 'done'));
  await page.evaluate(
    (key) => localStorage.setItem(key, '{"lessons":{"pricing":{"reached":"x"'),
    PROGRESS_KEY,
  );
  await page.reload();
  await expect(page.locator('main h1')).toHaveText(shown('ja', 'title'));
  await expect(page.locator('li[data-lesson="pricing"]')).not.toContainText(shown('ja', 'done'));
});

test('on a projector, the lesson list, a lesson and its question read at 24 px or more', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await gotoApp(page, { lang: 'ja', theme: 'projector', view: 'lessons' });
  await expect(page.locator('li[data-lesson]')).toHaveCount(LESSON_IDS.length);
  expect(await textSmallerThan(page, 24, 'main')).toEqual([]);
  // Key policy, step 3: the question before step 4 is on screen, with the chapters under the scrubber.
  await gotoApp(page, { lang: 'ja', theme: 'projector', view: 'lessons&lesson=key-policy&step=3' });
  await expect(page.locator('main form')).toBeVisible();
  expect(await textSmallerThan(page, 24, 'main')).toEqual([]);
  await axeCheck(page, 'a lesson question on a projector (ja)');
});

test('the navigation shows Study notes as current in the lessons, which the notes link to', async ({
  page,
}) => {
  await gotoApp(page, { lang: 'en', view: 'notes' });
  await page.getByRole('link', { name: 'All lessons and the practice exam' }).click();
  await expect(page.locator('main h1')).toHaveText(shown('en', 'title'));
  await expect(
    page.getByRole('navigation', { name: 'Sections' }).locator('[aria-current="page"]'),
  ).toHaveText('Study notes');
});

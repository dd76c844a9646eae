/**
 * The lessons: every scenario is valid and replays to its end; chapters and words exist for every step in ja
 * and en; every question is decided by running its step (known answers below, each checked against the
 * simulator); and every point of the study notes is taught by some lesson.
 */
import { describe, expect, test } from 'vitest';
import { flatten } from '../../i18n/define';
import { lessons as english } from '../../i18n/lessons';
import { lessons as japanese } from '../../i18n/lessons.ja';
import { notePointIds } from '../../ui/notes/points';
import { createReplayer } from '../replay';
import { createScenario } from '../schema';
import type { Step } from '../steps/index';
import { validateScenario } from '../validateScenario';
import { APP, allowIam, keyIdOf, kms } from './build';
import { LESSON_IDS, type Lesson, lesson, lessonOfScenario, lessons } from './lessons';
import { decide, UndecidableQuestion } from './question';

function must<T>(value: T | undefined): T {
  if (value === undefined) throw new Error('missing test fixture');
  return value;
}

const words = { en: flatten(english), ja: flatten(japanese) };

/** What the simulator does at each question (produced by running it; the test re-runs and compares). */
const knownAnswers: Record<string, Record<string, string>> = {
  'key-types': { direct: 'AccessDeniedException', disable: 'AccessDeniedException' },
  regional: { otherRegion: 'NotFoundException', trail: 'AccessDeniedException' },
  'key-policy': { noIam: 'AccessDeniedException', withIam: 'ok', noRoot: 'AccessDeniedException' },
  'why-envelope': { exact: 'ok', over: 'ValidationException' },
  'encrypt-flow': { keyBytes: '32', reuse: 'DataKeyDiscarded' },
  'decrypt-flow': { appDenied: 'AccessDeniedException', appAllowed: 'ok', tampered: 'frame-auth-failed' },
  rotation: { old: 'v0', new: 'v1' },
  services: { disabled: 'DecryptionFailure' },
  pricing: { january: '1.00', february: '2.00', march: '3.00', awsManaged: '0.00' },
};

/** The lesson with its scenario's steps changed (the ids, chapters and questions stay). */
const withSteps = (subject: Lesson, steps: Step[]): Lesson => ({
  ...subject,
  scenario: createScenario(subject.scenario.seed, subject.scenario.settings, steps),
});

describe('lessons', () => {
  test('the list is the LESSON_IDS, in order, each built from the step catalogue', () => {
    expect([...lessons().keys()]).toEqual([...LESSON_IDS]);
    for (const subject of lessons().values()) {
      expect(validateScenario(structuredClone(subject.scenario))).toEqual(subject.scenario);
    }
  });

  for (const id of LESSON_IDS) {
    describe(id, () => {
      const subject = lesson(id);
      const stepIds = subject.scenario.steps.map((s) => s.id);

      test('replays to its end with every step run', async () => {
        const replayer = createReplayer(subject.scenario);
        const last = await replayer.goTo(stepIds.length - 1);
        expect(last.result).toBeDefined();
        const history = await replayer.history(stepIds.length - 1);
        expect(history.records).toHaveLength(stepIds.length);
      });

      test('has chapters in step order, the first at the first step', () => {
        const starts = subject.chapters.map((c) => stepIds.indexOf(c.from));
        expect(starts[0]).toBe(0);
        expect(starts.every((s, i) => s >= 0 && (i === 0 || s > (starts[i - 1] as number)))).toBe(true);
      });

      test('has a title, narration for the start and every step, chapter titles and question texts in ja and en', () => {
        for (const lang of ['en', 'ja'] as const) {
          const has = (key: string) =>
            expect(words[lang].get(`lesson.${id}.${key}`), `${lang} ${key}`).toBeTruthy();
          for (const key of ['title', 'summary', 'start.say', 'start.notes']) has(key);
          for (const step of stepIds) has(`steps.${step}.say`);
          for (const chapter of subject.chapters) has(`chapters.${chapter.id}`);
          for (const question of subject.questions) {
            has(`questions.${question.id}.stem`);
            has(`questions.${question.id}.explain`);
          }
        }
        // No words for steps or questions the lesson does not have.
        const keys = [...words.en.keys()].filter((k) => k.startsWith(`lesson.${id}.steps.`));
        expect(new Set(keys.map((k) => k.split('.')[3]))).toEqual(new Set(stepIds));
      });

      test('decides each question by running its step', async () => {
        const replayer = createReplayer(subject.scenario);
        const decided: Record<string, string> = {};
        for (const question of subject.questions) {
          expect(stepIds).toContain(question.step);
          expect(new Set(question.options).size).toBe(question.options.length);
          decided[question.id] = (await decide(question, subject.scenario, (i) => replayer.goTo(i))).answer;
        }
        expect(decided).toEqual(knownAnswers[id]);
      });
    });
  }

  test('a question’s answer follows its scenario: the same questions on changed scenarios', async () => {
    const policy = lesson('key-policy');
    const noIam = must(policy.questions[0]);
    // Give App an IAM policy before its first Decrypt: the same question now finds the call allowed.
    const steps = [...policy.scenario.steps];
    steps.splice(3, 0, allowIam('s0', APP, ['kms:Decrypt']));
    expect((await decide(noIam, policy.scenario)).answer).toBe('AccessDeniedException');
    expect((await decide(noIam, withSteps(policy, steps).scenario)).answer).toBe('ok');

    const rotation = lesson('rotation');
    const old = must(rotation.questions.find((q) => q.id === 'old'));
    // Encrypt the "old" ciphertext after the rotation instead: the newest backing key decrypts it.
    const [s1, s2, s3, s4, ...rest] = rotation.scenario.steps as [Step, Step, Step, Step, ...Step[]];
    const late = withSteps(rotation, [s1, s3, s4, s2, ...rest]);
    expect((await decide(old, late.scenario)).answer).toBe('v1');

    const pricing = lesson('pricing');
    const january = must(pricing.questions.find((q) => q.id === 'january'));
    const rotated = withSteps(pricing, [
      pricing.scenario.steps[0] as Step,
      kms('s10', 'RotateKeyOnDemand', { KeyId: keyIdOf('s1') }),
      ...pricing.scenario.steps.slice(1),
    ]);
    expect((await decide(january, rotated.scenario)).answer).toBe('2.00');
  });

  test('a lesson is found from its scenario, also a copy that came through a link', () => {
    for (const subject of lessons().values()) {
      expect(lessonOfScenario(structuredClone(subject.scenario))).toBe(subject);
    }
    expect(lessonOfScenario(createScenario('kms-lab'))).toBeUndefined();
  });

  test('a step whose outcome is none of the options is reported, not guessed', async () => {
    const policy = lesson('key-policy');
    const question = { ...must(policy.questions[1]), options: ['AccessDeniedException'] };
    await expect(decide(question, policy.scenario)).rejects.toBeInstanceOf(UndecidableQuestion);
  });
});

describe('the study notes', () => {
  /** Each point of the notes → the lessons that teach it. */
  const taughtBy = new Map(notePointIds.map((point) => [point, [] as string[]]));
  for (const subject of lessons().values()) {
    for (const point of subject.teaches) taughtBy.get(point as never)?.push(subject.id);
  }

  test.each(notePointIds)('“%s” is taught by a lesson', (point) => {
    expect(taughtBy.get(point)?.length, `no lesson teaches ${point}`).toBeGreaterThan(0);
  });

  test('lessons teach only points the notes have', () => {
    const known = new Set<string>(notePointIds);
    for (const subject of lessons().values())
      for (const point of subject.teaches) expect(known, `${subject.id}: ${point}`).toContain(point);
  });
});

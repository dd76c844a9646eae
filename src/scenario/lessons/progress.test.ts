/** Progress in Web Storage: round trips, and whatever is stored (corrupt, hostile, unavailable) never throws. */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { StorageLike } from '../autosave';
import { memoryStorage } from '../memoryStorage.fixture';
import { type LessonId, lesson } from './lessons';
import {
  answerLessonQuestion,
  answerPractice,
  createProgressStore,
  emptyProgress,
  finishAttempt,
  PROGRESS_KEY,
  parseProgress,
  reachStep,
  serializeProgress,
  startAttempt,
} from './progress';

const questionsOf = (id: LessonId) => new Set(lesson(id).questions.map((q) => q.id));

describe('progress', () => {
  test('round-trips lessons, answers and the practice attempt', () => {
    let progress = reachStep(emptyProgress, 'rotation', 3, 8);
    progress = answerLessonQuestion(progress, 'rotation', 'old', 'v0');
    progress = reachStep(progress, 'pricing', 8, 9);
    progress = startAttempt(progress);
    progress = answerPractice(progress, 'grant', 'ok');
    progress = finishAttempt(progress, 21);
    const storage = memoryStorage();
    const store = createProgressStore(storage);
    expect(store.save(progress)).toBe(true);
    const back = store.load();
    expect(back.lessons.get('rotation')).toEqual({
      reached: 3,
      done: false,
      answers: new Map([['old', 'v0']]),
    });
    expect(back.lessons.get('pricing')?.done).toBe(true);
    expect(back.attempt).toEqual({ number: 1, answers: new Map([['grant', 'ok']]), finished: true });
    expect(back.best).toBe(21);
    expect(startAttempt(back).attempt).toEqual({ number: 2, answers: new Map(), finished: false });
  });

  test('a reached step never goes back, and the end marks the lesson done', () => {
    const progress = reachStep(reachStep(emptyProgress, 'regional', 5, 7), 'regional', 1, 7);
    expect(progress.lessons.get('regional')).toMatchObject({ reached: 5, done: false });
    expect(reachStep(progress, 'regional', 6, 7).lessons.get('regional')?.done).toBe(true);
  });

  test('corrupt or hostile values give empty or partial progress, never an exception', () => {
    for (const text of ['', '{', 'null', '[]', '42', '"x"', '{"lessons":[]}', '{"attempt":{"number":-1}}']) {
      const progress = parseProgress(text);
      expect(progress.lessons.size).toBe(0);
      expect(progress.attempt).toBeUndefined();
    }
    const hostile = parseProgress(
      JSON.stringify({
        lessons: {
          __proto__: { reached: 1 },
          nope: { reached: 1 },
          rotation: { reached: 'x', done: 'yes', answers: { old: 7, new: 'v1', injected: 'x' } },
        },
        attempt: { number: 2, answers: { grant: 'ok', unknown: 'ok' }, finished: 1 },
        best: 1e9,
      }),
    );
    expect([...hostile.lessons.keys()]).toEqual(['rotation']);
    expect(hostile.lessons.get('rotation')).toEqual({
      reached: -1,
      done: false,
      answers: new Map([['new', 'v1']]),
    });
    expect(hostile.attempt).toEqual({ number: 2, answers: new Map([['grant', 'ok']]), finished: false });
    expect(hostile.best).toBeUndefined();
  });

  test('any stored text parses without throwing, into known ids only', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json()), (text) => {
        const progress = parseProgress(text);
        for (const [id, entry] of progress.lessons) {
          for (const question of entry.answers.keys()) expect(questionsOf(id).has(question)).toBe(true);
        }
        expect(() => serializeProgress(progress)).not.toThrow();
      }),
      { numRuns: 300 },
    );
  });

  test('unavailable or failing storage is survived', () => {
    const failing: StorageLike = {
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
      removeItem: () => undefined,
    };
    expect(createProgressStore(failing).load()).toBe(emptyProgress);
    expect(createProgressStore(failing).save(emptyProgress)).toBe(false);
    expect(createProgressStore(undefined).save(emptyProgress)).toBe(false);
    const storage = memoryStorage();
    storage.data.set(PROGRESS_KEY, '{not json');
    expect(createProgressStore(storage).load()).toBe(emptyProgress);
  });
});

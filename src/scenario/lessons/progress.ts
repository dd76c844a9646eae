/**
 * The learner's progress, kept in Web Storage (localStorage in the browser, a Map in tests): where each lesson
 * was left, the answers given to lesson questions, and the practice exam's attempts. Everything read back is
 * untrusted: unknown lessons and questions are dropped, wrong types ignored, and unreadable or unavailable
 * storage gives empty progress, never an exception.
 */
import type { StorageLike } from '../autosave';
import { isPlainObject } from '../validate';
import { isLessonId, type LessonId, lesson } from './lessons';
import { practiceQuestions } from './practice';

export const PROGRESS_KEY = 'kms-lab/lessons';

export interface LessonProgress {
  /** The furthest cursor reached (-1 before the first step). */
  readonly reached: number;
  readonly done: boolean;
  /** Question id → the option the learner chose. */
  readonly answers: ReadonlyMap<string, string>;
}

export interface PracticeAttempt {
  /** 1-based: the order of the attempt's questions comes from its number (practice.ts `attemptSeed`). */
  readonly number: number;
  /** Question id → the option chosen, in the order answered. */
  readonly answers: ReadonlyMap<string, string>;
  readonly finished: boolean;
}

export interface Progress {
  readonly lessons: ReadonlyMap<LessonId, LessonProgress>;
  readonly attempt?: PracticeAttempt;
  /** The best score of a finished attempt. */
  readonly best?: number;
}

export const emptyProgress: Progress = { lessons: new Map() };

const isIndex = (value: unknown): value is number => Number.isSafeInteger(value) && (value as number) >= -1;

/** Answers read back: only string choices for the known question ids. */
function answers(value: unknown, known: ReadonlySet<string>): Map<string, string> {
  const out = new Map<string, string>();
  if (!isPlainObject(value)) return out;
  for (const [id, choice] of Object.entries(value)) {
    if (known.has(id) && typeof choice === 'string' && choice.length <= 64) out.set(id, choice);
  }
  return out;
}

const questionsOf = (id: LessonId): ReadonlySet<string> => new Set(lesson(id).questions.map((q) => q.id));

export function parseProgress(text: string | null): Progress {
  if (text === null) return emptyProgress;
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return emptyProgress;
  }
  if (!isPlainObject(raw)) return emptyProgress;
  const lessons = new Map<LessonId, LessonProgress>();
  if (isPlainObject(raw.lessons)) {
    for (const [id, entry] of Object.entries(raw.lessons)) {
      if (!isLessonId(id) || !isPlainObject(entry)) continue;
      lessons.set(id, {
        reached: isIndex(entry.reached) ? entry.reached : -1,
        done: entry.done === true,
        answers: answers(entry.answers, questionsOf(id)),
      });
    }
  }
  const practiceIds = new Set(practiceQuestions().map((q) => q.id));
  let attempt: PracticeAttempt | undefined;
  if (
    isPlainObject(raw.attempt) &&
    Number.isSafeInteger(raw.attempt.number) &&
    (raw.attempt.number as number) >= 1
  ) {
    attempt = {
      number: raw.attempt.number as number,
      answers: answers(raw.attempt.answers, practiceIds),
      finished: raw.attempt.finished === true,
    };
  }
  const best =
    Number.isSafeInteger(raw.best) && (raw.best as number) >= 0 && (raw.best as number) <= practiceIds.size
      ? (raw.best as number)
      : undefined;
  return { lessons, ...(attempt ? { attempt } : {}), ...(best !== undefined ? { best } : {}) };
}

export function serializeProgress(progress: Progress): string {
  return JSON.stringify({
    lessons: Object.fromEntries(
      [...progress.lessons].map(([id, p]) => [
        id,
        { reached: p.reached, done: p.done, answers: Object.fromEntries(p.answers) },
      ]),
    ),
    ...(progress.attempt
      ? {
          attempt: {
            number: progress.attempt.number,
            answers: Object.fromEntries(progress.attempt.answers),
            finished: progress.attempt.finished,
          },
        }
      : {}),
    ...(progress.best !== undefined ? { best: progress.best } : {}),
  });
}

export interface ProgressStore {
  load(): Progress;
  /** False when storage is unavailable or full (progress then lives only in the page). */
  save(progress: Progress): boolean;
}

export function createProgressStore(storage: StorageLike | undefined): ProgressStore {
  return {
    load() {
      try {
        return parseProgress(storage?.getItem(PROGRESS_KEY) ?? null);
      } catch {
        return emptyProgress;
      }
    },
    save(progress) {
      try {
        if (!storage) return false;
        storage.setItem(PROGRESS_KEY, serializeProgress(progress));
        return true;
      } catch {
        return false;
      }
    },
  };
}

/** Progress after the learner reached `cursor` in a lesson of `steps` steps. */
export function reachStep(progress: Progress, id: LessonId, cursor: number, steps: number): Progress {
  const before = progress.lessons.get(id) ?? { reached: -1, done: false, answers: new Map() };
  const reached = Math.max(before.reached, cursor);
  const done = before.done || cursor >= steps - 1;
  if (reached === before.reached && done === before.done && progress.lessons.has(id)) return progress;
  return { ...progress, lessons: new Map(progress.lessons).set(id, { ...before, reached, done }) };
}

export function answerLessonQuestion(
  progress: Progress,
  id: LessonId,
  question: string,
  choice: string,
): Progress {
  const before = progress.lessons.get(id) ?? { reached: -1, done: false, answers: new Map() };
  const next = { ...before, answers: new Map(before.answers).set(question, choice) };
  return { ...progress, lessons: new Map(progress.lessons).set(id, next) };
}

export function startAttempt(progress: Progress): Progress {
  return {
    ...progress,
    attempt: { number: (progress.attempt?.number ?? 0) + 1, answers: new Map(), finished: false },
  };
}

export function answerPractice(progress: Progress, question: string, choice: string): Progress {
  const attempt = progress.attempt;
  if (!attempt || attempt.finished) return progress;
  return { ...progress, attempt: { ...attempt, answers: new Map(attempt.answers).set(question, choice) } };
}

export function finishAttempt(progress: Progress, score: number): Progress {
  const attempt = progress.attempt;
  if (!attempt) return progress;
  return {
    ...progress,
    attempt: { ...attempt, finished: true },
    best: Math.max(progress.best ?? 0, score),
  };
}

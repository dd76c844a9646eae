import { useCallback } from 'react';
import { messageAt } from '../../i18n';
import { format, type Lang, type ParamValues } from '../../i18n/define';
import type { Lesson } from '../../scenario/lessons/lessons';
import type { Probe } from '../../scenario/lessons/probe';
import { useLang } from '../shell/useT';

/**
 * A message of the lessons catalogue (src/i18n/lessons.ts, loaded with whatever shows a lesson), or undefined where
 * a lesson has none (a step without speaker notes). Keys are built from lesson, step and question ids
 * (`lesson.rotation.steps.s3.say`), so they are checked by the lessons' tests rather than the type checker: every
 * lesson step, chapter and question has its words in both languages (lessons.test.ts).
 */
export function lessonMessage(lang: Lang, key: string, params?: ParamValues): string | undefined {
  const message = messageAt(lang, 'lessons', key);
  return message === undefined ? undefined : format(lang, message, params);
}

/**
 * What is said at a cursor of a lesson: the narration and, where the lesson has them, the speaker notes (for
 * whoever presents: the section folds them, a presenter view can show them apart).
 */
export function stepWords(lang: Lang, subject: Lesson, cursor: number): { say: string; notes?: string } {
  const step = subject.scenario.steps[cursor];
  const base = `lesson.${subject.id}.${step ? `steps.${step.id}` : 'start'}`;
  const notes = lessonMessage(lang, `${base}.notes`);
  return { say: lessonText(lang, `${base}.say`), ...(notes ? { notes } : {}) };
}

export function lessonText(lang: Lang, key: string, params?: ParamValues): string {
  return lessonMessage(lang, key, params) ?? key;
}

export function useLessonText(): (key: string, params?: ParamValues) => string {
  const lang = useLang();
  return useCallback((key, params) => lessonText(lang, key, params), [lang]);
}

/**
 * The words for a candidate outcome: written once per kind of outcome, never per question, since which
 * candidate is right is the simulator's business.
 */
export function optionLabel(lang: Lang, probe: Probe, value: string): string {
  const t = (key: string, params?: ParamValues) => lessonText(lang, `outcome.${key}`, params);
  const error = () => t('error', { name: value });
  switch (probe.kind) {
    case 'outcome':
      return value === 'ok' ? t('ok') : error();
    case 'backingKey': {
      const version = /^v(\d+)$/.exec(value)?.[1];
      if (version === undefined) return error();
      return version === '0' ? t('original') : t('rotated', { n: Number(version) });
    }
    case 'monthCost':
      return `$${value}`;
    case 'keyState':
      return t('keyState', { state: value });
    case 'trail':
      return value === 'none'
        ? t('trailNone')
        : value === 'recorded'
          ? t('trailRecorded')
          : t('trailError', { code: value });
    case 'plaintextBytes':
      return /^\d+$/.test(value) ? t('bytes', { n: Number(value) }) : error();
  }
}

import { beforeAll, describe, expect, test } from 'vitest';
import { languages, loadCatalogues } from '../../i18n';
import { lessons } from '../../scenario/lessons/lessons';
import { practiceQuestions } from '../../scenario/lessons/practice';
import { optionLabel, stepWords } from './lessonText';

beforeAll(() => loadCatalogues(['lessons'], languages));

const questions = [...[...lessons().values()].flatMap((l) => l.questions), ...practiceQuestions()];

describe('lesson words', () => {
  test.each(['en', 'ja'] as const)(
    'every candidate outcome has words in %s, distinct within its question',
    (lang) => {
      for (const question of questions) {
        const labels = question.options.map((option) => optionLabel(lang, question.probe, option));
        for (const label of labels) expect(label, question.id).not.toMatch(/^outcome\./);
        expect(new Set(labels).size, question.id).toBe(labels.length);
      }
    },
  );

  test('the outcomes read as a learner would say them', () => {
    expect(optionLabel('en', { kind: 'outcome' }, 'AccessDeniedException')).toBe(
      'It fails with `AccessDeniedException`',
    );
    expect(optionLabel('en', { kind: 'backingKey' }, 'v0')).toMatch(/original/);
    expect(optionLabel('ja', { kind: 'backingKey' }, 'v2')).toBe(
      '2 回目のローテーションで作られたバッキングキー',
    );
    expect(optionLabel('en', { kind: 'monthCost', month: '2026-01' }, '3.00')).toBe('$3.00');
    expect(optionLabel('en', { kind: 'plaintextBytes' }, '32')).toBe('32 bytes');
  });

  test.each(['en', 'ja'] as const)('every cursor of every lesson has narration in %s', (lang) => {
    for (const subject of lessons().values()) {
      for (let cursor = -1; cursor < subject.scenario.steps.length; cursor++) {
        expect(stepWords(lang, subject, cursor).say, `${subject.id} ${cursor}`).not.toMatch(/^lesson\./);
      }
    }
  });
});

/**
 * The practice exam: at least 30 questions, each decided by running its own scenario (known answers below were
 * produced by the simulator and are re-checked here); the order comes from the DRBG, so a seed always gives
 * the same permutation.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { flatten } from '../../i18n/define';
import { lessons as english } from '../../i18n/lessons';
import { lessons as japanese } from '../../i18n/lessons.ja';
import { createScenario } from '../schema';
import type { Step } from '../steps/index';
import { validateScenario } from '../validateScenario';
import { APP, allowIam, keyIdOf, kms } from './build';
import { attemptSeed, practiceQuestions, shuffled } from './practice';
import { decide } from './question';

function must<T>(value: T | undefined): T {
  if (value === undefined) throw new Error('missing test fixture');
  return value;
}

const knownAnswers: Record<string, string> = {
  'encrypt-5kb': 'ValidationException',
  'encrypt-4kb': 'ok',
  'disabled-decrypt': 'DisabledException',
  'disabled-gdk': 'DisabledException',
  'pending-encrypt': 'KMSInvalidStateException',
  'deletion-window': 'ValidationException',
  'cancel-deletion': 'Disabled',
  'deleted-after-window': 'AccessDeniedException',
  'app-no-iam': 'AccessDeniedException',
  'app-iam': 'ok',
  'key-policy-only': 'ok',
  'iam-without-root': 'AccessDeniedException',
  'wrong-action': 'AccessDeniedException',
  grant: 'ok',
  'wrong-context': 'InvalidCiphertextException',
  'missing-context': 'InvalidCiphertextException',
  'decrypt-no-keyid': 'ok',
  'decrypt-other-keyid': 'IncorrectKeyException',
  'rotated-old': 'v0',
  'rotated-new': 'v1',
  'rotation-period': 'ValidationException',
  'rotations-in-a-year': 'v4',
  'other-region': 'NotFoundException',
  'cross-account-default': 'AccessDeniedException',
  'cross-account-allowed': 'ok',
  'cross-account-alias': 'NotFoundException',
  'data-key-bytes': '32',
  'data-key-128': '16',
  'aws-managed-direct': 'AccessDeniedException',
  'aws-managed-rotation': 'v1',
  'trail-denied': 'AccessDeniedException',
  'trail-data-key': 'recorded',
  'cost-one-key': '1.00',
  'cost-three-rotations': '3.00',
  'cost-pending-deletion': '0.00',
  'secret-disabled-key': 'DecryptionFailure',
  'discarded-data-key': 'DataKeyDiscarded',
};

const words = { en: flatten(english), ja: flatten(japanese) };
const questions = practiceQuestions();

describe('practice questions', () => {
  test('there are at least 30, with unique ids, valid scenarios and distinct options', () => {
    expect(questions.length).toBeGreaterThanOrEqual(30);
    expect(new Set(questions.map((q) => q.id)).size).toBe(questions.length);
    for (const q of questions) {
      expect(validateScenario(structuredClone(q.scenario))).toEqual(q.scenario);
      expect(new Set(q.options).size, q.id).toBe(q.options.length);
      expect(q.options.length, q.id).toBeGreaterThanOrEqual(2);
    }
  });

  test('each has a stem and an explanation in ja and en, and the catalogue has no others', () => {
    for (const lang of ['en', 'ja'] as const) {
      for (const q of questions) {
        expect(words[lang].get(`practice.${q.id}.stem`), `${lang} ${q.id}`).toBeTruthy();
        expect(words[lang].get(`practice.${q.id}.explain`), `${lang} ${q.id}`).toBeTruthy();
      }
    }
    const ids = new Set(
      [...words.en.keys()].filter((k) => k.startsWith('practice.')).map((k) => k.split('.')[1]),
    );
    expect(ids).toEqual(new Set(questions.map((q) => q.id)));
  });

  test.each(questions.map((q) => [q.id, q] as const))(
    '%s is decided by running its scenario',
    async (id, q) => {
      expect((await decide(q, q.scenario)).answer).toBe(knownAnswers[id]);
    },
  );

  test('changing a question’s scenario changes its answer (the answer is computed, not stored)', async () => {
    const byId = new Map(questions.map((q) => [q.id, q]));
    const change = async (id: string, edit: (steps: Step[]) => Step[]) => {
      const q = must(byId.get(id));
      const scenario = createScenario(q.scenario.seed, {}, edit([...q.scenario.steps]));
      return (await decide(q, scenario)).answer;
    };
    // App gets an IAM policy before calling: allowed.
    expect(
      await change('app-no-iam', (s) => [
        ...s.slice(0, 2),
        allowIam('s9', APP, ['kms:Decrypt']),
        ...s.slice(2),
      ]),
    ).toBe('ok');
    // The key is enabled again before the Decrypt.
    expect(
      await change('disabled-decrypt', (s) => [
        ...s.slice(0, 3),
        kms('s9', 'EnableKey', { KeyId: keyIdOf('s1') }),
        ...s.slice(3),
      ]),
    ).toBe('ok');
    // A second on-demand rotation before the new Encrypt.
    expect(
      await change('rotated-new', (s) => [
        ...s.slice(0, 3),
        kms('s9', 'RotateKeyOnDemand', { KeyId: keyIdOf('s1') }),
        ...s.slice(3),
      ]),
    ).toBe('v2');
    // One rotation instead of three: one surcharge.
    expect(await change('cost-three-rotations', (s) => [must(s[0]), must(s[1]), must(s.at(-1))])).toBe(
      '2.00',
    );
  });
});

describe('the order of an attempt', () => {
  test('is a permutation of the questions, the same for the same seed on every run', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), fc.array(fc.integer(), { maxLength: 50 }), (seed, items) => {
        const once = shuffled(items, seed);
        expect(shuffled(items, seed)).toEqual(once);
        expect([...once].sort((a, b) => a - b)).toEqual([...items].sort((a, b) => a - b));
      }),
      { numRuns: 100 },
    );
  });

  test('differs between attempts', () => {
    const ids = questions.map((q) => q.id);
    const orders = new Set([1, 2, 3, 4].map((n) => shuffled(ids, attemptSeed(n)).join()));
    expect(orders.size).toBe(4);
    expect(shuffled(ids, attemptSeed(1))).not.toEqual(ids);
  });

  test('puts every question first about equally often (no modulo bias to speak of)', () => {
    const counts = new Map<number, number>();
    for (let n = 0; n < 600; n++) {
      const first = shuffled([0, 1, 2], `bias-${n}`)[0] as number;
      counts.set(first, (counts.get(first) ?? 0) + 1);
    }
    for (const value of [0, 1, 2]) expect(counts.get(value)).toBeGreaterThan(140);
  });
});

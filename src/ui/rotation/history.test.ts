import { describe, expect, it } from 'vitest';
import { createReplayer } from '../../scenario/replay';
import { createScenario } from '../../scenario/schema';
import { DAY_MS } from '../../scenario/steps/clockAdvance';
import { emptyHistory, lastDecryptOf, walkHistory } from './history';
import { historyOf, lessonSteps } from './lesson.fixture';

describe('scenario history', () => {
  it('links every ciphertext to the backing-key version that made it', async () => {
    const history = await historyOf(lessonSteps);
    expect(history.upTo).toBe(lessonSteps.length - 1);
    const made = history.ciphertexts.map((c) => [c.stepId, c.op, c.versionIndex]);
    // s2 under the original material; s6 after two automatic rotations and one on demand; s8 re-encrypted.
    expect(made).toEqual([
      ['s2', 'Encrypt', 0],
      ['s6', 'Encrypt', 3],
      ['s8', 'ReEncrypt', 3],
    ]);
    expect(history.ciphertexts[2]?.sourceStepId).toBe('s2');
    expect(history.ciphertexts.every((c) => /^[0-9a-f]{64}$/.test(c.keyMaterialId))).toBe(true);
    const key = [...history.keys.values()][0];
    const versions = key?.view.versions ?? [];
    expect(versions.map((v) => v.rotationType ?? 'ORIGINAL')).toEqual([
      'ORIGINAL',
      'AUTOMATIC',
      'AUTOMATIC',
      'ON_DEMAND',
    ]);
    // Automatic rotations happen one period (90 days) apart from enabling, at their exact dates.
    const start = Date.parse('2026-01-01T00:00:00Z');
    expect(versions.slice(1, 3).map((v) => (v.createdDate.getTime() - start) / DAY_MS)).toEqual([90, 180]);
    expect(history.ciphertexts[0]?.keyMaterialId).toBe(versions[0]?.keyMaterialId);
  });

  it('records which old version a decryption used, and the failure once the key is gone', async () => {
    const history = await historyOf(lessonSteps);
    const [first, shredded] = history.decrypts.filter((d) => d.op === 'Decrypt');
    expect(first?.ciphertextStepId).toBe('s2');
    expect(first?.used?.versionIndex).toBe(0);
    expect(first?.error).toBeUndefined();
    expect(shredded?.used).toBeUndefined();
    // The real service's answer for a ciphertext whose key is gone (reference §8: AccessDeniedException).
    expect(shredded?.error?.name).toBe('AccessDeniedException');
    expect(lastDecryptOf(history, 's2')).toBe(shredded);
  });

  it('lists the state transitions the learner took, including the deletion KMS performed', async () => {
    const history = await historyOf(lessonSteps);
    expect(history.transitions.map((t) => [t.from, t.to, t.cause])).toEqual([
      ['None', 'Enabled', 'CreateKey'],
      ['Enabled', 'PendingDeletion', 'ScheduleKeyDeletion'],
      ['PendingDeletion', 'Disabled', 'CancelKeyDeletion'],
      ['Disabled', 'PendingDeletion', 'ScheduleKeyDeletion'],
      ['PendingDeletion', 'Deleted', 'clock.advance'],
    ]);
    const key = [...history.keys.values()][0];
    // Deleted on its DeletionDate: 7 days after the second ScheduleKeyDeletion, not at the end of the advance.
    const deletion = history.transitions.at(-1);
    expect(key?.deletedMs).toBe(deletion?.timeMs);
    expect(((key?.deletedMs ?? 0) - Date.parse('2026-01-01T00:00:00Z')) / DAY_MS).toBe(207);
  });

  it('is incremental: folding in two halves equals folding at once', async () => {
    const scenario = createScenario('history-test', {}, lessonSteps);
    const replayer = createReplayer(scenario);
    const start = emptyHistory(Date.parse(scenario.settings.startTime));
    const half = await walkHistory((i) => replayer.goTo(i), start, 5);
    const whole = await walkHistory((i) => replayer.goTo(i), half, lessonSteps.length - 1);
    const once = await historyOf(lessonSteps);
    expect(whole.ciphertexts).toEqual(once.ciphertexts);
    expect(whole.transitions).toEqual(once.transitions);
    expect(half.upTo).toBe(5);
  });
});

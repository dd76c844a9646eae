import { describe, expect, it } from 'vitest';
import { createReplayer } from '../../scenario/replay';
import { createScenario } from '../../scenario/schema';
import type { Step } from '../../scenario/steps/index';
import { historyOf, lessonSteps } from './lesson.fixture';
import { foldHistory } from './useScenarioHistory';

describe('the rotation history from the store’s step records', () => {
  it('equals a walk over a fresh replay, at every cursor, in any order, and after an edit', async () => {
    const scenario = createScenario('history-test', {}, lessonSteps);
    const replayer = createReplayer(scenario);
    for (const cursor of [12, 3, 12, 0, 7]) {
      const folded = foldHistory(await replayer.history(cursor));
      expect(folded).toEqual(await historyOf(lessonSteps.slice(0, cursor + 1)));
    }
    expect(foldHistory(await replayer.history(-1))).toMatchObject({ upTo: -1, ciphertexts: [] });

    // The second Encrypt becomes a Decrypt of the first ciphertext: everything from step 5 on changes.
    const steps: Step[] = lessonSteps.map((s, i) =>
      i === 5
        ? {
            id: s.id,
            kind: 'kms.call',
            op: 'Decrypt',
            request: { CiphertextBlob: { $ref: 's2/CiphertextBlob' } },
          }
        : s,
    );
    replayer.setScenario(createScenario('history-test', {}, steps));
    expect(foldHistory(await replayer.history(12))).toEqual(await historyOf(steps));
  });
});

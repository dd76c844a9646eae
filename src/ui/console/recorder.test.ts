import { beforeAll, describe, expect, it } from 'vitest';
import { createScenario } from '../../scenario/schema';
import { createScenarioStore, loadScenarioEngine } from '../../state/scenario';
import { recordingHandle, replayedResult } from './recorder';

// The page loads the engine before the console can record a step (SectionHost); so does this test.
beforeAll(() => loadScenarioEngine());

describe('recordingHandle', () => {
  it('appends a kms.call step and answers with the replayed output, or the AWS error by name', async () => {
    const store = createScenarioStore({ scenario: createScenario('recorder') });
    const ids: string[] = [];
    const handle = recordingHandle(store, (id) => ids.push(id));
    const created = (await handle(
      'TrentService.CreateKey',
      { Description: 'd' },
      { region: 'us-east-1' },
    )) as {
      KeyMetadata: { KeyId: string; Description: string };
    };
    expect(created.KeyMetadata.Description).toBe('d');
    await expect(
      handle('TrentService.DescribeKey', { KeyId: 'alias/missing' }, { region: 'us-east-1' }),
    ).rejects.toMatchObject({
      name: 'NotFoundException',
      message: expect.stringMatching(/alias\/missing is not found\.$/),
    });
    expect(ids).toEqual(['s1', 's2']);
    expect(store.getState().scenario.steps.map((s) => s.id)).toEqual(['s1', 's2']);
    // A call in another Region keeps its Region in the step.
    await handle('TrentService.ListKeys', {}, { region: 'eu-west-1' });
    expect(store.getState().scenario.steps[2]).toMatchObject({ caller: { region: 'eu-west-1' } });
  });

  it('still answers when the learner moves the player away before the replay arrives', async () => {
    const store = createScenarioStore({ scenario: createScenario('recorder-moved') });
    const handle = recordingHandle(store, () => {});
    await handle('TrentService.CreateKey', {}, undefined);
    const change = store
      .getState()
      .appendStep({ kind: 'kms.call', op: 'GenerateRandom', request: { NumberOfBytes: 4 } });
    if (!change.ok) throw new Error(change.detail);
    store.getState().goTo(0);
    const result = await replayedResult(store, change.id);
    expect(result).toMatchObject({ kind: 'kms.call', ok: true, output: { Plaintext: expect.any(String) } });
  });

  it('reports a step that vanished from the scenario', async () => {
    const store = createScenarioStore({ scenario: createScenario('recorder-gone') });
    const change = store.getState().appendStep({ kind: 'kms.call', op: 'ListKeys', request: {} });
    if (!change.ok) throw new Error(change.detail);
    store.getState().truncateAfter(-1);
    await expect(replayedResult(store, change.id)).rejects.toThrow('is no longer in the scenario');
  });
});

import { describe, expect, it } from 'vitest';
import { operationCatalogue } from '../../kms/index';
import { historyOf, lessonSteps } from '../rotation/lesson.fixture';
import { edgeId, KEY_STATES, keyStateTable, TRANSITIONS, takenTransitions } from './stateMachine';
import { everyTransitionSteps } from './transitions.fixture';

const cell = (operation: string, state: string) =>
  keyStateTable()
    .find((row) => row.operations.includes(operation))
    ?.cells.find((c) => c.state === state);

describe('key-state table', () => {
  it('puts every operation on a key in exactly one row', () => {
    const rows = keyStateTable().flatMap((row) => row.operations);
    const onKeys = operationCatalogue()
      .filter((op) => op.resource === 'key')
      .map((op) => op.name);
    expect([...rows].sort()).toEqual([...onKeys].sort());
    expect(new Set(rows).size).toBe(rows.length);
  });

  it('shows the exception and message the engine raises (reference §2 footnotes)', () => {
    expect(cell('Encrypt', 'Enabled')?.refusal).toBeUndefined();
    expect(cell('Encrypt', 'Disabled')?.refusal).toEqual({
      name: 'DisabledException',
      message: '<key ARN> is disabled.',
    });
    expect(cell('Decrypt', 'PendingDeletion')?.refusal?.name).toBe('KMSInvalidStateException');
    expect(cell('CancelKeyDeletion', 'Enabled')?.refusal?.message).toMatch(/is not pending deletion/);
    expect(cell('CancelKeyDeletion', 'PendingDeletion')?.refusal).toBeUndefined();
    expect(cell('DescribeKey', 'PendingDeletion')?.refusal).toBeUndefined();
    expect(cell('ScheduleKeyDeletion', 'PendingDeletion')?.refusal?.name).toBe('KMSInvalidStateException');
    expect(keyStateTable()[0]?.cells.map((c) => c.state)).toEqual(KEY_STATES.map((s) => s.state));
  });
});

describe('transitions taken', () => {
  it('lights up the lesson’s path, cancel included', async () => {
    const { counts, unknown } = takenTransitions((await historyOf(lessonSteps)).transitions);
    expect(unknown).toEqual([]);
    expect(counts.get(edgeId({ from: 'PendingDeletion', to: 'Disabled', via: 'CancelKeyDeletion' }))).toBe(1);
    expect(counts.get(edgeId({ from: 'Disabled', to: 'PendingDeletion', via: 'ScheduleKeyDeletion' }))).toBe(
      1,
    );
    expect(counts.get(edgeId({ from: 'PendingDeletion', to: 'Deleted', via: 'clock.advance' }))).toBe(1);
  });

  it('draws every transition a multi-Region key and a key with imported material go through', async () => {
    const history = await historyOf(everyTransitionSteps);
    const { counts, unknown } = takenTransitions(history.transitions);
    expect(unknown).toEqual([]);
    const taken = TRANSITIONS.filter((e) => counts.has(edgeId(e))).map((e) => `${e.from}>${e.to}`);
    expect(taken).toEqual(
      expect.arrayContaining([
        'None>Creating',
        'Creating>Enabled',
        'Disabled>PendingReplicaDeletion',
        'PendingReplicaDeletion>Disabled',
        'PendingReplicaDeletion>PendingDeletion',
        'PendingDeletion>Deleted',
        'None>PendingImport',
        'PendingImport>Enabled',
        'Enabled>PendingImport',
      ]),
    );
    // Every way into PendingImport: CreateKey, the material deleted from Enabled and from Disabled, and the
    // material expiring at its ValidTo as the clock passes it, on an Enabled key and on a Disabled one.
    const intoPendingImport = (via: string, from: string) =>
      counts.get(edgeId({ from, to: 'PendingImport', via } as Parameters<typeof edgeId>[0]));
    expect(intoPendingImport('CreateKey', 'None')).toBe(2);
    expect(intoPendingImport('DeleteImportedKeyMaterial', 'Enabled')).toBe(1);
    expect(intoPendingImport('DeleteImportedKeyMaterial', 'Disabled')).toBe(1);
    expect(intoPendingImport('clock.advance', 'Enabled')).toBe(1);
    expect(intoPendingImport('clock.advance', 'Disabled')).toBe(1);
    // Both expiries happen in the step that moves the clock past ValidTo, and nowhere else.
    const expiries = history.transitions.filter(
      (t) => t.to === 'PendingImport' && t.cause === 'clock.advance',
    );
    expect(expiries.map((t) => everyTransitionSteps[t.stepIndex].id)).toEqual(['j6', 'j6']);
  });
});

/**
 * The key state machine (reference §2, key-state.html) as the keys view draws it: the eight `KeyState`s, the
 * transitions between them, which of them the learner's scenario has taken, and what every operation does in
 * every state. The operation × state table is not retyped: it is read from the engine's own key-state rules
 * (KEY_STATE_TABLE and the `keyStates` row each operation declares), with the exception the engine would raise.
 */
import { operationCatalogue } from '../../kms/index';
// Not re-exported by src/kms/index.ts (asked of the engine's owner): the rows of the key-state table.
import { KEY_STATE_TABLE, type KeyStateRule, keyStateRefusal } from '../../kms/keyStates';
import type { KeyState } from '../../kms/world';
import type { LifecycleState, TransitionFact } from '../rotation/history';

/** Where each state comes from, and whether KMS Lab can reach it (the others need imported material etc.). */
export const KEY_STATES = [
  { state: 'Enabled', reachable: true },
  { state: 'Disabled', reachable: true },
  { state: 'PendingDeletion', reachable: true },
  /** A multi-Region replica while ReplicateKey completes (reference §8). */
  { state: 'Creating', reachable: true },
  /** A multi-Region primary scheduled for deletion while replicas exist. */
  { state: 'PendingReplicaDeletion', reachable: true },
  /** Keys with imported material (Origin EXTERNAL) before import and after deletion or expiry. */
  { state: 'PendingImport', reachable: true },
  /** Keys in a disconnected custom key store: the simulated stores never connect, so none holds a key. */
  { state: 'Unavailable', reachable: false },
  /** During UpdatePrimaryRegion, which KMS Lab completes at once. */
  { state: 'Updating', reachable: false },
] as const satisfies readonly { state: KeyState; reachable: boolean }[];

export interface TransitionEdge {
  from: LifecycleState;
  to: LifecycleState;
  /** The operation, or `clock.advance` for what KMS does on its own as time passes. */
  via: string;
}

/** The transitions of reference §2 and §8, each once. */
export const TRANSITIONS: readonly TransitionEdge[] = [
  { from: 'None', to: 'Enabled', via: 'CreateKey' },
  { from: 'Enabled', to: 'Disabled', via: 'DisableKey' },
  { from: 'Disabled', to: 'Enabled', via: 'EnableKey' },
  { from: 'Enabled', to: 'PendingDeletion', via: 'ScheduleKeyDeletion' },
  { from: 'Disabled', to: 'PendingDeletion', via: 'ScheduleKeyDeletion' },
  // Cancelling leaves the key Disabled, never Enabled (reference §2).
  { from: 'PendingDeletion', to: 'Disabled', via: 'CancelKeyDeletion' },
  { from: 'PendingDeletion', to: 'Deleted', via: 'clock.advance' },
  { from: 'None', to: 'Creating', via: 'ReplicateKey' },
  { from: 'Creating', to: 'Enabled', via: 'clock.advance' },
  { from: 'Enabled', to: 'PendingReplicaDeletion', via: 'ScheduleKeyDeletion' },
  { from: 'Disabled', to: 'PendingReplicaDeletion', via: 'ScheduleKeyDeletion' },
  { from: 'PendingReplicaDeletion', to: 'Disabled', via: 'CancelKeyDeletion' },
  // When the last replica is deleted, the primary's own waiting period starts.
  { from: 'PendingReplicaDeletion', to: 'PendingDeletion', via: 'clock.advance' },
  // Imported key material (Origin EXTERNAL): created without material, enabled by the import, and back whenever
  // the material goes, from Enabled or Disabled: deleted (DeleteImportedKeyMaterial changes any state but
  // PendingDeletion to PendingImport) or expired at its ValidTo, when KMS deletes it on its own (key-state.html;
  // importing-keys-delete-key-material.html: "In either case … the key state … changes to Pending import").
  { from: 'None', to: 'PendingImport', via: 'CreateKey' },
  { from: 'PendingImport', to: 'Enabled', via: 'ImportKeyMaterial' },
  { from: 'Enabled', to: 'PendingImport', via: 'DeleteImportedKeyMaterial' },
  { from: 'Disabled', to: 'PendingImport', via: 'DeleteImportedKeyMaterial' },
  { from: 'Enabled', to: 'PendingImport', via: 'clock.advance' },
  { from: 'Disabled', to: 'PendingImport', via: 'clock.advance' },
  // A key waiting for its material can be scheduled for deletion like any other (reference §2).
  { from: 'PendingImport', to: 'PendingDeletion', via: 'ScheduleKeyDeletion' },
];

export const edgeId = (e: Pick<TransitionEdge, 'from' | 'to' | 'via'>) => `${e.from}>${e.to}:${e.via}`;

/** How many times the scenario took each edge (by `edgeId`), and any transition the diagram lacks. */
export function takenTransitions(transitions: readonly TransitionFact[]): {
  counts: Map<string, number>;
  unknown: TransitionFact[];
} {
  const known = new Set(TRANSITIONS.map(edgeId));
  const counts = new Map<string, number>();
  const unknown: TransitionFact[] = [];
  for (const t of transitions) {
    const id = edgeId({ from: t.from, to: t.to, via: t.cause });
    if (known.has(id)) counts.set(id, (counts.get(id) ?? 0) + 1);
    else unknown.push(t);
  }
  return { counts, unknown };
}

export interface StateCell {
  state: KeyState;
  /** Undefined: the operation proceeds in this state. */
  refusal?: { name: string; message: string };
}

export interface StateTableRow {
  rule: KeyStateRule;
  operations: string[];
  cells: StateCell[];
}

/** Shown in place of a real key ARN in the table's messages. */
export const KEY_ARN_PLACEHOLDER = '<key ARN>';

/** The operation × key-state table, one row per rule, from the engine's declarations. */
export function keyStateTable(): StateTableRow[] {
  const operations = operationCatalogue();
  return (Object.keys(KEY_STATE_TABLE) as KeyStateRule[])
    .map((rule) => ({
      rule,
      operations: operations
        .filter((op) => op.keyStates === rule && op.resource === 'key')
        .map((op) => op.name)
        .sort(),
      cells: KEY_STATES.map(({ state }) => {
        const error = keyStateRefusal(rule, state, KEY_ARN_PLACEHOLDER);
        return error ? { state, refusal: { name: error.name, message: error.message } } : { state };
      }),
    }))
    .filter((row) => row.operations.length > 0);
}

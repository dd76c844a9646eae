/**
 * The key-state × operation table of the Developer Guide (key-state.html, reference §2), written out here
 * independently of keyStates.ts: each cell is the outcome AWS documents for that operation in that state.
 */
import { describe, expect, test } from 'vitest';
import {
  type CallerOptions,
  createKmsSimulator,
  type Invocation,
  type KmsSimulator,
  type OperationName,
} from './index';

type State = 'Enabled' | 'Disabled' | 'PendingDeletion' | 'Creating' | 'PendingReplicaDeletion';
const STATES: State[] = ['Enabled', 'Disabled', 'PendingDeletion', 'Creating', 'PendingReplicaDeletion'];

const OK = 'ok';
const DISABLED = 'DisabledException: is disabled.';
const PENDING = 'KMSInvalidStateException: is pending deletion.';
const NOT_PENDING = 'KMSInvalidStateException: is not pending deletion';
const CREATING = 'KMSInvalidStateException: is creating.';

/** Outcome per state, in STATES order. Footnotes: [1] disabled, [3] pending deletion, [4] not pending, [14] creating. */
const TABLE: [OperationName, (arn: string) => Record<string, unknown>, string[]][] = [
  [
    'Encrypt',
    (k) => ({ KeyId: k, Plaintext: new Uint8Array([1]) }),
    [OK, DISABLED, PENDING, CREATING, PENDING],
  ],
  ['GenerateDataKey', (k) => ({ KeyId: k, KeySpec: 'AES_256' }), [OK, DISABLED, PENDING, CREATING, PENDING]],
  [
    'GenerateDataKeyWithoutPlaintext',
    (k) => ({ KeyId: k, NumberOfBytes: 16 }),
    [OK, DISABLED, PENDING, CREATING, PENDING],
  ],
  [
    'CreateGrant',
    (k) => ({ KeyId: k, GranteePrincipal: 'arn:aws:iam::111122223333:role/Admin', Operations: ['Decrypt'] }),
    [OK, DISABLED, PENDING, CREATING, PENDING],
  ],
  ['EnableKey', (k) => ({ KeyId: k }), [OK, OK, PENDING, CREATING, PENDING]],
  ['DisableKey', (k) => ({ KeyId: k }), [OK, OK, PENDING, CREATING, PENDING]],
  ['EnableKeyRotation', (k) => ({ KeyId: k }), [OK, DISABLED, PENDING, CREATING, PENDING]],
  ['DisableKeyRotation', (k) => ({ KeyId: k }), [OK, DISABLED, PENDING, CREATING, PENDING]],
  ['GetKeyRotationStatus', (k) => ({ KeyId: k }), [OK, OK, OK, OK, OK]],
  ['ScheduleKeyDeletion', (k) => ({ KeyId: k }), [OK, OK, PENDING, OK, PENDING]],
  ['CancelKeyDeletion', (k) => ({ KeyId: k }), [NOT_PENDING, NOT_PENDING, OK, NOT_PENDING, OK]],
  ['CreateAlias', (k) => ({ AliasName: 'alias/state', TargetKeyId: k }), [OK, OK, PENDING, OK, PENDING]],
  [
    'TagResource',
    (k) => ({ KeyId: k, Tags: [{ TagKey: 'a', TagValue: 'b' }] }),
    [OK, OK, PENDING, OK, PENDING],
  ],
  ['UntagResource', (k) => ({ KeyId: k, TagKeys: ['a'] }), [OK, OK, PENDING, OK, PENDING]],
  ['UpdateKeyDescription', (k) => ({ KeyId: k, Description: 'd' }), [OK, OK, PENDING, OK, PENDING]],
  ['DescribeKey', (k) => ({ KeyId: k }), [OK, OK, OK, OK, OK]],
  ['GetKeyPolicy', (k) => ({ KeyId: k }), [OK, OK, OK, OK, OK]],
  ['ListKeyPolicies', (k) => ({ KeyId: k }), [OK, OK, OK, OK, OK]],
  ['ListGrants', (k) => ({ KeyId: k }), [OK, OK, OK, OK, OK]],
  ['ListResourceTags', (k) => ({ KeyId: k }), [OK, OK, OK, OK, OK]],
  ['RotateKeyOnDemand', (k) => ({ KeyId: k }), [OK, DISABLED, PENDING, CREATING, PENDING]],
];

/** A multi-Region primary (us-east-1) with a replica (eu-west-1); returns the key to test and its Region. */
async function keyInState(sim: KmsSimulator, state: State): Promise<{ arn: string; region: string }> {
  const created = await sim.invoke('CreateKey', { MultiRegion: true });
  if (!created.ok) throw created.error;
  const primary = created.response.KeyMetadata.Arn;
  const replicated = await sim.invoke('ReplicateKey', { KeyId: primary, ReplicaRegion: 'eu-west-1' });
  if (!replicated.ok) throw replicated.error;
  const replica = { arn: replicated.response.ReplicaKeyMetadata.Arn, region: 'eu-west-1' };
  if (state === 'Creating') return replica;
  await sim.clock.advance(60_000);
  const on = { arn: primary, region: 'us-east-1' };
  const must = async (p: Promise<Invocation>) => {
    const r = await p;
    if (!r.ok) throw r.error;
  };
  if (state === 'Disabled') await must(sim.invoke('DisableKey', { KeyId: primary }));
  if (state === 'PendingReplicaDeletion') await must(sim.invoke('ScheduleKeyDeletion', { KeyId: primary }));
  if (state === 'PendingDeletion') {
    await must(sim.invoke('ScheduleKeyDeletion', { KeyId: replica.arn }, { region: 'eu-west-1' }));
    return replica;
  }
  return on;
}

describe.each(TABLE)('%s', (operation, request, outcomes) => {
  test.each(STATES.map((s, i) => [s, outcomes[i]]))('on a %s key → %s', async (state, expected) => {
    const sim = createKmsSimulator({ seed: `state-${operation}-${state}` });
    const key = await keyInState(sim, state as State);
    expect(sim.world.keys[key.arn].keyState).toBe(state);
    const invoke = sim.invoke as unknown as (
      op: string,
      req: unknown,
      caller: CallerOptions,
    ) => Promise<Invocation>;
    const result = await invoke(operation, request(key.arn), { region: key.region });
    if (expected === OK) {
      expect(result.ok ? OK : `${result.error.name}: ${result.error.message}`).toBe(OK);
    } else {
      const [name, suffix] = expected.split(': ');
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error).toMatchObject({ name, message: `${key.arn} ${suffix}` });
    }
  });
});

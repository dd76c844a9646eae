/**
 * Snapshots share the entries of the world's append-only logs with the live world (simulator.ts `copyWorld`),
 * so they must stay exactly what they were however the live world or a restored one goes on: rotations,
 * deletions that zero-fill key material, new trail records and billed requests.
 */
import { describe, expect, test } from 'vitest';
import { toHex } from '../crypto';
import { createKmsSimulator, type Invocation, type KmsSimulator } from './index';
import { runMixedCalls } from './testing/mixedCalls';

const DAY = 86_400_000;

/** Everything in a snapshot as text, bytes as hex. */
const text = (value: unknown) =>
  JSON.stringify(value, (_k, v) => (v instanceof Uint8Array ? `hex:${toHex(v)}` : v));

async function must<T>(p: Promise<Invocation<T>>): Promise<T> {
  const r = await p;
  if (!r.ok) throw r.error;
  return r.response;
}

/** Goes on with the world: more calls, a rotation, a deletion (material zero-filled), a month later. */
async function goOn(sim: KmsSimulator) {
  const keys = Object.values(sim.world.keys).filter((k) => k.keyManager === 'CUSTOMER');
  await must(sim.invoke('RotateKeyOnDemand', { KeyId: keys[0].arn }));
  await must(sim.invoke('ScheduleKeyDeletion', { KeyId: keys[0].arn, PendingWindowInDays: 7 }));
  await sim.clock.advance(31 * DAY);
  await must(sim.invoke('Encrypt', { KeyId: keys[1].arn, Plaintext: new Uint8Array(5) }));
}

describe('snapshots', () => {
  test('stay unchanged while the live world goes on', async () => {
    const sim = createKmsSimulator({ seed: 'snapshot' });
    await runMixedCalls(sim, 80);
    const snapshot = sim.snapshot();
    const before = text(snapshot);
    await goOn(sim);
    expect(sim.world.deletedKeys).toHaveLength(1);
    expect(text(snapshot)).toBe(before);
  });

  test('a world restored from a snapshot and the snapshot do not change each other', async () => {
    const sim = createKmsSimulator({ seed: 'snapshot' });
    await runMixedCalls(sim, 80);
    const snapshot = sim.snapshot();
    const before = text(snapshot);
    const restored = createKmsSimulator({ snapshot });
    await goOn(restored);
    expect(text(snapshot)).toBe(before);
    expect(text(sim.snapshot())).toBe(before);
    // And the restored world went exactly where the original goes.
    await goOn(sim);
    expect(text(restored.snapshot())).toBe(text(sim.snapshot()));
  });

  test('are deep copies of everything that can change, and plain data', async () => {
    const sim = createKmsSimulator({ seed: 'snapshot' });
    await runMixedCalls(sim, 40);
    const { world } = sim.snapshot();
    const live = sim.world;
    for (const [arn, key] of Object.entries(world.keys)) {
      expect(key).not.toBe(live.keys[arn]);
      key.versions.forEach((v, i) => {
        expect(v.material).not.toBe(live.keys[arn].versions[i].material);
      });
    }
    expect(world.trail).not.toBe(live.trail);
    expect(world.requests).not.toBe(live.requests);
    expect(text(structuredClone(world))).toBe(text(world));
  });
});

/** Time-driven behaviour (reference §2, §5, §8): rotation schedules, pauses, catch-up, deletion order. */
import { describe, expect, test } from 'vitest';
import { createKmsSimulator, type Invocation, type KmsSimulator } from './index';

const DAY = 86_400_000;

async function must<T>(p: Promise<Invocation<T>>): Promise<T> {
  const r = await p;
  if (!r.ok) throw r.error;
  return r.response;
}
const versions = (sim: KmsSimulator, arn: string) => sim.world.keys[arn].versions.length;

describe('automatic rotation', () => {
  test('every period; paused while Disabled; immediate catch-up on EnableKey', async () => {
    const sim = createKmsSimulator({ seed: 'clock' });
    const arn = (await must(sim.invoke('CreateKey', {}))).KeyMetadata.Arn;
    await must(sim.invoke('EnableKeyRotation', { KeyId: arn, RotationPeriodInDays: 90 }));
    await sim.clock.advance(181 * DAY);
    expect(versions(sim, arn)).toBe(3);
    await must(sim.invoke('DisableKey', { KeyId: arn }));
    await sim.clock.advance(200 * DAY);
    expect(versions(sim, arn)).toBe(3);
    await must(sim.invoke('EnableKey', { KeyId: arn }));
    expect(versions(sim, arn)).toBe(4);
    const status = await must(sim.invoke('GetKeyRotationStatus', { KeyId: arn }));
    expect(status.NextRotationDate).toEqual(new Date(sim.clock.now().getTime() + 90 * DAY));
    expect(sim.trail().filter((r) => r.eventName === 'RotateKey')).toHaveLength(3);
  });

  test('AWS managed keys rotate every year', async () => {
    const sim = createKmsSimulator({ seed: 'managed-rotation' });
    const arn = (await must(sim.invoke('DescribeKey', { KeyId: 'alias/aws/s3' }))).KeyMetadata.Arn;
    expect(await must(sim.invoke('GetKeyRotationStatus', { KeyId: arn }))).toMatchObject({
      KeyRotationEnabled: true,
      RotationPeriodInDays: 365,
    });
    await sim.clock.advance(365 * DAY);
    expect(versions(sim, arn)).toBe(2);
  });

  test('multi-Region rotation is set on the primary and shared with replicas', async () => {
    const sim = createKmsSimulator({ seed: 'mrk-rotation' });
    const primary = (await must(sim.invoke('CreateKey', { MultiRegion: true }))).KeyMetadata.Arn;
    const replica = (
      await must(sim.invoke('ReplicateKey', { KeyId: primary, ReplicaRegion: 'ap-northeast-1' }))
    ).ReplicaKeyMetadata.Arn;
    await sim.clock.advance(60_000);
    const onReplica = await sim.invoke('EnableKeyRotation', { KeyId: replica }, { region: 'ap-northeast-1' });
    expect(!onReplica.ok && onReplica.error.name).toBe('UnsupportedOperationException');
    await must(sim.invoke('RotateKeyOnDemand', { KeyId: primary }));
    expect(sim.world.keys[replica].versions.map((v) => v.keyMaterialId)).toEqual(
      sim.world.keys[primary].versions.map((v) => v.keyMaterialId),
    );
    const blob = (
      await must(
        sim.invoke(
          'Encrypt',
          { KeyId: replica, Plaintext: new Uint8Array([9]) },
          { region: 'ap-northeast-1' },
        ),
      )
    ).CiphertextBlob;
    expect((await must(sim.invoke('Decrypt', { CiphertextBlob: blob }))).Plaintext).toEqual(
      new Uint8Array([9]),
    );
  });
});

describe('deletion', () => {
  test('a multi-Region primary waits in PendingReplicaDeletion until its last replica is deleted', async () => {
    const sim = createKmsSimulator({ seed: 'mrk-delete' });
    const primary = (await must(sim.invoke('CreateKey', { MultiRegion: true }))).KeyMetadata.Arn;
    const replica = (await must(sim.invoke('ReplicateKey', { KeyId: primary, ReplicaRegion: 'eu-west-1' })))
      .ReplicaKeyMetadata.Arn;
    await sim.clock.advance(60_000);
    const scheduled = await must(
      sim.invoke('ScheduleKeyDeletion', { KeyId: primary, PendingWindowInDays: 7 }),
    );
    expect(scheduled.KeyState).toBe('PendingReplicaDeletion');
    expect(scheduled.DeletionDate).toBeUndefined();
    await must(
      sim.invoke('ScheduleKeyDeletion', { KeyId: replica, PendingWindowInDays: 7 }, { region: 'eu-west-1' }),
    );
    await sim.clock.advance(7 * DAY);
    expect(sim.world.keys[replica]).toBeUndefined();
    expect(sim.world.keys[primary].keyState).toBe('PendingDeletion');
    await sim.clock.advance(7 * DAY);
    expect(sim.world.keys[primary]).toBeUndefined();
  });

  test('the clock only moves forward', async () => {
    const sim = createKmsSimulator({ seed: 'backwards' });
    await expect(sim.clock.advance(-1)).rejects.toThrow(RangeError);
  });
});

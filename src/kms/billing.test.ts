/** The bill (reference §1, aws.amazon.com/kms/pricing): storage, rotation surcharge, deletion, requests. */
import { describe, expect, test } from 'vitest';
import { bill, createKmsSimulator, type Invocation, type KmsSimulator } from './index';
import type { World } from './world';

const DAY = 86_400_000;
const JAN = [new Date('2026-01-01T00:00:00Z'), new Date('2026-02-01T00:00:00Z')] as const;

async function must<T>(p: Promise<Invocation<T>>): Promise<T> {
  const r = await p;
  if (!r.ok) throw r.error;
  return r.response;
}
const newKey = async (sim: KmsSimulator, input: { MultiRegion?: boolean } = {}) =>
  (await must(sim.invoke('CreateKey', input))).KeyMetadata.Arn;

describe('key storage', () => {
  test('$1 for a whole calendar month; prorated by started hour', async () => {
    const sim = createKmsSimulator({ seed: 'bill' });
    const whole = await newKey(sim);
    await sim.clock.advance(15.5 * DAY);
    const half = await newKey(sim);
    await sim.clock.advance(0.5 * DAY + 1);
    const jan = bill(sim.world, ...JAN).months[0];
    expect(jan.month).toBe('2026-01');
    const fee = (arn: string) => jan.keys.find((k) => k.keyArn === arn)?.keyFeeUsd;
    expect(fee(whole)).toBe(1);
    expect(fee(half)).toBe(0.5);
    // A span that ends inside the month bills only its started hours.
    const firstHour = bill(sim.world, JAN[0], new Date('2026-01-01T00:30:00Z')).months[0];
    expect(firstHour.keys[0]).toMatchObject({ billedHours: 1, keyFeeUsd: Math.round((1 / 744) * 1e6) / 1e6 });
  });

  test('rotation surcharge: first and second rotations +$1/month each, later ones free', async () => {
    const sim = createKmsSimulator({ seed: 'rot-bill' });
    const key = await newKey(sim);
    for (let i = 0; i < 3; i++) await must(sim.invoke('RotateKeyOnDemand', { KeyId: key }));
    const charge = bill(sim.world, ...JAN).months[0].keys[0];
    expect(charge).toMatchObject({ keyFeeUsd: 1, rotationFeeUsd: 2 });
  });

  test('nothing while pending deletion; a cancelled deletion is billed as never scheduled', async () => {
    const sim = createKmsSimulator({ seed: 'del-bill' });
    const deleted = await newKey(sim);
    const cancelled = await newKey(sim);
    await sim.clock.advance(10 * DAY);
    await must(sim.invoke('ScheduleKeyDeletion', { KeyId: deleted, PendingWindowInDays: 7 }));
    await must(sim.invoke('ScheduleKeyDeletion', { KeyId: cancelled, PendingWindowInDays: 30 }));
    await sim.clock.advance(8 * DAY);
    await must(sim.invoke('CancelKeyDeletion', { KeyId: cancelled }));
    const jan = bill(sim.world, ...JAN).months[0];
    expect(jan.keys.find((k) => k.keyArn === deleted)?.keyFeeUsd).toBe(Math.round((240 / 744) * 1e6) / 1e6);
    expect(jan.keys.find((k) => k.keyArn === cancelled)?.keyFeeUsd).toBe(1);
  });

  test('AWS managed keys have no monthly fee; each multi-Region replica is billed', async () => {
    const sim = createKmsSimulator({ seed: 'kinds-bill' });
    await must(sim.invoke('DescribeKey', { KeyId: 'alias/aws/s3' }));
    const mrk = await newKey(sim, { MultiRegion: true });
    await must(sim.invoke('ReplicateKey', { KeyId: mrk, ReplicaRegion: 'eu-west-1' }));
    const keys = bill(sim.world, ...JAN).months[0].keys;
    expect(keys.find((k) => k.keyManager === 'AWS')?.keyFeeUsd).toBe(0);
    expect(keys.filter((k) => k.keyManager === 'CUSTOMER').map((k) => k.keyFeeUsd)).toEqual([1, 1]);
  });
});

describe('requests', () => {
  function withRequests(world: World, count: number, accountId: string, startMs: number): World {
    const w = structuredClone(world);
    for (let i = 0; i < count; i++) w.requests.push({ timeMs: startMs + i, accountId, operation: 'Decrypt' });
    return w;
  }

  test('20,000 free per account per month across Regions, then $0.03 per 10,000', () => {
    const sim = createKmsSimulator({ seed: 'req' });
    const w = withRequests(sim.world, 30_000, '111122223333', JAN[0].getTime());
    const account = bill(w, ...JAN).months[0].accounts[0];
    expect(account).toEqual({
      accountId: '111122223333',
      requests: 30_000,
      freeRequests: 20_000,
      billableRequests: 10_000,
      requestFeeUsd: 0.03,
    });
    // The free tier counts from the start of the month, even before the billed span.
    const late = bill(w, new Date(JAN[0].getTime() + 25_000), JAN[1]).months[0].accounts[0];
    expect(late).toMatchObject({ requests: 5_000, freeRequests: 0, billableRequests: 5_000 });
  });

  test('calendar months each get their own free tier', () => {
    const sim = createKmsSimulator({ seed: 'req2' });
    let w = withRequests(sim.world, 20_000, '111122223333', JAN[0].getTime());
    w = withRequests(w, 20_000, '111122223333', JAN[1].getTime());
    const b = bill(w, JAN[0], new Date('2026-03-01T00:00:00Z'));
    expect(b.months.map((m) => m.month)).toEqual(['2026-01', '2026-02']);
    expect(b.months.map((m) => m.accounts[0].requestFeeUsd)).toEqual([0, 0]);
  });

  test('API calls are metered as they happen', async () => {
    const sim = createKmsSimulator({ seed: 'meter' });
    const key = await newKey(sim);
    await sim.invoke('Encrypt', { KeyId: key, Plaintext: new Uint8Array([1]) });
    await sim.invoke('Encrypt', { KeyId: 'alias/missing', Plaintext: new Uint8Array([1]) });
    const jan = bill(sim.world, ...JAN).months[0];
    expect(jan.accounts[0].requests).toBe(3);
    expect(jan.keys[0].requests).toBe(2);
  });
});

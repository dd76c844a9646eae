import { describe, expect, it } from 'vitest';
import type { Bill } from '../../kms/index';
import { createReplayer } from '../../scenario/replay';
import { createScenario } from '../../scenario/schema';
import { DAY_MS } from '../../scenario/steps/clockAdvance';
import type { Step } from '../../scenario/steps/index';
import { layoutCostChart, niceCeiling, summariseBill } from './costModel';

const keyId = { $ref: 's1/KeyMetadata/KeyId' };

async function billAfter(steps: Step[]): Promise<Bill> {
  const replayer = createReplayer(createScenario('cost-test', {}, steps));
  return (await replayer.goTo(steps.length - 1)).bill;
}

describe('cost summary', () => {
  it('adds up the key fee, the rotation surcharge and the free requests of a known scenario', async () => {
    // Key created 2026-01-01T00:00Z, rotation every 90 days, clock moved 100 days to 2026-04-11T00:00Z.
    // Key fee: Jan, Feb, Mar whole months = $3; April 240 of 720 hours = $0.333333.
    // Rotation surcharge: first rotation on day 90 = 2026-04-01, $1/month × 240/720 h = $0.333333.
    // Requests: CreateKey, EnableKeyRotation, Encrypt = 3, inside the 20,000 free: $0. Total $3.666666.
    const bill = await billAfter([
      { id: 's1', kind: 'kms.call', op: 'CreateKey', request: {} },
      {
        id: 's2',
        kind: 'kms.call',
        op: 'EnableKeyRotation',
        request: { KeyId: keyId, RotationPeriodInDays: 90 },
      },
      { id: 's3', kind: 'kms.call', op: 'Encrypt', request: { KeyId: keyId, Plaintext: 'aGk=' } },
      { id: 's4', kind: 'clock.advance', ms: 100 * DAY_MS },
    ]);
    const cost = summariseBill(bill);
    expect(cost.months.map((m) => m.month)).toEqual(['2026-01', '2026-02', '2026-03', '2026-04']);
    expect(cost.keyFeesUsd).toBe(3.333333);
    expect(cost.rotationFeesUsd).toBe(0.333333);
    expect(cost.requestFeesUsd).toBe(0);
    expect(cost.totalUsd).toBe(3.666666);
    expect(cost.requests).toBe(3);
    expect(cost.freeRequests).toBe(3);
    expect(cost.months.map((m) => m.cumulativeUsd)).toEqual([1, 2, 3, 3.666666]);
    expect(cost.keys).toHaveLength(1);
    expect(cost.keys[0]?.billedHours).toBe((31 + 28 + 31 + 10) * 24);
    expect(cost.comparison).toEqual({ customerManagedUsd: 3.666666, awsManagedUsd: 0, awsOwnedUsd: 0 });
  });

  it('stops the key fee when deletion is scheduled, for a key that is then deleted', async () => {
    // Scheduled on 2026-02-01T00:00Z (after 31 days): January is billed ($1), the 7-day wait and after are not.
    const bill = await billAfter([
      { id: 's1', kind: 'kms.call', op: 'CreateKey', request: {} },
      { id: 's2', kind: 'clock.advance', ms: 31 * DAY_MS },
      {
        id: 's3',
        kind: 'kms.call',
        op: 'ScheduleKeyDeletion',
        request: { KeyId: keyId, PendingWindowInDays: 7 },
      },
      { id: 's4', kind: 'clock.advance', ms: 60 * DAY_MS },
    ]);
    const cost = summariseBill(bill);
    expect(cost.keyFeesUsd).toBe(1);
    expect(cost.keys[0]?.billedHours).toBe(31 * 24);
  });

  it('charges only requests beyond the 20,000 free each month, at $0.03 per 10,000', () => {
    const bill: Bill = {
      from: new Date('2026-01-01T00:00:00Z'),
      to: new Date('2026-03-01T00:00:00Z'),
      totalUsd: 0.09,
      months: [
        {
          month: '2026-01',
          keys: [],
          accounts: [
            {
              accountId: '111122223333',
              requests: 50_000,
              freeRequests: 20_000,
              billableRequests: 30_000,
              requestFeeUsd: 0.09,
            },
          ],
          totalUsd: 0.09,
        },
        { month: '2026-02', keys: [], accounts: [], totalUsd: 0 },
      ],
    };
    const cost = summariseBill(bill);
    expect(cost.requestFeesUsd).toBe(0.09);
    expect(cost.billableRequests).toBe(30_000);
    expect(cost.comparison.awsManagedUsd).toBe(0.09);
    expect(cost.months[1]?.cumulativeUsd).toBe(0.09);
  });
});

describe('cost chart layout', () => {
  it('stacks each month bottom to top and scales to a nice maximum', async () => {
    const bill = await billAfter([
      { id: 's1', kind: 'kms.call', op: 'CreateKey', request: {} },
      { id: 's2', kind: 'kms.call', op: 'RotateKeyOnDemand', request: { KeyId: keyId } },
      { id: 's3', kind: 'clock.advance', ms: 59 * DAY_MS },
    ]);
    const cost = summariseBill(bill);
    // January: $1 key + $1 rotation = $2, so the monthly axis tops out at 2.
    const chart = layoutCostChart(cost.months, 600, 200);
    expect(chart.monthlyTicks.at(-1)?.usd).toBe(2);
    const january = chart.bars[0];
    expect(january?.parts.map((p) => Math.round(p.height))).toEqual([100, 100, 0]);
    expect(january?.parts[0]?.y).toBeCloseTo(100, 6);
    // The clock stands at 1 March 00:00: March is on the bill (a call made now would count in it), nothing billed yet.
    expect(chart.cumulative.map((p) => p.usd)).toEqual([2, 4, 4]);
    // The cumulative axis tops out at 5 (the nice ceiling of $4): $4 sits at 200 − 4/5 × 200 = 40.
    expect(chart.cumulative[1]?.y).toBe(40);
    expect(chart.cumulative[2]?.y).toBe(40);
  });

  it('rounds axis maxima to 1, 2 or 5 × 10ⁿ', () => {
    expect([0, 0.0004, 0.3, 1, 1.2, 3.7, 7, 42].map(niceCeiling)).toEqual([1, 0.0005, 0.5, 1, 2, 5, 10, 50]);
  });
});

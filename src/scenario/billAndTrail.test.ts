/**
 * The bill and CloudTrail tell one story (issue #13: the default scenario billed "0 requests" beside 4 CloudTrail
 * records). AWS charges every KMS API request, allowed or refused, after the free tier (reference §1), and
 * CloudTrail records every one of them as an `AwsApiCall` (reference §CloudTrail); rotations KMS performs on
 * its own are `AwsServiceEvent`s and are not requests. So after any step, the requests billed so far are the
 * API calls in the trail so far, and every key that exists (unless waiting for deletion) is on the bill.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbitraryScenario } from './arbitraryScenario.fixture';
import { createReplayer, type StepView } from './replay';
import { TEMPLATE_IDS, templateScenario } from './templates';

const billedRequests = (view: StepView) =>
  view.bill.months.reduce((sum, m) => sum + m.accounts.reduce((s, a) => s + a.requests, 0), 0);
const billedKeys = (view: StepView) => new Set(view.bill.months.flatMap((m) => m.keys.map((k) => k.keyArn)));

async function trailSoFar(replayer: ReturnType<typeof createReplayer>, index: number) {
  if (index < 0) return [];
  const { records } = await replayer.history(index);
  return records.flatMap((r) => r.trail);
}

async function expectAgreement(replayer: ReturnType<typeof createReplayer>, index: number) {
  const view = await replayer.goTo(index);
  const trail = await trailSoFar(replayer, index);
  const calls = trail.filter((r) => r.eventType === 'AwsApiCall');
  expect(billedRequests(view), `requests after step ${index + 1}`).toBe(calls.length);
  // A key waiting for deletion is not billed (reference §1); every other key that exists is on the bill.
  for (const key of view.keys.filter((k) => !k.metadata.KeyState.startsWith('Pending')))
    expect(billedKeys(view).has(key.metadata.Arn), key.metadata.Arn).toBe(true);
}

describe('the bill agrees with CloudTrail', () => {
  it('after every step of every built-in scenario, also when no simulated time has passed', async () => {
    for (const id of TEMPLATE_IDS) {
      const scenario = templateScenario(id, 'ja');
      const replayer = createReplayer(scenario);
      for (let i = -1; i < scenario.steps.length; i++) await expectAgreement(replayer, i);
    }
    // The default scenario, at its end: 4 KMS requests, all in the free tier; the key listed, with no hour billed yet.
    const basics = createReplayer(templateScenario('envelope-basics', 'ja'));
    const end = await basics.goTo(6);
    expect(end.now).toBe('2026-01-01T00:00:00.000Z');
    expect(end.bill.months[0]?.accounts[0]).toMatchObject({
      requests: 4,
      freeRequests: 4,
      billableRequests: 0,
    });
    expect(end.bill.months[0]?.keys.filter((k) => k.keyManager === 'CUSTOMER')).toMatchObject([
      { billedHours: 0, keyFeeUsd: 0, requests: 4 },
    ]);
    expect(end.bill.to.toISOString()).toBe(end.now);
  });

  it('after the last step of any scenario', async () => {
    await fc.assert(
      fc.asyncProperty(arbitraryScenario(12), async (scenario) => {
        await expectAgreement(createReplayer(scenario), scenario.steps.length - 1);
      }),
      { numRuns: 25 },
    );
  });
});

import { describe, expect, test } from 'vitest';
import { createReplayer } from '../../scenario/replay';
import { createScenario, type Scenario } from '../../scenario/schema';
import type { Step } from '../../scenario/steps/index';
import { servicesRef } from '../../scenario/steps/serviceCall';
import { createTimelineWalker, stepRange } from './timeline';

const steps: Step[] = [
  { id: 's1', kind: 'kms.call', op: 'CreateKey', request: {} },
  {
    id: 's2',
    kind: 'service.call',
    service: 's3',
    action: 'PutObject',
    params: { Bucket: 'bkt', Key: 'a', Body: 'hi', ServerSideEncryption: 'aws:kms' },
  },
  { id: 's3', kind: 'note', text: 'nothing happens' },
  {
    id: 's4',
    kind: 'service.call',
    service: 's3',
    action: 'GetObject',
    params: { Bucket: 'bkt', Key: 'a' },
    services: servicesRef('s2'),
  },
];

/** One replayer that follows the scenario, as the store's does. */
function followingReplayer() {
  let replayer: ReturnType<typeof createReplayer> | undefined;
  return (scenario: Scenario) => {
    if (replayer) replayer.setScenario(scenario);
    else replayer = createReplayer(scenario);
    return replayer;
  };
}

describe('timeline walker', () => {
  test('collects every record with its step, and the services world after each step', async () => {
    const scenario = createScenario('timeline', {}, steps);
    const walker = createTimelineWalker(followingReplayer());
    const end = await walker.at(scenario, 3);
    if (!end) throw new Error('stale');
    expect(end.records.slice(0, end.recordCount).map((r) => r.eventName)).toEqual([
      'CreateKey',
      'GenerateDataKey',
      'Decrypt',
    ]);
    expect(end.stepOf.slice(0, end.recordCount)).toEqual([0, 1, 3]);
    expect(stepRange(end, 3)).toEqual([2, 3]);
    expect(stepRange(end, 2)).toEqual([2, 2]);
    expect(end.servicesStep).toBe(3);
    expect(Object.keys(end.services?.s3.objects ?? {})).toEqual(['bkt/a']);

    const atNote = await walker.at(scenario, 2);
    expect(atNote?.recordCount).toBe(2);
    expect(atNote?.servicesStep).toBe(1);
    const before = await walker.at(scenario, -1);
    expect(before).toMatchObject({ recordCount: 0, services: undefined, servicesStep: -1 });
  });

  test('an appended step walks one more; an edited step is walked again', async () => {
    const walker = createTimelineWalker(followingReplayer());
    const first = createScenario('timeline', {}, steps.slice(0, 2));
    expect((await walker.at(first, 1))?.recordCount).toBe(2);
    const appended = { ...first, steps: steps };
    expect((await walker.at(appended, 3))?.recordCount).toBe(3);
    const edited = {
      ...appended,
      steps: [steps[0] as Step, { ...(steps[1] as Step), id: 's2' }, steps[2] as Step],
    };
    const t = await walker.at(edited, 2);
    expect(t?.records.slice(0, t.recordCount).map((r) => r.eventName)).toEqual([
      'CreateKey',
      'GenerateDataKey',
    ]);
  });
});

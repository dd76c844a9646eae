/**
 * `service.call` in scenarios: the services world flows through refs, replays identically from checkpoints,
 * round-trips through links, and a disabled key breaks Secrets Manager until the key is enabled again.
 */
import { describe, expect, test } from 'vitest';
import { decodeScenario, encodeScenario } from '../codec';
import { createReplayer } from '../replay';
import { createScenario, type Scenario } from '../schema';
import { validateScenario } from '../validateScenario';
import type { Step } from './index';
import { type ServiceCallDetail, servicesRef } from './serviceCall';

const SEED = 'service-call-test';

async function keyArnOf(steps: Step[]): Promise<string> {
  const view = await createReplayer(createScenario(SEED, {}, steps)).goTo(0);
  return view.keys[0]?.metadata.Arn as string;
}

/** CreateKey, a secret under it, read, disable, read, enable, read. */
async function secretScenario(): Promise<Scenario> {
  const createKey: Step = { id: 's1', kind: 'kms.call', op: 'CreateKey', request: {} };
  const key = await keyArnOf([createKey]);
  const get = (id: string, after: string): Step => ({
    id,
    kind: 'service.call',
    service: 'secretsmanager',
    action: 'GetSecretValue',
    params: { SecretId: 'prod/db' },
    services: servicesRef(after),
  });
  return createScenario(SEED, {}, [
    createKey,
    {
      id: 's2',
      kind: 'service.call',
      service: 'secretsmanager',
      action: 'CreateSecret',
      params: { Name: 'prod/db', SecretString: 'hunter2', KmsKeyId: key },
    },
    get('s3', 's2'),
    { id: 's4', kind: 'kms.call', op: 'DisableKey', request: { KeyId: key } },
    get('s5', 's3'),
    { id: 's6', kind: 'kms.call', op: 'EnableKey', request: { KeyId: key } },
    get('s7', 's5'),
  ]);
}

const detailOf = (view: { result?: { ok: boolean; kind: string; detail?: unknown } }) =>
  view.result?.detail as ServiceCallDetail;

describe('service.call', () => {
  test('Secrets Manager breaks while the key is disabled and works again once enabled', async () => {
    const replayer = createReplayer(await secretScenario());
    const read = detailOf(await replayer.goTo(2));
    expect(read.result).toMatchObject({ ok: true, response: { SecretString: 'hunter2' } });

    const disabled = await replayer.goTo(4);
    expect(disabled.result?.ok).toBe(true);
    expect(detailOf(disabled).result).toMatchObject({ ok: false, error: { code: 'DecryptionFailure' } });
    expect(disabled.caption).toMatchObject({
      code: 'kmsFailed',
      params: { op: 'secretsmanager:GetSecretValue', errorName: 'DecryptionFailure' },
    });
    // The refused Decrypt is in CloudTrail, made by Secrets Manager on the requester's behalf.
    expect(disabled.trail).toEqual([
      expect.objectContaining({
        eventName: 'Decrypt',
        errorCode: 'DisabledException',
        userIdentity: expect.objectContaining({ invokedBy: 'secretsmanager.amazonaws.com' }),
      }),
    ]);

    const enabled = detailOf(await replayer.goTo(6));
    expect(enabled.result).toMatchObject({ ok: true, response: { SecretString: 'hunter2' } });
  });

  test('jumping from checkpoints gives the same views as a full replay', async () => {
    const scenario = await secretScenario();
    const full = createReplayer(scenario, { checkpointEvery: 1000 });
    const jumpy = createReplayer(scenario, { checkpointEvery: 2 });
    const fullViews = [];
    for (let i = 0; i < scenario.steps.length; i++) fullViews.push(await full.goTo(i));
    for (const i of [6, 1, 4, 2, 6, 0, 5]) {
      const view = await jumpy.goTo(i);
      expect(view.trail).toEqual(fullViews[i]?.trail);
      expect(view.result).toEqual(fullViews[i]?.result);
    }
  });

  test('a link carries service calls and their refs', async () => {
    const scenario = await secretScenario();
    const decoded = await decodeScenario(await encodeScenario(scenario));
    expect(decoded).toMatchObject({ ok: true, scenario });
  });

  test.each([
    [{ service: 'dynamodb', action: 'PutItem', params: {} }, '$.steps[0].service: must be one of'],
    [{ service: 's3', action: 'DeleteBucket', params: {} }, '$.steps[0].action: must be one of'],
    [{ service: 's3', action: 'GetObject', params: { Bucket: 'bkt' } }, '$.steps[0].params.Key: required'],
    [
      { service: 's3', action: 'GetObject', params: { Bucket: 'bkt', Key: 'k', Range: 'bytes=0-1' } },
      '$.steps[0].params.Range: unknown field',
    ],
    [
      { service: 's3', action: 'GetObject', params: { Bucket: 'Bad_Bucket', Key: 'k' } },
      'must be an S3 bucket name',
    ],
    [
      {
        service: 's3',
        action: 'GetObject',
        params: { Bucket: 'bkt', Key: 'k' },
        services: { $ref: 's9/Services' },
      },
      's9',
    ],
  ])('rejects %j', (step, problem) => {
    const scenario = { ...createScenario(SEED), steps: [{ id: 's1', kind: 'service.call', ...step }] };
    expect(() => validateScenario(scenario)).toThrow(problem);
  });

  test('a ref to a step without a services world fails the step with the spine’s RefUnresolved', async () => {
    const scenario = createScenario(SEED, {}, [
      { id: 's1', kind: 'kms.call', op: 'DisableKey', request: { KeyId: 'alias/none' } },
      {
        id: 's2',
        kind: 'service.call',
        service: 's3',
        action: 'GetObject',
        params: { Bucket: 'bkt', Key: 'k' },
        services: servicesRef('s1'),
      },
    ]);
    const view = await createReplayer(scenario).goTo(1);
    expect(view.result).toMatchObject({ ok: false, error: { source: 'scenario', name: 'RefUnresolved' } });
  });
});

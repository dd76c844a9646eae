import { describe, expect, test } from 'vitest';
import { createReplayer } from '../../scenario/replay';
import { createScenario } from '../../scenario/schema';
import type { Step } from '../../scenario/steps/index';
import { createTimelineWalker } from '../trail/timeline';
import {
  batchRuns,
  isServiceDenied,
  keyPolicyDenying,
  lastServiceStepId,
  serviceCallStep,
  withKey,
} from './steps';

const KEY = 'arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab';

describe('gallery steps', () => {
  test('the key choice fills each service’s own key parameter (and S3’s encryption header)', () => {
    const cmk = { choice: 'customer-managed', keyArn: KEY } as const;
    expect(
      withKey('secretsmanager', 'CreateSecret', { Name: 'a', SecretString: 'b', Extra: 'x' }, cmk),
    ).toEqual({
      Name: 'a',
      SecretString: 'b',
      KmsKeyId: KEY,
    });
    expect(withKey('lambda', 'CreateFunction', { FunctionName: 'f' }, cmk)).toMatchObject({ KMSKeyArn: KEY });
    expect(withKey('ssm', 'PutParameter', { Name: 'p', Value: 'v' }, { choice: 'aws-managed' })).toEqual({
      Name: 'p',
      Value: 'v',
    });
    expect(withKey('s3', 'PutObject', { Bucket: 'b', Key: 'k', Body: '' }, { choice: 'aws-owned' })).toEqual({
      Bucket: 'b',
      Key: 'k',
      ServerSideEncryption: 'AES256',
    });
    expect(withKey('s3', 'PutObject', { Bucket: 'b', Key: 'k' }, cmk)).toMatchObject({
      SSEKMSKeyId: KEY,
      ServerSideEncryption: 'aws:kms',
    });
  });

  test('a service call continues from the last service call’s world', () => {
    const steps: Step[] = [
      { id: 's1', kind: 'service.call', service: 's3', action: 'GetObject', params: {} },
      { id: 's2', kind: 'kms.call', op: 'CreateKey', request: {} },
    ];
    expect(lastServiceStepId(steps)).toBe('s1');
    expect(serviceCallStep(steps, { service: 'ssm', action: 'GetParameter', params: { Name: 'p' } })).toEqual(
      {
        kind: 'service.call',
        service: 'ssm',
        action: 'GetParameter',
        params: { Name: 'p' },
        services: { $ref: 's1/Services' },
      },
    );
    expect(
      serviceCallStep([], { service: 'ssm', action: 'GetParameter', params: {}, principal: 'p' }),
    ).not.toHaveProperty('services');
  });

  test('the deny policy names the service endpoint and is recognised again', () => {
    const policy = keyPolicyDenying('s3', '111122223333', 'us-east-1', true);
    expect(JSON.parse(policy).Statement[1]).toMatchObject({
      Effect: 'Deny',
      Condition: { StringEquals: { 'kms:ViaService': 's3.us-east-1.amazonaws.com' } },
    });
    const put = (p: string): Step => ({
      id: 'x',
      kind: 'kms.call',
      op: 'PutKeyPolicy',
      request: { KeyId: KEY, PolicyName: 'default', Policy: p },
    });
    expect(isServiceDenied([put(policy)], KEY, 's3')).toBe(true);
    expect(isServiceDenied([put(policy)], KEY, 'ssm')).toBe(false);
    expect(
      isServiceDenied(
        [put(policy), put(keyPolicyDenying('s3', '111122223333', 'us-east-1', false))],
        KEY,
        's3',
      ),
    ).toBe(false);
  });

  test('Bucket Keys comparison counts each batch’s KMS requests from the trail', async () => {
    const batch = (id: string, bucket: string, keys: boolean, after?: string): Step => ({
      id,
      kind: 'service.call',
      service: 's3',
      action: 'PutObjectBatch',
      params: {
        Bucket: bucket,
        KeyPrefix: 'o',
        Count: 50,
        Body: 'x',
        ServerSideEncryption: 'aws:kms',
        BucketKeyEnabled: keys,
      },
      ...(after ? { services: { $ref: `${after}/Services` } } : {}),
    });
    const scenario = createScenario('batches', {}, [
      batch('s1', 'plain', false),
      batch('s2', 'keyed', true, 's1'),
    ]);
    const timeline = await createTimelineWalker((s) => createReplayer(s)).at(scenario, 1);
    if (!timeline) throw new Error('stale');
    expect(batchRuns(timeline)).toEqual([
      { stepIndex: 0, bucket: 'plain', objects: 50, bucketKeys: false, requests: 50 },
      { stepIndex: 1, bucket: 'keyed', objects: 50, bucketKeys: true, requests: 1 },
    ]);
  });
});

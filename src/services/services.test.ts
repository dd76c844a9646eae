/**
 * Each service's KMS call sequence, encryption context, caller and kms:ViaService against reference §11, table
 * by table; then what disabling the key or denying the service in the key policy does to each.
 */
import { describe, expect, test } from 'vitest';
import { Drbg, selectCryptoProvider } from '../crypto';
import { createKmsSimulator } from '../kms';
import { ec2InfrastructureSession } from './ebs';
import { efsServiceLinkedRole } from './efs';
import { emptyServicesWorld, runServiceCall, type ServiceId } from './index';
import { executionSession } from './lambda';
import { rdsServiceLinkedRole } from './rds';
import { BUCKET_KEY_REUSE_MS } from './s3';
import type { ActionResult, ParamValue } from './service';

/** The response of a call that must have succeeded. */
function responseOf(result: ActionResult) {
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.response;
}

const ACCOUNT = '111122223333';
const ADMIN = `arn:aws:iam::${ACCOUNT}:role/Admin`;

function lab() {
  const sim = createKmsSimulator({ seed: 'services-test' });
  const world = emptyServicesWorld();
  const env = {
    sim,
    drbg: Drbg.fromSeed('services-test/client'),
    provider: selectCryptoProvider().provider,
    world,
  };
  const call = (
    service: ServiceId,
    action: string,
    params: Record<string, ParamValue | undefined>,
    principal = ADMIN,
  ) => runServiceCall(env, { service, action, params, principal });
  const createKey = async () => {
    const created = await sim.invoke('CreateKey', {});
    if (!created.ok) throw created.error;
    return created.response.KeyMetadata.Arn as string;
  };
  return { sim, world, call, createKey };
}

type Expected = {
  operation: string;
  principal?: string;
  via?: string;
  context?: Record<string, string | RegExp>;
};

function expectCalls(
  calls: {
    operation: string;
    principal: string;
    viaService?: string;
    encryptionContext?: Record<string, string>;
    ok: boolean;
  }[],
  expected: Expected[],
) {
  expect(calls.map((c) => c.operation)).toEqual(expected.map((e) => e.operation));
  calls.forEach((c, i) => {
    const e = expected[i] as Expected;
    expect(c.ok, `${c.operation} succeeded`).toBe(true);
    expect(c.principal).toBe(e.principal ?? ADMIN);
    expect(c.viaService).toBe(e.via);
    if (e.context) {
      expect(Object.keys(c.encryptionContext ?? {}).sort()).toEqual(Object.keys(e.context).sort());
      for (const [k, v] of Object.entries(e.context))
        if (typeof v === 'string') expect(c.encryptionContext?.[k]).toBe(v);
        else expect(c.encryptionContext?.[k]).toMatch(v);
    }
  });
}

const via = (prefix: string) => `${prefix}.us-east-1.amazonaws.com`;

describe('call sequences and encryption contexts (reference §11)', () => {
  test('S3 SSE-KMS: PUT → GenerateDataKey with the object ARN, GET → Decrypt; the body round-trips', async () => {
    const { call } = lab();
    const put = await call('s3', 'PutObject', {
      Bucket: 'my-bucket',
      Key: 'notes/a.txt',
      Body: 'こんにちは',
      ServerSideEncryption: 'aws:kms',
    });
    expect(put.result.ok).toBe(true);
    const ctx = { 'aws:s3:arn': 'arn:aws:s3:::my-bucket/notes/a.txt' };
    expectCalls(put.kmsCalls, [{ operation: 'GenerateDataKey', via: via('s3'), context: ctx }]);
    expect(put.kmsCalls[0]?.keyId).toBe('alias/aws/s3');
    const get = await call('s3', 'GetObject', { Bucket: 'my-bucket', Key: 'notes/a.txt' });
    expectCalls(get.kmsCalls, [{ operation: 'Decrypt', via: via('s3'), context: ctx }]);
    expect(get.result).toMatchObject({
      ok: true,
      response: { Body: 'こんにちは', ServerSideEncryption: 'aws:kms' },
    });
  });

  test('S3 appends aws:s3:arn to the context the request gives', async () => {
    const { call } = lab();
    const put = await call('s3', 'PutObject', {
      Bucket: 'my-bucket',
      Key: 'k',
      Body: 'x',
      ServerSideEncryption: 'aws:kms',
      SSEKMSEncryptionContext: { project: 'alpha' },
    });
    expect(put.kmsCalls[0]?.encryptionContext).toEqual({
      project: 'alpha',
      'aws:s3:arn': 'arn:aws:s3:::my-bucket/k',
    });
  });

  test('S3 SSE-S3 makes no KMS request and leaves nothing in CloudTrail', async () => {
    const { call, sim } = lab();
    const put = await call('s3', 'PutObject', {
      Bucket: 'my-bucket',
      Key: 'k',
      Body: 'secret',
      ServerSideEncryption: 'AES256',
    });
    const get = await call('s3', 'GetObject', { Bucket: 'my-bucket', Key: 'k' });
    expect([put.kmsCalls, get.kmsCalls]).toEqual([[], []]);
    expect(get.result).toMatchObject({
      ok: true,
      response: { Body: 'secret', ServerSideEncryption: 'AES256' },
    });
    expect(sim.trail()).toHaveLength(0);
  });

  test('S3 Bucket Keys: one GenerateDataKey with the bucket ARN for 1,000 objects; 1,000 without', async () => {
    const { call } = lab();
    const base = { KeyPrefix: 'obj-', Count: 1000, Body: 'x', ServerSideEncryption: 'aws:kms' };
    const without = await call('s3', 'PutObjectBatch', { ...base, Bucket: 'plain' });
    const withKeys = await call('s3', 'PutObjectBatch', { ...base, Bucket: 'keyed', BucketKeyEnabled: true });
    expect(without.kmsCalls).toHaveLength(1000);
    expectCalls(withKeys.kmsCalls, [
      { operation: 'GenerateDataKey', via: via('s3'), context: { 'aws:s3:arn': 'arn:aws:s3:::keyed' } },
    ]);
    // The same requester reads with the bucket key S3 still holds: no KMS request at all.
    const get = await call('s3', 'GetObject', { Bucket: 'keyed', Key: 'obj-500' });
    expect(get.result).toMatchObject({ ok: true, response: { Body: 'x', BucketKeyEnabled: true } });
    expect(get.kmsCalls).toHaveLength(0);
  });

  test('S3 Bucket Keys: another requester fetches its own bucket key, and the key expires after the reuse period', async () => {
    const { call, sim } = lab();
    const p = { Bucket: 'keyed', Body: 'x', ServerSideEncryption: 'aws:kms', BucketKeyEnabled: true };
    await call('s3', 'PutObject', { ...p, Key: 'a' });
    const alice = `arn:aws:iam::${ACCOUNT}:user/Alice`;
    const read = await call('s3', 'GetObject', { Bucket: 'keyed', Key: 'a' }, alice);
    expectCalls(read.kmsCalls, [
      {
        operation: 'Decrypt',
        principal: alice,
        via: via('s3'),
        context: { 'aws:s3:arn': 'arn:aws:s3:::keyed' },
      },
    ]);
    await sim.clock.advance(BUCKET_KEY_REUSE_MS);
    const later = await call('s3', 'PutObject', { ...p, Key: 'b' });
    expect(later.kmsCalls.map((c) => c.operation)).toEqual(['GenerateDataKey']);
  });

  test('EBS: CreateVolume → GenerateDataKeyWithoutPlaintext (64 bytes); AttachVolume → CreateGrant → Decrypt by the instance session', async () => {
    const { call, sim } = lab();
    const created = await call('ebs', 'CreateVolume', { Size: 8 });
    if (!created.result.ok) throw new Error(created.result.error.message);
    const volumeId = created.result.response.VolumeId as string;
    expect(volumeId).toMatch(/^vol-[0-9a-f]{17}$/);
    const ctx = { 'aws:ebs:id': volumeId };
    expectCalls(created.kmsCalls, [
      { operation: 'GenerateDataKeyWithoutPlaintext', via: via('ec2'), context: ctx },
    ]);
    expect(created.kmsCalls[0]?.keyId).toBe('alias/aws/ebs');
    const record = sim.trail()[created.kmsCalls[0]?.trailRecordIndex as number];
    expect(record?.requestParameters).toMatchObject({ numberOfBytes: 64, keyId: 'alias/aws/ebs' });

    const attached = await call('ebs', 'AttachVolume', {
      VolumeId: volumeId,
      InstanceId: 'i-81e2f56c',
      Device: '/dev/sdf',
    });
    const session = ec2InfrastructureSession(ACCOUNT, 'i-81e2f56c');
    expectCalls(attached.kmsCalls, [
      { operation: 'CreateGrant', via: via('ec2') },
      { operation: 'Decrypt', principal: session, context: ctx },
    ]);
    const grant = sim.trail()[attached.kmsCalls[0]?.trailRecordIndex as number];
    expect(grant?.requestParameters).toMatchObject({
      granteePrincipal: session,
      operations: ['Decrypt'],
      constraints: { encryptionContextSubset: ctx },
    });
  });

  test('RDS: DescribeKey, CreateGrant to the RDS role, GenerateDataKeyWithoutPlaintext with aws:rds:db-id; reboot → Decrypt by the role', async () => {
    const { call } = lab();
    const created = await call('rds', 'CreateDBInstance', { DBInstanceIdentifier: 'orders' });
    if (!created.result.ok) throw new Error(created.result.error.message);
    const db = created.result.response.DbiResourceId as string;
    expect(db).toMatch(/^db-[A-Z2-7]{26}$/);
    expectCalls(created.kmsCalls, [
      { operation: 'DescribeKey', via: via('rds') },
      { operation: 'CreateGrant', via: via('rds') },
      { operation: 'GenerateDataKeyWithoutPlaintext', via: via('rds'), context: { 'aws:rds:db-id': db } },
    ]);
    const reboot = await call('rds', 'RebootDBInstance', { DBInstanceIdentifier: 'orders' });
    expectCalls(reboot.kmsCalls, [
      {
        operation: 'Decrypt',
        principal: rdsServiceLinkedRole(ACCOUNT).session,
        context: { 'aws:rds:db-id': db },
      },
    ]);
  });

  test('EFS: data key and Decrypt bound to aws:elasticfilesystem:filesystem:id', async () => {
    const { call } = lab();
    const created = await call('elasticfilesystem', 'CreateFileSystem', { CreationToken: 'shared' });
    if (!created.result.ok) throw new Error(created.result.error.message);
    const fs = created.result.response.FileSystemId as string;
    const ctx = { 'aws:elasticfilesystem:filesystem:id': fs };
    const role = efsServiceLinkedRole(ACCOUNT);
    expectCalls(created.kmsCalls, [
      { operation: 'DescribeKey', via: via('elasticfilesystem') },
      { operation: 'CreateGrant', via: via('elasticfilesystem') },
      { operation: 'GenerateDataKeyWithoutPlaintext', principal: role.session, context: ctx },
    ]);
    const mounted = await call('elasticfilesystem', 'ClientMount', { FileSystemId: fs });
    expectCalls(mounted.kmsCalls, [{ operation: 'Decrypt', principal: role.session, context: ctx }]);
  });

  test('Lambda: Encrypt on create with aws:lambda:FunctionArn; Decrypt as the execution role on invoke', async () => {
    const { call } = lab();
    const arn = `arn:aws:lambda:us-east-1:${ACCOUNT}:function:hello`;
    const created = await call('lambda', 'CreateFunction', {
      FunctionName: 'hello',
      Role: ADMIN,
      Variables: { DB_HOST: 'db.internal' },
    });
    expectCalls(created.kmsCalls, [
      { operation: 'Encrypt', via: via('lambda'), context: { 'aws:lambda:FunctionArn': arn } },
    ]);
    const invoked = await call('lambda', 'Invoke', { FunctionName: 'hello' });
    expectCalls(invoked.kmsCalls, [
      {
        operation: 'Decrypt',
        principal: executionSession(ADMIN, 'hello'),
        via: via('lambda'),
        context: { 'aws:lambda:FunctionArn': arn },
      },
    ]);
    expect(invoked.result).toMatchObject({
      ok: true,
      response: { Payload: '{"environmentVariables":["DB_HOST"]}' },
    });
    const updated = await call('lambda', 'UpdateFunctionConfiguration', {
      FunctionName: 'hello',
      Variables: { A: '1' },
    });
    expect(updated.kmsCalls.map((c) => c.operation)).toEqual(['Encrypt']);
  });

  test('Secrets Manager: GenerateDataKey per version with SecretARN + SecretVersionId; GetSecretValue → Decrypt', async () => {
    const { call } = lab();
    const created = await call('secretsmanager', 'CreateSecret', {
      Name: 'prod/db',
      SecretString: 'hunter2',
    });
    if (!created.result.ok) throw new Error(created.result.error.message);
    const { ARN, VersionId } = created.result.response as { ARN: string; VersionId: string };
    expect(ARN).toMatch(/^arn:aws:secretsmanager:us-east-1:111122223333:secret:prod\/db-[A-Za-z0-9]{6}$/);
    expectCalls(created.kmsCalls, [
      {
        operation: 'GenerateDataKey',
        via: via('secretsmanager'),
        context: { SecretARN: ARN, SecretVersionId: VersionId },
      },
    ]);
    const second = await call('secretsmanager', 'PutSecretValue', {
      SecretId: 'prod/db',
      SecretString: 'correct horse',
    });
    if (!second.result.ok) throw new Error(second.result.error.message);
    const v2 = second.result.response.VersionId as string;
    expect(v2).not.toBe(VersionId);
    expectCalls(second.kmsCalls, [
      {
        operation: 'GenerateDataKey',
        via: via('secretsmanager'),
        context: { SecretARN: ARN, SecretVersionId: v2 },
      },
    ]);

    const current = await call('secretsmanager', 'GetSecretValue', { SecretId: ARN });
    expect(current.result).toMatchObject({
      ok: true,
      response: { SecretString: 'correct horse', VersionStages: ['AWSCURRENT'] },
    });
    expectCalls(current.kmsCalls, [
      { operation: 'Decrypt', via: via('secretsmanager'), context: { SecretARN: ARN, SecretVersionId: v2 } },
    ]);
    const previous = await call('secretsmanager', 'GetSecretValue', {
      SecretId: 'prod/db',
      VersionStage: 'AWSPREVIOUS',
    });
    expect(previous.result).toMatchObject({ ok: true, response: { SecretString: 'hunter2', VersionId } });
  });

  test('Parameter Store: standard → Encrypt directly; advanced → GenerateDataKey + AWS Encryption SDK; both → Decrypt', async () => {
    const { call } = lab();
    const arn = (name: string) => `arn:aws:ssm:us-east-1:${ACCOUNT}:parameter/${name}`;
    const std = await call('ssm', 'PutParameter', {
      Name: '/app/db-password',
      Value: 's3cr3t',
      Tier: 'Standard',
    });
    expectCalls(std.kmsCalls, [
      { operation: 'Encrypt', via: via('ssm'), context: { PARAMETER_ARN: arn('app/db-password') } },
    ]);
    const adv = await call('ssm', 'PutParameter', { Name: 'big', Value: 'x'.repeat(4096), Tier: 'Advanced' });
    expectCalls(adv.kmsCalls, [
      { operation: 'GenerateDataKey', via: via('ssm'), context: { PARAMETER_ARN: arn('big') } },
    ]);

    for (const [name, value] of [
      ['/app/db-password', 's3cr3t'],
      ['big', 'x'.repeat(4096)],
    ] as const) {
      const got = await call('ssm', 'GetParameter', { Name: name, WithDecryption: true });
      expect(got.result).toMatchObject({
        ok: true,
        response: { Parameter: { Value: value, Type: 'SecureString' } },
      });
      expectCalls(got.kmsCalls, [
        { operation: 'Decrypt', via: via('ssm'), context: { PARAMETER_ARN: arn(name.replace(/^\//, '')) } },
      ]);
    }
    const hidden = await call('ssm', 'GetParameter', { Name: 'big' });
    expect(hidden.kmsCalls).toEqual([]);
    expect(hidden.result).toMatchObject({ ok: true });
  });

  test('AWS managed keys are created on first use, once per service', async () => {
    const { call, sim } = lab();
    await call('s3', 'PutObject', { Bucket: 'b1b', Key: 'a', Body: 'x', ServerSideEncryption: 'aws:kms' });
    await call('s3', 'PutObject', { Bucket: 'b1b', Key: 'b', Body: 'x', ServerSideEncryption: 'aws:kms' });
    await call('secretsmanager', 'CreateSecret', { Name: 's', SecretString: 'x' });
    const aliases = Object.values(sim.world.aliases)
      .map((a) => a.aliasName)
      .sort();
    expect(aliases).toEqual(['alias/aws/s3', 'alias/aws/secretsmanager']);
    expect(Object.values(sim.world.keys).every((k) => k.keyManager === 'AWS')).toBe(true);
  });
});

describe('a disabled key breaks each service the way the service reports it', () => {
  // [service, setup calls, the call that breaks, expected service error code, fidelity]
  const table: [
    string,
    (keyArn: string, l: ReturnType<typeof lab>) => Promise<() => Promise<unknown>>,
    string,
  ][] = [
    [
      'S3 GetObject',
      async (key, { call }) => {
        await call('s3', 'PutObject', {
          Bucket: 'bkt',
          Key: 'k',
          Body: 'x',
          ServerSideEncryption: 'aws:kms',
          SSEKMSKeyId: key,
        });
        return () => call('s3', 'GetObject', { Bucket: 'bkt', Key: 'k' });
      },
      'KMS.DisabledException',
    ],
    [
      'S3 PutObject',
      async (key, { call }) =>
        () =>
          call('s3', 'PutObject', {
            Bucket: 'bkt',
            Key: 'k',
            Body: 'x',
            ServerSideEncryption: 'aws:kms',
            SSEKMSKeyId: key,
          }),
      'KMS.DisabledException',
    ],
    [
      'EBS AttachVolume',
      async (key, { call }) => {
        const v = await call('ebs', 'CreateVolume', { Size: 1, KmsKeyId: key });
        const id = responseOf(v.result).VolumeId as string;
        return () =>
          call('ebs', 'AttachVolume', {
            VolumeId: id,
            InstanceId: 'i-0123456789abcdef0',
            Device: '/dev/sdf',
          });
      },
      'Client.InvalidKMSKey.InvalidState',
    ],
    [
      'RDS RebootDBInstance',
      async (key, { call }) => {
        await call('rds', 'CreateDBInstance', { DBInstanceIdentifier: 'db1', KmsKeyId: key });
        return () => call('rds', 'RebootDBInstance', { DBInstanceIdentifier: 'db1' });
      },
      'KMSKeyNotAccessibleFault',
    ],
    [
      'EFS ClientMount',
      async (key, { call }) => {
        const f = await call('elasticfilesystem', 'CreateFileSystem', { CreationToken: 't', KmsKeyId: key });
        const id = responseOf(f.result).FileSystemId as string;
        return () => call('elasticfilesystem', 'ClientMount', { FileSystemId: id });
      },
      'DisabledException',
    ],
    [
      'Lambda Invoke',
      async (key, { call }) => {
        await call('lambda', 'CreateFunction', {
          FunctionName: 'f',
          Role: ADMIN,
          Variables: { A: '1' },
          KMSKeyArn: key,
        });
        return () => call('lambda', 'Invoke', { FunctionName: 'f' });
      },
      'KMSDisabledException',
    ],
    [
      'Secrets Manager GetSecretValue',
      async (key, { call }) => {
        await call('secretsmanager', 'CreateSecret', { Name: 's', SecretString: 'x', KmsKeyId: key });
        return () => call('secretsmanager', 'GetSecretValue', { SecretId: 's' });
      },
      'DecryptionFailure',
    ],
    [
      'Parameter Store GetParameter',
      async (key, { call }) => {
        await call('ssm', 'PutParameter', { Name: 'p', Value: 'x', KeyId: key });
        return () => call('ssm', 'GetParameter', { Name: 'p', WithDecryption: true });
      },
      'InvalidKeyId',
    ],
  ];

  test.each(table)('%s', async (_name, setup, code) => {
    const l = lab();
    const key = await l.createKey();
    const breaking = await setup(key, l);
    await l.sim.invoke('DisableKey', { KeyId: key });
    const broken = (await breaking()) as Awaited<ReturnType<typeof l.call>>;
    expect(broken.result.ok).toBe(false);
    if (broken.result.ok) return;
    expect(broken.result.error.code).toBe(code);
    expect(broken.result.error.kmsError?.name).toBe('DisabledException');
    expect(broken.kmsCalls.at(-1)).toMatchObject({ ok: false, error: { name: 'DisabledException' } });
    await l.sim.invoke('EnableKey', { KeyId: key });
    const fixed = (await breaking()) as Awaited<ReturnType<typeof l.call>>;
    expect(fixed.result.ok).toBe(true);
  });

  test('Secrets Manager quotes the KMS error as the AWS GovCloud (US) guide records it', async () => {
    const l = lab();
    const key = await l.createKey();
    await l.call('secretsmanager', 'CreateSecret', { Name: 's', SecretString: 'x', KmsKeyId: key });
    await l.sim.invoke('DisableKey', { KeyId: key });
    const got = await l.call('secretsmanager', 'GetSecretValue', { SecretId: 's' });
    const requestId = got.kmsCalls[0]?.requestId;
    expect(got.result).toMatchObject({
      ok: false,
      error: {
        code: 'DecryptionFailure',
        fidelity: 'recorded',
        message: `Secrets Manager can't decrypt the secret value: ${key} is disabled. (Service: AWSKMS; Status Code: 400; Error Code: DisabledException; Request ID: ${requestId}; Proxy: null)`,
      },
    });
    expect(l.sim.trail()[got.kmsCalls[0]?.trailRecordIndex as number]).toMatchObject({
      errorCode: 'DisabledException',
      userIdentity: { invokedBy: 'secretsmanager.amazonaws.com' },
    });
  });
});

describe('denying the service in the key policy', () => {
  test('a Deny on kms:ViaService s3 refuses S3 (AccessDenied) but not Secrets Manager', async () => {
    const l = lab();
    const key = await l.createKey();
    const policy = {
      Version: '2012-10-17',
      Statement: [
        {
          Sid: 'Enable IAM User Permissions',
          Effect: 'Allow',
          Principal: { AWS: `arn:aws:iam::${ACCOUNT}:root` },
          Action: 'kms:*',
          Resource: '*',
        },
        {
          Sid: 'Deny S3',
          Effect: 'Deny',
          Principal: { AWS: '*' },
          Action: 'kms:*',
          Resource: '*',
          Condition: { StringEquals: { 'kms:ViaService': via('s3') } },
        },
      ],
    };
    const put = await l.sim.invoke('PutKeyPolicy', {
      KeyId: key,
      PolicyName: 'default',
      Policy: JSON.stringify(policy),
    });
    expect(put.ok).toBe(true);
    const s3put = await l.call('s3', 'PutObject', {
      Bucket: 'bkt',
      Key: 'k',
      Body: 'x',
      ServerSideEncryption: 'aws:kms',
      SSEKMSKeyId: key,
    });
    expect(s3put.result).toMatchObject({
      ok: false,
      error: { code: 'AccessDenied', message: 'Access Denied' },
    });
    expect(l.sim.trail().at(-1)).toMatchObject({
      errorCode: 'AccessDeniedException',
      userIdentity: { invokedBy: 's3.amazonaws.com' },
    });
    const secret = await l.call('secretsmanager', 'CreateSecret', {
      Name: 's',
      SecretString: 'x',
      KmsKeyId: key,
    });
    expect(secret.result.ok).toBe(true);
  });

  test('Secrets Manager and Lambda report a refused KMS call in their own words', async () => {
    const l = lab();
    const key = await l.createKey();
    await l.call('secretsmanager', 'CreateSecret', { Name: 's', SecretString: 'x', KmsKeyId: key });
    await l.call('lambda', 'CreateFunction', {
      FunctionName: 'f',
      Role: `arn:aws:iam::${ACCOUNT}:role/NoKms`,
      Variables: { A: '1' },
      KMSKeyArn: key,
    });
    const bob = `arn:aws:iam::${ACCOUNT}:user/Bob`;
    const got = await l.call('secretsmanager', 'GetSecretValue', { SecretId: 's' }, bob);
    expect(got.result).toMatchObject({
      ok: false,
      error: { code: 'AccessDeniedException', message: 'Access to KMS is not allowed' },
    });
    // The execution role has no IAM permission for the customer managed key.
    const invoked = await l.call('lambda', 'Invoke', { FunctionName: 'f' });
    expect(invoked.result).toMatchObject({ ok: false, error: { code: 'KMSAccessDeniedException' } });
    if (!invoked.result.ok)
      expect(invoked.result.error.message).toMatch(
        /^Lambda was unable to decrypt the environment variables because KMS access was denied\. Please check the function's KMS key settings\. KMS Exception: AccessDeniedExceptionKMS Message: /,
      );
  });
});

/**
 * The six custom key store operations through the official `@aws-sdk/client-kms`, simulated as far as a
 * simulation without a CloudHSM cluster or a reachable external key store proxy can be honest
 * (operations/customKeyStores.ts): CloudHSM key stores name a cluster KMS cannot find, public-endpoint external key
 * stores cannot reach their proxy, and VPC-endpoint external key stores are created, described, connected (and
 * fail), disconnected, updated and deleted under AWS's ConnectionState rules.
 */
import {
  ConnectCustomKeyStoreCommand,
  CreateCustomKeyStoreCommand,
  type CreateCustomKeyStoreCommandInput,
  CreateKeyCommand,
  type CreateKeyCommandInput,
  DeleteCustomKeyStoreCommand,
  DescribeCustomKeyStoresCommand,
  DisconnectCustomKeyStoreCommand,
  GenerateRandomCommand,
  type KMSClient,
  UpdateCustomKeyStoreCommand,
} from '@aws-sdk/client-kms';
import { beforeEach, describe, expect, test } from 'vitest';
import type { KmsSimulator } from './index';
import { kmsClientFor, sdkError as rejects, sdkSimulator } from './testing/sdkClient';

let sim: KmsSimulator;
let kms: KMSClient;

beforeEach(() => {
  ({ sim, kms } = sdkSimulator('custom-key-store-suite'));
});

const SECRET = 'Kms+Lab/Test+Secret+Access+Key+0123456789abcdefgh=';
const CREDENTIAL = { AccessKeyId: 'KMSLABACCESSKEYID2345', RawSecretAccessKey: SECRET };

/** An external key store with VPC endpoint service connectivity, numbered so several can coexist. */
const vpcStore = (
  n = 1,
  extra: Partial<CreateCustomKeyStoreCommandInput> = {},
): CreateCustomKeyStoreCommandInput => ({
  CustomKeyStoreName: `ExampleXks${n}`,
  CustomKeyStoreType: 'EXTERNAL_KEY_STORE',
  XksProxyConnectivity: 'VPC_ENDPOINT_SERVICE',
  XksProxyUriEndpoint: `https://myproxy${n}-private.xks.example.com`,
  XksProxyUriPath: '/example-prefix/kms/xks/v1',
  XksProxyVpcEndpointServiceName: `com.amazonaws.vpce.us-east-1.vpce-svc-example${n}`,
  XksProxyAuthenticationCredential: CREDENTIAL,
  ...extra,
});

async function createVpcStore(n = 1): Promise<string> {
  const { CustomKeyStoreId } = await kms.send(new CreateCustomKeyStoreCommand(vpcStore(n)));
  if (!CustomKeyStoreId) throw new Error('no store');
  return CustomKeyStoreId;
}

async function describe1(CustomKeyStoreId: string) {
  const { CustomKeyStores } = await kms.send(new DescribeCustomKeyStoresCommand({ CustomKeyStoreId }));
  return CustomKeyStores?.[0];
}

const MINUTE = 60_000;

describe('CreateCustomKeyStore', () => {
  test('a CloudHSM key store names a cluster the simulation does not have', async () => {
    expect(
      await rejects(
        kms.send(
          new CreateCustomKeyStoreCommand({
            CustomKeyStoreName: 'ExampleKeyStore',
            CloudHsmClusterId: 'cluster-234abcdefABC',
            KeyStorePassword: 'kmsPswd',
            TrustAnchorCertificate: '<certificate-goes-here>',
          }),
        ),
      ),
    ).toEqual({
      name: 'CloudHsmClusterNotFoundException',
      message: 'KMS cannot find the CloudHSM cluster with the specified cluster ID cluster-234abcdefABC.',
    });
    const record = sim.trail().at(-1);
    expect(record?.requestParameters).toEqual({
      customKeyStoreName: 'ExampleKeyStore',
      clusterId: 'cluster-234abcdefABC',
    });
    expect(JSON.stringify(record)).not.toContain('kmsPswd');
  });

  test('each store type requires its own members and refuses the other type’s', async () => {
    expect(
      await rejects(
        kms.send(
          new CreateCustomKeyStoreCommand({
            CustomKeyStoreName: 'NoPassword',
            CloudHsmClusterId: 'cluster-234abcdefABC',
            TrustAnchorCertificate: 'cert',
          }),
        ),
      ),
    ).toEqual({
      name: 'ValidationException',
      message: 'KeyStorePassword is required for a custom key store with CustomKeyStoreType AWS_CLOUDHSM.',
    });
    expect(
      await rejects(kms.send(new CreateCustomKeyStoreCommand(vpcStore(1, { KeyStorePassword: 'kmsPswd' })))),
    ).toEqual({
      name: 'ValidationException',
      message:
        'KeyStorePassword is not valid for a custom key store with CustomKeyStoreType EXTERNAL_KEY_STORE.',
    });
    expect(
      await rejects(
        kms.send(new CreateCustomKeyStoreCommand(vpcStore(1, { XksProxyVpcEndpointServiceName: undefined }))),
      ),
    ).toEqual({
      name: 'ValidationException',
      message:
        'XksProxyVpcEndpointServiceName is required when XksProxyConnectivity is VPC_ENDPOINT_SERVICE.',
    });
    // The model's patterns: the path must end in /kms/xks/v<n>.
    expect(
      (
        await rejects(
          kms.send(new CreateCustomKeyStoreCommand(vpcStore(1, { XksProxyUriPath: '/kms/xks/latest' }))),
        )
      ).name,
    ).toBe('ValidationException');
  });

  test('a public endpoint must answer while the store is created, and no proxy answers here', async () => {
    const input = vpcStore(1, {
      XksProxyConnectivity: 'PUBLIC_ENDPOINT',
      XksProxyUriEndpoint: 'https://myproxy.xks.example.com',
      XksProxyVpcEndpointServiceName: undefined,
    });
    expect(await rejects(kms.send(new CreateCustomKeyStoreCommand(input)))).toEqual({
      name: 'XksProxyUriUnreachableException',
      message:
        'KMS was unable to reach the specified XksProxyUriPath https://myproxy.xks.example.com/example-prefix/kms/xks/v1. The path must be reachable before you create the external key store or update its settings.',
    });
    expect((await kms.send(new DescribeCustomKeyStoresCommand({}))).CustomKeyStores).toEqual([]);
  });

  test('a VPC endpoint service store is created DISCONNECTED and described with its proxy configuration', async () => {
    const id = await createVpcStore();
    expect(id).toMatch(/^cks-[0-9a-f]{17}$/);
    expect(await describe1(id)).toEqual({
      CustomKeyStoreId: id,
      CustomKeyStoreName: 'ExampleXks1',
      ConnectionState: 'DISCONNECTED',
      CreationDate: new Date('2026-01-01T00:00:00Z'),
      CustomKeyStoreType: 'EXTERNAL_KEY_STORE',
      XksProxyConfiguration: {
        Connectivity: 'VPC_ENDPOINT_SERVICE',
        AccessKeyId: 'KMSLABACCESSKEYID2345',
        UriEndpoint: 'https://myproxy1-private.xks.example.com',
        UriPath: '/example-prefix/kms/xks/v1',
        VpcEndpointServiceName: 'com.amazonaws.vpce.us-east-1.vpce-svc-example1',
        VpcEndpointServiceOwner: '111122223333',
      },
    });
    const record = sim.trail().find((r) => r.eventName === 'CreateCustomKeyStore');
    expect(record?.responseElements).toEqual({ customKeyStoreId: id });
    expect(record?.requestParameters).toMatchObject({
      customKeyStoreName: 'ExampleXks1',
      xksProxyAuthenticationCredential: { accessKeyId: 'KMSLABACCESSKEYID2345' },
    });
    // botocore marks the secret sensitive: CloudTrail never has it, and the store does not keep it.
    expect(JSON.stringify(sim.trail())).not.toContain(SECRET);
    expect(JSON.stringify(sim.world.customKeyStores)).not.toContain(SECRET);
  });

  test('names, proxy addresses and endpoint services are unique in the account and Region; at most 10 stores', async () => {
    await createVpcStore(1);
    expect(
      await rejects(
        kms.send(new CreateCustomKeyStoreCommand(vpcStore(2, { CustomKeyStoreName: 'ExampleXks1' }))),
      ),
    ).toEqual({
      name: 'CustomKeyStoreNameInUseException',
      message:
        'The custom key store name ExampleXks1 is already assigned to another custom key store in the account.',
    });
    const sameEndpoint = vpcStore(2, { XksProxyUriEndpoint: 'https://myproxy1-private.xks.example.com' });
    expect((await rejects(kms.send(new CreateCustomKeyStoreCommand(sameEndpoint)))).name).toBe(
      'XksProxyUriInUseException',
    );
    const sameEndpointOtherPath = { ...sameEndpoint, XksProxyUriPath: '/kms/xks/v1' };
    expect((await rejects(kms.send(new CreateCustomKeyStoreCommand(sameEndpointOtherPath)))).name).toBe(
      'XksProxyUriEndpointInUseException',
    );
    const sameService = vpcStore(2, {
      XksProxyVpcEndpointServiceName: 'com.amazonaws.vpce.us-east-1.vpce-svc-example1',
    });
    expect((await rejects(kms.send(new CreateCustomKeyStoreCommand(sameService)))).name).toBe(
      'XksProxyVpcEndpointServiceInUseException',
    );
    for (let n = 2; n <= 10; n++) await createVpcStore(n);
    expect(await rejects(kms.send(new CreateCustomKeyStoreCommand(vpcStore(11))))).toEqual({
      name: 'LimitExceededException',
      message: 'You have reached the limit of 10 custom key stores in this account and Region.',
    });
    // Another Region has its own stores and its own quota.
    const west = kmsClientFor(sim, { region: 'us-west-2' });
    expect((await west.send(new DescribeCustomKeyStoresCommand({}))).CustomKeyStores).toEqual([]);
    expect((await west.send(new CreateCustomKeyStoreCommand(vpcStore(1)))).CustomKeyStoreId).toMatch(/^cks-/);
  });
});

describe('DescribeCustomKeyStores', () => {
  test('all stores, one by ID or by name, pages, and the errors for what is not there', async () => {
    const a = await createVpcStore(1);
    const b = await createVpcStore(2);
    const all = await kms.send(new DescribeCustomKeyStoresCommand({}));
    expect(all.CustomKeyStores?.map((s) => s.CustomKeyStoreId)).toEqual([a, b]);
    expect(all.Truncated).toBe(false);
    const first = await kms.send(new DescribeCustomKeyStoresCommand({ Limit: 1 }));
    expect(first).toMatchObject({ Truncated: true, NextMarker: '1' });
    const byName = await kms.send(new DescribeCustomKeyStoresCommand({ CustomKeyStoreName: 'ExampleXks2' }));
    expect(byName.CustomKeyStores?.map((s) => s.CustomKeyStoreId)).toEqual([b]);
    expect(
      await rejects(
        kms.send(new DescribeCustomKeyStoresCommand({ CustomKeyStoreId: 'cks-1234567890abcdef0' })),
      ),
    ).toEqual({
      name: 'CustomKeyStoreNotFoundException',
      message:
        'KMS cannot find a custom key store with the specified key store name or ID: cks-1234567890abcdef0.',
    });
    expect(
      (await rejects(kms.send(new DescribeCustomKeyStoresCommand({ CustomKeyStoreName: 'Nope' })))).name,
    ).toBe('CustomKeyStoreNotFoundException');
    expect(
      (
        await rejects(
          kms.send(
            new DescribeCustomKeyStoresCommand({ CustomKeyStoreId: a, CustomKeyStoreName: 'ExampleXks1' }),
          ),
        )
      ).name,
    ).toBe('ValidationException');
    // Cross-account use: No. Another account's caller does not find the store.
    sim.iam.putPrincipalPolicy(
      'arn:aws:iam::444455556666:role/Admin',
      'all',
      JSON.stringify({
        Version: '2012-10-17',
        Statement: [{ Effect: 'Allow', Action: 'kms:*', Resource: '*' }],
      }),
    );
    const other = kmsClientFor(sim, { principal: 'arn:aws:iam::444455556666:role/Admin' });
    expect(
      (await rejects(other.send(new DescribeCustomKeyStoresCommand({ CustomKeyStoreId: a })))).name,
    ).toBe('CustomKeyStoreNotFoundException');
  });
});

describe('connecting and disconnecting', () => {
  test('Connect starts an attempt that ends FAILED: there is no VPC endpoint service to find', async () => {
    const id = await createVpcStore();
    expect(await kms.send(new ConnectCustomKeyStoreCommand({ CustomKeyStoreId: id }))).toMatchObject({});
    expect((await describe1(id))?.ConnectionState).toBe('CONNECTING');
    // Connecting again while CONNECTING is valid and changes nothing.
    await kms.send(new ConnectCustomKeyStoreCommand({ CustomKeyStoreId: id }));
    // No KMS key can be created in a store that is not CONNECTED.
    expect(
      await rejects(
        kms.send(
          new CreateKeyCommand({
            Origin: 'EXTERNAL_KEY_STORE',
            CustomKeyStoreId: id,
            XksKeyId: 'bb8562717f809024',
          }),
        ),
      ),
    ).toEqual({
      name: 'CustomKeyStoreInvalidStateException',
      message: `CreateKey is not valid for custom key store ${id} in ConnectionState CONNECTING.`,
    });
    expect((await rejects(kms.send(new DeleteCustomKeyStoreCommand({ CustomKeyStoreId: id })))).name).toBe(
      'CustomKeyStoreInvalidStateException',
    );
    await sim.clock.advance(5 * MINUTE - 1);
    expect((await describe1(id))?.ConnectionState).toBe('CONNECTING');
    await sim.clock.advance(1);
    expect(await describe1(id)).toMatchObject({
      ConnectionState: 'FAILED',
      ConnectionErrorCode: 'XKS_VPC_ENDPOINT_SERVICE_NOT_FOUND',
    });
    // A FAILED store must be disconnected before it is connected again.
    expect(await rejects(kms.send(new ConnectCustomKeyStoreCommand({ CustomKeyStoreId: id })))).toEqual({
      name: 'CustomKeyStoreInvalidStateException',
      message: `ConnectCustomKeyStore is not valid for custom key store ${id} in ConnectionState FAILED.`,
    });
    await kms.send(new DisconnectCustomKeyStoreCommand({ CustomKeyStoreId: id }));
    const disconnected = await describe1(id);
    expect(disconnected?.ConnectionState).toBe('DISCONNECTED');
    expect(disconnected?.ConnectionErrorCode).toBeUndefined();
    expect(
      (await rejects(kms.send(new DisconnectCustomKeyStoreCommand({ CustomKeyStoreId: id })))).name,
    ).toBe('CustomKeyStoreInvalidStateException');
  });

  test('Disconnect while CONNECTING abandons the attempt', async () => {
    const id = await createVpcStore();
    await kms.send(new ConnectCustomKeyStoreCommand({ CustomKeyStoreId: id }));
    await kms.send(new DisconnectCustomKeyStoreCommand({ CustomKeyStoreId: id }));
    await sim.clock.advance(10 * MINUTE);
    expect((await describe1(id))?.ConnectionState).toBe('DISCONNECTED');
  });
});

describe('UpdateCustomKeyStore and DeleteCustomKeyStore', () => {
  test('a DISCONNECTED store takes new settings; a public endpoint must be reachable; deleted, it is gone', async () => {
    const id = await createVpcStore(1);
    await createVpcStore(2);
    await kms.send(
      new UpdateCustomKeyStoreCommand({
        CustomKeyStoreId: id,
        NewCustomKeyStoreName: 'DevelopmentKeys',
        XksProxyUriPath: '/new-path/kms/xks/v1',
      }),
    );
    expect(await describe1(id)).toMatchObject({
      CustomKeyStoreName: 'DevelopmentKeys',
      XksProxyConfiguration: { UriPath: '/new-path/kms/xks/v1' },
    });
    expect(
      (
        await rejects(
          kms.send(
            new UpdateCustomKeyStoreCommand({ CustomKeyStoreId: id, NewCustomKeyStoreName: 'ExampleXks2' }),
          ),
        )
      ).name,
    ).toBe('CustomKeyStoreNameInUseException');
    expect(
      (
        await rejects(
          kms.send(
            new UpdateCustomKeyStoreCommand({
              CustomKeyStoreId: id,
              XksProxyConnectivity: 'PUBLIC_ENDPOINT',
              XksProxyUriEndpoint: 'https://myproxy.xks.example.com',
            }),
          ),
        )
      ).name,
    ).toBe('XksProxyUriUnreachableException');
    expect((await describe1(id))?.XksProxyConfiguration?.Connectivity).toBe('VPC_ENDPOINT_SERVICE');
    expect(
      (
        await rejects(
          kms.send(new UpdateCustomKeyStoreCommand({ CustomKeyStoreId: id, KeyStorePassword: 'kmsPswd' })),
        )
      ).name,
    ).toBe('ValidationException');
    await kms.send(new DeleteCustomKeyStoreCommand({ CustomKeyStoreId: id }));
    expect((await rejects(describe1(id))).name).toBe('CustomKeyStoreNotFoundException');
    expect((await rejects(kms.send(new DeleteCustomKeyStoreCommand({ CustomKeyStoreId: id })))).name).toBe(
      'CustomKeyStoreNotFoundException',
    );
  });

  test('a store that is not DISCONNECTED refuses updates', async () => {
    const id = await createVpcStore();
    await kms.send(new ConnectCustomKeyStoreCommand({ CustomKeyStoreId: id }));
    expect(
      await rejects(
        kms.send(new UpdateCustomKeyStoreCommand({ CustomKeyStoreId: id, NewCustomKeyStoreName: 'Renamed' })),
      ),
    ).toEqual({
      name: 'CustomKeyStoreInvalidStateException',
      message: `UpdateCustomKeyStore is not valid for custom key store ${id} in ConnectionState CONNECTING.`,
    });
  });
});

describe('keys and random bytes from a custom key store', () => {
  test('CreateKey checks Origin, CustomKeyStoreId, XksKeyId and the key spec before the store', async () => {
    const create = (input: CreateKeyCommandInput) => rejects(kms.send(new CreateKeyCommand(input)));
    expect(await create({ Origin: 'AWS_CLOUDHSM' })).toEqual({
      name: 'ValidationException',
      message: 'CustomKeyStoreId is required with Origin AWS_CLOUDHSM.',
    });
    expect(await create({ Origin: 'EXTERNAL_KEY_STORE', CustomKeyStoreId: 'cks-1234567890abcdef0' })).toEqual(
      {
        name: 'ValidationException',
        message: 'XksKeyId is required with Origin EXTERNAL_KEY_STORE.',
      },
    );
    expect((await create({ CustomKeyStoreId: 'cks-1234567890abcdef0' })).name).toBe('ValidationException');
    expect(
      (
        await create({
          Origin: 'AWS_CLOUDHSM',
          CustomKeyStoreId: 'cks-1234567890abcdef0',
          KeySpec: 'HMAC_256',
          KeyUsage: 'GENERATE_VERIFY_MAC',
        })
      ).message,
    ).toBe('The KeySpec value must be SYMMETRIC_DEFAULT with Origin AWS_CLOUDHSM.');
    expect(await create({ Origin: 'AWS_CLOUDHSM', CustomKeyStoreId: 'cks-1234567890abcdef0' })).toEqual({
      name: 'CustomKeyStoreNotFoundException',
      message:
        'KMS cannot find a custom key store with the specified key store name or ID: cks-1234567890abcdef0.',
    });
    const id = await createVpcStore();
    expect(
      await create({ Origin: 'EXTERNAL_KEY_STORE', CustomKeyStoreId: id, XksKeyId: 'bb8562717f809024' }),
    ).toEqual({
      name: 'CustomKeyStoreInvalidStateException',
      message: `CreateKey is not valid for custom key store ${id} in ConnectionState DISCONNECTED.`,
    });
  });

  test('GenerateRandom refuses an external key store’s ID', async () => {
    const id = await createVpcStore();
    expect(
      await rejects(kms.send(new GenerateRandomCommand({ NumberOfBytes: 32, CustomKeyStoreId: id }))),
    ).toEqual({
      name: 'UnsupportedOperationException',
      message: `${id} is an external key store. GenerateRandom accepts only the ID of a CloudHSM key store.`,
    });
  });
});

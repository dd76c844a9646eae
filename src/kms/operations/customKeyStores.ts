/**
 * The custom key store operations (API_CreateCustomKeyStore, API_DescribeCustomKeyStores,
 * API_UpdateCustomKeyStore, API_DeleteCustomKeyStore, API_ConnectCustomKeyStore, API_DisconnectCustomKeyStore).
 *
 * What KMS Lab can simulate honestly is the store's record and its ConnectionState rules, not what stands
 * behind it: the simulation has no CloudHSM cluster and no network, so
 * - an AWS_CLOUDHSM store names a cluster KMS cannot find: CloudHsmClusterNotFoundException;
 * - an EXTERNAL_KEY_STORE with PUBLIC_ENDPOINT connectivity is refused at creation, because "KMS connects to
 *   the external key store proxy while creating the custom key store" (CreateCustomKeyStore
 *   XksProxyUriEndpoint) and no proxy answers: XksProxyUriUnreachableException;
 * - an EXTERNAL_KEY_STORE with VPC_ENDPOINT_SERVICE connectivity is created DISCONNECTED ("KMS connects when you
 *   call the ConnectCustomKeyStore operation"); ConnectCustomKeyStore returns at once and the store is
 *   CONNECTING; the attempt ends FAILED with XKS_VPC_ENDPOINT_SERVICE_NOT_FOUND, as there is no VPC endpoint
 *   service to find (clock.ts ends it).
 * A store therefore never becomes CONNECTED, so no KMS key is ever created in one (CreateKey answers
 * CustomKeyStoreInvalidStateException) and DeleteCustomKeyStore never meets CustomKeyStoreHasCMKsException.
 *
 * AWS's message texts for these exceptions are not on record; the messages here are the API model's
 * descriptions of each exception, with the store's ID or name.
 */
import type { OperationContext } from '../context';
import { KmsError } from '../errors';
import { defineOperation } from '../operation';
import { string, structure, trailParameters } from '../shapes';
import type { ConnectionState, CustomKeyStoreRecord, XksProxyConnectivity } from '../world';
import { LimitType, MarkerType, page } from './common';

/** "Custom key stores: 10 per account and Region" (KMS resource quotas). */
export const CUSTOM_KEY_STORES_PER_REGION = 10;
/** "Connecting an external key store to its external key store proxy takes about five minutes" (about-xks-connecting). */
export const CONNECTION_ATTEMPT_MS = 5 * 60_000;
/** The connection error of every attempt here: KMS finds no VPC endpoint service (CustomKeyStoresListEntry). */
export const SIMULATED_CONNECTION_ERROR = 'XKS_VPC_ENDPOINT_SERVICE_NOT_FOUND';

// Member shapes from the API model (botocore kms/2014-11-01).
const CustomKeyStoreIdType = string({ min: 1, max: 64 });
const CustomKeyStoreNameType = string({ min: 1, max: 256 });
const CloudHsmClusterIdType = string({ min: 19, max: 24, pattern: 'cluster-[2-7a-zA-Z]{11,16}' });
const KeyStorePasswordType = string({ min: 7, max: 32, sensitive: true });
const XksProxyUriEndpointType = string({ min: 10, max: 128, pattern: '^https://[a-zA-Z0-9.-]+$' });
const XksProxyUriPathType = string({
  min: 10,
  max: 128,
  pattern: '^(/[a-zA-Z0-9\\/_-]+/kms/xks/v\\d{1,2})$|^(/kms/xks/v\\d{1,2})$',
});
const XksProxyVpcEndpointServiceNameType = string({
  min: 20,
  max: 64,
  pattern: '^(com|eu)\\.amazonaws\\.vpce\\.([a-z]+-){2,3}\\d+\\.vpce-svc-[0-9a-z]+$',
});
const AccountIdType = string({ min: 12, max: 12, pattern: '[0-9]{12}' });
const XksProxyAuthenticationCredentialType = structure(
  {
    AccessKeyId: string({ min: 20, max: 30, pattern: '^[A-Z2-7]+$' }),
    RawSecretAccessKey: string({ min: 43, max: 64, pattern: '^[a-zA-Z0-9\\/+=]+$', sensitive: true }),
  },
  ['AccessKeyId', 'RawSecretAccessKey'],
);
const XksProxyConnectivityType = string({ enum: ['PUBLIC_ENDPOINT', 'VPC_ENDPOINT_SERVICE'] });

/** The members CreateCustomKeyStore and UpdateCustomKeyStore share. */
const storeSettings = {
  CloudHsmClusterId: CloudHsmClusterIdType,
  KeyStorePassword: KeyStorePasswordType,
  XksProxyUriEndpoint: XksProxyUriEndpointType,
  XksProxyUriPath: XksProxyUriPathType,
  XksProxyVpcEndpointServiceName: XksProxyVpcEndpointServiceNameType,
  XksProxyVpcEndpointServiceOwner: AccountIdType,
  XksProxyAuthenticationCredential: XksProxyAuthenticationCredentialType,
  XksProxyConnectivity: XksProxyConnectivityType,
};

const shared = {
  resource: 'none',
  keyIdAccepts: 'key-only',
  crossAccount: false,
  keyStates: 'any',
} as const;

// --- Errors ---

export const customKeyStoreNotFound = (what: string) =>
  new KmsError(
    'CustomKeyStoreNotFoundException',
    `KMS cannot find a custom key store with the specified key store name or ID: ${what}.`,
  );
/** CustomKeyStoreInvalidStateException: the operation is not valid in the store's ConnectionState. */
export const customKeyStoreInvalidState = (store: CustomKeyStoreRecord, operation: string) =>
  new KmsError(
    'CustomKeyStoreInvalidStateException',
    `${operation} is not valid for custom key store ${store.customKeyStoreId} in ConnectionState ${store.connectionState}.`,
  );
const nameInUse = (name: string) =>
  new KmsError(
    'CustomKeyStoreNameInUseException',
    `The custom key store name ${name} is already assigned to another custom key store in the account.`,
  );
const unreachable = (endpoint: string, path: string) =>
  new KmsError(
    'XksProxyUriUnreachableException',
    `KMS was unable to reach the specified XksProxyUriPath ${endpoint}${path}. The path must be reachable before you create the external key store or update its settings.`,
  );
const required = (member: string, condition: string) =>
  new KmsError('ValidationException', `${member} is required ${condition}.`);
const notValid = (member: string, condition: string) =>
  new KmsError('ValidationException', `${member} is not valid ${condition}.`);

// --- Lookups ---

/** The stores of the caller's account and Region, oldest first. */
function storesOf(ctx: OperationContext): CustomKeyStoreRecord[] {
  const { accountId, region } = ctx.caller;
  return Object.values(ctx.world.customKeyStores)
    .filter((s) => s.accountId === accountId && s.region === region)
    .sort((a, b) => a.creationMs - b.creationMs);
}

/** The caller's store with this ID ("Cross-account use: No"); a store elsewhere is not found. */
export function customKeyStore(ctx: OperationContext, customKeyStoreId: string): CustomKeyStoreRecord {
  const store = ctx.world.customKeyStores[customKeyStoreId];
  if (!store || store.accountId !== ctx.caller.accountId || store.region !== ctx.caller.region)
    throw customKeyStoreNotFound(customKeyStoreId);
  return store;
}

function setConnectionState(ctx: OperationContext, store: CustomKeyStoreRecord, to: ConnectionState): void {
  ctx.trace.push({
    code: 'custom-key-store-state-changed',
    customKeyStoreId: store.customKeyStoreId,
    from: store.connectionState,
    to,
  });
  store.connectionState = to;
  delete store.connectionErrorCode;
  delete store.connectionAttemptEndsMs;
}

/**
 * The uniqueness rules of XksProxyUriEndpoint, XksProxyUriPath and XksProxyVpcEndpointServiceName
 * (CreateCustomKeyStore, "Uniqueness requirements"), checked against the caller's other stores.
 */
function checkProxyUniqueness(
  others: readonly CustomKeyStoreRecord[],
  proxy: CustomKeyStoreRecord['xksProxy'],
): void {
  for (const other of others) {
    const o = other.xksProxy;
    if (o.uriEndpoint === proxy.uriEndpoint && o.uriPath === proxy.uriPath)
      throw new KmsError(
        'XksProxyUriInUseException',
        `The concatenation of the XksProxyUriEndpoint and XksProxyUriPath is already associated with external key store ${other.customKeyStoreId}.`,
      );
    if (
      o.uriEndpoint === proxy.uriEndpoint &&
      (o.connectivity === 'VPC_ENDPOINT_SERVICE' || proxy.connectivity === 'VPC_ENDPOINT_SERVICE')
    )
      throw new KmsError(
        'XksProxyUriEndpointInUseException',
        `The XksProxyUriEndpoint is already associated with external key store ${other.customKeyStoreId}.`,
      );
    if (
      proxy.vpcEndpointServiceName !== undefined &&
      o.vpcEndpointServiceName === proxy.vpcEndpointServiceName
    )
      throw new KmsError(
        'XksProxyVpcEndpointServiceInUseException',
        `The Amazon VPC endpoint service is already associated with external key store ${other.customKeyStoreId}.`,
      );
  }
}

/** A PUBLIC_ENDPOINT proxy must answer KMS's GetHealthStatus before the store is created or changed. */
function checkReachable(proxy: CustomKeyStoreRecord['xksProxy']): void {
  if (proxy.connectivity === 'PUBLIC_ENDPOINT') throw unreachable(proxy.uriEndpoint, proxy.uriPath);
}

const CLOUDHSM_REQUIRED = ['CloudHsmClusterId', 'KeyStorePassword', 'TrustAnchorCertificate'] as const;
const XKS_REQUIRED = [
  'XksProxyConnectivity',
  'XksProxyAuthenticationCredential',
  'XksProxyUriEndpoint',
  'XksProxyUriPath',
] as const;
const XKS_MEMBERS = [
  ...XKS_REQUIRED,
  'XksProxyVpcEndpointServiceName',
  'XksProxyVpcEndpointServiceOwner',
] as const;

// --- Operations ---

const CreateCustomKeyStoreInput = structure(
  {
    CustomKeyStoreName: CustomKeyStoreNameType,
    TrustAnchorCertificate: string({ min: 1, max: 5000 }),
    CustomKeyStoreType: string({ enum: ['AWS_CLOUDHSM', 'EXTERNAL_KEY_STORE'] }),
    ...storeSettings,
  },
  ['CustomKeyStoreName'],
);

export const CreateCustomKeyStore = defineOperation({
  ...shared,
  name: 'CreateCustomKeyStore',
  input: CreateCustomKeyStoreInput,
  iamAction: 'kms:CreateCustomKeyStore',
  readOnly: false,
  // The members each store type requires and refuses (API_CreateCustomKeyStore); AWS's wording is unrecorded.
  validate(req) {
    const type = req.CustomKeyStoreType ?? 'AWS_CLOUDHSM';
    const cloudHsm = type === 'AWS_CLOUDHSM';
    const condition = `for a custom key store with CustomKeyStoreType ${type}`;
    for (const member of cloudHsm ? CLOUDHSM_REQUIRED : XKS_REQUIRED)
      if (req[member] === undefined) throw required(member, condition);
    for (const member of cloudHsm ? XKS_MEMBERS : CLOUDHSM_REQUIRED)
      if (req[member] !== undefined) throw notValid(member, condition);
    if (cloudHsm) return;
    const vpc = req.XksProxyConnectivity === 'VPC_ENDPOINT_SERVICE';
    const connectivity = `when XksProxyConnectivity is ${req.XksProxyConnectivity}`;
    if (vpc && req.XksProxyVpcEndpointServiceName === undefined)
      throw required('XksProxyVpcEndpointServiceName', connectivity);
    if (!vpc && req.XksProxyVpcEndpointServiceName !== undefined)
      throw notValid('XksProxyVpcEndpointServiceName', connectivity);
    if (!vpc && req.XksProxyVpcEndpointServiceOwner !== undefined)
      throw notValid('XksProxyVpcEndpointServiceOwner', connectivity);
  },
  async run(ctx, req) {
    ctx.authorizeOrThrow({ action: 'kms:CreateCustomKeyStore' });
    const stores = storesOf(ctx);
    if (stores.some((s) => s.name === req.CustomKeyStoreName)) throw nameInUse(req.CustomKeyStoreName);
    if (stores.length >= CUSTOM_KEY_STORES_PER_REGION)
      throw new KmsError(
        'LimitExceededException',
        `You have reached the limit of ${CUSTOM_KEY_STORES_PER_REGION} custom key stores in this account and Region.`,
      );
    if ((req.CustomKeyStoreType ?? 'AWS_CLOUDHSM') === 'AWS_CLOUDHSM') {
      throw new KmsError(
        'CloudHsmClusterNotFoundException',
        `KMS cannot find the CloudHSM cluster with the specified cluster ID ${req.CloudHsmClusterId}.`,
      );
    }
    const vpc = req.XksProxyConnectivity === 'VPC_ENDPOINT_SERVICE';
    const proxy: CustomKeyStoreRecord['xksProxy'] = {
      connectivity: req.XksProxyConnectivity as XksProxyConnectivity,
      accessKeyId: req.XksProxyAuthenticationCredential?.AccessKeyId as string,
      uriEndpoint: req.XksProxyUriEndpoint as string,
      uriPath: req.XksProxyUriPath as string,
      ...(vpc
        ? {
            vpcEndpointServiceName: req.XksProxyVpcEndpointServiceName,
            // "If not provided, the Amazon Web Services account ID calling the action will be used."
            vpcEndpointServiceOwner: req.XksProxyVpcEndpointServiceOwner ?? ctx.caller.accountId,
          }
        : {}),
    };
    checkProxyUniqueness(stores, proxy);
    checkReachable(proxy);
    const store: CustomKeyStoreRecord = {
      customKeyStoreId: `cks-${ctx.drbg.hex(9).slice(0, 17)}`,
      accountId: ctx.caller.accountId,
      region: ctx.caller.region,
      name: req.CustomKeyStoreName,
      creationMs: ctx.nowMs,
      connectionState: 'DISCONNECTED',
      xksProxy: proxy,
    };
    ctx.world.customKeyStores[store.customKeyStoreId] = store;
    ctx.trace.push({
      code: 'custom-key-store-created',
      customKeyStoreId: store.customKeyStoreId,
      connectivity: proxy.connectivity,
    });
    return { CustomKeyStoreId: store.customKeyStoreId };
  },
  // AWS's example record for a CloudHSM key store names the cluster `clusterId` (ct-create-keystore).
  trailRequestParameters: (req) =>
    (req.CustomKeyStoreType ?? 'AWS_CLOUDHSM') === 'AWS_CLOUDHSM'
      ? { customKeyStoreName: req.CustomKeyStoreName, clusterId: req.CloudHsmClusterId }
      : (trailParameters(CreateCustomKeyStoreInput, req) as Record<string, unknown>),
  trailResponseElements: (res) => ({ customKeyStoreId: res.CustomKeyStoreId }),
});

/** A store as DescribeCustomKeyStores lists it (CustomKeyStoresListEntry). */
function listEntry(store: CustomKeyStoreRecord) {
  const p = store.xksProxy;
  return {
    CustomKeyStoreId: store.customKeyStoreId,
    CustomKeyStoreName: store.name,
    ConnectionState: store.connectionState,
    ...(store.connectionErrorCode ? { ConnectionErrorCode: store.connectionErrorCode } : {}),
    CreationDate: new Date(store.creationMs),
    CustomKeyStoreType: 'EXTERNAL_KEY_STORE',
    XksProxyConfiguration: {
      Connectivity: p.connectivity,
      AccessKeyId: p.accessKeyId,
      UriEndpoint: p.uriEndpoint,
      UriPath: p.uriPath,
      ...(p.vpcEndpointServiceName !== undefined
        ? {
            VpcEndpointServiceName: p.vpcEndpointServiceName,
            VpcEndpointServiceOwner: p.vpcEndpointServiceOwner,
          }
        : {}),
    },
  };
}

export const DescribeCustomKeyStores = defineOperation({
  ...shared,
  name: 'DescribeCustomKeyStores',
  input: structure({
    CustomKeyStoreId: CustomKeyStoreIdType,
    CustomKeyStoreName: CustomKeyStoreNameType,
    Limit: LimitType,
    Marker: MarkerType,
  }),
  iamAction: 'kms:DescribeCustomKeyStores',
  readOnly: true,
  validate(req) {
    // "use either the CustomKeyStoreName or CustomKeyStoreId parameter (but not both)"; wording unrecorded.
    if (req.CustomKeyStoreId !== undefined && req.CustomKeyStoreName !== undefined)
      throw new KmsError(
        'ValidationException',
        'You cannot specify both CustomKeyStoreId and CustomKeyStoreName.',
      );
  },
  async run(ctx, req) {
    ctx.authorizeOrThrow({ action: 'kms:DescribeCustomKeyStores' });
    let stores = storesOf(ctx);
    if (req.CustomKeyStoreId !== undefined) stores = [customKeyStore(ctx, req.CustomKeyStoreId)];
    if (req.CustomKeyStoreName !== undefined) {
      stores = stores.filter((s) => s.name === req.CustomKeyStoreName);
      if (stores.length === 0) throw customKeyStoreNotFound(req.CustomKeyStoreName);
    }
    const { items, ...rest } = page(stores, req.Limit, req.Marker);
    return { CustomKeyStores: items.map(listEntry), ...rest };
  },
});

/**
 * Connect, Disconnect and Delete: one store by ID, refused with CustomKeyStoreInvalidStateException outside the
 * ConnectionStates the operation is valid in (CustomKeyStoreInvalidStateException's list of conditions).
 */
function storeOperation<const N extends string>(
  name: N,
  validIn: readonly ConnectionState[],
  act: (ctx: OperationContext, store: CustomKeyStoreRecord) => void,
) {
  return defineOperation({
    ...shared,
    name,
    input: structure({ CustomKeyStoreId: CustomKeyStoreIdType }, ['CustomKeyStoreId']),
    iamAction: `kms:${name}`,
    readOnly: false,
    async run(ctx, req) {
      ctx.authorizeOrThrow({ action: `kms:${name}` });
      const store = customKeyStore(ctx, req.CustomKeyStoreId);
      if (!validIn.includes(store.connectionState)) throw customKeyStoreInvalidState(store, name);
      act(ctx, store);
      return {};
    },
  });
}

/** Valid in every state but DISCONNECTING and FAILED (a FAILED store must be disconnected first). */
export const ConnectCustomKeyStore = storeOperation(
  'ConnectCustomKeyStore',
  ['DISCONNECTED', 'CONNECTING', 'CONNECTED'],
  (ctx, store) => {
    if (store.connectionState !== 'DISCONNECTED') return;
    // "This operation starts the connection process, but it does not wait for it to complete."
    setConnectionState(ctx, store, 'CONNECTING');
    store.connectionAttemptEndsMs = ctx.nowMs + CONNECTION_ATTEMPT_MS;
  },
);

/** clock.ts: the connection attempt ends, FAILED, with the error KMS would find here. */
export function endConnectionAttempt(store: CustomKeyStoreRecord): void {
  store.connectionState = 'FAILED';
  store.connectionErrorCode = SIMULATED_CONNECTION_ERROR;
  delete store.connectionAttemptEndsMs;
}

/** With no proxy connection to close, the store passes through DISCONNECTING at once. */
export const DisconnectCustomKeyStore = storeOperation(
  'DisconnectCustomKeyStore',
  ['CONNECTING', 'CONNECTED', 'FAILED'],
  (ctx, store) => setConnectionState(ctx, store, 'DISCONNECTED'),
);

/** What an external key store lets UpdateCustomKeyStore change while CONNECTED (API_UpdateCustomKeyStore). */
const UPDATABLE_WHILE_CONNECTED = [
  'NewCustomKeyStoreName',
  'XksProxyAuthenticationCredential',
  'XksProxyUriPath',
];

export const UpdateCustomKeyStore = defineOperation({
  ...shared,
  name: 'UpdateCustomKeyStore',
  input: structure(
    {
      CustomKeyStoreId: CustomKeyStoreIdType,
      NewCustomKeyStoreName: CustomKeyStoreNameType,
      ...storeSettings,
    },
    ['CustomKeyStoreId'],
  ),
  iamAction: 'kms:UpdateCustomKeyStore',
  readOnly: false,
  async run(ctx, req) {
    ctx.authorizeOrThrow({ action: 'kms:UpdateCustomKeyStore' });
    const store = customKeyStore(ctx, req.CustomKeyStoreId);
    // Every store here is an external key store; the CloudHSM members do not apply to it.
    for (const member of ['CloudHsmClusterId', 'KeyStorePassword'] as const)
      if (req[member] !== undefined) throw notValid(member, 'for an external key store');
    const changes = Object.keys(req).filter((m) => m !== 'CustomKeyStoreId');
    const allowed =
      store.connectionState === 'DISCONNECTED' ||
      (store.connectionState === 'CONNECTED' && changes.every((m) => UPDATABLE_WHILE_CONNECTED.includes(m)));
    if (!allowed) throw customKeyStoreInvalidState(store, 'UpdateCustomKeyStore');
    const others = storesOf(ctx).filter((s) => s !== store);
    const name = req.NewCustomKeyStoreName;
    if (name !== undefined && others.some((s) => s.name === name)) throw nameInUse(name);
    const p = store.xksProxy;
    const connectivity = (req.XksProxyConnectivity as XksProxyConnectivity | undefined) ?? p.connectivity;
    const vpc = connectivity === 'VPC_ENDPOINT_SERVICE';
    const serviceName = vpc ? (req.XksProxyVpcEndpointServiceName ?? p.vpcEndpointServiceName) : undefined;
    const condition = `when XksProxyConnectivity is ${connectivity}`;
    if (vpc && serviceName === undefined) throw required('XksProxyVpcEndpointServiceName', condition);
    if (!vpc && req.XksProxyVpcEndpointServiceName !== undefined)
      throw notValid('XksProxyVpcEndpointServiceName', condition);
    const proxy: CustomKeyStoreRecord['xksProxy'] = {
      connectivity,
      accessKeyId: req.XksProxyAuthenticationCredential?.AccessKeyId ?? p.accessKeyId,
      uriEndpoint: req.XksProxyUriEndpoint ?? p.uriEndpoint,
      uriPath: req.XksProxyUriPath ?? p.uriPath,
      ...(vpc
        ? {
            vpcEndpointServiceName: serviceName,
            vpcEndpointServiceOwner:
              req.XksProxyVpcEndpointServiceOwner ?? p.vpcEndpointServiceOwner ?? ctx.caller.accountId,
          }
        : {}),
    };
    checkProxyUniqueness(others, proxy);
    if (changes.some((m) => m !== 'NewCustomKeyStoreName')) checkReachable(proxy);
    if (name !== undefined) store.name = name;
    store.xksProxy = proxy;
    ctx.trace.push({
      code: 'custom-key-store-updated',
      customKeyStoreId: store.customKeyStoreId,
      members: changes,
    });
    return {};
  },
});

export const DeleteCustomKeyStore = storeOperation('DeleteCustomKeyStore', ['DISCONNECTED'], (ctx, store) => {
  delete ctx.world.customKeyStores[store.customKeyStoreId];
  ctx.trace.push({ code: 'custom-key-store-deleted', customKeyStoreId: store.customKeyStoreId });
});

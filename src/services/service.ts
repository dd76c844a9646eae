/**
 * The shape every simulated AWS service declares once (reference §11): its own operations and their parameters,
 * the KMS calls each makes and when, the encryption context it binds, who calls KMS (the requester or a service
 * role) and through which `kms:ViaService` endpoint, the key choices it offers, and how it reports a KMS failure
 * in its own words. The scenario step (`service.call`), the gallery and the tests are all derived from these
 * declarations.
 *
 * Service state is plain data (structuredClone-able): the scenario layer checkpoints it next to the engine.
 * Data really gets encrypted: with the data keys KMS returns (AES-256-GCM here, or the AWS Encryption SDK
 * format), or with an AWS owned key through the engine. Plaintext data keys are zero-filled after use.
 */
import type { CryptoProvider, Drbg } from '../crypto';
import { zeroize } from '../crypto';
import type {
  CallerOptions,
  Invocation,
  KmsSimulator,
  OperationName,
  RequestOf,
  ResponseOf,
  TraceStep,
} from '../kms';
import { type ManagedKeyService, viaServiceName } from '../kms/policy';

/** Which kind of KMS key protects the service's data (reference §1). */
export type KeyChoice = 'aws-owned' | 'aws-managed' | 'customer-managed';

/**
 * How sure KMS Lab is of a behaviour: `recorded` = seen in output from real AWS quoted in AWS docs or public
 * reports; `documented` = AWS documentation states it; `simplified` = KMS Lab's own model where AWS publishes
 * no detail (the gallery says so next to it).
 */
export type Fidelity = 'recorded' | 'documented' | 'simplified';

/** One parameter of a service operation, declared once: validation, the gallery's form and the docs use it. */
export type ParamSpec =
  | {
      type: 'string';
      min?: number;
      max: number;
      pattern?: RegExp;
      patternName?: string;
      optional?: boolean;
    }
  | { type: 'integer'; min: number; max: number; optional?: boolean }
  | { type: 'boolean'; optional?: boolean }
  | { type: 'enum'; values: readonly string[]; optional?: boolean }
  | { type: 'map'; optional?: boolean };

type ValueOf<S extends ParamSpec> = S extends { type: 'string' }
  ? string
  : S extends { type: 'integer' }
    ? number
    : S extends { type: 'boolean' }
      ? boolean
      : S extends { type: 'enum'; values: readonly (infer V)[] }
        ? V
        : Record<string, string>;

type OptionalKeys<P> = { [K in keyof P]: P[K] extends { optional: true } ? K : never }[keyof P];
export type ParamsOf<P extends Record<string, ParamSpec>> = {
  -readonly [K in Exclude<keyof P, OptionalKeys<P>>]: ValueOf<P[K]>;
} & { -readonly [K in OptionalKeys<P>]?: ValueOf<P[K]> };

export type ParamValue = string | number | boolean | Record<string, string>;

/** What the service asked of KMS, as the gallery and the trail panel show it. */
export interface KmsCallRecord {
  operation: OperationName;
  principal: string;
  /** `kms:ViaService` of the call (`s3.us-east-1.amazonaws.com`), absent for direct calls. */
  viaService?: string;
  /** The KeyId the service sent (alias, ID or ARN), if any. */
  keyId?: string;
  encryptionContext?: Record<string, string>;
  ok: boolean;
  error?: { name: string; message: string };
  /** Index of the CloudTrail record in the world's trail. */
  trailRecordIndex?: number;
  /** The KMS request ID (CloudTrail `requestID`), which services quote in their error messages. */
  requestId?: string;
  /** The engine's trace of the call (kept for the first calls of a batch only, to bound memory). */
  trace?: TraceStep[];
}

/** A service operation's failure, in the service's own error code and message. */
export interface ServiceError {
  code: string;
  message: string;
  fidelity: Fidelity;
  /** The KMS error behind it. */
  kmsError?: { name: string; message: string };
}

export type ResponseValue =
  | string
  | number
  | boolean
  | null
  | ResponseValue[]
  | { [k: string]: ResponseValue };
export type ServiceResponse = { [k: string]: ResponseValue };

export type ActionResult = { ok: true; response: ServiceResponse } | { ok: false; error: ServiceError };

/** How many calls of one action keep their full engine trace (a 1,000-object batch keeps the first ones). */
export const TRACED_CALLS = 4;

/** What a service operation runs with: the engine, seeded randomness, the crypto provider and the requester. */
export class ServiceContext {
  readonly calls: KmsCallRecord[] = [];

  constructor(
    readonly sim: KmsSimulator,
    /** Seeded randomness for IDs, IVs and salts (never Math.random). */
    readonly drbg: Drbg,
    readonly provider: CryptoProvider,
    /** The IAM principal calling the service's API. */
    readonly principal: string,
    readonly managedKey: ManagedKeyService,
  ) {}

  get accountId(): string {
    return this.principal.split(':')[4] as string;
  }

  get region(): string {
    return this.sim.world.defaultRegion;
  }

  get nowMs(): number {
    return this.sim.clock.now().getTime();
  }

  /** `kms:ViaService` of this service in the caller's Region (reference §7). */
  get viaService(): string {
    return viaServiceName(this.managedKey, this.region);
  }

  /** `alias/aws/<service>`: the AWS managed key, created by KMS on first use (reference §1). */
  get managedKeyAlias(): string {
    return `alias/aws/${this.managedKey.alias}`;
  }

  /**
   * Calls KMS as the service does: on behalf of `principal` (the requester unless a service role calls)
   * through the service's endpoint (`kms:ViaService`), unless `direct` (a role session the service runs as).
   */
  async kms<N extends OperationName>(
    operation: N,
    request: RequestOf<N>,
    as: { principal?: string; direct?: boolean } = {},
  ): Promise<Invocation<ResponseOf<N>>> {
    const principal = as.principal ?? this.principal;
    const viaService = as.direct ? undefined : this.viaService;
    // Widened: TypeScript cannot follow a generic operation name through the engine's request/response maps.
    const invoke = this.sim.invoke as unknown as (
      op: string,
      req: unknown,
      caller: CallerOptions,
    ) => Promise<Invocation>;
    const invocation = await invoke(operation, request, { principal, ...(viaService ? { viaService } : {}) });
    const fields = request as { KeyId?: string; EncryptionContext?: Record<string, string> };
    const record =
      invocation.trailRecordIndex === undefined ? undefined : this.sim.trail()[invocation.trailRecordIndex];
    this.calls.push({
      operation,
      principal,
      ...(viaService ? { viaService } : {}),
      ...(fields.KeyId ? { keyId: fields.KeyId } : {}),
      ...(fields.EncryptionContext ? { encryptionContext: { ...fields.EncryptionContext } } : {}),
      ok: invocation.ok,
      ...(invocation.ok ? {} : { error: { name: invocation.error.name, message: invocation.error.message } }),
      ...(invocation.trailRecordIndex !== undefined ? { trailRecordIndex: invocation.trailRecordIndex } : {}),
      ...(typeof record?.requestID === 'string' ? { requestId: record.requestID } : {}),
      ...(this.calls.length < TRACED_CALLS ? { trace: invocation.trace } : {}),
    });
    return invocation as Invocation<ResponseOf<N>>;
  }

  /** AES-256-GCM with a fresh 12-byte IV from the seeded DRBG; the data key is zero-filled afterwards. */
  async seal(dataKey: Uint8Array, plaintext: Uint8Array, aad?: Uint8Array): Promise<SealedData> {
    try {
      const iv = this.drbg.bytes(12);
      const ciphertext = await this.provider.aesGcmEncrypt(dataKey, iv, plaintext, aad);
      return { iv, ciphertext };
    } finally {
      zeroize(dataKey);
    }
  }

  /** Opens what `seal` produced; the data key is zero-filled afterwards. */
  async open(dataKey: Uint8Array, sealed: SealedData, aad?: Uint8Array): Promise<Uint8Array> {
    try {
      return await this.provider.aesGcmDecrypt(dataKey, sealed.iv, sealed.ciphertext, aad);
    } finally {
      zeroize(dataKey);
    }
  }

  /** A lower-case hex ID such as EC2's `vol-0123456789abcdef0` (17 hex digits after the prefix). */
  resourceId(prefix: string, hexDigits = 17): string {
    return `${prefix}-${this.drbg.hex(Math.ceil(hexDigits / 2)).slice(0, hexDigits)}`;
  }
}

export interface SealedData {
  iv: Uint8Array;
  /** Ciphertext followed by the 16-byte GCM tag. */
  ciphertext: Uint8Array;
}

export interface ActionDeclaration<State> {
  readonly params: Readonly<Record<string, ParamSpec>>;
  /** The KMS operations this action may call, in order (the gallery's legend; tests check the real sequence). */
  readonly kmsCalls: readonly OperationName[];
  /** How captions name a call that is not one AWS operation (a batch of PutObject requests). */
  displayName?(params: Record<string, ParamValue | undefined>): string;
  run(
    ctx: ServiceContext,
    state: State,
    params: Record<string, ParamValue | undefined>,
  ): Promise<ActionResult>;
}

/**
 * `actionsFor<State>()` gives the service's `action(…)` declarer: parameters typed from their specs, state
 * typed once per service.
 */
export function actionsFor<State>() {
  return <const P extends Record<string, ParamSpec>>(declaration: {
    params: P;
    kmsCalls: readonly OperationName[];
    displayName?(params: ParamsOf<P>): string;
    run(ctx: ServiceContext, state: State, params: ParamsOf<P>): Promise<ActionResult>;
  }): ActionDeclaration<State> => declaration as unknown as ActionDeclaration<State>;
}

export interface ServiceDeclaration<State> {
  /** The `alias/aws/<id>` suffix and the gallery's tab id. */
  readonly id: string;
  /** AWS's name for the service, never translated. */
  readonly name: string;
  readonly managedKey: ManagedKeyService;
  readonly keyChoices: readonly KeyChoice[];
  /** The encryption context keys the service binds (reference §11). */
  readonly encryptionContextKeys: readonly string[];
  /** How sure the call sequence is (the gallery shows it). */
  readonly fidelity: Fidelity;
  initialState(): State;
  readonly actions: Readonly<Record<string, ActionDeclaration<State>>>;
}

/** The KMS error of a failed invocation, as plain data. */
export function kmsErrorOf(invocation: { error: { name: string; message: string } }): {
  name: string;
  message: string;
} {
  return { name: invocation.error.name, message: invocation.error.message };
}

/**
 * How services written with the AWS SDK for Java quote a KMS failure (recorded in AWS docs and public reports
 * for Secrets Manager and Parameter Store): the KMS message, then the SDK's service/status/code/request-ID suffix.
 */
export function javaSdkKmsMessage(error: { name: string; message: string }, requestId = ''): string {
  return `${error.message} (Service: AWSKMS; Status Code: 400; Error Code: ${error.name}; Request ID: ${requestId}; Proxy: null)`;
}

/** The KMS request ID of the latest call that failed, for messages that quote it. */
export function lastRequestId(ctx: ServiceContext): string {
  return ctx.calls.at(-1)?.requestId ?? '';
}

/** The requester's key choice: the customer managed key they named, or the service's AWS managed key. */
export function keyIdFor(ctx: ServiceContext, kmsKeyId: string | undefined): string {
  return kmsKeyId ?? ctx.managedKeyAlias;
}

export function fail(code: string, message: string, fidelity: Fidelity, kmsError?: ServiceError['kmsError']) {
  return { ok: false, error: { code, message, fidelity, ...(kmsError ? { kmsError } : {}) } } as const;
}

export const succeed = (response: ServiceResponse): ActionResult => ({ ok: true, response });

/**
 * A service-linked role (IAM User Guide, "Using service-linked roles"): the role ARN, which a grant names as
 * grantee, and the session ARN the service calls KMS as. Role names as AWS creates them.
 */
export function serviceLinkedRole(accountId: string, servicePrincipal: string, roleName: string) {
  return {
    role: `arn:aws:iam::${accountId}:role/aws-service-role/${servicePrincipal}/${roleName}`,
    session: `arn:aws:sts::${accountId}:assumed-role/${roleName}/${servicePrincipal.split('.')[0]}`,
  };
}

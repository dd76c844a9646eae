/**
 * The simulated AWS KMS. `invoke` runs one typed operation through the shared pipeline — validate the request
 * against its declared shape, run it, record CloudTrail and the request meter — and returns an `Invocation`
 * with the trace; it never rejects. `handle` is the JSON 1.1 facade over `invoke` for the AWS SDK and CLI.
 * Calls are serialised (one at a time, in call order) so concurrent callers still get a deterministic world.
 */

import type { CryptoProviderName, CryptoProviderReason } from '../crypto';
import { Drbg, type DrbgState, randomSeed, selectCryptoProvider } from '../crypto';
import { openWithAwsOwnedKey, sealWithAwsOwnedKey } from './awsOwnedKeys';
import { requestPriceClass } from './billing';
import {
  ADMIN_POLICY,
  ADMIN_POLICY_NAME,
  type CallerOptions,
  defaultPrincipal,
  ensurePrincipal,
  resolveCaller,
} from './callers';
import { advanceClock } from './clock';
import { OperationContext } from './context';
import { isKmsError, KmsError } from './errors';
import type { AnyOperation } from './operation';
import { type OperationName, type Operations, operationByName } from './operations';
import { type Infer, trailParameters, validateShape } from './shapes';
import type { TraceStep } from './trace';
import { recordApiCall } from './trail';
import { decodeRequest, encodeResponse, operationForTarget } from './wire';
import { emptyWorld, type TrailRecord, type World, worldTables } from './world';

export const DEFAULT_ACCOUNT_ID = '111122223333';
export const DEFAULT_REGION = 'us-east-1';
export const DEFAULT_START_TIME = new Date('2026-01-01T00:00:00Z');

export type RequestOf<N extends OperationName> = Infer<Operations[N]['input']>;
export type ResponseOf<N extends OperationName> = Awaited<ReturnType<Operations[N]['run']>>;

export type Invocation<Res = unknown> =
  | { ok: true; operation: string; response: Res; trace: TraceStep[]; trailRecordIndex?: number }
  | { ok: false; operation: string; error: KmsError; trace: TraceStep[]; trailRecordIndex?: number };

/** Everything needed to continue exactly where a simulator was: plain data, structuredClone-able. */
export interface SimulatorSnapshot {
  world: World;
  drbg: DrbgState;
}

export interface KmsSimulatorOptions {
  seed?: string;
  crypto?: CryptoProviderName;
  accountId?: string;
  region?: string;
  startTime?: Date;
  /** Continue from a snapshot (seed, accountId, region and startTime are then taken from it). */
  snapshot?: SimulatorSnapshot;
}

export interface KmsSimulator {
  handle(target: string, body: unknown, caller?: CallerOptions): Promise<unknown>;
  invoke<N extends OperationName>(
    operation: N,
    request: RequestOf<N>,
    caller?: CallerOptions,
  ): Promise<Invocation<ResponseOf<N>>>;
  clock: { now(): Date; advance(ms: number): Promise<void> };
  iam: {
    putPrincipalPolicy(principalArn: string, policyName: string, policyDocument: string): void;
    deletePrincipalPolicy(principalArn: string, policyName: string): void;
    createPrincipal(principalArn: string): void;
    listPrincipals(): string[];
    getPrincipalPolicies(principalArn: string): Record<string, string>;
  };
  trail(): readonly TrailRecord[];
  snapshot(): SimulatorSnapshot;
  /** AWS owned keys for service simulations: no authorisation, no CloudTrail, no bill (awsOwnedKeys.ts). */
  awsOwnedKeys: {
    encrypt(
      service: string,
      plaintext: Uint8Array,
      options?: { region?: string; encryptionContext?: Record<string, string> },
    ): Promise<{ ciphertextBlob: Uint8Array; trace: TraceStep[] }>;
    decrypt(
      ciphertextBlob: Uint8Array,
      options?: { encryptionContext?: Record<string, string> },
    ): Promise<{ plaintext: Uint8Array; trace: TraceStep[] }>;
  };
  /** The live world, for the read models (readModels.ts). Treat as read-only. */
  readonly world: Readonly<World>;
  readonly cryptoProvider: { name: CryptoProviderName; reason: CryptoProviderReason };
}

export function createKmsSimulator(options: KmsSimulatorOptions = {}): KmsSimulator {
  const { provider, reason } = selectCryptoProvider(options.crypto);
  let world: World;
  let drbg: Drbg;
  if (options.snapshot) {
    world = copyWorld(options.snapshot.world);
    drbg = Drbg.restore(options.snapshot.drbg);
  } else {
    drbg = Drbg.fromSeed(options.seed ?? randomSeed());
    const accountId = options.accountId ?? DEFAULT_ACCOUNT_ID;
    world = emptyWorld(
      accountId,
      options.region ?? DEFAULT_REGION,
      (options.startTime ?? DEFAULT_START_TIME).getTime(),
    );
    ensurePrincipal(world, drbg, defaultPrincipal(accountId)).policies[ADMIN_POLICY_NAME] = ADMIN_POLICY;
  }

  let queue: Promise<unknown> = Promise.resolve();
  const serialise = <T>(task: () => Promise<T>): Promise<T> => {
    const result = queue.then(task);
    queue = result.catch(() => undefined);
    return result;
  };

  async function run(
    declaration: AnyOperation,
    request: unknown,
    callerOptions?: CallerOptions,
  ): Promise<Invocation> {
    const trace: TraceStep[] = [];
    const operation = declaration.name;
    let caller: ReturnType<typeof resolveCaller>;
    try {
      caller = resolveCaller(world, callerOptions);
    } catch (e) {
      const error = new KmsError('ValidationException', (e as Error).message);
      return { ok: false, operation, error, trace };
    }
    ensurePrincipal(world, drbg, caller.principal);
    trace.push({
      code: 'request-received',
      operation,
      principal: caller.principal,
      callerAccount: caller.accountId,
      region: caller.region,
      viaService: caller.viaService,
      timeMs: world.nowMs,
    });
    const ctx = new OperationContext(world, caller, provider, drbg, trace, declaration);
    let response: unknown;
    let error: KmsError | undefined;
    try {
      validateShape(declaration.input, request);
      declaration.validate?.(request);
      trace.push({ code: 'request-validated' });
      response = await declaration.run(ctx, request);
    } catch (e) {
      error = isKmsError(e)
        ? e
        : new KmsError('KMSInternalException', e instanceof Error ? e.message : String(e));
    }
    const trailRecordIndex = recordApiCall(world, drbg, {
      eventName: operation,
      caller,
      readOnly: declaration.readOnly,
      requestParameters: requestParameters(declaration, request),
      responseElements: error ? null : responseElements(declaration, response, ctx),
      error,
      resources: ctx.resources,
      requestId: drbg.uuid(),
    });
    const priceClass = requestPriceClass(operation, ctx.resources[0]?.keySpec, request);
    world.requests.push({
      timeMs: world.nowMs,
      accountId: caller.accountId,
      operation,
      ...(ctx.resources[0] ? { keyArn: ctx.resources[0].arn } : {}),
      ...(priceClass ? { priceClass } : {}),
    });
    trace.push({
      code: 'trail-recorded',
      eventId: world.trail[trailRecordIndex].eventID as string,
      recordIndex: trailRecordIndex,
    });
    if (error) {
      trace.push({ code: 'error', name: error.name, message: error.message });
      return { ok: false, operation, error, trace, trailRecordIndex };
    }
    trace.push({ code: 'response', ok: true });
    return { ok: true, operation, response, trace, trailRecordIndex };
  }

  const sim: KmsSimulator = {
    invoke(operation, request, caller) {
      const declaration = operationByName(operation);
      if (!declaration)
        return Promise.resolve({
          ok: false,
          operation,
          error: new KmsError('UnknownOperationException', ''),
          trace: [],
        }) as never;
      return serialise(() => run(declaration, request, caller)) as never;
    },

    async handle(target, body, caller) {
      const declaration = operationForTarget(target);
      const request = decodeRequest(declaration, body);
      const result = await serialise(() => run(declaration, request, caller));
      if (!result.ok) throw result.error;
      return encodeResponse(result.response);
    },

    clock: {
      now: () => new Date(world.nowMs),
      advance: (ms) => serialise(async () => advanceClock(world, drbg, world.nowMs + ms)),
    },

    iam: {
      putPrincipalPolicy(principalArn, policyName, policyDocument) {
        ensurePrincipal(world, drbg, principalArn).policies[policyName] = policyDocument;
      },
      deletePrincipalPolicy(principalArn, policyName) {
        delete ensurePrincipal(world, drbg, principalArn).policies[policyName];
      },
      createPrincipal(principalArn) {
        ensurePrincipal(world, drbg, principalArn);
      },
      listPrincipals: () => Object.keys(world.principals),
      getPrincipalPolicies: (principalArn) => ({ ...ensurePrincipal(world, drbg, principalArn).policies }),
    },

    awsOwnedKeys: {
      encrypt: (service, plaintext, options = {}) =>
        serialise(() =>
          sealWithAwsOwnedKey(
            world,
            { provider, drbg },
            service,
            options.region ?? world.defaultRegion,
            plaintext,
            options.encryptionContext,
          ),
        ),
      decrypt: (ciphertextBlob, options = {}) =>
        serialise(() =>
          openWithAwsOwnedKey(world, { provider, drbg }, ciphertextBlob, options.encryptionContext),
        ),
    },

    trail: () => world.trail,
    snapshot: () => ({ world: copyWorld(world), drbg: drbg.snapshot() }),
    get world() {
      return world;
    },
    cryptoProvider: { name: provider.name, reason },
  };
  return sim;
}

/**
 * An independent copy of the world, as structuredClone would make, but without copying the entries of its
 * append-only logs (CloudTrail records, billed requests, deleted keys): they are created whole and never changed
 * after they are appended (trail.ts, clock.ts, `run` above), so a copy may share them and only needs its own
 * arrays. Everything else (keys and their material, which deletion zero-fills in place; aliases, grants,
 * principals, the clock) is deep-copied. The logs grow with every call while the rest stays small, so this keeps
 * a snapshot or a restore of a long scenario cheap (the replayer takes one every few steps).
 */
function copyWorld(world: World): World {
  const copy: World = worldTables(structuredClone({ ...world, trail: [], requests: [], deletedKeys: [] }));
  copy.trail = world.trail.slice();
  copy.requests = world.requests.slice();
  copy.deletedKeys = world.deletedKeys.slice();
  return copy;
}

function requestParameters(declaration: AnyOperation, request: unknown): Record<string, unknown> | null {
  try {
    return (declaration.trailRequestParameters?.(request) ??
      trailParameters(declaration.input, request)) as Record<string, unknown>;
  } catch {
    // A request too malformed to describe (it failed validation) is logged without parameters.
    return null;
  }
}

/**
 * responseElements: null for reads and cryptographic operations; the key ARN for management operations on a
 * key (reference §9, "since Dec 2022 … responseElements.keyId"); or what the declaration says.
 */
function responseElements(declaration: AnyOperation, response: unknown, ctx: OperationContext) {
  if (declaration.trailResponseElements) return declaration.trailResponseElements(response, ctx);
  if (declaration.readOnly || !ctx.resources[0]) return null;
  return { keyId: ctx.resources[0].arn };
}

/**
 * The simulated AWS services that use KMS (reference §11), declared once each. The services world (every
 * service's state), the `service.call` scenario step, the gallery and the tests derive from `SERVICES`.
 */
import type { CryptoProvider, Drbg } from '../crypto';
import type { KmsSimulator } from '../kms';
import { ebs } from './ebs';
import { efs } from './efs';
import { lambda } from './lambda';
import { rds } from './rds';
import { s3 } from './s3';
import { secretsManager } from './secretsManager';
import {
  type ActionResult,
  type KmsCallRecord,
  type ParamValue,
  ServiceContext,
  type ServiceDeclaration,
} from './service';
import { ssm } from './ssm';

export const SERVICES = {
  s3,
  ebs,
  rds,
  elasticfilesystem: efs,
  lambda,
  secretsmanager: secretsManager,
  ssm,
} as const;

export type ServiceId = keyof typeof SERVICES;
export const SERVICE_IDS = Object.keys(SERVICES) as ServiceId[];

type StateOf<S> = S extends ServiceDeclaration<infer State> ? State : never;

/** Every service's state: plain data (structuredClone-able), checkpointed by the scenario layer. */
export type ServicesWorld = { [K in ServiceId]: StateOf<(typeof SERVICES)[K]> };

export function emptyServicesWorld(): ServicesWorld {
  const world = {} as Record<ServiceId, unknown>;
  for (const id of SERVICE_IDS) world[id] = SERVICES[id].initialState();
  return world as ServicesWorld;
}

/**
 * A deep copy for checkpoints and views. Deep, not shared: S3 zero-fills the plaintext bucket keys it forgets,
 * in place, which must not reach a checkpoint taken earlier.
 */
export function copyServicesWorld(world: ServicesWorld): ServicesWorld {
  return structuredClone(world);
}

export function serviceDeclaration(id: ServiceId): ServiceDeclaration<unknown> {
  return SERVICES[id] as unknown as ServiceDeclaration<unknown>;
}

export interface ServiceCall {
  service: ServiceId;
  action: string;
  params: Record<string, ParamValue | undefined>;
  /** The IAM principal calling the service's API. */
  principal: string;
}

export interface ServiceCallResult {
  result: ActionResult;
  /** What the service asked of KMS, in order. */
  kmsCalls: KmsCallRecord[];
}

/** Runs one service operation against the services world (changed in place) and the engine. */
export async function runServiceCall(
  env: { sim: KmsSimulator; drbg: Drbg; provider: CryptoProvider; world: ServicesWorld },
  call: ServiceCall,
): Promise<ServiceCallResult> {
  const declaration = serviceDeclaration(call.service);
  const action = declaration.actions[call.action];
  if (!action) throw new RangeError(`${declaration.name} has no action ${call.action}`);
  const ctx = new ServiceContext(env.sim, env.drbg, env.provider, call.principal, declaration.managedKey);
  const result = await action.run(ctx, env.world[call.service], call.params);
  return { result, kmsCalls: ctx.calls };
}

export { BUCKET_KEY_REUSE_MS, MAX_BATCH_OBJECTS } from './s3';
export {
  type ActionResult,
  type Fidelity,
  type KeyChoice,
  type KmsCallRecord,
  type ParamSpec,
  type ParamValue,
  type ServiceError,
  TRACED_CALLS,
} from './service';

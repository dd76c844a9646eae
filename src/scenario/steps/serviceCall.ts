/**
 * `service.call`: one operation of an AWS service that uses KMS (src/services, reference §11) — S3 PutObject,
 * Secrets Manager GetSecretValue… — called by a principal. The service makes its KMS calls through the engine
 * (so they are in CloudTrail with `invokedBy` and billed) and really encrypts the data.
 *
 * The services' resources (objects, volumes, secrets, parameters, S3's bucket-key cache) flow from step to step
 * like any other bytes a step produces: the output of a service call is `{ Services, Response }`, and the next
 * service call names the world it continues from with `"services": { "$ref": "<stepId>/Services" }` (the first
 * has none). So checkpoints, links and edits need nothing beyond the spine's refs. A step's world is never changed
 * after the step: each call runs on a copy.
 *
 * The service's own answer — success or an error such as `DecryptionFailure` — is the step's result: the step
 * ran, the service answered (`ok: true`, with `detail.result`), and its world flows on unchanged by a failed call
 * (AWS API calls that fail change nothing here). Only the spine's own failures (an unresolved ref) fail the step.
 */

import {
  copyServicesWorld,
  emptyServicesWorld,
  type ParamSpec,
  type ParamValue,
  runServiceCall,
  SERVICE_IDS,
  type ServiceCallResult,
  type ServiceId,
  type ServicesWorld,
  serviceDeclaration,
} from '../../services/index';
import { isRef, type Ref, RefError, refsIn, resolveRefs } from '../refs';
import type { JsonObject, JsonValue } from '../validate';
import { fail, integer, object, oneOf, optional, string, stringMap } from '../validate';
import { PRINCIPAL_ARN } from './fields';
import { type Caption, type StepKind, scenarioFailure } from './kind';

export interface ServiceCallStep {
  id: string;
  kind: 'service.call';
  service: ServiceId;
  /** The service's own operation name (`PutObject`, `GetSecretValue`…). */
  action: string;
  /** The operation's parameters with AWS's names (`Bucket`, `SecretId`, `KmsKeyId`…). */
  params: JsonObject;
  /** The IAM principal calling the service (default: the account's Admin role). */
  principal?: string;
  /** The services world after an earlier service call: `{ "$ref": "<stepId>/Services" }`. */
  services?: Ref;
}

export interface ServiceCallDetail extends ServiceCallResult {
  /** The services world after the call (for the gallery). */
  world: ServicesWorld;
}

/** The output field holding the services world, as refs name it. */
export const SERVICES_OUTPUT = 'Services';

/** `s7` → `{ "$ref": "s7/Services" }`: how a service call continues from an earlier one. */
export const servicesRef = (stepId: string): Ref => ({ $ref: `${stepId}/${SERVICES_OUTPUT}` });

const DEFAULT_PRINCIPAL = (accountId: string) => `arn:aws:iam::${accountId}:role/Admin`;

function param(spec: ParamSpec, value: unknown, path: string): ParamValue {
  switch (spec.type) {
    case 'string':
      return string(value, path, spec);
    case 'integer':
      return integer(value, path, spec.min, spec.max);
    case 'boolean':
      if (typeof value !== 'boolean') fail(path, 'expected true or false');
      return value;
    case 'enum':
      return oneOf(value, path, spec.values);
    case 'map':
      return stringMap(value, path);
  }
}

/** Checks `params` against the action's declared parameters (unknown ones rejected, required ones present). */
function validateParams(service: ServiceId, action: string, raw: unknown, path: string): JsonObject {
  const specs = serviceDeclaration(service).actions[action]?.params ?? {};
  const values = object(raw, path, Object.keys(specs));
  const out: JsonObject = {};
  for (const [name, spec] of Object.entries(specs)) {
    const value = values[name];
    if (value === undefined) {
      if (!spec.optional) fail(`${path}.${name}`, 'required');
      continue;
    }
    out[name] = param(spec, value, `${path}.${name}`) as JsonValue;
  }
  return out;
}

/** `s3:PutObject`, `ec2:CreateVolume`: the IAM action names, whose prefix is the service's ViaService prefix. */
export function opName(step: Pick<ServiceCallStep, 'service' | 'action' | 'params'>): string {
  const declaration = serviceDeclaration(step.service);
  const action = declaration.actions[step.action];
  const name = action?.displayName?.(step.params as Record<string, ParamValue>) ?? step.action;
  return `${declaration.managedKey.viaService}:${name}`;
}

export const serviceCall: StepKind<'service.call', ServiceCallStep, ServiceCallDetail> = {
  kind: 'service.call',
  fields: ['service', 'action', 'params', 'principal', 'services'],
  // The generic sentences fit a service operation too: "`s3:PutObject` succeeded." / "… failed: `Code` message".
  captions: ['kmsOk', 'kmsFailed'],
  validate(raw, path) {
    const service = oneOf(raw.service, `${path}.service`, SERVICE_IDS);
    const actions = Object.keys(serviceDeclaration(service).actions);
    const action = oneOf(raw.action, `${path}.action`, actions);
    const params = validateParams(service, action, raw.params ?? {}, `${path}.params`);
    const principal = optional(raw.principal, (v) =>
      string(v, `${path}.principal`, {
        max: 2048,
        pattern: PRINCIPAL_ARN,
        patternName: 'an IAM principal ARN',
      }),
    );
    const services = optional(raw.services, (v) => {
      if (!isRef(v)) fail(`${path}.services`, 'expected { "$ref": "<stepId>/Services" }');
      return v;
    });
    return {
      service,
      action,
      params,
      ...(principal !== undefined ? { principal } : {}),
      ...(services !== undefined ? { services } : {}),
    };
  },
  refs: (step, path) =>
    step.services
      ? refsIn(step.services as unknown as JsonValue, `${path}.services`).map(({ at, stepId }) => ({
          at,
          stepId,
        }))
      : [],
  async run(ctx, step) {
    let previous: ServicesWorld | undefined;
    try {
      previous = step.services
        ? (resolveRefs(step.services as unknown as JsonValue, (id) =>
            ctx.outputOf(id),
          ) as unknown as ServicesWorld)
        : undefined;
    } catch (error) {
      if (error instanceof RefError) return scenarioFailure('RefUnresolved', { ref: error.ref });
      throw error;
    }
    // `before` is an earlier step's output, never changed: the call runs on a copy of it.
    const before = previous ?? emptyServicesWorld();
    const world = copyServicesWorld(before);
    const call = await runServiceCall(
      { sim: ctx.sim, drbg: ctx.clientDrbg, provider: ctx.provider, world },
      {
        service: step.service,
        action: step.action,
        params: step.params as Record<string, ParamValue>,
        principal: step.principal ?? DEFAULT_PRINCIPAL(ctx.sim.world.defaultAccountId),
      },
    );
    // A failed call changes nothing: the world flows on as it was.
    const after = call.result.ok ? world : before;
    return {
      ok: true,
      detail: { ...call, world: after },
      // The world object travels by reference to the next service call, which copies it before changing it.
      output: {
        [SERVICES_OUTPUT]: after as unknown as JsonValue,
        Response: (call.result.ok ? call.result.response : null) as JsonValue,
      },
    };
  },
  caption(step, outcome): Caption {
    const op = opName(step);
    const result = outcome?.ok ? outcome.detail.result : undefined;
    if (result && !result.ok)
      return {
        code: 'kmsFailed',
        params: { op, errorName: result.error.code, message: result.error.message },
      };
    return { code: 'kmsOk', params: { op } };
  },
};

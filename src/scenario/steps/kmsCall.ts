/**
 * `kms.call`: one KMS API call, as a principal, optionally through a service. The request is the JSON an AWS
 * SDK sends (AWS field names, blobs in base64), so a scenario reads like the API reference; fields may hold
 * `{ "$ref": "<stepId>/<Field>" }` instead of literal bytes or IDs produced by earlier steps.
 */
import { isRef, refsIn } from '../refs';
import { fail, isPlainObject, type JsonObject, json, optional, string } from '../validate';
import { type Caller, caller } from './fields';
import type { StepKind } from './kind';

export interface KmsCallStep {
  id: string;
  kind: 'kms.call';
  /** The KMS operation name as in `X-Amz-Target: TrentService.<op>`. */
  op: string;
  request: JsonObject;
  caller?: Caller;
}

/** KMS operation names are PascalCase words (API Reference "Actions"). */
const OPERATION = /^[A-Z][A-Za-z]{2,63}$/;

export const kmsCall: StepKind<'kms.call', KmsCallStep> = {
  kind: 'kms.call',
  fields: ['op', 'request', 'caller'],
  validate: (raw, path) => {
    const op = string(raw.op, `${path}.op`, {
      max: 64,
      pattern: OPERATION,
      patternName: 'a KMS operation name',
    });
    const request = raw.request === undefined ? {} : json(raw.request, `${path}.request`);
    if (!isPlainObject(request)) fail(`${path}.request`, 'expected an object');
    const who = optional(raw.caller, (v) => caller(v, `${path}.caller`));
    return who === undefined ? { op, request } : { op, request, caller: who };
  },
  refs: (step, path) => refsIn(step.request, `${path}.request`).map(({ at, stepId }) => ({ at, stepId })),
  caption: (step) => {
    const keyId = step.request.KeyId;
    const params: Record<string, string> = { op: step.op };
    if (typeof keyId === 'string') params.keyId = keyId;
    else if (isRef(keyId)) params.keyId = keyId.$ref;
    if (step.caller?.principal) params.principal = step.caller.principal;
    if (step.caller?.viaService) params.viaService = step.caller.viaService;
    return { code: 'kms.call', params };
  },
};

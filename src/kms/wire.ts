/**
 * The KMS JSON 1.1 facade (reference §0): `X-Amz-Target: TrentService.<Operation>`, JSON bodies with base64
 * blobs and epoch-second timestamps, errors as `{"__type": "<ExceptionName>", "message": "…"}`.
 */
import { toBase64 } from '../crypto';
import { KmsError } from './errors';
import type { AnyOperation } from './operation';
import { operationByName } from './operations';
import { decodeWire } from './shapes';

export const TARGET_PREFIX = 'TrentService.';

export function operationForTarget(target: string): AnyOperation {
  const declaration = target.startsWith(TARGET_PREFIX)
    ? operationByName(target.slice(TARGET_PREFIX.length))
    : undefined;
  if (!declaration) throw new KmsError('UnknownOperationException', '');
  return declaration;
}

/** JSON body (object, JSON text or UTF-8 bytes) → typed request. */
export function decodeRequest(declaration: AnyOperation, body: unknown): unknown {
  let json = body;
  if (body instanceof Uint8Array) json = new TextDecoder().decode(body);
  if (typeof json === 'string') {
    try {
      json = json.trim() === '' ? {} : JSON.parse(json);
    } catch {
      throw new KmsError('SerializationException', 'The request body is not valid JSON');
    }
  }
  return decodeWire(declaration.input, json ?? {}) ?? {};
}

/** Typed response → wire JSON: bytes as base64, dates as epoch seconds (awsJson1_1 timestamp format). */
export function encodeResponse(value: unknown): unknown {
  if (value instanceof Uint8Array) return toBase64(value);
  if (value instanceof Date) return value.getTime() / 1000;
  if (Array.isArray(value)) return value.map(encodeResponse);
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) if (v !== undefined) out[k] = encodeResponse(v);
    return out;
  }
  return value;
}

/** The error body the wire carries. */
export const errorBody = (error: KmsError) => ({ __type: error.__type, message: error.message });

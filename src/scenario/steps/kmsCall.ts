/**
 * `kms.call`: one KMS API call, as a principal, optionally through a service. The request is the JSON an AWS
 * SDK sends (AWS field names, blobs in base64), so a scenario reads like the API reference; fields may hold
 * `{ "$ref": "<stepId>/<Field>" }` instead of literal bytes or IDs produced by earlier steps. The request goes
 * through the engine's own wire decoding (so a malformed blob fails as the service would) and `invoke` (so
 * the step keeps the trace); the wire-encoded response is the step's referable output.
 *
 * A successful GenerateDataKey also hands its plaintext data key to the client world (the application's
 * memory), where envelope steps use it and `envelope.discardDataKey` zero-fills it.
 *
 * A GenerateDataKey may name the Encryption SDK algorithm suite its data key is for (`algorithmSuite`, the
 * names the AWS Encryption CLI takes). For the signing suite the step does what the ESDK's default CMM does
 * before it calls the KMS keyring (framework/default-cmm.md, "Get Encryption Materials"): it makes the ECDSA
 * P-384 key pair, from the client's seeded DRBG so a link replays the same key and the same signature, and
 * adds the public key to the request's encryption context as `aws-crypto-public-key`. KMS binds that context
 * to the encrypted data key, so whoever decrypts the message must present the same public key. Without
 * `algorithmSuite` (every link made before the choice existed) the data key is for 0x0478.
 */
import {
  ALGORITHM_SUITE,
  assertEncryptableContext,
  DataKeyHandle,
  publicKeyContext,
  SIGNED_ALGORITHM_SUITE,
  SIGNING_KEY_SEED_LENGTH,
  signingKeyFromSeed,
} from '../../envelope/index';
import { type Invocation, KmsError, OPERATIONS, type OperationName } from '../../kms/index';
// The wire codec is not (yet) re-exported by src/kms/index.ts; asked of the engine's owner.
import { decodeRequest, encodeResponse } from '../../kms/wire';
import { isRef, RefError, refsIn, resolveRefs } from '../refs';
import { fail, isPlainObject, type JsonObject, type JsonValue, json, oneOf, optional } from '../validate';
import { envelopeFailure } from './envelopeFailure';
import { type Caller, caller } from './fields';
import { type Caption, type StepKind, scenarioFailure } from './kind';

export interface KmsCallStep {
  id: string;
  kind: 'kms.call';
  /** The KMS operation name as in `X-Amz-Target: TrentService.<op>`. */
  op: OperationName;
  request: JsonObject;
  caller?: Caller;
  /** GenerateDataKey only: the ESDK suite the data key is for (see the module comment). Default 0x0478's. */
  algorithmSuite?: EsdkSuiteName;
}

/**
 * The suites the studio writes, by the names the AWS Encryption CLI's `--algorithm` takes (the ESDKs'
 * `AlgorithmSuiteIdentifier` without its `ALG_` prefix).
 */
export const ESDK_SUITES = {
  AES_256_GCM_HKDF_SHA512_COMMIT_KEY_ECDSA_P384: SIGNED_ALGORITHM_SUITE,
  AES_256_GCM_HKDF_SHA512_COMMIT_KEY: ALGORITHM_SUITE,
} as const;
export type EsdkSuiteName = keyof typeof ESDK_SUITES;
const ESDK_SUITE_NAMES = Object.keys(ESDK_SUITES) as EsdkSuiteName[];
export const SIGNING_SUITE_NAME: EsdkSuiteName = 'AES_256_GCM_HKDF_SHA512_COMMIT_KEY_ECDSA_P384';

/**
 * A signing suite's key pair, made before GenerateDataKey as the ESDK's CMM makes it: the private key, and
 * the request with the public key added to its encryption context. A context that already holds the reserved
 * key is refused, as the ESDK refuses it (`reserved-encryption-context-key`).
 */
function signForSuite(
  request: JsonObject,
  drbg: { bytes(length: number): Uint8Array },
): { request: JsonObject; signingKey: Uint8Array } {
  const context = isPlainObject(request.EncryptionContext)
    ? (request.EncryptionContext as Record<string, string>)
    : {};
  assertEncryptableContext(context);
  const signingKey = signingKeyFromSeed(SIGNED_ALGORITHM_SUITE, drbg.bytes(SIGNING_KEY_SEED_LENGTH));
  return {
    request: {
      ...request,
      EncryptionContext: { ...context, ...publicKeyContext(SIGNED_ALGORITHM_SUITE, signingKey) },
    },
    signingKey,
  };
}

export interface KmsCallDetail {
  /** The request as sent, refs resolved (wire JSON). */
  request: JsonObject;
  /** Undefined when the request could not be decoded (then the failure is the service's SerializationException). */
  invocation?: Invocation;
}

/** Every operation the engine declares (src/kms/operations): the one list, never repeated here. */
const OPERATION_NAMES = Object.keys(OPERATIONS) as OperationName[];

/** Operations with their own success caption in the player's catalogue; the rest use `kmsOk`. */
const OWN_CAPTIONS = [
  'CreateKey',
  'CreateAlias',
  'GenerateDataKey',
  'Encrypt',
  'Decrypt',
  'EnableKeyRotation',
  'RotateKeyOnDemand',
  'ListKeyRotations',
  'DisableKey',
  'EnableKey',
  'ScheduleKeyDeletion',
  'CancelKeyDeletion',
] as const satisfies readonly OperationName[];

const byteLength = (value: unknown): number => (value instanceof Uint8Array ? value.length : 0);
const field = (value: unknown, name: string): unknown => (isPlainObject(value) ? value[name] : undefined);

/** Caption params read from the typed request and response (`Record` access: responses differ per operation). */
function successParams(
  op: OperationName,
  request: JsonObject,
  response: unknown,
): Record<string, string | number> {
  switch (op) {
    case 'CreateKey':
      return { keyId: String(field(field(response, 'KeyMetadata'), 'KeyId') ?? '') };
    case 'CreateAlias':
      return { alias: String(request.AliasName ?? '') };
    case 'GenerateDataKey':
      return {
        keyId: String(field(response, 'KeyId') ?? ''),
        bytes: byteLength(field(response, 'Plaintext')),
      };
    case 'Encrypt':
      return {
        keyId: String(field(response, 'KeyId') ?? ''),
        bytes:
          typeof request.Plaintext === 'string'
            ? Math.floor((request.Plaintext.replace(/=+$/, '').length * 3) / 4)
            : 0,
        blobBytes: byteLength(field(response, 'CiphertextBlob')),
      };
    case 'Decrypt':
      return { bytes: byteLength(field(response, 'Plaintext')) };
    case 'EnableKeyRotation':
      return { days: typeof request.RotationPeriodInDays === 'number' ? request.RotationPeriodInDays : 365 };
    case 'ListKeyRotations': {
      const rotations = field(response, 'Rotations');
      return { count: Array.isArray(rotations) ? rotations.length : 0 };
    }
    case 'ScheduleKeyDeletion': {
      const date = field(response, 'DeletionDate');
      return { date: date instanceof Date ? date.toISOString().slice(0, 10) : '' };
    }
    default:
      return {};
  }
}

export const kmsCall: StepKind<'kms.call', KmsCallStep, KmsCallDetail> = {
  kind: 'kms.call',
  fields: ['op', 'request', 'caller', 'algorithmSuite'],
  captions: ['kmsOk', 'kmsFailed', ...OWN_CAPTIONS],
  validate: (raw, path) => {
    const op = oneOf(raw.op, `${path}.op`, OPERATION_NAMES);
    const request = raw.request === undefined ? {} : json(raw.request, `${path}.request`);
    if (!isPlainObject(request)) fail(`${path}.request`, 'expected an object');
    const who = optional(raw.caller, (v) => caller(v, `${path}.caller`));
    const suite = optional(raw.algorithmSuite, (v) => oneOf(v, `${path}.algorithmSuite`, ESDK_SUITE_NAMES));
    if (suite !== undefined && op !== 'GenerateDataKey')
      fail(`${path}.algorithmSuite`, 'is for GenerateDataKey only');
    return {
      op,
      request,
      ...(who !== undefined && { caller: who }),
      ...(suite !== undefined && { algorithmSuite: suite }),
    };
  },
  refs: (step, path) => refsIn(step.request, `${path}.request`).map(({ at, stepId }) => ({ at, stepId })),
  async run(ctx, step) {
    let request: JsonObject;
    try {
      request = resolveRefs(step.request, (id) => ctx.outputOf(id)) as JsonObject;
    } catch (error) {
      if (error instanceof RefError) return scenarioFailure('RefUnresolved', { ref: error.ref });
      throw error;
    }
    let signingKey: Uint8Array | undefined;
    if (step.algorithmSuite && ESDK_SUITES[step.algorithmSuite] === SIGNED_ALGORITHM_SUITE) {
      try {
        ({ request, signingKey } = signForSuite(request, ctx.clientDrbg));
      } catch (error) {
        return { ok: false, error: envelopeFailure(error), detail: { request } };
      }
    }
    let typed: unknown;
    try {
      typed = decodeRequest(OPERATIONS[step.op], request);
    } catch (error) {
      if (!(error instanceof KmsError)) throw error;
      return {
        ok: false,
        error: { source: 'kms', name: error.name, message: error.message },
        detail: { request },
      };
    }
    // `typed` was decoded against this very operation's declared input shape.
    const invocation: Invocation = await ctx.sim.invoke(step.op, typed as never, step.caller);
    if (!invocation.ok) {
      const { name, message } = invocation.error;
      return { ok: false, error: { source: 'kms', name, message }, detail: { request, invocation } };
    }
    const plaintext = field(invocation.response, 'Plaintext');
    if (
      step.op === 'GenerateDataKey' &&
      plaintext instanceof Uint8Array &&
      plaintext.length === ALGORITHM_SUITE.dataKeyLength
    ) {
      ctx.client.dataKeys[step.id] = {
        stepId: step.id,
        keyId: String(field(invocation.response, 'KeyId')),
        ciphertextBlob: new Uint8Array(field(invocation.response, 'CiphertextBlob') as Uint8Array),
        encryptionContext: isPlainObject(request.EncryptionContext)
          ? (structuredClone(request.EncryptionContext) as Record<string, string>)
          : {},
        // The client's own copy: the response stays intact for the view of this step.
        handle: new DataKeyHandle(new Uint8Array(plaintext)),
        ...(signingKey && { signingKey }),
      };
    }
    return {
      ok: true,
      detail: { request, invocation },
      output: encodeResponse(invocation.response) as JsonValue,
    };
  },
  caption: (step, outcome): Caption => {
    if (outcome && !outcome.ok) {
      return {
        code: 'kmsFailed',
        params: { op: step.op, errorName: outcome.error.name, message: outcome.error.message },
      };
    }
    if (!outcome) {
      const keyId = step.request.KeyId;
      const shown = typeof keyId === 'string' ? keyId : isRef(keyId) ? keyId.$ref : '';
      return { code: 'kmsOk', params: { op: step.op, keyId: shown } };
    }
    const own = (OWN_CAPTIONS as readonly string[]).includes(step.op);
    const response = outcome.detail.invocation?.ok ? outcome.detail.invocation.response : undefined;
    return own
      ? { code: step.op, params: successParams(step.op, outcome.detail.request, response) }
      : { code: 'kmsOk', params: { op: step.op } };
  },
};

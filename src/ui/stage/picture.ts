/**
 * The stage's model: a pure function from the step under the cursor (its StepView) and the replay's history up
 * to it to a *scene*: which actors are on stage, which call is live, and which tokens sit where (architecture.md
 * §Style). A scene is a short list of frames; the last frame is the state after the step and the earlier ones
 * are the beats of the step (a request on the wire, the tokens made inside KMS, the response coming back). The
 * stage animates from frame to frame; scrubbing back is this function on an earlier step.
 *
 * Everything comes from what the replay recorded (StepView, StepRecord traces, the client world's bytes): no
 * crypto is ever recomputed to draw. No React, no DOM: Node tests call it directly.
 */
import { type DataKeySnapshot, PUBLIC_KEY_CONTEXT_KEY } from '../../envelope/index';
import type { Invocation, KeyView, TraceStep } from '../../kms/index';
import type { StepView } from '../../scenario/replay';
import type { StepHistory, StepRecord } from '../../scenario/stepHistory';
import { objectName } from '../../scenario/steps/fields';
import type { Step, StepResult } from '../../scenario/steps/index';
import { serviceDeclaration } from '../../services/index';
import { type ResourceGroup, serviceStorage } from './serviceResources';

/** The boxes on stage. `memory` is the application's memory, drawn inside the caller's box. */
export const ACTOR_IDS = ['caller', 'memory', 'kms', 'storage', 'trail'] as const;
export type ActorId = (typeof ACTOR_IDS)[number];
/** Where a token can sit: in an actor, or on the live call's arrow. */
export type Place = ActorId | 'wire';

export type TokenKind =
  /** The plaintext data key: secret, lives only in memory until discarded. */
  | 'dataKey'
  /** The same buffer after the zero-fill: 00 bytes, on stage only for the step that discarded it. */
  | 'zeroedKey'
  /** A KMS ciphertext blob (an encrypted data key or an Encrypt result): safe to store. */
  | 'ciphertextBlob'
  /** Data in the clear (the learner's text, a Decrypt result). */
  | 'plaintext'
  /** The ESDK message: header (with the encrypted data key) and encrypted frames. */
  | 'encryptedData'
  | 'encryptionContext'
  | 'trailRecord';

export interface Token {
  /** Stable across steps: the same thing keeps its id while it moves (the stage's shared-layout id). */
  id: string;
  kind: TokenKind;
  at: Place;
  /** The object it is stored under, for tokens in storage. */
  object?: string;
  /** The real bytes (the drawer's byte map); empty for tokens that are not bytes (a trail record). */
  bytes: Uint8Array;
  /** For a zeroed key: the bytes it held before the zero-fill (to flip them to 00 in place). */
  before?: Uint8Array;
  /** Backing-key version (0 = original material) a ciphertext blob was made under, when the trace says. */
  version?: number;
  /** Encryption context pairs (context tokens, and the context bound into an envelope). */
  pairs?: readonly (readonly [string, string])[];
  /** Frames of an envelope. */
  frames?: number;
  /** A trail record: event name, error code (if any), and the record itself for the drawer. */
  event?: { name: string; errorCode?: string; record: Readonly<Record<string, unknown>> };
  /** Set when a bit of this token was flipped in storage: which byte of `bytes`. */
  tampered?: { offset: number; length: number };
  /** A ciphertext whose KMS key is gone: it can never be decrypted again. */
  orphaned?: boolean;
  /** A plaintext S3 bucket key: the bucket S3 holds it for, and reuses it across objects (S3 Bucket Keys). */
  bucketKey?: string;
  /** Where a failed decrypt stopped on this token (`data-key`, `header-auth`, `body`…), frame for `body`. */
  caughtAt?: { stage: string; frame?: number };
}

export interface KeyOnStage {
  /** The key was deleted: its key material is gone, and it will never decrypt anything again. */
  deleted?: boolean;
  arn: string;
  keyId: string;
  alias?: string;
  state: string;
  /** Backing-key versions, oldest first. */
  versions: { index: number; id: string; current: boolean }[];
  /** The version this step's cryptography used (from the trace), if any. */
  used?: number;
  rotationEnabled: boolean;
  deletionDate?: string;
}

export type Gate = 'idle' | 'allow' | 'deny';

export interface CallField {
  name: string;
  value: string;
}

export interface Call {
  operation: string;
  /** The service calling KMS on the principal's behalf (`s3.us-east-1.amazonaws.com`). */
  viaService?: string;
  fields: CallField[];
  outcome: 'ok' | 'denied' | 'error';
  error?: { name: string; message: string };
  /** For a denied call: the step whose explanation the policy section shows. */
  deniedStepId?: string;
  /** Names of the response fields that came back as tokens (`Plaintext`, `CiphertextBlob`). */
  response: string[];
  /**
   * A service's step that called KMS more than once is drawn by its last call (the one that made or opened the
   * data key, or the one that failed); these are the calls before it: how many, and which operations.
   */
  earlier?: { count: number; operations: string[] };
}

export interface CallerOnStage {
  kind: 'application' | 'principal' | 'service';
  principal: string;
  viaService?: string;
  /** A service's display name (`S3`) for service calls. */
  service?: string;
}

export interface Frame {
  tokens: Token[];
  gate: Gate;
}

export interface Narration {
  code: NarrationCode;
  params: Record<string, string | number>;
}

export const NARRATION_CODES = [
  'start',
  'generateDataKey',
  'generateDataKeySigned',
  'encryptData',
  'encryptDataSigned',
  'discard',
  'store',
  'decrypt',
  'decryptSigned',
  'decryptKmsFailed',
  'decryptCaught',
  'call',
  'callReturned',
  'reEncrypt',
  'denied',
  'rejected',
  'tamper',
  'clock',
  'service',
  'serviceBucketKeys',
  'serviceBucketKeyReused',
  'serviceNoKms',
  'serviceFailed',
  'policy',
  'wrap',
  'note',
  'failed',
] as const;
export type NarrationCode = (typeof NARRATION_CODES)[number];

/**
 * What a step without a KMS call did instead, named where the call's arrow would be: the cryptography and the
 * zero-fill happen in the application's memory, the store and the tamper in storage, and KMS is not called.
 */
export type LocalWork =
  /** envelope.encrypt: the data encrypted under the data key, by the ESDK suite the trace names. */
  | { kind: 'encrypt'; cipher?: string; suite?: string }
  | { kind: 'discard' | 'store' | 'tamper' | 'clock' | 'policy' | 'wrap' }
  /** A service answered without calling KMS: with the S3 bucket key it holds, or with its own key (SSE-S3). */
  | { kind: 'service'; service: string; bucketKey?: boolean };

/** What the storage box says about a service's resource group (an S3 bucket: objects and distinct keys). */
export type ResourceNote = Omit<ResourceGroup, 'tokens' | 'touched' | 'changedMs'> & {
  /** AWS's name for the service holding it (its declaration's, read here so the stage need not load them). */
  serviceName: string;
};

export interface Scene {
  index: number;
  region: string;
  caller: CallerOnStage;
  key?: KeyOnStage;
  call?: Call;
  /** For a step that made no KMS call: what it did instead, and where. */
  local?: LocalWork;
  /** The AWS services' resources in storage: the groups drawn, and how many the services hold in all. */
  resources?: { groups: ResourceNote[]; total: number };
  /** Beats of the step; the last is the state after it. Never empty. */
  frames: Frame[];
  narration: Narration;
  now: string;
}

/** Service resources drawn in storage (the step's own first, then the newest): few enough to fit one screen. */
export const RESOURCE_GROUPS = 2;

/** The services' resources the stage draws after step `view.index`, and how many there are in all. */
function shownResources(view: StepView, history: readonly StepRecord[]) {
  const storage = serviceStorage(view, history);
  return { ...storage, total: storage.groups.length, groups: storage.groups.slice(0, RESOURCE_GROUPS) };
}

/** Trail rows kept on stage: enough to see the newest arrive, few enough to fit one screen. */
export const TRAIL_ROWS = 3;
/** Ciphertexts of earlier Encrypt calls kept in memory (rotation: each shows its own version). */
const KEPT_CIPHERTEXTS = 3;

const DEFAULT_PRINCIPAL = (accountId: string) => `arn:aws:iam::${accountId}:role/Admin`;

// ——— reading the records ———

/** The KMS invocations a step made, in order (a kms.call's one, an envelope.decrypt's Decrypt calls). */
export function invocationsOf(result: StepResult | undefined): Invocation[] {
  if (!result?.detail) return [];
  if (result.kind === 'kms.call') return result.detail.invocation ? [result.detail.invocation] : [];
  if (result.kind === 'envelope.decrypt') return result.detail.kmsCalls;
  return [];
}

function traceOf<C extends TraceStep['code']>(
  invocation: Invocation | undefined,
  code: C,
): Extract<TraceStep, { code: C }> | undefined {
  return invocation?.trace.find((t) => t.code === code) as Extract<TraceStep, { code: C }> | undefined;
}

const field = (value: unknown, name: string): unknown =>
  typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)[name]
    : undefined;

const bytesField = (value: unknown, name: string): Uint8Array | undefined => {
  const v = field(value, name);
  return v instanceof Uint8Array ? v : undefined;
};

const pairsOf = (context: unknown): [string, string][] =>
  typeof context === 'object' && context !== null && !Array.isArray(context)
    ? Object.entries(context as Record<string, unknown>)
        .filter((e): e is [string, string] => typeof e[1] === 'string')
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    : [];

/** The byte length of a base64 string (the wire form of request blobs). */
const base64Length = (text: string): number => Math.floor((text.replace(/=+$/, '').length * 3) / 4);

/** The backing-key version a blob-producing or blob-reading call used, from its trace. */
const versionOf = (invocation: Invocation | undefined): number | undefined =>
  traceOf(invocation, 'backing-key-selected')?.versionIndex;

/** The version of the last backing key a call used (ReEncrypt's destination). */
const lastVersionOf = (invocation: Invocation | undefined): number | undefined =>
  (
    invocation?.trace.filter((t) => t.code === 'backing-key-selected').at(-1) as
      | Extract<TraceStep, { code: 'backing-key-selected' }>
      | undefined
  )?.versionIndex;

/** The key a call resolved to (its ARN), from its trace. */
function keyArnOf(invocation: Invocation | undefined): string | undefined {
  if (!invocation) return undefined;
  const resolved = traceOf(invocation, 'identifier-resolved');
  if (resolved) return resolved.keyArn;
  const created = traceOf(invocation, 'key-material-generated');
  if (created) return created.keyArn;
  const changed = traceOf(invocation, 'key-state-changed');
  return changed?.keyArn;
}

/** The key a step is about: the one its call resolved, else the last one an earlier step touched. */
function keyArnFor(view: StepView, history: readonly StepRecord[]): string | undefined {
  for (let i = Math.min(view.index, history.length - 1); i >= 0; i--) {
    const record = history[i] as StepRecord;
    for (const invocation of invocationsOf(record.result).reverse()) {
      const arn = keyArnOf(invocation);
      if (arn) return arn;
    }
    if (record.result.kind === 'envelope.encrypt' || record.result.kind === 'envelope.discardDataKey') {
      const dataKey = view.client.dataKeys[(record.step as { dataKey: string }).dataKey];
      if (dataKey) return dataKey.keyId;
    }
  }
  return view.keys.find((k) => k.metadata.KeyManager === 'CUSTOMER')?.metadata.Arn;
}

function keyOnStage(key: KeyView, used: number | undefined): KeyOnStage {
  const versions = key.versions.map((v, index) => ({ index, id: v.keyMaterialId, current: v.current }));
  const deletion = key.metadata.DeletionDate;
  return {
    arn: key.metadata.Arn ?? '',
    keyId: key.metadata.KeyId,
    ...(key.aliases[0] ? { alias: key.aliases[0] } : {}),
    state: String(key.metadata.KeyState),
    versions,
    ...(used !== undefined ? { used } : {}),
    rotationEnabled: key.rotation.enabled,
    ...(deletion instanceof Date ? { deletionDate: deletion.toISOString().slice(0, 10) } : {}),
  };
}

/** A key the history names that the world no longer has: deleted when its waiting period ended. */
const deletedKey = (arn: string): KeyOnStage => ({
  deleted: true,
  arn,
  keyId: arn.split('/').pop() ?? arn,
  state: 'Deleted',
  versions: [],
  rotationEnabled: false,
});

// ——— what rests where after a step ———

/** For each stored envelope (by envelope step id), the first object it was stored under. */
function storedUnder(view: StepView): Map<string, string> {
  const out = new Map<string, string>();
  for (const [name, object] of Object.entries(view.client.objects)) {
    if (!out.has(object.envelope)) out.set(object.envelope, name);
  }
  return out;
}

/** The bit flipped into a stored envelope, as a byte range of the message (the latest tamper of it). */
function tamperOf(history: readonly StepRecord[], index: number, object: string) {
  for (let i = Math.min(index, history.length - 1); i >= 0; i--) {
    const record = history[i] as StepRecord;
    if (record.step.kind === 'envelope.store' && objectName(record.step.object) === object) return undefined;
    if (record.result.kind === 'tamper' && record.result.ok && record.step.kind === 'tamper') {
      if (objectName(record.step.object) === object)
        return { offset: record.result.detail.offset, length: record.result.detail.length };
    }
  }
  return undefined;
}

/** The plaintext data key token of a GenerateDataKey step, from the client world's memory snapshot. */
const dataKeyToken = (id: string, memory: DataKeySnapshot & { state: 'live' }, at: Place): Token => ({
  id: `dk:${id}`,
  kind: 'dataKey',
  at,
  bytes: memory.bytes,
});

/** The encrypted data key (GenerateDataKey's CiphertextBlob) of data key `id`. */
function encryptedKeyToken(id: string, view: StepView, history: readonly StepRecord[], at: Place): Token {
  const dataKey = view.client.dataKeys[id];
  const record = history.find((r) => r.step.id === id);
  const version = versionOf(invocationsOf(record?.result)[0]);
  return {
    id: `edk:${id}`,
    kind: 'ciphertextBlob',
    at,
    bytes: dataKey?.ciphertextBlob ?? new Uint8Array(),
    ...(version !== undefined ? { version } : {}),
    ...(dataKey && keyDeleted(view, dataKey.keyId) ? { orphaned: true } : {}),
  };
}

/**
 * Whether the KMS key is gone: deleted after its waiting period (reference §6), so every ciphertext under it
 * can never be decrypted again. A key still PendingDeletion can be recovered with CancelKeyDeletion.
 */
const keyDeleted = (view: StepView, keyArn: string): boolean =>
  keyArn !== '' && !view.keys.some((k) => k.metadata.Arn === keyArn);

/** Ciphertexts that earlier direct Encrypt/ReEncrypt calls returned, newest last, with their versions. */
function keptCiphertexts(view: StepView, history: readonly StepRecord[]): Token[] {
  const out: Token[] = [];
  for (const record of history.slice(0, view.index + 1)) {
    if (record.step.kind !== 'kms.call' || !record.result.ok) continue;
    const op = record.step.op;
    if (op !== 'Encrypt' && op !== 'ReEncrypt' && op !== 'GenerateDataKeyWithoutPlaintext') continue;
    const invocation = invocationsOf(record.result)[0];
    const blob = bytesField(invocation?.ok ? invocation.response : undefined, 'CiphertextBlob');
    if (!blob) continue;
    // ReEncrypt decrypts under the source key, then encrypts under the destination: the last version counts.
    const version = lastVersionOf(invocation);
    const keyArn = String(field(invocation?.ok ? invocation.response : undefined, 'KeyId') ?? '');
    out.push({
      id: `ct:${record.step.id}`,
      kind: 'ciphertextBlob',
      at: 'memory',
      bytes: blob,
      ...(version !== undefined ? { version } : {}),
      ...(keyDeleted(view, keyArn) ? { orphaned: true } : {}),
    });
  }
  return out.slice(-KEPT_CIPHERTEXTS);
}

function trailTokens(history: readonly StepRecord[], index: number): Token[] {
  const rows: Token[] = [];
  for (let i = Math.min(index, history.length - 1); i >= 0 && rows.length < TRAIL_ROWS; i--) {
    const records = (history[i] as StepRecord).trail;
    for (let j = records.length - 1; j >= 0 && rows.length < TRAIL_ROWS; j--) {
      const record = records[j] as Record<string, unknown>;
      const errorCode = record.errorCode;
      rows.push({
        id: `trail:${String(record.eventID)}`,
        kind: 'trailRecord',
        at: 'trail',
        bytes: new Uint8Array(),
        event: {
          name: String(record.eventName ?? ''),
          ...(typeof errorCode === 'string' ? { errorCode } : {}),
          record,
        },
      });
    }
  }
  return rows.reverse();
}

/** Every token at rest after step `view.index`: memory, storage, trail. */
function restingTokens(view: StepView, history: readonly StepRecord[]): Token[] {
  const tokens: Token[] = [];
  const stored = storedUnder(view);
  const storedKeys = new Set<string>();
  for (const [envelopeId, object] of stored) {
    const envelope = view.client.envelopes[envelopeId];
    const stepObject = view.client.objects[object];
    if (!envelope || !stepObject) continue;
    storedKeys.add(envelope.dataKey);
    const tampered = tamperOf(history, view.index, object);
    tokens.push(
      { ...encryptedKeyToken(envelope.dataKey, view, history, 'storage'), object },
      {
        id: `data:${envelopeId}`,
        kind: 'encryptedData',
        at: 'storage',
        object,
        bytes: stepObject.message,
        pairs: pairsOf(envelope.encryptionContext),
        frames: framesOf(history, envelopeId),
        ...(tampered ? { tampered } : {}),
      },
    );
  }
  for (const [id, dataKey] of Object.entries(view.client.dataKeys)) {
    if (dataKey.memory.state === 'live') tokens.push(dataKeyToken(id, dataKey.memory, 'memory'));
    if (!storedKeys.has(id)) tokens.push(encryptedKeyToken(id, view, history, 'memory'));
  }
  for (const [id, envelope] of Object.entries(view.client.envelopes)) {
    if (stored.has(id) || !('message' in envelope)) continue;
    tokens.push({
      id: `data:${id}`,
      kind: 'encryptedData',
      at: 'memory',
      bytes: envelope.message,
      pairs: pairsOf(envelope.encryptionContext),
      frames: framesOf(history, id),
    });
  }
  const services = shownResources(view, history);
  tokens.push(...services.groups.flatMap((group) => group.tokens), ...services.bucketKeys);
  tokens.push(...keptCiphertexts(view, history), ...trailTokens(history, view.index));
  return tokens;
}

function framesOf(history: readonly StepRecord[], envelopeId: string): number | undefined {
  const record = history.find((r) => r.step.id === envelopeId);
  return record?.result.kind === 'envelope.encrypt' && record.result.ok
    ? record.result.detail.trace.frameCount
    : undefined;
}

// ——— the live call ———

/**
 * Request members worth showing on the arrow, in the order the API reference lists them. The encryption context
 * is not among them: it rides on the arrow as a token of its own.
 */
const SHOWN_FIELDS = [
  'KeyId',
  'AliasName',
  'TargetKeyId',
  'DestinationKeyId',
  'KeySpec',
  'NumberOfBytes',
  'Plaintext',
  'CiphertextBlob',
  'PendingWindowInDays',
  'RotationPeriodInDays',
  'Description',
] as const;
const MAX_FIELDS = 4;

function callFields(request: Record<string, unknown>): CallField[] {
  const out: CallField[] = [];
  for (const name of SHOWN_FIELDS) {
    const value = request[name];
    if (value === undefined || out.length >= MAX_FIELDS) continue;
    if (name === 'Plaintext' || name === 'CiphertextBlob') {
      if (typeof value === 'string') out.push({ name, value: `${base64Length(value)} B` });
      else if (value instanceof Uint8Array) out.push({ name, value: `${value.length} B` });
    } else if (typeof value === 'string' || typeof value === 'number') {
      out.push({ name, value: String(value) });
    }
  }
  return out;
}

const RESPONSE_TOKENS = ['Plaintext', 'CiphertextBlob'] as const;

function callOf(
  operation: string,
  request: Record<string, unknown>,
  invocation: Invocation | undefined,
  failure: { name: string; message: string } | undefined,
  stepId: string,
): Call {
  const received = traceOf(invocation, 'request-received');
  const denied = invocation?.trace.some((t) => t.code === 'authorization' && !t.result.allowed);
  const response = invocation?.ok ? invocation.response : undefined;
  return {
    operation,
    ...(received?.viaService ? { viaService: received.viaService } : {}),
    fields: callFields(request),
    outcome: failure ? (denied ? 'denied' : 'error') : 'ok',
    ...(failure ? { error: { name: failure.name, message: failure.message } } : {}),
    ...(failure && denied ? { deniedStepId: stepId } : {}),
    response: RESPONSE_TOKENS.filter((name) => bytesField(response, name)),
  };
}

const gateOf = (invocation: Invocation | undefined): Gate => {
  const auth = traceOf(invocation, 'authorization');
  return auth ? (auth.result.allowed ? 'allow' : 'deny') : 'idle';
};

function callerOf(
  accountId: string,
  invocation: Invocation | undefined,
  step: Step | undefined,
): CallerOnStage {
  const received = traceOf(invocation, 'request-received');
  const stepCaller = step && 'caller' in step ? step.caller : undefined;
  const principal = received?.principal ?? stepCaller?.principal ?? DEFAULT_PRINCIPAL(accountId);
  const viaService = received?.viaService ?? stepCaller?.viaService;
  if (step?.kind === 'service.call')
    return {
      kind: 'service',
      principal: step.principal ?? principal,
      service: serviceDeclaration(step.service).name,
      ...(received?.viaService ? { viaService: received.viaService } : {}),
    };
  if (viaService) return { kind: 'service', principal, viaService, service: viaService.split('.')[0] };
  const application = step?.kind.startsWith('envelope.') || step?.kind === 'tamper';
  return { kind: application ? 'application' : 'principal', principal };
}

// ——— scenes per step kind ———

interface Built {
  frames: Token[][];
  call?: Call;
  local?: LocalWork;
  narration: Narration;
  /** The KMS call whose trace names the key, the gate's verdict and the backing-key version. */
  invocation?: Invocation;
}

type Builder = (ctx: {
  view: StepView;
  history: readonly StepRecord[];
  rest: Token[];
  before: Token[];
}) => Built;

const without = (tokens: Token[], ids: readonly string[]) => tokens.filter((t) => !ids.includes(t.id));
/** Tokens of `rest` not in `before`: what the step brought (the trail row drops in last). */
const newTrail = (rest: Token[], before: Token[]) => {
  const had = new Set(before.map((t) => t.id));
  return rest.filter((t) => t.kind === 'trailRecord' && !had.has(t.id)).map((t) => t.id);
};

const contextToken = (id: string, pairs: [string, string][], at: Place): Token => ({
  id: `ec:${id}`,
  kind: 'encryptionContext',
  at,
  bytes: new Uint8Array(),
  pairs,
});

/**
 * A KMS call's beats: the request's tokens on the wire; then, if KMS answered, the tokens it made inside it;
 * then the state after the step, the trail row dropping in last. A refused request bounces back: its tokens
 * return to memory. The encryption context rides on the arrow to the end.
 */
function callFrames(rest: Token[], before: Token[], request: Token[], made: Token[], ok: boolean): Token[][] {
  const fresh = newTrail(rest, before);
  const base = without(rest, [...fresh, ...made.map((t) => t.id), ...request.map((t) => t.id)]);
  const at = (tokens: Token[], place: Place) => tokens.map((t) => ({ ...t, at: place }));
  const context = at(
    request.filter((t) => t.kind === 'encryptionContext'),
    'wire',
  );
  const carried = request.filter((t) => t.kind !== 'encryptionContext');
  const wire = [...base, ...at(request, 'wire')];
  if (!ok) return [wire, [...rest, ...at(carried, 'memory'), ...context]];
  return [wire, [...base, ...at(request, 'kms'), ...at(made, 'kms')], [...rest, ...made, ...context]];
}

const kmsCallScene: Builder = ({ view, rest, before }): Built => {
  const { step, result } = view;
  if (step?.kind !== 'kms.call' || result?.kind !== 'kms.call') throw new Error('not a kms.call');
  const invocation = invocationsOf(result)[0];
  const request = (result.detail?.request ?? step.request) as Record<string, unknown>;
  const failure = result.ok ? undefined : result.error;
  const call = callOf(step.op, request, invocation, failure, step.id);
  const response = invocation?.ok ? invocation.response : undefined;
  const version = versionOf(invocation);
  const requestTokens: Token[] = [];
  const pairs = pairsOf(request.EncryptionContext);
  if (pairs.length) requestTokens.push(contextToken(step.id, pairs, 'memory'));
  const sentPlaintext = typeof request.Plaintext === 'string' ? request.Plaintext : undefined;
  if (sentPlaintext !== undefined)
    requestTokens.push({
      id: `sent:${step.id}`,
      kind: 'plaintext',
      at: 'memory',
      bytes: fromBase64(sentPlaintext),
    });
  const blobIn = traceOf(invocation, 'ciphertext-blob-parsed');
  if (blobIn)
    requestTokens.push({
      id: `sent:${step.id}`,
      kind: 'ciphertextBlob',
      at: 'memory',
      bytes: blobIn.blob,
      ...(version !== undefined ? { version } : {}),
    });
  const made: Token[] = [];
  if (step.op === 'GenerateDataKey' && response) {
    for (const id of [`dk:${step.id}`, `edk:${step.id}`]) {
      const token = rest.find((t) => t.id === id);
      if (token) made.push(token);
    }
  } else if (response) {
    const plaintext = bytesField(response, 'Plaintext');
    if (plaintext) made.push({ id: `pt:${step.id}`, kind: 'plaintext', at: 'memory', bytes: plaintext });
    const kept = rest.find((t) => t.id === `ct:${step.id}`);
    if (kept) made.push(kept);
  }
  const frames = callFrames(rest, before, requestTokens, made, Boolean(result.ok));
  const bytes = bytesField(response, 'Plaintext')?.length ?? 0;
  const narration: Narration = failure
    ? call.outcome === 'denied'
      ? { code: 'denied', params: { op: step.op, errorName: failure.name } }
      : { code: 'rejected', params: { op: step.op, errorName: failure.name } }
    : step.op === 'GenerateDataKey'
      ? {
          // A data key for the signing suite: the key pair was made first, its public key sent in the context.
          code: pairs.some(([key]) => key === PUBLIC_KEY_CONTEXT_KEY)
            ? 'generateDataKeySigned'
            : 'generateDataKey',
          params: { bytes, version: (version ?? 0) + 1 },
        }
      : step.op === 'ReEncrypt' && made.length
        ? {
            code: 'reEncrypt',
            params: { from: (version ?? 0) + 1, to: (lastVersionOf(invocation) ?? 0) + 1 },
          }
        : made.length
          ? { code: 'callReturned', params: { op: step.op, fields: call.response.join(', ') } }
          : { code: 'call', params: { op: step.op } };
  return { frames, call, narration, ...(invocation ? { invocation } : {}) };
};

function fromBase64(text: string): Uint8Array {
  try {
    const binary = atob(text);
    const out = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i);
    return out;
  } catch {
    return new Uint8Array();
  }
}

/**
 * The cipher of an ESDK algorithm suite, from its name as the specification writes it
 * (`ALG_AES_256_GCM_HKDF_SHA512_COMMIT_KEY` → AES-256-GCM: the data is encrypted with AES-GCM under a key
 * derived from the data key, framework/algorithm-suites.md).
 */
function cipherOf(suite: string): { cipher?: string; suite: string } {
  const match = /^ALG_AES_(\d+)_GCM/.exec(suite);
  return { ...(match ? { cipher: `AES-${match[1]}-GCM` } : {}), suite };
}

const encryptScene: Builder = ({ view, rest }): Built => {
  const { step, result } = view;
  if (step?.kind !== 'envelope.encrypt') throw new Error('not envelope.encrypt');
  const text = step.text === undefined ? new Uint8Array() : new TextEncoder().encode(step.text);
  const plaintext: Token = { id: `pt:${step.id}`, kind: 'plaintext', at: 'memory', bytes: text };
  const first = [...without(rest, [`data:${step.id}`]), plaintext];
  if (!result?.ok) {
    const name = result && !result.ok ? result.error.name : '';
    return { frames: [first], narration: { code: 'failed', params: { errorName: name } } };
  }
  const trace = result.kind === 'envelope.encrypt' ? result.detail.trace : undefined;
  return {
    frames: [first, rest],
    local: { kind: 'encrypt', ...(trace ? cipherOf(trace.algorithmSuite.name) : {}) },
    narration: {
      code: trace?.footer ? 'encryptDataSigned' : 'encryptData',
      params: { bytes: text.length, frames: trace?.frameCount ?? 0 },
    },
  };
};

const discardScene: Builder = ({ view, history, rest, before }): Built => {
  const { step, result } = view;
  if (step?.kind !== 'envelope.discardDataKey') throw new Error('not a discard');
  const memory = view.client.dataKeys[step.dataKey]?.memory;
  const generated = history.find((r) => r.step.id === step.dataKey);
  const response = invocationsOf(generated?.result)[0];
  const original = bytesField(response?.ok ? response.response : undefined, 'Plaintext');
  if (!result?.ok || memory?.state !== 'discarded') {
    const name = result && !result.ok ? result.error.name : '';
    return { frames: [rest], narration: { code: 'failed', params: { errorName: name } } };
  }
  const zeroed: Token = {
    id: `dk:${step.dataKey}`,
    kind: 'zeroedKey',
    at: 'memory',
    bytes: new Uint8Array(memory.length),
    ...(original ? { before: original } : {}),
  };
  const wasLive = before.some((t) => t.id === zeroed.id && t.kind === 'dataKey');
  return {
    frames: [[...rest, zeroed]],
    local: { kind: 'discard' },
    narration: { code: 'discard', params: { bytes: memory.length, already: wasLive ? 0 : 1 } },
  };
};

const storeScene: Builder = ({ view, rest, before }): Built => {
  const { step, result } = view;
  if (step?.kind !== 'envelope.store') throw new Error('not a store');
  if (!result?.ok) {
    const name = result && !result.ok ? result.error.name : '';
    return { frames: [rest], narration: { code: 'failed', params: { errorName: name } } };
  }
  const object = objectName(step.object);
  const moving = rest.filter((t) => t.object === object).map((t) => t.id);
  const ready = before.filter((t) => moving.includes(t.id));
  const first = [...without(rest, moving), ...ready];
  const bytes = result.kind === 'envelope.store' ? result.detail.bytes : 0;
  return {
    frames: [first, rest],
    local: { kind: 'store' },
    narration: { code: 'store', params: { object, bytes } },
  };
};

/** A copy of a stored token read for a call (the stored one stays where it is). */
const readCopy = ({ object: _object, ...token }: Token, id: string): Token => ({ ...token, id });

/**
 * The ESDK's decrypt, in two beats as the notes draw it: KMS Decrypt (the encrypted data key and the context go
 * into KMS, which uses the backing-key version the blob names, and the plaintext data key comes back); then the
 * data is decrypted in memory and the plaintext data key zero-filled once the message keys are derived from it
 * (DecryptTrace.dataKey.discardedAfterDerivation). A tampered envelope stops where the trace says it stopped.
 */
const decryptScene: Builder = ({ view, rest, before }): Built => {
  const { step, result } = view;
  if (step?.kind !== 'envelope.decrypt' || result?.kind !== 'envelope.decrypt')
    throw new Error('not envelope.decrypt');
  const object = objectName(step.object);
  const invocation = invocationsOf(result).at(-1);
  if (!invocation) {
    const name = result.ok ? '' : result.error.name;
    return { frames: [rest], narration: { code: 'failed', params: { errorName: name } } };
  }
  const fresh = newTrail(rest, before);
  const base = without(rest, fresh);
  const storedKey = rest.find((t) => t.object === object && t.kind === 'ciphertextBlob');
  const storedData = rest.find((t) => t.object === object && t.kind === 'encryptedData');
  const pairs = storedData?.pairs ? storedData.pairs.map(([k, v]) => [k, v] as [string, string]) : [];
  const parsed = traceOf(invocation, 'ciphertext-blob-parsed');
  const keyId = invocation.trace.find((t) => t.code === 'identifier-resolved' && t.member === 'KeyId');
  const version = versionOf(invocation);
  const sent: Token[] = [];
  if (storedKey) {
    const copy = readCopy(storedKey, `read:${step.id}`);
    sent.push({ ...copy, bytes: parsed?.blob ?? copy.bytes, ...(version !== undefined ? { version } : {}) });
  }
  const context = pairs.length ? [contextToken(step.id, pairs, 'wire')] : [];
  const at = (tokens: Token[], place: Place) => tokens.map((t) => ({ ...t, at: place }));
  const call = callOf(
    'Decrypt',
    {
      ...(keyId?.code === 'identifier-resolved' ? { KeyId: keyId.input } : {}),
      ...(parsed ? { CiphertextBlob: parsed.blob } : {}),
      EncryptionContext: Object.fromEntries(pairs),
    },
    invocation,
    invocation.ok ? undefined : invocation.error,
    step.id,
  );
  const frames: Token[][] = [[...base, ...at(sent, 'wire'), ...context]];
  if (!invocation.ok) {
    frames.push([...rest, ...context]);
    return {
      frames,
      call,
      invocation,
      narration: {
        code: call.outcome === 'denied' ? 'denied' : 'decryptKmsFailed',
        params: { op: 'Decrypt', errorName: invocation.error.name },
      },
    };
  }
  const keyBytes = bytesField(invocation.response, 'Plaintext') ?? new Uint8Array();
  const plainKey: Token = { id: `dk:${step.id}`, kind: 'dataKey', at: 'kms', bytes: keyBytes };
  frames.push([...base, ...at(sent, 'kms'), plainKey, ...context]);
  frames.push([...base, { ...plainKey, at: 'memory' }, ...context]);
  if (!result.ok) {
    const stage = result.error.stage ?? 'body';
    const caughtAt = { stage, ...(result.error.frame ? { frame: result.error.frame } : {}) };
    frames.push([...rest.map((t) => (t.id === storedData?.id ? { ...t, caughtAt } : t)), ...context]);
    return {
      frames,
      call,
      invocation,
      narration: {
        code: 'decryptCaught',
        params: { stage, frame: result.error.frame ?? 0, errorName: result.error.name },
      },
    };
  }
  const plaintext = result.detail.plaintext ?? new Uint8Array();
  const zeroed: Token = {
    id: plainKey.id,
    kind: 'zeroedKey',
    at: 'memory',
    bytes: new Uint8Array(keyBytes.length),
    before: keyBytes,
  };
  const recovered: Token = { id: `pt:${step.id}`, kind: 'plaintext', at: 'memory', bytes: plaintext };
  // The data is decrypted and the key zero-filled (one beat), then the key is gone: only the data remains.
  frames.push([...base, zeroed, recovered, ...context], [...rest, recovered, ...context]);
  return {
    frames,
    call,
    invocation,
    narration: {
      code: result.detail.trace?.signatureVerified ? 'decryptSigned' : 'decrypt',
      params: { object, version: (version ?? 0) + 1, bytes: plaintext.length },
    },
  };
};

const tamperScene: Builder = ({ view, rest }): Built => {
  const { step, result } = view;
  if (step?.kind !== 'tamper') throw new Error('not a tamper');
  const part = step.flip ? step.flip.part : 'context';
  if (!result?.ok) {
    const name = result && !result.ok ? result.error.name : '';
    return { frames: [rest], narration: { code: 'failed', params: { errorName: name } } };
  }
  return {
    frames: [rest],
    local: { kind: 'tamper' },
    narration: {
      code: 'tamper',
      params: { object: objectName(step.object), part, bit: step.flip?.bit ?? 0 },
    },
  };
};

/** Any other step: no call of its own, or (a service) the KMS calls it made, drawn as one generic call. */
const genericScene: Builder = ({ view, history, rest, before }): Built => {
  const { step, result } = view;
  const fresh = newTrail(rest, before);
  const frames = fresh.length ? [without(rest, fresh), rest] : [rest];
  if (step?.kind === 'service.call' && result?.kind === 'service.call' && result.ok) {
    const { kmsCalls, result: answer } = result.detail;
    // The last call is the one that made or opened the data key (after DescribeKey, CreateGrant…) or failed.
    const last = kmsCalls.at(-1);
    const earlier = kmsCalls.slice(0, -1);
    const call: Call | undefined = last
      ? {
          operation: last.operation,
          ...(last.viaService ? { viaService: last.viaService } : {}),
          fields: callFields({
            ...(last.keyId ? { KeyId: last.keyId } : {}),
            ...(last.encryptionContext ? { EncryptionContext: last.encryptionContext } : {}),
          }),
          outcome: last.ok ? 'ok' : 'error',
          ...(last.error ? { error: last.error } : {}),
          response: [],
          ...(earlier.length
            ? {
                earlier: {
                  count: earlier.length,
                  operations: [...new Set(earlier.map((c) => c.operation))],
                },
              }
            : {}),
        }
      : undefined;
    // What the call stored is new in the last frame only: it lands in storage after the call.
    const had = new Set(before.map((t) => t.id));
    const stored = rest
      .filter((t) => (t.at === 'storage' || t.at === 'memory') && !had.has(t.id))
      .map((t) => t.id);
    const beats = fresh.length || stored.length ? [without(rest, [...fresh, ...stored]), rest] : [rest];
    const pairs = pairsOf(last?.encryptionContext);
    if (pairs.length) for (const f of beats) f.push(contextToken(step.id, pairs, 'wire'));
    const service = serviceDeclaration(step.service).name;
    // S3 Bucket Keys: the request asked for them, or the object it read was stored under one.
    const bucketKeys =
      step.service === 's3' &&
      (step.params.BucketKeyEnabled === true || Boolean(serviceStorage(view, history).groups[0]?.bucketKey));
    const params = { service, action: step.action, calls: kmsCalls.length };
    const objects = typeof step.params.Count === 'number' ? step.params.Count : 1;
    const narration: Narration = !answer.ok
      ? {
          code: 'serviceFailed',
          params: { ...params, code: answer.error.code, errorName: answer.error.kmsError?.name ?? '' },
        }
      : bucketKeys && step.action.startsWith('Put')
        ? { code: 'serviceBucketKeys', params: { ...params, objects } }
        : kmsCalls.length === 0
          ? { code: bucketKeys ? 'serviceBucketKeyReused' : 'serviceNoKms', params }
          : { code: 'service', params };
    return {
      frames: beats,
      ...(call ? { call } : {}),
      ...(call ? {} : { local: { kind: 'service', service, ...(bucketKeys ? { bucketKey: true } : {}) } }),
      narration,
    };
  }
  if (step?.kind === 'clock.advance')
    return {
      frames,
      local: { kind: 'clock' },
      narration: { code: 'clock', params: { days: Math.round(step.ms / 86_400_000) } },
    };
  if (step?.kind === 'iam.putPrincipalPolicy')
    return { frames, local: { kind: 'policy' }, narration: { code: 'policy', params: {} } };
  if (step?.kind === 'import.wrapKeyMaterial' && result?.ok)
    return { frames, local: { kind: 'wrap' }, narration: { code: 'wrap', params: {} } };
  if (step?.kind === 'note') return { frames, narration: { code: 'note', params: {} } };
  if (result && !result.ok)
    return { frames, narration: { code: 'failed', params: { errorName: result.error.name } } };
  return { frames, narration: { code: 'start', params: {} } };
};

const BUILDERS: Partial<Record<Step['kind'], Builder>> = {
  'kms.call': kmsCallScene,
  'envelope.encrypt': encryptScene,
  'envelope.discardDataKey': discardScene,
  'envelope.store': storeScene,
  'envelope.decrypt': decryptScene,
  tamper: tamperScene,
};

/**
 * The scene of step `view.index`. `history` holds the records of steps 0…index (the replay's `history(index)`);
 * `before` is the view of the step before (for what rested where when the step began), or undefined at the start.
 */
export function sceneOf(view: StepView, replay: StepHistory, before?: StepView): Scene {
  const history = replay.records;
  const { region, accountId } = replay.scenario.settings;
  const rest = restingTokens(view, history);
  const previous = before ? restingTokens(before, history) : [];
  const shown = shownResources(view, history);
  const resources = {
    total: shown.total,
    groups: shown.groups.map(({ tokens: _t, touched: _touched, changedMs: _changed, ...note }) => ({
      ...note,
      serviceName: serviceDeclaration(note.service).name,
    })),
  };
  const builder = (view.step && BUILDERS[view.step.kind]) ?? genericScene;
  const built =
    view.step && view.result
      ? builder({ view, history, rest, before: previous })
      : genericScene({ view, history, rest, before: previous });
  const arn = keyArnOf(built.invocation) ?? keyArnFor(view, history);
  const live = view.keys.find((k) => k.metadata.Arn === arn);
  const key = live ? keyOnStage(live, versionOf(built.invocation)) : arn ? deletedKey(arn) : undefined;
  const gate = gateOf(built.invocation);
  const frames = built.frames.map((tokens, i) => ({
    tokens: sortTokens(tokens),
    gate: i === 0 ? 'idle' : gate,
  }));
  return {
    index: view.index,
    region,
    caller: callerOf(accountId, built.invocation, view.step),
    ...(key ? { key } : {}),
    ...(built.call ? { call: built.call } : {}),
    ...(built.local && !built.call ? { local: built.local } : {}),
    ...(resources.total ? { resources } : {}),
    frames: frames.length ? frames : [{ tokens: sortTokens(rest), gate: 'idle' }],
    narration: built.narration,
    now: view.now,
  };
}

/**
 * The scene of step `view.index` from a replay's read models: its history up to that step and the view before
 * it. The page draws with its store's replay (useScene); the build draws the first picture with its own.
 */
export async function drawScene(
  view: StepView,
  replay: { history(upTo: number): Promise<StepHistory>; viewAt(index: number): Promise<StepView> },
): Promise<Scene> {
  const index = view.index;
  const [history, before] = await Promise.all([
    replay.history(index),
    index >= 0 ? replay.viewAt(index - 1) : undefined,
  ]);
  return sceneOf(view, { ...history, records: history.records.slice(0, index + 1) }, before);
}

const KIND_ORDER: Record<TokenKind, number> = {
  plaintext: 0,
  dataKey: 1,
  zeroedKey: 1,
  ciphertextBlob: 2,
  encryptedData: 3,
  encryptionContext: 4,
  trailRecord: 5,
};

/** A stable order (by place, kind, id): the same picture always lists its tokens the same way. */
function sortTokens(tokens: Token[]): Token[] {
  const seen = new Set<string>();
  const unique = tokens.filter((t) => {
    if (seen.has(t.id)) return false;
    seen.add(t.id);
    return true;
  });
  return unique.sort((a, b) =>
    a.kind === 'trailRecord' && b.kind === 'trailRecord'
      ? 0
      : KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
}

/**
 * The shape every step kind declares once (Excalidraw action-registry spirit): its kind id, the fields it adds
 * to `{ id, kind }`, a validator, the earlier steps it refers to, how it runs on the simulated world, and the
 * caption code + params the player turns into a one-line sentence (no English in data: the words live in
 * src/i18n/player.ts, keyed by these codes).
 */
import type { CryptoProvider, Drbg } from '../../crypto/index';
import type { KmsSimulator } from '../../kms/index';
import type { ClientWorld } from '../clientWorld';
import type { JsonValue } from '../validate';
import type { EncryptedFile, FileEncryptRequest } from './envelopeEncrypt';

/** A caption is a code plus parameters; the player's catalogue renders it in ja or en. */
export interface Caption {
  code: string;
  params: Record<string, string | number>;
}

/** A reference from a step to an earlier step, with the JSON path where it appears (for error messages). */
export interface StepDependency {
  at: string;
  stepId: string;
}

/**
 * What the scenario asked for that does not exist when the step runs. Each is also the caption code the player
 * translates, with the failure's params.
 */
export const SCENARIO_FAILURES = [
  /** A `$ref` names a step that failed, or a field its output does not have. Params: ref. */
  'RefUnresolved',
  /** `dataKey` is not a successful GenerateDataKey step. Params: dataKey. */
  'DataKeyUnavailable',
  /** The plaintext data key was discarded (zero-filled) before this use. Params: dataKey. */
  'DataKeyDiscarded',
  /** `envelope` is not a successful envelope.encrypt step. Params: envelope. */
  'EnvelopeUnavailable',
  /** Nothing is stored at the object location. Params: object. */
  'NoSuchObject',
  /** A file step's content is not in the scenario (files never go in links). Params: name, size. */
  'FileNotInScenario',
  /** The bit to flip lies beyond the part (or the frame does not exist). Params: part, bit, bits. */
  'TamperOutOfRange',
] as const;
export type ScenarioFailureName = (typeof SCENARIO_FAILURES)[number];

/**
 * Why a step did not succeed. A failing step is a normal result (KMS said no, a tag did not verify), shown to
 * the learner with the real error: `kms` (and `iam`) errors carry the AWS exception name and message; `envelope` errors the
 * envelope layer's code, message and the flow stage that stopped; `scenario` errors one of SCENARIO_FAILURES.
 */
export interface StepFailure {
  source: 'kms' | 'iam' | 'envelope' | 'scenario';
  name: string;
  message: string;
  /** Envelope flow stage (`input`, `header`, `data-key`, `commitment`, `header-auth`, `body`). */
  stage?: string;
  /** 1-based frame number for frame failures. */
  frame?: number;
  /** Caption parameters of a scenario failure. */
  params?: Record<string, string | number>;
}

export type StepOutcome<D> =
  | { ok: true; detail: D; output?: JsonValue }
  | { ok: false; error: StepFailure; detail: D | undefined };

/** What a step runs against: the engine, the client world, and the client's own seeded randomness. */
export interface StepContext {
  readonly sim: KmsSimulator;
  readonly client: ClientWorld;
  /** Client-side randomness (ESDK message IDs), from `Drbg.fromSeed(seed + '/client')`, never ambient randomness. */
  readonly clientDrbg: Drbg;
  /** The same provider the engine uses, for client-side AES-GCM and HKDF. */
  readonly provider: CryptoProvider;
  /** The referable output of an earlier step (undefined if it failed). */
  outputOf(stepId: string): JsonValue | undefined;
  /**
   * The envelope of a file step's file, made by this session (the learner's file, streamed through the
   * envelope worker), or undefined when this session does not have the very file (same size and SHA-256).
   */
  encryptFile(request: FileEncryptRequest): Promise<EncryptedFile | undefined>;
}

export interface StepKind<K extends string, S extends { id: string; kind: K }, D = undefined> {
  readonly kind: K;
  /** The fields this kind adds to `{ id, kind }`; any other field is rejected. */
  readonly fields: readonly string[];
  /** Every caption code `caption` can return (the player's catalogue is tested against these). */
  readonly captions: readonly string[];
  /** Checks the kind's own fields of untrusted input; throws SchemaError with the path of the first problem. */
  validate(raw: Record<string, unknown>, path: string): Omit<S, 'id' | 'kind'>;
  /** Earlier steps this one uses (refs, data keys, envelopes), so validation can check they exist and come first. */
  refs(step: S, path: string): StepDependency[];
  run(ctx: StepContext, step: S): Promise<StepOutcome<D>>;
  /** The one-line caption of the step: what it will do, or (given its outcome) what just happened. */
  caption(step: S, outcome?: StepOutcome<D>): Caption;
}

/** The caption of a scenario failure (the same for every kind), or undefined for the kind's own failures. */
export function failureCaption(error: StepFailure): Caption | undefined {
  return error.source === 'scenario' ? { code: error.name, params: error.params ?? {} } : undefined;
}

export function scenarioFailure(
  name: ScenarioFailureName,
  params: Record<string, string | number>,
): { ok: false; error: StepFailure; detail: undefined } {
  const message = `${name} ${Object.entries(params)
    .map(([k, v]) => `${k}=${v}`)
    .join(' ')}`;
  return { ok: false, error: { source: 'scenario', name, message, params }, detail: undefined };
}

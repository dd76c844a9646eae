/**
 * The step catalogue: every step kind, declared once. The Step union, validation, dependency checks and
 * captions are all derived from this list.
 */
import { fail, isPlainObject, object, string } from '../validate';
import { clockAdvance } from './clockAdvance';
import { envelopeDecrypt } from './envelopeDecrypt';
import { envelopeDiscardDataKey } from './envelopeDiscardDataKey';
import { envelopeEncrypt } from './envelopeEncrypt';
import { envelopeStore } from './envelopeStore';
import { stepRef } from './fields';
import { iamPutPrincipalPolicy } from './iamPutPrincipalPolicy';
import { type Caption, failureCaption, type StepDependency, type StepKind, type StepOutcome } from './kind';
import { kmsCall } from './kmsCall';
import { note } from './note';
import { serviceCall } from './serviceCall';
import { tamper } from './tamper';
import { wrapKeyMaterial } from './wrapKeyMaterial';

export const stepKinds = {
  'kms.call': kmsCall,
  'iam.putPrincipalPolicy': iamPutPrincipalPolicy,
  'clock.advance': clockAdvance,
  note,
  'envelope.encrypt': envelopeEncrypt,
  'envelope.discardDataKey': envelopeDiscardDataKey,
  'envelope.store': envelopeStore,
  'envelope.decrypt': envelopeDecrypt,
  tamper,
  'service.call': serviceCall,
  'import.wrapKeyMaterial': wrapKeyMaterial,
} as const;

type Catalogue = typeof stepKinds;
export type StepKindId = keyof Catalogue;
export type StepOf<K extends StepKindId> = Catalogue[K] extends StepKind<K, infer S, infer _D> ? S : never;
export type Step = { [K in StepKindId]: StepOf<K> }[StepKindId];

/** The detail type a kind's run returns. */
export type DetailOf<K extends StepKindId> = Catalogue[K] extends StepKind<K, infer _S, infer D> ? D : never;
/** A step's result: its kind plus the outcome (failing steps are normal results, with their error). */
export type StepResult = { [K in StepKindId]: { kind: K } & StepOutcome<DetailOf<K>> }[StepKindId];

export const STEP_KIND_IDS = Object.keys(stepKinds) as StepKindId[];

// A kind's declaration, widened so it can be called with any step of that kind.
export function declarationOf(kind: StepKindId): StepKind<StepKindId, Step, unknown> {
  return stepKinds[kind] as unknown as StepKind<StepKindId, Step, unknown>;
}

export function validateStep(value: unknown, path: string): Step {
  if (!isPlainObject(value)) fail(path, 'expected an object');
  const kind = string(value.kind, `${path}.kind`, { max: 64 });
  if (!Object.hasOwn(stepKinds, kind))
    fail(`${path}.kind`, `unknown step kind (known: ${STEP_KIND_IDS.join(', ')})`);
  const declaration = declarationOf(kind as StepKindId);
  const raw = object(value, path, ['id', 'kind', ...declaration.fields]);
  const id = stepRef(raw.id, `${path}.id`);
  return { id, kind, ...declaration.validate(raw, path) } as Step;
}

export function stepDependencies(step: Step, path: string): StepDependency[] {
  return declarationOf(step.kind).refs(step, path);
}

/**
 * The one-line caption of a step: what it will do, or (given its outcome) what just happened. A scenario
 * failure (a missing data key, an unresolved ref…) reads the same whatever the kind.
 */
export function stepCaption(step: Step, outcome?: StepOutcome<unknown>): Caption {
  return (
    (outcome && !outcome.ok && failureCaption(outcome.error)) ||
    declarationOf(step.kind).caption(step, outcome)
  );
}

export type { Caption, StepDependency, StepKind } from './kind';

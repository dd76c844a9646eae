/**
 * The tamper lab's cases and outcomes. Each case is the steps an attacker (or an operator) takes, then the
 * decryption that shows where the flow stops. Outcomes are read from the real step result, never assumed.
 */

import type { Caller, ObjectLocation } from '../../scenario/steps/fields';
import type { Step, StepResult } from '../../scenario/steps/index';
import type { BitFlip, TamperPart } from '../../scenario/steps/tamper';
import { decryptStep, stepIds } from './compose';

export const TAMPER_CASES = ['edk', 'data', 'iv', 'tag', 'context', 'disable'] as const;
export type TamperCase = (typeof TAMPER_CASES)[number];

/** The bit-flip cases and the part of the envelope each flips (src/scenario/steps/tamper.ts). */
export const FLIP_PARTS = { edk: 'edk', data: 'data', iv: 'iv', tag: 'tag' } as const satisfies Partial<
  Record<TamperCase, TamperPart>
>;
export type FlipCase = keyof typeof FLIP_PARTS;
export const isFlipCase = (c: TamperCase): c is FlipCase => c in FLIP_PARTS;

/**
 * The bit each flip case starts at: for the encrypted data key, a bit inside the blob's AES-GCM ciphertext
 * (KMS Lab's blob layout puts it at byte 78, src/kms/ciphertextBlob.ts); elsewhere the first bit. The learner
 * can pick any other bit (and then predict again: a bit in the blob's key ID names another key).
 */
export const DEFAULT_BITS: Record<FlipCase, number> = { edk: 80 * 8 + 2, data: 0, iv: 0, tag: 0 };

/** The outcomes a learner predicts between; `other` covers anything else the engine or ESDK reports. */
export const OUTCOMES = [
  'InvalidCiphertextException',
  'DisabledException',
  'AccessDeniedException',
  'header-auth-failed',
  'frame-auth-failed',
  'success',
] as const;
export type Outcome = (typeof OUTCOMES)[number] | 'other';

/** What a decryption step's result says happened. */
export function outcomeOf(result: StepResult | undefined): Outcome | undefined {
  if (result?.kind !== 'envelope.decrypt') return undefined;
  if (result.ok) return 'success';
  const { name } = result.error;
  return (OUTCOMES as readonly string[]).includes(name) ? (name as Outcome) : 'other';
}

export interface TamperTarget {
  readonly steps: readonly Step[];
  readonly object: ObjectLocation;
  /** ARN of the KMS key of the stored envelope (for `disable`). */
  readonly keyArn: string;
  /** The encryption context stored in the envelope (for `context`). */
  readonly encryptionContext: Record<string, string>;
  readonly bit?: number;
  readonly caller?: Caller;
  /** The key's state at the cursor: an experiment starts from an enabled key. */
  readonly keyState?: string;
  /** The envelope stored at `object` and whether it has been changed since: an experiment starts from it intact. */
  readonly stored?: { readonly envelope: string; readonly tampered: boolean };
}

/** What an experiment puts back before its change: the key enabled again, the original envelope stored again. */
export type Reset = 'enable' | 'restore';

/**
 * What must be put back so that an experiment starts from the same clean envelope and key as the first one: an
 * earlier experiment's disabled key or changed bytes would otherwise leak into it (issue #13: "a bit of the tag"
 * after "disable the key" failed with DisabledException, and the learner was told their prediction was wrong).
 */
export function resetsFor(target: TamperTarget): Reset[] {
  const resets: Reset[] = [];
  if (target.keyState === 'Disabled') resets.push('enable');
  if (target.stored?.tampered) resets.push('restore');
  return resets;
}

/**
 * A rewritten encryption context: the first pair's value changes (as a single-character edit would), or a
 * pair is added to an empty one. Either way it is not the context the data key was encrypted under.
 */
export function changedContext(context: Record<string, string>): Record<string, string> {
  const [first] = Object.keys(context).sort();
  if (first === undefined) return { purpose: 'attacker' };
  return { ...context, [first]: `${context[first]}!` };
}

/**
 * The case's steps: what `resetsFor` puts back, then the change itself, then the decryption of the stored object.
 */
export function tamperSteps(kase: TamperCase, target: TamperTarget): Step[] {
  const resets = resetsFor(target);
  const reset = repairSteps(target.steps, {
    ...(resets.includes('enable') ? { enableKeyArn: target.keyArn } : {}),
    ...(resets.includes('restore') && target.stored
      ? { envelope: { id: target.stored.envelope, object: target.object } }
      : {}),
  });
  const next = stepIds([...target.steps, ...reset]);
  const object = { ...target.object };
  let change: Step;
  if (isFlipCase(kase)) {
    const flip: BitFlip = { part: FLIP_PARTS[kase], bit: target.bit ?? DEFAULT_BITS[kase] };
    if (kase !== 'edk') flip.frame = 1;
    change = { id: next(), kind: 'tamper', object, flip };
  } else if (kase === 'context') {
    change = {
      id: next(),
      kind: 'tamper',
      object,
      encryptionContext: changedContext(target.encryptionContext),
    };
  } else {
    change = { id: next(), kind: 'kms.call', op: 'DisableKey', request: { KeyId: target.keyArn } };
  }
  return [...reset, change, decryptStep(next(), object, target.caller)];
}

/** Steps that put things back: the original envelope stored again and/or the key enabled again. */
export function repairSteps(
  steps: readonly Step[],
  repair: { envelope?: { id: string; object: ObjectLocation }; enableKeyArn?: string },
): Step[] {
  const next = stepIds(steps);
  const out: Step[] = [];
  if (repair.enableKeyArn) {
    out.push({ id: next(), kind: 'kms.call', op: 'EnableKey', request: { KeyId: repair.enableKeyArn } });
  }
  if (repair.envelope) {
    out.push({
      id: next(),
      kind: 'envelope.store',
      envelope: repair.envelope.id,
      object: { ...repair.envelope.object },
    });
  }
  return out;
}

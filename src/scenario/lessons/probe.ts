/**
 * Probes: what a question asks about a step, read from the replay's view of that step. A probe never knows the
 * answer; it reads what the simulator did (the step's outcome, its trace, its CloudTrail records, the bill), so
 * a question's right answer is whatever running the scenario produced.
 */
import type { KeyState, TraceStep } from '../../kms/index';
import type { StepView } from '../replay';
import type { KmsCallDetail } from '../steps/kmsCall';
import type { ServiceCallDetail } from '../steps/serviceCall';

export type Probe =
  /** `ok`, or the name of the error the step ended with (AWS exception name, envelope or service error code). */
  | { kind: 'outcome' }
  /**
   * The backing key KMS used: `v0` for the key's original material, `vN` after the N-th rotation (the trace's
   * `backing-key-selected`), or the error name when the call failed before choosing one.
   */
  | { kind: 'backingKey' }
  /** The bill for one calendar month (`YYYY-MM`, UTC) in US dollars with cents, e.g. `2.00`. */
  | { kind: 'monthCost'; month: string; keyManager?: 'CUSTOMER' | 'AWS' }
  /** The state of the key the step named (its KeyId, from the step's own trace) after the step. */
  | { kind: 'keyState' }
  /** How the step appears in CloudTrail: `none`, `recorded` (success) or the record's `errorCode`. */
  | { kind: 'trail' }
  /** How many bytes of plaintext the step returned (Plaintext of GenerateDataKey or Decrypt). */
  | { kind: 'plaintextBytes' };

export type ProbeKind = Probe['kind'];

const traceOf = (view: StepView): readonly TraceStep[] => {
  const result = view.result;
  if (!result) return [];
  if (result.kind === 'kms.call')
    return (result.detail as KmsCallDetail | undefined)?.invocation?.trace ?? [];
  if (result.kind === 'envelope.decrypt') return result.detail?.kmsCalls.flatMap((call) => call.trace) ?? [];
  return [];
};

function outcome(view: StepView): string {
  const result = view.result;
  if (!result) throw new Error(`step ${view.index} has no result to probe`);
  if (!result.ok) return result.error.name;
  if (result.kind === 'service.call') {
    const service = (result.detail as ServiceCallDetail).result;
    return service.ok ? 'ok' : service.error.code;
  }
  return 'ok';
}

function backingKey(view: StepView): string {
  const selected = traceOf(view).find((step) => step.code === 'backing-key-selected');
  return selected ? `v${selected.versionIndex}` : outcome(view);
}

function monthCost(view: StepView, month: string, keyManager?: 'CUSTOMER' | 'AWS'): string {
  const bill = view.bill.months.find((m) => m.month === month);
  if (!bill) return '0.00';
  const usd =
    keyManager === undefined
      ? bill.totalUsd
      : bill.keys
          .filter((key) => key.keyManager === keyManager)
          .reduce((sum, key) => sum + key.keyFeeUsd + key.rotationFeeUsd, 0);
  return usd.toFixed(2);
}

function keyState(view: StepView): KeyState | string {
  const named = traceOf(view).find((step) => step.code === 'identifier-resolved');
  if (named?.code !== 'identifier-resolved') return outcome(view);
  const key = view.keys.find((k) => k.metadata.Arn === named.keyArn);
  return key?.metadata.KeyState ?? 'deleted';
}

function trail(view: StepView): string {
  const record = view.trail.find((r) => r.eventSource === 'kms.amazonaws.com');
  if (!record) return 'none';
  return typeof record.errorCode === 'string' ? record.errorCode : 'recorded';
}

function plaintextBytes(view: StepView): string {
  const result = view.result;
  if (!result?.ok) return outcome(view);
  if (result.kind === 'kms.call') {
    const response = (result.detail as KmsCallDetail).invocation;
    const plaintext = response?.ok ? (response.response as { Plaintext?: unknown }).Plaintext : undefined;
    if (plaintext instanceof Uint8Array) return String(plaintext.length);
  }
  throw new Error(`step ${view.index} returned no plaintext`);
}

/** What the probe reads from the view of the step: the candidate outcome that happened. */
export function observe(probe: Probe, view: StepView): string {
  switch (probe.kind) {
    case 'outcome':
      return outcome(view);
    case 'backingKey':
      return backingKey(view);
    case 'monthCost':
      return monthCost(view, probe.month, probe.keyManager);
    case 'keyState':
      return keyState(view);
    case 'trail':
      return trail(view);
    case 'plaintextBytes':
      return plaintextBytes(view);
  }
}

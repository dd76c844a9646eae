/**
 * What earlier steps of the scenario returned for one key, read from the replay's step records (the player's
 * own replay: the same bytes the stage draws, never recomputed): the latest public key, signature, import
 * parameters and wrapped key material, so the key's panels can show them and later steps can name them by `$ref`.
 */
import type { KeyView } from '../../kms/index';
import type { StepRecord } from '../../scenario/stepHistory';
import { base64Bytes } from './calls';

/** What each of a key's panels (public key, signing, import) is given. */
export interface KeyPanelProps {
  keyView: KeyView;
  /** The Region the calls go to. */
  region: string;
  /** The scenario's step records up to the cursor. */
  records: readonly StepRecord[];
}

export interface CallOutput {
  stepId: string;
  /** The engine's typed response (blobs as bytes, timestamps as Dates). */
  response: Readonly<Record<string, unknown>>;
}

/** The latest successful `op` call whose response names the key `arn`, at or before the cursor. */
export function lastCallOn(records: readonly StepRecord[], op: string, arn: string): CallOutput | undefined {
  for (let i = records.length - 1; i >= 0; i--) {
    const { step, result } = records[i] as StepRecord;
    if (step.kind !== 'kms.call' || step.op !== op || result.kind !== 'kms.call' || !result.ok) continue;
    const invocation = result.detail.invocation;
    const response = invocation?.ok ? (invocation.response as Record<string, unknown>) : undefined;
    if (response?.KeyId === arn) return { stepId: step.id, response };
  }
  return undefined;
}

/** The latest successful wrap of key material under the wrapping key of `parametersStepId`. */
export function lastWrapOf(records: readonly StepRecord[], parametersStepId: string): string | undefined {
  for (let i = records.length - 1; i >= 0; i--) {
    const { step, result } = records[i] as StepRecord;
    if (step.kind === 'import.wrapKeyMaterial' && step.parameters === parametersStepId && result.ok)
      return step.id;
  }
  return undefined;
}

/** DER SubjectPublicKeyInfo as PEM (RFC 7468 §13: "PUBLIC KEY", base64 in lines of 64). */
export function publicKeyPem(der: Uint8Array): string {
  const lines = base64Bytes(der).match(/.{1,64}/g) ?? [];
  return ['-----BEGIN PUBLIC KEY-----', ...lines, '-----END PUBLIC KEY-----'].join('\n');
}

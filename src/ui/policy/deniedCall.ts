/**
 * The denied KMS call of a step, if any: a `kms.call` refused with AccessDeniedException, or the KMS `Decrypt`
 * an `envelope.decrypt` step made for its data key. Read from the step's own trace (the engine recorded the
 * authorisation result with its full explanation), never recomputed.
 */
import type { Invocation } from '../../kms';
import type { AuthorizationResult } from '../../kms/policy';
import type { StepView } from '../../scenario/replay';
import type { JsonObject } from '../../scenario/validate';

export interface DeniedCall {
  stepId: string;
  /** Index of the step in the scenario. */
  index: number;
  operation: string;
  errorName: string;
  message: string;
  principal: string;
  viaService?: string;
  action: string;
  resourceArn: string;
  result: AuthorizationResult;
  encryptionContext?: Record<string, string>;
}

function invocationsOf(view: StepView): { invocation: Invocation; request?: JsonObject }[] {
  const r = view.result;
  if (!r?.detail) return [];
  if (r.kind === 'kms.call')
    return r.detail.invocation ? [{ invocation: r.detail.invocation, request: r.detail.request }] : [];
  if (r.kind === 'envelope.decrypt') return r.detail.kmsCalls.map((invocation) => ({ invocation }));
  return [];
}

const stringMap = (value: unknown): Record<string, string> | undefined =>
  typeof value === 'object' &&
  value !== null &&
  !Array.isArray(value) &&
  Object.values(value).every((v) => typeof v === 'string')
    ? (value as Record<string, string>)
    : undefined;

export function deniedCallOf(view: StepView | undefined): DeniedCall | undefined {
  if (!view?.step || !view.result || view.result.ok) return undefined;
  for (const { invocation, request } of invocationsOf(view).reverse()) {
    if (invocation.ok) continue;
    const auth = invocation.trace.find((t) => t.code === 'authorization' && !t.result.allowed);
    const received = invocation.trace.find((t) => t.code === 'request-received');
    if (auth?.code !== 'authorization' || received?.code !== 'request-received') continue;
    const encryptionContext = stringMap(request?.EncryptionContext);
    return {
      stepId: view.step.id,
      index: view.index,
      operation: invocation.operation,
      errorName: invocation.error.name,
      message: invocation.error.message,
      principal: received.principal,
      ...(received.viaService ? { viaService: received.viaService } : {}),
      action: auth.action,
      resourceArn: auth.resourceArn,
      result: auth.result,
      ...(encryptionContext ? { encryptionContext } : {}),
    };
  }
  return undefined;
}

/**
 * The fragment that opens the policy section on the explanation of a step's denied call. Here, beside the call, not
 * with the callout: the stage links to it too, and reads none of the policy section's messages.
 */
export const explainParams = (stepId: string) => ({ view: 'policy', explain: stepId });

/**
 * What happened over the whole scenario up to the cursor, as the timeline, the state machine and the cost view
 * need it: every ciphertext with the backing-key version that made it, every decryption with the version it used
 * (both read from the engine's `backing-key-selected` trace step, never recomputed), every key-state transition,
 * and every key ever seen, including keys KMS has since deleted.
 *
 * It is a fold over the per-step views the replayer produces (one view per step, in order), so it is pure and
 * incremental: `extendHistory(h, view)` for the next step.
 */
import type { KeyView, TraceStep } from '../../kms/index';
import type { KeyState } from '../../kms/world';
import { parseRef } from '../../scenario/refs';
import type { StepView } from '../../scenario/replay';

/** The parts of a step view the history reads. */
export type HistoryInput = Pick<StepView, 'index' | 'step' | 'result' | 'now' | 'keys'>;

/** Operations whose response carries a new `CiphertextBlob` made under a backing-key version. */
export const CIPHERTEXT_OPERATIONS = [
  'Encrypt',
  'GenerateDataKey',
  'GenerateDataKeyWithoutPlaintext',
  'ReEncrypt',
] as const;
export type CiphertextOperation = (typeof CIPHERTEXT_OPERATIONS)[number];

export interface VersionUse {
  keyArn: string;
  keyMaterialId: string;
  /** 0 = original material, n = after the n-th rotation. */
  versionIndex: number;
}

export interface CiphertextFact extends VersionUse {
  stepId: string;
  stepIndex: number;
  timeMs: number;
  op: CiphertextOperation;
  /** The Region the request went to. */
  region: string;
  /** How a later step names these bytes: `{ "$ref": "<stepId>/CiphertextBlob" }`. */
  blobRef: string;
  /** ReEncrypt: the step whose ciphertext it re-encrypted, when the request named it by reference. */
  sourceStepId?: string;
}

export interface DecryptFact {
  stepId: string;
  stepIndex: number;
  timeMs: number;
  op: 'Decrypt' | 'ReEncrypt';
  region: string;
  /** The step that produced the ciphertext, when the request named it by reference. */
  ciphertextStepId?: string;
  /** The version KMS read the ciphertext with (absent when it failed before choosing one). */
  used?: VersionUse;
  error?: { name: string; message: string };
}

/** A key's state before and after a step; `None` before it existed, `Deleted` once KMS deleted it. */
export type LifecycleState = KeyState | 'None' | 'Deleted';

/** KeyMetadata types KeyState as a string; the engine only ever writes a `KeyState`. */
export const stateOf = (key: KeyView): KeyState => key.metadata.KeyState as KeyState;

export interface TransitionFact {
  stepIndex: number;
  timeMs: number;
  keyArn: string;
  from: LifecycleState;
  to: LifecycleState;
  /** The operation that caused it, or `clock.advance` for what KMS does on its own (deletion, replica ready). */
  cause: string;
}

export interface KeyLifetime {
  arn: string;
  /** The key as last seen (for a deleted key: just before its deletion). */
  view: KeyView;
  /** When KMS deleted it (its DeletionDate), if it did. */
  deletedMs?: number;
}

export interface ScenarioHistory {
  /** Index of the last step folded in; -1 before the first. */
  upTo: number;
  nowMs: number;
  ciphertexts: CiphertextFact[];
  decrypts: DecryptFact[];
  transitions: TransitionFact[];
  /** Every key ever seen, in order of first appearance. */
  keys: Map<string, KeyLifetime>;
}

export function emptyHistory(startMs: number): ScenarioHistory {
  return { upTo: -1, nowMs: startMs, ciphertexts: [], decrypts: [], transitions: [], keys: new Map() };
}

type Selected = Extract<TraceStep, { code: 'backing-key-selected' }>;

const versionUse = (s: Selected): VersionUse => ({
  keyArn: s.keyArn,
  keyMaterialId: s.keyMaterialId,
  versionIndex: s.versionIndex,
});

/** The step id a request field points to with `{ "$ref": "<stepId>/…" }`, if it does. */
function refStep(value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null || !('$ref' in value)) return undefined;
  const ref = (value as { $ref: unknown }).$ref;
  return typeof ref === 'string' ? parseRef(ref)?.stepId : undefined;
}

const isCiphertextOperation = (op: string): op is CiphertextOperation =>
  (CIPHERTEXT_OPERATIONS as readonly string[]).includes(op);

/** Folds the view of the next step into the history (returns a new history; the old one is unchanged). */
export function extendHistory(history: ScenarioHistory, view: HistoryInput): ScenarioHistory {
  const timeMs = Date.parse(view.now);
  const next: ScenarioHistory = {
    upTo: view.index,
    nowMs: timeMs,
    ciphertexts: history.ciphertexts,
    decrypts: history.decrypts,
    transitions: history.transitions,
    keys: new Map(history.keys),
  };
  const { step, result } = view;
  const cause = step?.kind === 'kms.call' ? step.op : (step?.kind ?? 'start');

  if (step?.kind === 'kms.call' && result?.kind === 'kms.call') {
    const invocation = result.detail?.invocation;
    const trace = invocation?.trace ?? [];
    const selected = trace.filter((t): t is Selected => t.code === 'backing-key-selected');
    const received = trace.find((t) => t.code === 'request-received');
    const region = received?.code === 'request-received' ? received.region : (step.caller?.region ?? '');
    const stamp = { stepId: step.id, stepIndex: view.index, timeMs };

    if ((step.op === 'Decrypt' || step.op === 'ReEncrypt') && received) {
      const source = selected[0];
      const ciphertextStepId = refStep(step.request.CiphertextBlob);
      next.decrypts = [
        ...history.decrypts,
        {
          ...stamp,
          op: step.op,
          region,
          ...(ciphertextStepId ? { ciphertextStepId } : {}),
          ...(source ? { used: versionUse(source) } : {}),
          ...(result.ok ? {} : { error: { name: result.error.name, message: result.error.message } }),
        },
      ];
    }
    // ReEncrypt selects the source version first, then the destination's current version (reEncrypt.ts).
    const made = selected.at(-1);
    if (result.ok && isCiphertextOperation(step.op) && made) {
      const sourceStepId = step.op === 'ReEncrypt' ? refStep(step.request.CiphertextBlob) : undefined;
      next.ciphertexts = [
        ...history.ciphertexts,
        {
          ...stamp,
          ...versionUse(made),
          op: step.op,
          region,
          blobRef: `${step.id}/CiphertextBlob`,
          ...(sourceStepId ? { sourceStepId } : {}),
        },
      ];
    }
  }

  // Transitions: compare every key's state with the previous step's (KMS also acts on its own as time passes).
  const seen = new Set<string>();
  const transitions: TransitionFact[] = [];
  for (const key of view.keys) {
    const arn = key.metadata.Arn;
    seen.add(arn);
    const before = history.keys.get(arn);
    const from: LifecycleState = before ? stateOf(before.view) : 'None';
    const to = stateOf(key);
    if (from !== to) transitions.push({ stepIndex: view.index, timeMs, keyArn: arn, from, to, cause });
    next.keys.set(arn, { arn, view: key });
  }
  for (const [arn, lifetime] of history.keys) {
    if (seen.has(arn) || lifetime.deletedMs !== undefined) continue;
    // Keys leave the world only when their waiting period ends, on their DeletionDate (reference §2).
    const deletedMs = lifetime.view.metadata.DeletionDate?.getTime() ?? timeMs;
    next.keys.set(arn, { ...lifetime, deletedMs });
    transitions.push({
      stepIndex: view.index,
      timeMs: deletedMs,
      keyArn: arn,
      from: stateOf(lifetime.view),
      to: 'Deleted',
      cause,
    });
  }
  if (transitions.length > 0) next.transitions = [...history.transitions, ...transitions];
  return next;
}

/** The latest decryption attempt of the ciphertext made by `stepId`, if any. */
export function lastDecryptOf(history: ScenarioHistory, stepId: string): DecryptFact | undefined {
  for (let i = history.decrypts.length - 1; i >= 0; i--) {
    const d = history.decrypts[i] as DecryptFact;
    if (d.ciphertextStepId === stepId) return d;
  }
  return undefined;
}

/**
 * Folds steps `history.upTo + 1 … upTo` by asking `goTo` for each step's view, in order (a replayer walking
 * forward runs each step once). `cancelled` stops early, e.g. when the scenario changed meanwhile.
 */
export async function walkHistory(
  goTo: (index: number) => Promise<HistoryInput>,
  history: ScenarioHistory,
  upTo: number,
  cancelled: () => boolean = () => false,
): Promise<ScenarioHistory> {
  let current = history;
  for (let index = history.upTo + 1; index <= upTo && !cancelled(); index++)
    current = extendHistory(current, await goTo(index));
  return current;
}

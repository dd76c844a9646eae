/**
 * Where the step under the cursor sits in an envelope flow: the study notes' four encrypt steps
 * (GenerateDataKey → encrypt the data → discard the plaintext data key → store the envelope) and two decrypt
 * steps (KMS Decrypt of the encrypted data key → decrypt the data). Pure: it reads scenario steps and step
 * results, never the engine.
 */
import type { StepView } from '../../scenario/replay';
import { objectName } from '../../scenario/steps/fields';
import type { Step, StepResult } from '../../scenario/steps/index';

export const ENCRYPT_STAGES = ['generate', 'encrypt', 'discard', 'store'] as const;
export const DECRYPT_STAGES = ['kmsDecrypt', 'decryptData'] as const;
export type EncryptStage = (typeof ENCRYPT_STAGES)[number];
export type DecryptStage = (typeof DECRYPT_STAGES)[number];
export type Stage = EncryptStage | DecryptStage;

/** Indexes (into scenario.steps) of the steps of one flow; a stage without a step is absent. */
export interface FlowSteps {
  /** The GenerateDataKey step id: it names the flow (every later step refers to it, directly or not). */
  dataKey: string;
  generate?: number;
  encrypt?: number;
  discard?: number;
  store?: number;
  /** The `envelope.decrypt` step shown for the decrypt stages (both stages are that one step). */
  decrypt?: number;
  /** Tamper steps on the stored object, up to the decrypt step (or the cursor). */
  tamper: number[];
  /** `s3://bucket/key` where the envelope is stored. */
  object?: string;
}

export type StageStatus = 'absent' | 'pending' | 'current' | 'done' | 'failed' | 'skipped';

const isGenerateDataKey = (step: Step) => step.kind === 'kms.call' && step.op === 'GenerateDataKey';

/** The GenerateDataKey step id a step belongs to, following envelope → data key and object → envelope. */
function dataKeyOf(steps: readonly Step[], index: number): string | undefined {
  const step = steps[index];
  if (!step) return undefined;
  switch (step.kind) {
    case 'kms.call':
      return isGenerateDataKey(step) ? step.id : undefined;
    case 'envelope.encrypt':
    case 'envelope.discardDataKey':
      return step.dataKey;
    case 'envelope.store': {
      const encrypt = steps.find((s) => s.id === step.envelope);
      return encrypt?.kind === 'envelope.encrypt' ? encrypt.dataKey : undefined;
    }
    case 'envelope.decrypt':
    case 'tamper': {
      const name = objectName(step.object);
      for (let i = index - 1; i >= 0; i--) {
        const s = steps[i] as Step;
        if (s.kind === 'envelope.store' && objectName(s.object) === name) return dataKeyOf(steps, i);
      }
      return undefined;
    }
    default:
      return undefined;
  }
}

/** The latest index ≤ `cursor` matching, else the first after it. */
function nearest(steps: readonly Step[], cursor: number, match: (step: Step) => boolean): number | undefined {
  let found: number | undefined;
  for (let i = 0; i < steps.length; i++) {
    if (!match(steps[i] as Step)) continue;
    if (i <= cursor) found = i;
    else return found ?? i;
  }
  return found;
}

function firstAfter(steps: readonly Step[], cursor: number, match: (step: Step) => boolean) {
  const index = steps.findIndex((s, i) => i > cursor && match(s));
  return index < 0 ? undefined : index;
}

/**
 * The flow the cursor's step belongs to; for a step outside any flow (CreateKey, DisableKey…), the latest
 * flow that started at or before the cursor, else the first one after it. Undefined when there is none.
 */
export function flowAt(steps: readonly Step[], cursor: number): FlowSteps | undefined {
  let dataKey = dataKeyOf(steps, cursor);
  if (dataKey === undefined) {
    const index = nearest(steps, cursor, isGenerateDataKey);
    dataKey = index === undefined ? undefined : (steps[index] as Step).id;
  }
  if (dataKey === undefined) return undefined;
  const id = dataKey;
  const flow: FlowSteps = { dataKey: id, tamper: [] };
  flow.generate = steps.findIndex((s) => s.id === id);
  if (flow.generate < 0) return undefined;
  flow.encrypt = nearest(steps, cursor, (s) => s.kind === 'envelope.encrypt' && s.dataKey === id);
  flow.discard = nearest(steps, cursor, (s) => s.kind === 'envelope.discardDataKey' && s.dataKey === id);
  const envelopeId = flow.encrypt === undefined ? undefined : (steps[flow.encrypt] as Step).id;
  flow.store = nearest(steps, cursor, (s) => s.kind === 'envelope.store' && s.envelope === envelopeId);
  const store = flow.store === undefined ? undefined : steps[flow.store];
  if (store?.kind === 'envelope.store') {
    const name = objectName(store.object);
    flow.object = name;
    const after = (i: number) => i > (flow.store as number);
    const decrypts = (s: Step) => s.kind === 'envelope.decrypt' && objectName(s.object) === name;
    // A tamper step looks ahead: the decryption it will break comes after it.
    flow.decrypt =
      steps[cursor]?.kind === 'tamper'
        ? firstAfter(steps, cursor, decrypts)
        : nearest(steps, cursor, decrypts);
    if (flow.decrypt !== undefined && !after(flow.decrypt)) flow.decrypt = undefined;
    const until = Math.max(flow.decrypt ?? cursor, cursor);
    steps.forEach((s, i) => {
      if (s.kind === 'tamper' && objectName(s.object) === name && after(i) && i <= until) flow.tamper.push(i);
    });
  }
  return flow;
}

/** The stage the step under the cursor *is*, if it is one of the flow's steps. */
export function stageOfStep(flow: FlowSteps, cursor: number): EncryptStage | 'decrypt' | undefined {
  if (cursor === flow.generate) return 'generate';
  if (cursor === flow.encrypt) return 'encrypt';
  if (cursor === flow.discard) return 'discard';
  if (cursor === flow.store) return 'store';
  if (cursor === flow.decrypt) return 'decrypt';
  return undefined;
}

/** Where an envelope decryption stopped: at KMS (the data key), or while decrypting the data. */
export function decryptStopsAt(result: StepResult | undefined): DecryptStage | undefined {
  if (result?.kind !== 'envelope.decrypt' || result.ok) return undefined;
  const { error } = result;
  // Reading the header comes before KMS: a header that cannot be parsed never reaches Decrypt either.
  if (
    error.source === 'kms' ||
    error.stage === 'data-key' ||
    error.stage === 'input' ||
    error.stage === 'header'
  )
    return 'kmsDecrypt';
  return 'decryptData';
}

/**
 * Each stage's status at the cursor. A stage whose step comes later is pending; the cursor's own step is
 * current (or failed); earlier steps are done unless the world shows they failed (no envelope, no object).
 */
export function stageStatuses(flow: FlowSteps, view: StepView): Record<Stage, StageStatus> {
  const cursor = view.index;
  const { client } = view;
  const status = (index: number | undefined, succeeded: () => boolean): StageStatus => {
    if (index === undefined) return 'absent';
    if (index > cursor) return 'pending';
    if (index === cursor) return view.result && !view.result.ok ? 'failed' : 'current';
    return succeeded() ? 'done' : 'failed';
  };
  const out: Record<Stage, StageStatus> = {
    generate: status(flow.generate, () => flow.dataKey in client.dataKeys),
    encrypt: status(flow.encrypt, () =>
      Object.values(client.envelopes).some((e) => e.dataKey === flow.dataKey),
    ),
    discard: status(flow.discard, () => client.dataKeys[flow.dataKey]?.memory.state === 'discarded'),
    store: status(flow.store, () => flow.object !== undefined && flow.object in client.objects),
    kmsDecrypt: 'absent',
    decryptData: 'absent',
  };
  if (flow.decrypt !== undefined) {
    if (flow.decrypt > cursor) {
      out.kmsDecrypt = out.decryptData = 'pending';
    } else if (flow.decrypt === cursor) {
      const stop = decryptStopsAt(view.result);
      out.kmsDecrypt = stop === 'kmsDecrypt' ? 'failed' : 'current';
      out.decryptData = stop === 'kmsDecrypt' ? 'skipped' : stop === 'decryptData' ? 'failed' : 'current';
    } else {
      out.kmsDecrypt = out.decryptData = 'done';
    }
  }
  return out;
}

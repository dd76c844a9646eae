/**
 * `envelope.discardDataKey`: step 3 of the study notes' flow ("平文の Data Key を即座に破棄"). The plaintext data
 * key held in the client world is overwritten with zeros in place (`DataKeyHandle.discard()`); any later use of
 * it fails clearly. Discarding twice is harmless, as zero-filling zeros is.
 */
import { stepRef } from './fields';
import { type StepKind, scenarioFailure } from './kind';

export interface EnvelopeDiscardDataKeyStep {
  id: string;
  kind: 'envelope.discardDataKey';
  /** The GenerateDataKey step whose plaintext data key is discarded. */
  dataKey: string;
}

export interface EnvelopeDiscardDetail {
  /** How many bytes were zero-filled. */
  length: number;
  /** Whether the key had already been discarded by an earlier step. */
  alreadyDiscarded: boolean;
}

export const envelopeDiscardDataKey: StepKind<
  'envelope.discardDataKey',
  EnvelopeDiscardDataKeyStep,
  EnvelopeDiscardDetail
> = {
  kind: 'envelope.discardDataKey',
  fields: ['dataKey'],
  captions: ['envelopeDiscard'],
  validate: (raw, path) => ({ dataKey: stepRef(raw.dataKey, `${path}.dataKey`) }),
  refs: (step, path) => [{ at: `${path}.dataKey`, stepId: step.dataKey }],
  async run(ctx, step) {
    const dataKey = ctx.client.dataKeys[step.dataKey];
    if (!dataKey) return scenarioFailure('DataKeyUnavailable', { dataKey: step.dataKey });
    const alreadyDiscarded = dataKey.handle.discarded;
    dataKey.handle.discard();
    // A signing suite's private key goes with it (the ESDK drops it once the message is signed).
    dataKey.signingKey?.fill(0);
    return { ok: true, detail: { length: dataKey.handle.inspectMemory().length, alreadyDiscarded } };
  },
  caption: (step) => ({ code: 'envelopeDiscard', params: { dataKey: step.dataKey } }),
};

/**
 * `envelope.discardDataKey`: step 3 of the study notes' flow ("平文の Data Key を即座に破棄"). The plaintext data
 * key held in the client world is overwritten with zeros in place; any later use of it fails clearly.
 */
import { stepRef } from './fields';
import type { StepKind } from './kind';

export interface EnvelopeDiscardDataKeyStep {
  id: string;
  kind: 'envelope.discardDataKey';
  /** The GenerateDataKey step whose plaintext data key is discarded. */
  dataKey: string;
}

export const envelopeDiscardDataKey: StepKind<'envelope.discardDataKey', EnvelopeDiscardDataKeyStep> = {
  kind: 'envelope.discardDataKey',
  fields: ['dataKey'],
  validate: (raw, path) => ({ dataKey: stepRef(raw.dataKey, `${path}.dataKey`) }),
  refs: (step, path) => [{ at: `${path}.dataKey`, stepId: step.dataKey }],
  caption: (step) => ({ code: 'envelope.discardDataKey', params: { dataKey: step.dataKey } }),
};

/**
 * `envelope.store`: step 4 of the study notes' flow. The envelope (encrypted data key beside the encrypted data,
 * one ESDK message) is put into a simulated client-side object store, as an application would put it in S3.
 */
import { type ObjectLocation, objectLocation, objectName, stepRef } from './fields';
import type { StepKind } from './kind';

export interface EnvelopeStoreStep {
  id: string;
  kind: 'envelope.store';
  /** The `envelope.encrypt` step whose message is stored. */
  envelope: string;
  object: ObjectLocation;
}

export const envelopeStore: StepKind<'envelope.store', EnvelopeStoreStep> = {
  kind: 'envelope.store',
  fields: ['envelope', 'object'],
  validate: (raw, path) => ({
    envelope: stepRef(raw.envelope, `${path}.envelope`),
    object: objectLocation(raw.object, `${path}.object`),
  }),
  refs: (step, path) => [{ at: `${path}.envelope`, stepId: step.envelope }],
  caption: (step) => ({
    code: 'envelope.store',
    params: { envelope: step.envelope, object: objectName(step.object) },
  }),
};

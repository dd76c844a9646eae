/**
 * `envelope.store`: step 4 of the study notes' flow. The envelope (encrypted data key beside the encrypted data,
 * one ESDK message) is put into a simulated client-side object store, as an application would put it in S3.
 * Storing at an existing location replaces the object, as an S3 PUT does.
 */
import { envelopeMessage } from '../clientWorld';
import { type ObjectLocation, objectLocation, objectName, stepRef } from './fields';
import { type StepKind, scenarioFailure } from './kind';

export interface EnvelopeStoreStep {
  id: string;
  kind: 'envelope.store';
  /** The `envelope.encrypt` step whose message is stored. */
  envelope: string;
  object: ObjectLocation;
}

export interface EnvelopeStoreDetail {
  bytes: number;
  replaced: boolean;
}

export const envelopeStore: StepKind<'envelope.store', EnvelopeStoreStep, EnvelopeStoreDetail> = {
  kind: 'envelope.store',
  fields: ['envelope', 'object'],
  captions: ['envelopeStore'],
  validate: (raw, path) => ({
    envelope: stepRef(raw.envelope, `${path}.envelope`),
    object: objectLocation(raw.object, `${path}.object`),
  }),
  refs: (step, path) => [{ at: `${path}.envelope`, stepId: step.envelope }],
  async run(ctx, step) {
    const envelope = ctx.client.envelopes[step.envelope];
    // A file's envelope was streamed into the learner's download, never held whole in the client's memory.
    const message = envelope && envelopeMessage(envelope);
    if (!message) return scenarioFailure('EnvelopeUnavailable', { envelope: step.envelope });
    const name = objectName(step.object);
    const replaced = Object.hasOwn(ctx.client.objects, name);
    ctx.client.objects[name] = {
      ...step.object,
      envelope: step.envelope,
      message: new Uint8Array(message),
      tamperedBy: [],
    };
    return { ok: true, detail: { bytes: message.length, replaced } };
  },
  caption: (step, outcome) => ({
    code: 'envelopeStore',
    params: { object: objectName(step.object), bytes: outcome?.ok ? outcome.detail.bytes : 0 },
  }),
};

/**
 * `envelope.decrypt`: the notes' decrypt flow. Read the stored envelope, call KMS Decrypt on its encrypted data
 * key as `caller` with the encryption context from the message header (as the ESDK does), then decrypt the
 * frames with the returned plaintext data key (zero-filled again when done).
 */
import { optional } from '../validate';
import { type Caller, caller, type ObjectLocation, objectLocation, objectName } from './fields';
import type { StepKind } from './kind';

export interface EnvelopeDecryptStep {
  id: string;
  kind: 'envelope.decrypt';
  object: ObjectLocation;
  caller?: Caller;
}

export const envelopeDecrypt: StepKind<'envelope.decrypt', EnvelopeDecryptStep> = {
  kind: 'envelope.decrypt',
  fields: ['object', 'caller'],
  validate: (raw, path) => {
    const location = objectLocation(raw.object, `${path}.object`);
    const who = optional(raw.caller, (v) => caller(v, `${path}.caller`));
    return who === undefined ? { object: location } : { object: location, caller: who };
  },
  refs: () => [],
  caption: (step) => ({
    code: 'envelope.decrypt',
    params: {
      object: objectName(step.object),
      ...(step.caller?.principal ? { principal: step.caller.principal } : {}),
    },
  }),
};

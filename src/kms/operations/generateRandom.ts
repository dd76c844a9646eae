/** GenerateRandom (API_GenerateRandom; reference §3): 1–1024 bytes from the DRBG; IAM-only permission. */
import { KmsError, notSimulated } from '../errors';
import { defineOperation } from '../operation';
import { string, structure } from '../shapes';
import { NumberOfBytesType, RecipientInfo, refuseRecipient } from './common';

const input = structure({
  NumberOfBytes: NumberOfBytesType,
  CustomKeyStoreId: string({ min: 1, max: 64 }),
  Recipient: RecipientInfo,
});

export const GenerateRandom = defineOperation({
  name: 'GenerateRandom',
  input,
  iamAction: 'kms:GenerateRandom',
  readOnly: true,
  resource: 'none',
  keyIdAccepts: 'key-only',
  crossAccount: false,
  keyStates: 'any',
  validate(req) {
    // Not required in the model, but the service insists [rec].
    if (req.NumberOfBytes === undefined)
      throw new KmsError('ValidationException', 'NumberOfBytes is required.');
    if (req.CustomKeyStoreId !== undefined) throw notSimulated('GenerateRandom from a custom key store');
    refuseRecipient(req.Recipient);
  },
  async run(ctx, req) {
    ctx.authorizeOrThrow({ action: 'kms:GenerateRandom' });
    const numberOfBytes = req.NumberOfBytes as number;
    ctx.trace.push({ code: 'random-generated', numberOfBytes });
    return { Plaintext: ctx.drbg.bytes(numberOfBytes) };
  },
});

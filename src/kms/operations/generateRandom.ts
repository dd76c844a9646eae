/**
 * GenerateRandom (API_GenerateRandom; reference §3): 1–1024 bytes from the DRBG; IAM-only permission. With a
 * CustomKeyStoreId the bytes would come from a CloudHSM key store's cluster; the simulation has only external key
 * stores (customKeyStores.ts), whose IDs AWS refuses here.
 */
import { KmsError } from '../errors';
import { defineOperation } from '../operation';
import { string, structure } from '../shapes';
import { NumberOfBytesType, RecipientInfo, refuseRecipient } from './common';
import { customKeyStore } from './customKeyStores';

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
    refuseRecipient(req.Recipient);
  },
  async run(ctx, req) {
    ctx.authorizeOrThrow({ action: 'kms:GenerateRandom' });
    if (req.CustomKeyStoreId !== undefined) {
      // "If you specify the ID of an external key store, GenerateRandom throws an UnsupportedOperationException."
      const store = customKeyStore(ctx, req.CustomKeyStoreId);
      throw new KmsError(
        'UnsupportedOperationException',
        `${store.customKeyStoreId} is an external key store. GenerateRandom accepts only the ID of a CloudHSM key store.`,
      );
    }
    const numberOfBytes = req.NumberOfBytes as number;
    ctx.trace.push({ code: 'random-generated', numberOfBytes });
    return { Plaintext: ctx.drbg.bytes(numberOfBytes) };
  },
});

/** Encrypt (API_Encrypt; reference §3): up to 4096 bytes under a symmetric key, EC bound as AAD. */
import { defineOperation } from '../operation';
import { structure, trailParameters } from '../shapes';
import { sealSymmetric } from '../symmetric';
import {
  EncryptionAlgorithmSpec,
  EncryptionContextType,
  GrantTokenList,
  KeyIdType,
  NullableBooleanType,
  PlaintextType,
  requireEncryptionKey,
} from './common';

const input = structure(
  {
    KeyId: KeyIdType,
    Plaintext: PlaintextType,
    EncryptionContext: EncryptionContextType,
    GrantTokens: GrantTokenList,
    EncryptionAlgorithm: EncryptionAlgorithmSpec,
    DryRun: NullableBooleanType,
  },
  ['KeyId', 'Plaintext'],
);

export const Encrypt = defineOperation({
  name: 'Encrypt',
  input,
  iamAction: 'kms:Encrypt',
  grantOperation: 'Encrypt',
  readOnly: true,
  resource: 'key',
  keyIdAccepts: 'key-or-alias',
  crossAccount: true,
  keyStates: 'cryptographic',
  async run(ctx, req) {
    const key = ctx.accessKey(req.KeyId, {
      encryptionContext: req.EncryptionContext,
      grantTokens: req.GrantTokens,
    });
    requireEncryptionKey(key, 'Encrypt', req.EncryptionAlgorithm);
    ctx.stopIfDryRun(req.DryRun);
    const { blob } = await sealSymmetric(ctx, key, req.Plaintext, req.EncryptionContext);
    return { CiphertextBlob: blob, KeyId: key.arn, EncryptionAlgorithm: 'SYMMETRIC_DEFAULT' as const };
  },
  trailRequestParameters: (req) => ({
    ...(trailParameters(input, req) as object),
    encryptionAlgorithm: req.EncryptionAlgorithm ?? 'SYMMETRIC_DEFAULT',
  }),
});

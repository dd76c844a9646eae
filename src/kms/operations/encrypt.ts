/**
 * Encrypt (API_Encrypt; reference §3): up to 4096 bytes under a symmetric key, EC bound as AAD; or, with an RSA
 * ENCRYPT_DECRYPT key and RSAES_OAEP_SHA_1/SHA_256, RSAES-OAEP under its public key (asymmetricEncryption.ts).
 */
import { defineOperation } from '../operation';
import { structure, trailParameters } from '../shapes';
import { sealSymmetric } from '../symmetric';
import { encryptWithRsaKey, isRsaEncryption } from './asymmetricEncryption';
import {
  EncryptionAlgorithmSpec,
  EncryptionContextType,
  GrantTokenList,
  KEY_CRYPTO_OPERATION,
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
  ...KEY_CRYPTO_OPERATION,
  async run(ctx, req) {
    const key = ctx.accessKey(req.KeyId, {
      encryptionContext: req.EncryptionContext,
      grantTokens: req.GrantTokens,
    });
    if (isRsaEncryption(key, req.EncryptionAlgorithm)) {
      ctx.stopIfDryRun(req.DryRun);
      return encryptWithRsaKey(ctx, key, req.EncryptionAlgorithm, req.Plaintext);
    }
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

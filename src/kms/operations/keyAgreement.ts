/**
 * DeriveSharedSecret (API_DeriveSharedSecret): ECDH between the private key of a KEY_AGREEMENT key (NIST curves)
 * and the caller's public key (DER SubjectPublicKeyInfo on the same curve). KMS returns the raw shared secret Z
 * (NIST SP 800-56A Rev. 3 §5.7.1.2), which callers should pass through a KDF before use.
 */
import { deriveEcdhSecret } from '../asymmetric';
import { invalidKeyUsage, KmsError } from '../errors';
import { defineOperation } from '../operation';
import { string, structure } from '../shapes';
import { currentVersion, type EccKeySpec } from '../world';
import {
  GrantTokenList,
  KEY_CRYPTO_OPERATION,
  KeyIdType,
  NullableBooleanType,
  PublicKeyType,
  RecipientInfo,
  refuseRecipient,
} from './common';

const input = structure(
  {
    KeyId: KeyIdType,
    KeyAgreementAlgorithm: string({ enum: ['ECDH'] }),
    PublicKey: PublicKeyType,
    GrantTokens: GrantTokenList,
    DryRun: NullableBooleanType,
    Recipient: RecipientInfo,
  },
  ['KeyId', 'KeyAgreementAlgorithm', 'PublicKey'],
);

export const DeriveSharedSecret = defineOperation({
  name: 'DeriveSharedSecret',
  input,
  iamAction: 'kms:DeriveSharedSecret',
  grantOperation: 'DeriveSharedSecret',
  ...KEY_CRYPTO_OPERATION,
  validate: (req) => refuseRecipient(req.Recipient),
  async run(ctx, req) {
    const key = ctx.accessKey(req.KeyId, { grantTokens: req.GrantTokens });
    if (key.keyUsage !== 'KEY_AGREEMENT') throw invalidKeyUsage(key.arn, key.keyUsage, 'DeriveSharedSecret');
    ctx.stopIfDryRun(req.DryRun);
    const secret = await deriveEcdhSecret(
      key.keySpec as EccKeySpec,
      currentVersion(key).material,
      req.PublicKey,
    );
    // AWS's wording for a public key that is malformed or on another curve is not on record.
    if (!secret)
      throw new KmsError(
        'ValidationException',
        `PublicKey is not a valid public key for key spec ${key.keySpec}.`,
      );
    ctx.trace.push({
      code: 'shared-secret-derived',
      algorithm: 'ECDH',
      peerPublicKey: req.PublicKey.slice(),
      sharedSecret: secret.slice(),
    });
    return {
      KeyId: key.arn,
      SharedSecret: secret,
      KeyAgreementAlgorithm: 'ECDH' as const,
      KeyOrigin: key.origin,
    };
  },
});

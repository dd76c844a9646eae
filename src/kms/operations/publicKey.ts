/**
 * GetPublicKey (API_GetPublicKey): the public half of an asymmetric key as DER SubjectPublicKeyInfo (RFC 5280),
 * with the key's spec, usage and algorithms, so callers can encrypt, verify or agree on a secret outside KMS.
 * The private key never leaves; the public key may, which is why anyone can verify a KMS signature offline.
 */
import { isAsymmetricSpec, publicKeySpki } from '../asymmetric';
import { KmsError } from '../errors';
import { keyAlgorithms } from '../keySpecs';
import { customerMasterKeySpec } from '../metadata';
import { defineOperation } from '../operation';
import { structure } from '../shapes';
import { currentVersion } from '../world';
import { GrantTokenList, KEY_CRYPTO_OPERATION, KeyIdType } from './common';

const input = structure({ KeyId: KeyIdType, GrantTokens: GrantTokenList }, ['KeyId']);

export const GetPublicKey = defineOperation({
  name: 'GetPublicKey',
  input,
  iamAction: 'kms:GetPublicKey',
  grantOperation: 'GetPublicKey',
  ...KEY_CRYPTO_OPERATION,
  async run(ctx, req) {
    const key = ctx.accessKey(req.KeyId, { grantTokens: req.GrantTokens });
    // Symmetric and HMAC keys have no public key. The model lists UnsupportedOperationException for this; AWS's
    // message is not on record, so it is left empty, as for RotateKeyOnDemand's recorded refusal (reference §5).
    if (!isAsymmetricSpec(key.keySpec)) throw new KmsError('UnsupportedOperationException', '');
    const publicKey = await publicKeySpki(key.keySpec, currentVersion(key).material);
    ctx.trace.push({ code: 'public-key-exported', keySpec: key.keySpec, publicKey: publicKey.slice() });
    return {
      KeyId: key.arn,
      PublicKey: publicKey,
      ...customerMasterKeySpec(key),
      KeySpec: key.keySpec,
      KeyUsage: key.keyUsage,
      ...keyAlgorithms(key),
    };
  },
});

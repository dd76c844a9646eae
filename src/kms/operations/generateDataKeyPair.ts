/**
 * GenerateDataKeyPair and GenerateDataKeyPairWithoutPlaintext (API_GenerateDataKeyPair; reference §3): a fresh
 * asymmetric key pair for use outside KMS. The private key (PKCS #8 DER) comes back encrypted under a symmetric
 * encryption KMS key, with the encryption context bound as for Encrypt, and in plaintext for GenerateDataKeyPair;
 * the public key is DER SubjectPublicKeyInfo. KMS keeps nothing. SM2 (China Regions only) and
 * ECC_NIST_EDWARDS25519 pairs are not simulated.
 */
import { zeroize } from '../../crypto';
import { type DataKeyPairSpec, generateDataKeyPairMaterial, isEccSpec, isRsaSpec } from '../asymmetric';
import type { OperationContext } from '../context';
import { notSimulated } from '../errors';
import { defineOperation } from '../operation';
import { structure } from '../shapes';
import { sealSymmetric } from '../symmetric';
import {
  DataKeyPairSpec as DataKeyPairSpecShape,
  EncryptionContextType,
  GrantTokenList,
  KEY_CRYPTO_OPERATION,
  KeyIdType,
  NullableBooleanType,
  RecipientInfo,
  refuseRecipient,
} from './common';
import { dataKeyProtectionKey } from './generateDataKey';

const members = {
  EncryptionContext: EncryptionContextType,
  KeyId: KeyIdType,
  KeyPairSpec: DataKeyPairSpecShape,
  GrantTokens: GrantTokenList,
  DryRun: NullableBooleanType,
};
const withPlaintextInput = structure({ ...members, Recipient: RecipientInfo }, ['KeyId', 'KeyPairSpec']);
const withoutPlaintextInput = structure(members, ['KeyId', 'KeyPairSpec']);

function validatePairSpec(req: { KeyPairSpec: string }): void {
  if (!isRsaSpec(req.KeyPairSpec) && !isEccSpec(req.KeyPairSpec))
    throw notSimulated(
      req.KeyPairSpec === 'SM2'
        ? 'Key pair spec SM2 (China Regions only)'
        : `Key pair spec ${req.KeyPairSpec}`,
    );
}

type PairRequest = {
  KeyId: string;
  KeyPairSpec: string;
  EncryptionContext?: Record<string, string>;
  GrantTokens?: string[];
  DryRun?: boolean;
};

async function generatePair(ctx: OperationContext, req: PairRequest, operation: string) {
  const key = dataKeyProtectionKey(ctx, req, operation);
  const spec = req.KeyPairSpec as DataKeyPairSpec;
  const { privateKey, publicKey } = await generateDataKeyPairMaterial(spec, ctx.drbg);
  ctx.trace.push({ code: 'data-key-pair-generated', keyPairSpec: spec, publicKey: publicKey.slice() });
  const { blob, version } = await sealSymmetric(ctx, key, privateKey, req.EncryptionContext);
  return {
    privateKey,
    response: {
      PrivateKeyCiphertextBlob: blob,
      PublicKey: publicKey,
      KeyId: key.arn,
      KeyPairSpec: spec,
      KeyMaterialId: version.keyMaterialId,
    },
  };
}

export const GenerateDataKeyPair = defineOperation({
  ...KEY_CRYPTO_OPERATION,
  name: 'GenerateDataKeyPair',
  input: withPlaintextInput,
  iamAction: 'kms:GenerateDataKeyPair',
  grantOperation: 'GenerateDataKeyPair',
  validate(req) {
    validatePairSpec(req);
    refuseRecipient(req.Recipient);
  },
  async run(ctx, req) {
    const { privateKey, response } = await generatePair(ctx, req, 'GenerateDataKeyPair');
    const { PrivateKeyCiphertextBlob, ...rest } = response;
    return { PrivateKeyCiphertextBlob, PrivateKeyPlaintext: privateKey, ...rest };
  },
});

export const GenerateDataKeyPairWithoutPlaintext = defineOperation({
  ...KEY_CRYPTO_OPERATION,
  name: 'GenerateDataKeyPairWithoutPlaintext',
  input: withoutPlaintextInput,
  iamAction: 'kms:GenerateDataKeyPairWithoutPlaintext',
  grantOperation: 'GenerateDataKeyPairWithoutPlaintext',
  validate: validatePairSpec,
  async run(ctx, req) {
    const { privateKey, response } = await generatePair(ctx, req, 'GenerateDataKeyPairWithoutPlaintext');
    zeroize(privateKey);
    return response;
  },
});

/**
 * Decrypt (API_Decrypt; reference §3): KeyId optional for symmetric ciphertexts (the blob names its key);
 * a different KeyId → IncorrectKeyException; a changed byte or encryption context → InvalidCiphertextException.
 * RSA ciphertexts carry no key ID, so they need KeyId naming the RSA key (asymmetricEncryption.ts).
 */
import { isRsaSpec } from '../asymmetric';
import { defineOperation } from '../operation';
import { structure, trailParameters } from '../shapes';
import { openSymmetric } from '../symmetric';
import { decryptWithRsaKey, requireRsaEncryptionKey } from './asymmetricEncryption';
import { locateCiphertextKey } from './ciphertextKey';
import {
  CiphertextType,
  DryRunModifierList,
  EncryptionAlgorithmSpec,
  EncryptionContextType,
  GrantTokenList,
  KeyIdType,
  NullableBooleanType,
  RecipientInfo,
  refuseRecipient,
  requireEncryptionKey,
} from './common';

const input = structure(
  {
    CiphertextBlob: CiphertextType,
    EncryptionContext: EncryptionContextType,
    GrantTokens: GrantTokenList,
    KeyId: KeyIdType,
    EncryptionAlgorithm: EncryptionAlgorithmSpec,
    Recipient: RecipientInfo,
    DryRun: NullableBooleanType,
    DryRunModifiers: DryRunModifierList,
  },
  ['CiphertextBlob'],
);

export const Decrypt = defineOperation({
  name: 'Decrypt',
  input,
  iamAction: 'kms:Decrypt',
  grantOperation: 'Decrypt',
  readOnly: true,
  resource: 'key',
  keyIdAccepts: 'key-or-alias',
  crossAccount: true,
  keyStates: 'cryptographic',
  validate: (req) => refuseRecipient(req.Recipient),
  async run(ctx, req) {
    const named = req.KeyId === undefined ? undefined : ctx.resolve(req.KeyId);
    if (named && isRsaSpec(named.key.keySpec)) {
      const key = ctx.accessResolvedKey(named.key, {
        requestAlias: named.requestAlias,
        grantTokens: req.GrantTokens,
      });
      const algorithm = requireRsaEncryptionKey(key, 'Decrypt', req.EncryptionAlgorithm);
      ctx.stopIfDryRun(req.DryRun);
      const plaintext = await decryptWithRsaKey(ctx, key, algorithm, req.CiphertextBlob);
      return { KeyId: key.arn, Plaintext: plaintext, EncryptionAlgorithm: algorithm };
    }
    const { key, parts, requestAlias } = locateCiphertextKey(ctx, req.CiphertextBlob, {
      member: 'KeyId',
      identifier: req.KeyId,
      resolved: named,
    });
    ctx.accessResolvedKey(key, {
      requestAlias,
      encryptionContext: req.EncryptionContext,
      grantTokens: req.GrantTokens,
    });
    requireEncryptionKey(key, 'Decrypt', req.EncryptionAlgorithm);
    ctx.stopIfDryRun(req.DryRun);
    const { plaintext, version } = await openSymmetric(
      ctx,
      key,
      parts,
      req.CiphertextBlob,
      req.EncryptionContext,
    );
    return {
      KeyId: key.arn,
      Plaintext: plaintext,
      EncryptionAlgorithm: 'SYMMETRIC_DEFAULT' as const,
      KeyMaterialId: version.keyMaterialId,
    };
  },
  // "Decrypt always logs encryptionAlgorithm even if not sent" (reference §9).
  trailRequestParameters: (req) => ({
    ...(trailParameters(input, req) as object),
    encryptionAlgorithm: req.EncryptionAlgorithm ?? 'SYMMETRIC_DEFAULT',
  }),
});

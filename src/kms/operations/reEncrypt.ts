/**
 * ReEncrypt (API_ReEncrypt; reference §3): decrypts under the source key and encrypts under the destination key
 * inside KMS, so the plaintext never leaves. Needs kms:ReEncryptFrom on the source and kms:ReEncryptTo on the
 * destination; the two may be the same key (to change the encryption context), visible to policies as
 * kms:ReEncryptOnSameKey.
 */
import { zeroize } from '../../crypto';
import { defineOperation } from '../operation';
import { structure, trailParameters } from '../shapes';
import { openSymmetric, sealSymmetric } from '../symmetric';
import { locateCiphertextKey } from './ciphertextKey';
import {
  CiphertextType,
  DryRunModifierList,
  EncryptionAlgorithmSpec,
  EncryptionContextType,
  GrantTokenList,
  KeyIdType,
  NullableBooleanType,
  requireEncryptionKey,
} from './common';

const input = structure(
  {
    CiphertextBlob: CiphertextType,
    SourceEncryptionContext: EncryptionContextType,
    SourceKeyId: KeyIdType,
    DestinationKeyId: KeyIdType,
    DestinationEncryptionContext: EncryptionContextType,
    SourceEncryptionAlgorithm: EncryptionAlgorithmSpec,
    DestinationEncryptionAlgorithm: EncryptionAlgorithmSpec,
    GrantTokens: GrantTokenList,
    DryRun: NullableBooleanType,
    DryRunModifiers: DryRunModifierList,
  },
  ['CiphertextBlob', 'DestinationKeyId'],
);

export const ReEncrypt = defineOperation({
  name: 'ReEncrypt',
  input,
  iamAction: 'kms:ReEncryptFrom',
  additionalIamActions: ['kms:ReEncryptTo'],
  grantOperation: 'ReEncryptFrom',
  readOnly: true,
  resource: 'key',
  keyIdAccepts: 'key-or-alias',
  crossAccount: true,
  keyStates: 'cryptographic',
  async run(ctx, req) {
    const source = locateCiphertextKey(ctx, req.CiphertextBlob, {
      member: 'SourceKeyId',
      identifier: req.SourceKeyId,
    });
    const destination = ctx.resolve(req.DestinationKeyId, { member: 'DestinationKeyId' });
    const conditions = { 'kms:ReEncryptOnSameKey': source.key.arn === destination.key.arn };
    ctx.accessResolvedKey(source.key, {
      requestAlias: source.requestAlias,
      encryptionContext: req.SourceEncryptionContext,
      grantTokens: req.GrantTokens,
      conditions,
    });
    ctx.accessResolvedKey(destination.key, {
      requestAlias: destination.requestAlias,
      action: 'kms:ReEncryptTo',
      grantOperation: 'ReEncryptTo',
      encryptionContext: req.DestinationEncryptionContext,
      grantTokens: req.GrantTokens,
      conditions,
    });
    requireEncryptionKey(source.key, 'ReEncrypt', req.SourceEncryptionAlgorithm);
    requireEncryptionKey(destination.key, 'ReEncrypt', req.DestinationEncryptionAlgorithm);
    ctx.stopIfDryRun(req.DryRun);
    const opened = await openSymmetric(
      ctx,
      source.key,
      source.parts,
      req.CiphertextBlob,
      req.SourceEncryptionContext,
    );
    const sealed = await sealSymmetric(
      ctx,
      destination.key,
      opened.plaintext,
      req.DestinationEncryptionContext,
    );
    zeroize(opened.plaintext);
    return {
      CiphertextBlob: sealed.blob,
      SourceKeyId: source.key.arn,
      KeyId: destination.key.arn,
      SourceEncryptionAlgorithm: 'SYMMETRIC_DEFAULT' as const,
      DestinationEncryptionAlgorithm: 'SYMMETRIC_DEFAULT' as const,
      SourceKeyMaterialId: opened.version.keyMaterialId,
      DestinationKeyMaterialId: sealed.version.keyMaterialId,
    };
  },
  trailRequestParameters: (req) => ({
    ...(trailParameters(input, req) as object),
    sourceEncryptionAlgorithm: req.SourceEncryptionAlgorithm ?? 'SYMMETRIC_DEFAULT',
    destinationEncryptionAlgorithm: req.DestinationEncryptionAlgorithm ?? 'SYMMETRIC_DEFAULT',
  }),
});

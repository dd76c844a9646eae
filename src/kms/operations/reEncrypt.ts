/**
 * ReEncrypt (API_ReEncrypt; reference §3): decrypts under the source key and encrypts under the destination key
 * inside KMS, so the plaintext never leaves. Needs kms:ReEncryptFrom on the source and kms:ReEncryptTo on the
 * destination; the two may be the same key (to change the encryption context), visible to policies as
 * kms:ReEncryptOnSameKey.
 *
 * Either side may be an RSA ENCRYPT_DECRYPT key (asymmetricEncryption.ts): an asymmetric source must be named by
 * SourceKeyId with its SourceEncryptionAlgorithm (its bare OAEP ciphertext names no key), an asymmetric
 * destination needs its DestinationEncryptionAlgorithm and AWS's plaintext limit, and the encryption context of
 * an asymmetric side is not used. Key material IDs are answered for symmetric sides only (API_ReEncrypt).
 */
import { zeroize } from '../../crypto';
import { isRsaSpec } from '../asymmetric';
import { defineOperation } from '../operation';
import { structure, trailParameters } from '../shapes';
import { openSymmetric, sealSymmetric } from '../symmetric';
import {
  decryptWithRsaKey,
  encryptWithRsaKey,
  isRsaEncryption,
  requireRsaEncryptionKey,
} from './asymmetricEncryption';
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
    const named =
      req.SourceKeyId === undefined ? undefined : ctx.resolve(req.SourceKeyId, { member: 'SourceKeyId' });
    const rsaSource = named && isRsaSpec(named.key.keySpec) ? named : undefined;
    const source = rsaSource
      ? { ...rsaSource, parts: undefined }
      : locateCiphertextKey(ctx, req.CiphertextBlob, {
          member: 'SourceKeyId',
          identifier: req.SourceKeyId,
          resolved: named,
        });
    const destination = ctx.resolve(req.DestinationKeyId, { member: 'DestinationKeyId' });
    const rsaDestination = isRsaSpec(destination.key.keySpec);
    const conditions = { 'kms:ReEncryptOnSameKey': source.key.arn === destination.key.arn };
    ctx.accessResolvedKey(source.key, {
      requestAlias: source.requestAlias,
      encryptionContext: rsaSource ? undefined : req.SourceEncryptionContext,
      grantTokens: req.GrantTokens,
      conditions,
    });
    ctx.accessResolvedKey(destination.key, {
      requestAlias: destination.requestAlias,
      action: 'kms:ReEncryptTo',
      grantOperation: 'ReEncryptTo',
      encryptionContext: rsaDestination ? undefined : req.DestinationEncryptionContext,
      grantTokens: req.GrantTokens,
      conditions,
    });
    const rsaSourceAlgorithm = rsaSource
      ? requireRsaEncryptionKey(source.key, 'ReEncrypt', req.SourceEncryptionAlgorithm)
      : undefined;
    if (!rsaSourceAlgorithm) requireEncryptionKey(source.key, 'ReEncrypt', req.SourceEncryptionAlgorithm);
    const destinationAlgorithm = req.DestinationEncryptionAlgorithm;
    const toRsa = isRsaEncryption(destination.key, destinationAlgorithm);
    if (!toRsa) requireEncryptionKey(destination.key, 'ReEncrypt', destinationAlgorithm);
    ctx.stopIfDryRun(req.DryRun);
    const opened = rsaSourceAlgorithm
      ? { plaintext: await decryptWithRsaKey(ctx, source.key, rsaSourceAlgorithm, req.CiphertextBlob) }
      : await openSymmetric(
          ctx,
          source.key,
          source.parts as NonNullable<typeof source.parts>,
          req.CiphertextBlob,
          req.SourceEncryptionContext,
        );
    try {
      const sealed = toRsa
        ? {
            blob: (await encryptWithRsaKey(ctx, destination.key, destinationAlgorithm, opened.plaintext))
              .CiphertextBlob,
          }
        : await sealSymmetric(ctx, destination.key, opened.plaintext, req.DestinationEncryptionContext);
      return {
        CiphertextBlob: sealed.blob,
        SourceKeyId: source.key.arn,
        KeyId: destination.key.arn,
        SourceEncryptionAlgorithm: rsaSourceAlgorithm ?? ('SYMMETRIC_DEFAULT' as const),
        DestinationEncryptionAlgorithm: toRsa ? destinationAlgorithm : ('SYMMETRIC_DEFAULT' as const),
        ...('version' in opened ? { SourceKeyMaterialId: opened.version.keyMaterialId } : {}),
        ...('version' in sealed ? { DestinationKeyMaterialId: sealed.version.keyMaterialId } : {}),
      };
    } finally {
      zeroize(opened.plaintext);
    }
  },
  trailRequestParameters: (req) => ({
    ...(trailParameters(input, req) as object),
    sourceEncryptionAlgorithm: req.SourceEncryptionAlgorithm ?? 'SYMMETRIC_DEFAULT',
    destinationEncryptionAlgorithm: req.DestinationEncryptionAlgorithm ?? 'SYMMETRIC_DEFAULT',
  }),
});

/**
 * GetParametersForImport, ImportKeyMaterial and DeleteImportedKeyMaterial (reference §2 PendingImport;
 * importedMaterial.ts for the wrapping algorithms). Bring your own key: a key created with Origin EXTERNAL waits in
 * PendingImport; KMS hands out an RSA wrapping public key and an import token valid for 24 hours; the caller wraps
 * their key material with it and imports it, with an expiration date or none. Re-importing must bring the same
 * material (IncorrectKeyMaterialException otherwise); deleting it, or its expiry, returns the key to PendingImport
 * until the same material is imported again. Keys of another origin refuse these operations (footnote 6/9).
 */
import { publicKeySpki } from '../asymmetric';
import type { OperationContext } from '../context';
import { KmsError, notSimulated, originNotValid } from '../errors';
import {
  canonicalKeyMaterial,
  generateWrappingKey,
  IMPORT_PARAMETERS_VALIDITY_MS,
  importedKeyMaterialId,
  MAX_VALID_TO_MS,
  removeImportedMaterial,
  unwrapKeyMaterial,
  type WrappingAlgorithm,
} from '../importedMaterial';
import { defineOperation } from '../operation';
import { string, structure, timestamp } from '../shapes';
import { currentVersion, type KeyRecord, type RsaKeySpec } from '../world';
import { CiphertextType, KeyIdType } from './common';

const BackingKeyIdType = string({ min: 64, max: 64, pattern: '^[a-f0-9]+$' });

const shared = {
  resource: 'key',
  keyIdAccepts: 'key-only',
  crossAccount: false,
  keyStates: 'import',
} as const;

/** The key named, authorised and state-checked, which must have Origin EXTERNAL. */
function externalKey(ctx: OperationContext, keyId: string): KeyRecord {
  const key = ctx.accessKey(keyId);
  if (key.origin !== 'EXTERNAL') throw originNotValid(key.arn, key.origin);
  return key;
}

export const GetParametersForImport = defineOperation({
  ...shared,
  name: 'GetParametersForImport',
  input: structure(
    {
      KeyId: KeyIdType,
      WrappingAlgorithm: string({
        enum: [
          'RSAES_PKCS1_V1_5',
          'RSAES_OAEP_SHA_1',
          'RSAES_OAEP_SHA_256',
          'RSA_AES_KEY_WRAP_SHA_1',
          'RSA_AES_KEY_WRAP_SHA_256',
          'SM2PKE',
        ],
      }),
      WrappingKeySpec: string({ enum: ['RSA_2048', 'RSA_3072', 'RSA_4096', 'SM2'] }),
    },
    ['KeyId', 'WrappingAlgorithm', 'WrappingKeySpec'],
  ),
  iamAction: 'kms:GetParametersForImport',
  readOnly: true,
  validate(req) {
    if (req.WrappingKeySpec === 'SM2' || req.WrappingAlgorithm === 'SM2PKE')
      throw notSimulated('SM2 wrapping (China Regions only)');
    // "As of October 10, 2023, KMS does not support the RSAES_PKCS1_V1_5 wrapping algorithm"
    // (API_GetParametersForImport). AWS's error text for it is not on record.
    if (req.WrappingAlgorithm === 'RSAES_PKCS1_V1_5')
      throw new KmsError(
        'ValidationException',
        'The RSAES_PKCS1_V1_5 wrapping algorithm is no longer supported.',
      );
  },
  async run(ctx, req) {
    const key = externalKey(ctx, req.KeyId);
    const wrappingKeySpec = req.WrappingKeySpec as RsaKeySpec;
    const wrappingKey = await generateWrappingKey(wrappingKeySpec, ctx.drbg);
    const importToken = ctx.drbg.bytes(64);
    const validToMs = ctx.nowMs + IMPORT_PARAMETERS_VALIDITY_MS;
    const publicKey = await publicKeySpki(wrappingKeySpec, wrappingKey);
    // Earlier parameters stay usable until they expire; expired ones are forgotten.
    key.importParameters = [
      ...(key.importParameters ?? []).filter((p) => p.validToMs > ctx.nowMs),
      {
        importToken: Array.from(importToken, (b) => b.toString(16).padStart(2, '0')).join(''),
        wrappingAlgorithm: req.WrappingAlgorithm as WrappingAlgorithm,
        wrappingKeySpec,
        wrappingKey,
        validToMs,
      },
    ];
    ctx.trace.push({
      code: 'import-parameters-issued',
      wrappingAlgorithm: req.WrappingAlgorithm,
      wrappingKeySpec,
      publicKey: publicKey.slice(),
      validToMs,
    });
    return {
      KeyId: key.arn,
      ImportToken: importToken,
      PublicKey: publicKey,
      ParametersValidTo: new Date(validToMs),
    };
  },
});

export const ImportKeyMaterial = defineOperation({
  ...shared,
  name: 'ImportKeyMaterial',
  input: structure(
    {
      KeyId: KeyIdType,
      ImportToken: CiphertextType,
      EncryptedKeyMaterial: CiphertextType,
      ValidTo: timestamp,
      ExpirationModel: string({ enum: ['KEY_MATERIAL_EXPIRES', 'KEY_MATERIAL_DOES_NOT_EXPIRE'] }),
      ImportType: string({ enum: ['NEW_KEY_MATERIAL', 'EXISTING_KEY_MATERIAL'] }),
      KeyMaterialDescription: string({ min: 0, max: 256, pattern: '^[a-zA-Z0-9:/_\\s.-]+$' }),
      KeyMaterialId: BackingKeyIdType,
    },
    ['KeyId', 'ImportToken', 'EncryptedKeyMaterial'],
  ),
  iamAction: 'kms:ImportKeyMaterial',
  readOnly: false,
  validate(req) {
    // API_ImportKeyMaterial: ValidTo is required with KEY_MATERIAL_EXPIRES (the default) and not valid with
    // KEY_MATERIAL_DOES_NOT_EXPIRE. AWS's error texts for these are not on record.
    const model = req.ExpirationModel ?? 'KEY_MATERIAL_EXPIRES';
    if (model === 'KEY_MATERIAL_EXPIRES' && req.ValidTo === undefined)
      throw new KmsError(
        'ValidationException',
        'A ValidTo date is required when ExpirationModel is KEY_MATERIAL_EXPIRES.',
      );
    if (model === 'KEY_MATERIAL_DOES_NOT_EXPIRE' && req.ValidTo !== undefined)
      throw new KmsError(
        'ValidationException',
        'ValidTo is not valid when ExpirationModel is KEY_MATERIAL_DOES_NOT_EXPIRE.',
      );
  },
  async run(ctx, req) {
    const key = externalKey(ctx, req.KeyId);
    const model = req.ExpirationModel ?? 'KEY_MATERIAL_EXPIRES';
    const validToMs = req.ValidTo?.getTime();
    if (validToMs !== undefined && (validToMs <= ctx.nowMs || validToMs > ctx.nowMs + MAX_VALID_TO_MS))
      throw new KmsError(
        'ValidationException',
        'ValidTo must be in the future and at most 365 days from now.',
      );
    const tokenHex = Array.from(req.ImportToken, (b) => b.toString(16).padStart(2, '0')).join('');
    const parameters = key.importParameters?.find((p) => p.importToken === tokenHex);
    // The exception names are AWS's; their messages here are the model's descriptions, as AWS's texts are not
    // on record.
    if (!parameters)
      throw new KmsError(
        'InvalidImportTokenException',
        'The import token is invalid or is associated with a different KMS key.',
      );
    if (parameters.validToMs <= ctx.nowMs)
      throw new KmsError('ExpiredImportTokenException', 'The import token is expired.');
    const unwrapped = await unwrapKeyMaterial(
      parameters.wrappingKey,
      parameters.wrappingAlgorithm,
      req.EncryptedKeyMaterial,
    );
    ctx.trace.push({
      code: 'key-material-unwrapped',
      wrappingAlgorithm: parameters.wrappingAlgorithm,
      ok: !!unwrapped,
    });
    if (!unwrapped) throw new KmsError('InvalidCiphertextException', '');
    const checked = await canonicalKeyMaterial(key.keySpec, parameters.wrappingAlgorithm, unwrapped);
    if ('problem' in checked)
      throw new KmsError(
        'IncorrectKeyMaterialException',
        checked.problem === 'algorithm'
          ? 'RSA key material must be wrapped with an RSA_AES_KEY_WRAP algorithm.'
          : `The key material is not valid for key spec ${key.keySpec}.`,
      );
    const keyMaterialId = await importedKeyMaterialId(ctx.provider, key.keyId, checked.material);
    const previous = key.versions.length > 0 ? currentVersion(key) : undefined;
    if (previous && previous.keyMaterialId !== keyMaterialId) {
      // Importing different material as a new version for on-demand rotation (ImportType NEW_KEY_MATERIAL,
      // June 2025) is not simulated; without it the material must be the one imported before.
      if (req.ImportType === 'NEW_KEY_MATERIAL')
        throw notSimulated('Importing new key material for rotation');
      throw new KmsError(
        'IncorrectKeyMaterialException',
        'The key material is not the same key material that was previously imported into this KMS key.',
      );
    }
    if (req.KeyMaterialId !== undefined && req.KeyMaterialId !== keyMaterialId)
      throw new KmsError(
        'IncorrectKeyMaterialException',
        'The key material does not match the KeyMaterialId.',
      );
    if (previous) previous.material = checked.material;
    else key.versions.push({ keyMaterialId, material: checked.material, createdMs: ctx.nowMs });
    key.importExpiration = { model, ...(validToMs !== undefined ? { validToMs } : {}) };
    ctx.trace.push({
      code: 'key-material-imported',
      keyArn: key.arn,
      keyMaterialId,
      reimport: !!previous,
      ...(validToMs !== undefined ? { validToMs } : {}),
    });
    if (key.keyState === 'PendingImport') {
      ctx.trace.push({ code: 'key-state-changed', keyArn: key.arn, from: 'PendingImport', to: 'Enabled' });
      key.keyState = 'Enabled';
    }
    return { KeyId: key.arn, KeyMaterialId: keyMaterialId };
  },
});

export const DeleteImportedKeyMaterial = defineOperation({
  ...shared,
  name: 'DeleteImportedKeyMaterial',
  input: structure({ KeyId: KeyIdType, KeyMaterialId: BackingKeyIdType }, ['KeyId']),
  iamAction: 'kms:DeleteImportedKeyMaterial',
  readOnly: false,
  async run(ctx, req) {
    const key = externalKey(ctx, req.KeyId);
    const keyMaterialId = key.versions.length > 0 ? currentVersion(key).keyMaterialId : '';
    // A KeyMaterialId the key does not have; AWS's answer for it is not on record.
    if (req.KeyMaterialId !== undefined && req.KeyMaterialId !== keyMaterialId)
      throw new KmsError(
        'NotFoundException',
        `Key material ${req.KeyMaterialId} does not exist for ${key.arn}.`,
      );
    const from = key.keyState;
    removeImportedMaterial(key);
    if (from !== key.keyState)
      ctx.trace.push({ code: 'key-state-changed', keyArn: key.arn, from, to: key.keyState });
    return { KeyId: key.arn, KeyMaterialId: keyMaterialId };
  },
});

/**
 * CreateKey (API_CreateKey; reference §1, §2, §7): symmetric encryption keys (SYMMETRIC_DEFAULT /
 * ENCRYPT_DECRYPT), HMAC keys (HMAC_224/256/384/512 / GENERATE_VERIFY_MAC) and asymmetric keys (RSA, ECC,
 * ML-DSA, ML-KEM; asymmetric.ts), single- or multi-Region, with AWS_KMS key material, or with Origin EXTERNAL
 * (imported material, created PendingImport; importedMaterial.ts). A key in a custom key store (Origin
 * AWS_CLOUDHSM or EXTERNAL_KEY_STORE) needs a CONNECTED store, which the simulation never has
 * (customKeyStores.ts): CreateKey answers as KMS does for a store that is not connected. SM2 (China Regions only)
 * and ECC_NIST_EDWARDS25519 are refused plainly as not simulated. Without `Policy` the key gets the default key
 * policy.
 */
import { generateAsymmetricKeyMaterial, isAsymmetricSpec } from '../asymmetric';
import { KmsError, notSimulated } from '../errors';
import { checkNewKeyPolicy } from '../keyPolicyRules';
import { USAGES_OF_SPEC } from '../keySpecs';
import { newKeyRecord } from '../keys';
import { keyMetadata } from '../metadata';
import { defineOperation } from '../operation';
import { apiDefaultKeyPolicy } from '../policy/templates';
import { boolean, string, structure } from '../shapes';
import type { SimulatedKeySpec, SimulatedKeyUsage } from '../world';
import { DescriptionType, NullableBooleanType, PolicyType, TagList } from './common';
import { customKeyStore, customKeyStoreInvalidState } from './customKeyStores';
import { mergeTags } from './tagging';

const KEY_SPECS = [
  'RSA_2048',
  'RSA_3072',
  'RSA_4096',
  'ECC_NIST_P256',
  'ECC_NIST_P384',
  'ECC_NIST_P521',
  'ECC_SECG_P256K1',
  'SYMMETRIC_DEFAULT',
  'HMAC_224',
  'HMAC_256',
  'HMAC_384',
  'HMAC_512',
  'SM2',
  'ML_DSA_44',
  'ML_DSA_65',
  'ML_DSA_87',
  'ECC_NIST_EDWARDS25519',
  // ML-KEM key specs and the ENCAPSULATE_DECAPSULATE usage are newer than botocore 1.43.11; they are in the
  // model @aws-sdk/client-kms 3.1164.0 ships (KeySpec, KeyUsageType enums).
  'ML_KEM_512',
  'ML_KEM_768',
  'ML_KEM_1024',
] as const;

const input = structure({
  Policy: PolicyType,
  Description: DescriptionType,
  KeyUsage: string({
    enum: [
      'SIGN_VERIFY',
      'ENCRYPT_DECRYPT',
      'GENERATE_VERIFY_MAC',
      'KEY_AGREEMENT',
      'ENCAPSULATE_DECAPSULATE',
    ],
  }),
  CustomerMasterKeySpec: string({ enum: KEY_SPECS.slice(0, 13) }),
  KeySpec: string({ enum: KEY_SPECS }),
  Origin: string({ enum: ['AWS_KMS', 'EXTERNAL', 'AWS_CLOUDHSM', 'EXTERNAL_KEY_STORE'] }),
  CustomKeyStoreId: string({ min: 1, max: 64 }),
  BypassPolicyLockoutSafetyCheck: boolean,
  Tags: TagList,
  MultiRegion: NullableBooleanType,
  XksKeyId: string({ min: 1, max: 128, pattern: '^[a-zA-Z0-9-_.]+$' }),
});

const isSimulatedSpec = (spec: string): spec is SimulatedKeySpec => Object.hasOwn(USAGES_OF_SPEC, spec);

function specAndUsage(req: { KeySpec?: string; CustomerMasterKeySpec?: string; KeyUsage?: string }) {
  const keySpec = req.KeySpec ?? req.CustomerMasterKeySpec ?? 'SYMMETRIC_DEFAULT';
  return { keySpec, keyUsage: req.KeyUsage ?? 'ENCRYPT_DECRYPT' };
}

const inCustomKeyStore = (origin: string) => origin === 'AWS_CLOUDHSM' || origin === 'EXTERNAL_KEY_STORE';

/**
 * API_CreateKey Origin and CustomKeyStoreId: a key in a custom key store names its store (and, in an external key
 * store, its external key with XksKeyId), and is a single-Region SYMMETRIC_DEFAULT key. AWS's wording for these
 * refusals is not on record.
 */
function checkCustomKeyStoreKey(
  req: { CustomKeyStoreId?: string; XksKeyId?: string; MultiRegion?: boolean },
  origin: string,
  keySpec: string,
): void {
  if (req.CustomKeyStoreId === undefined)
    throw new KmsError('ValidationException', `CustomKeyStoreId is required with Origin ${origin}.`);
  if (origin === 'EXTERNAL_KEY_STORE' && req.XksKeyId === undefined)
    throw new KmsError('ValidationException', 'XksKeyId is required with Origin EXTERNAL_KEY_STORE.');
  if (keySpec !== 'SYMMETRIC_DEFAULT')
    throw new KmsError(
      'ValidationException',
      `The KeySpec value must be SYMMETRIC_DEFAULT with Origin ${origin}.`,
    );
  if (req.MultiRegion)
    throw new KmsError(
      'UnsupportedOperationException',
      'Multi-Region keys are not supported in a custom key store.',
    );
}

export const CreateKey = defineOperation({
  name: 'CreateKey',
  input,
  iamAction: 'kms:CreateKey',
  readOnly: false,
  resource: 'none',
  keyIdAccepts: 'key-only',
  crossAccount: false,
  keyStates: 'any',
  validate(req) {
    // CustomerMasterKeySpec is the deprecated name of KeySpec; AWS's wording for both at once is unrecorded.
    if (req.KeySpec !== undefined && req.CustomerMasterKeySpec !== undefined)
      throw new KmsError(
        'ValidationException',
        'You cannot specify KeySpec and CustomerMasterKeySpec in the same request. CustomerMasterKeySpec is deprecated.',
      );
    const origin = req.Origin ?? 'AWS_KMS';
    const { keySpec, keyUsage } = specAndUsage(req);
    if (inCustomKeyStore(origin)) checkCustomKeyStoreKey(req, origin, keySpec);
    else if (req.CustomKeyStoreId !== undefined)
      throw new KmsError(
        'ValidationException',
        'CustomKeyStoreId is valid only with Origin AWS_CLOUDHSM or EXTERNAL_KEY_STORE.',
      );
    if (origin !== 'EXTERNAL_KEY_STORE' && req.XksKeyId !== undefined)
      throw new KmsError('ValidationException', 'XksKeyId is valid only with Origin EXTERNAL_KEY_STORE.');
    if (keySpec !== 'SYMMETRIC_DEFAULT' && req.KeyUsage === undefined)
      throw new KmsError(
        'ValidationException',
        'You must specify a KeyUsage value for all KMS keys except for symmetric encryption keys.',
      );
    if (!isSimulatedSpec(keySpec))
      throw notSimulated(keySpec === 'SM2' ? 'Key spec SM2 (China Regions only)' : `Key spec ${keySpec}`);
    // Wording unrecorded; the rule is API_CreateKey's KeyUsage table.
    if (!USAGES_OF_SPEC[keySpec].includes(keyUsage as SimulatedKeyUsage))
      throw new KmsError(
        'ValidationException',
        `KeyUsage ${keyUsage} is not compatible with KeySpec ${keySpec}.`,
      );
    if (origin === 'EXTERNAL' && keySpec.startsWith('ML_'))
      throw notSimulated(`Imported key material for ${keySpec} keys`);
    if (origin === 'EXTERNAL' && req.MultiRegion)
      throw notSimulated('A multi-Region key with imported key material');
  },
  async run(ctx, req) {
    const { keySpec, keyUsage } = specAndUsage(req) as {
      keySpec: SimulatedKeySpec;
      keyUsage: SimulatedKeyUsage;
    };
    const multiRegion = req.MultiRegion ?? false;
    const origin = req.Origin ?? 'AWS_KMS';
    ctx.authorizeOrThrow({
      action: 'kms:CreateKey',
      conditions: {
        'kms:KeySpec': keySpec,
        'kms:KeyUsage': keyUsage,
        'kms:KeyOrigin': origin,
        'kms:MultiRegion': multiRegion,
        'kms:MultiRegionKeyType': multiRegion ? 'PRIMARY' : undefined,
        'kms:BypassPolicyLockoutSafetyCheck': req.BypassPolicyLockoutSafetyCheck ?? false,
        'aws:TagKeys': req.Tags?.map((t) => t.TagKey),
      },
    });
    if (req.CustomKeyStoreId !== undefined) {
      // "The ConnectionState of the custom key store must be CONNECTED"; no store here ever is.
      throw customKeyStoreInvalidState(customKeyStore(ctx, req.CustomKeyStoreId), 'CreateKey');
    }
    const { accountId, region } = ctx.caller;
    if (req.Policy !== undefined) checkNewKeyPolicy(ctx, req.Policy, req.BypassPolicyLockoutSafetyCheck);
    const material =
      origin === 'AWS_KMS' && isAsymmetricSpec(keySpec)
        ? await generateAsymmetricKeyMaterial(keySpec, ctx.drbg)
        : undefined;
    const key = newKeyRecord(
      ctx.drbg,
      ctx.nowMs,
      {
        accountId,
        region,
        keySpec,
        keyUsage,
        multiRegion,
        description: req.Description,
        policy: req.Policy ?? apiDefaultKeyPolicy(accountId),
        tags: mergeTags([], req.Tags ?? []),
        material,
        // Origin EXTERNAL: no key material until ImportKeyMaterial; the key waits in PendingImport.
        ...(origin === 'EXTERNAL' ? { origin, versions: [], keyState: 'PendingImport' as const } : {}),
      },
      ctx.trace,
    );
    ctx.world.keys[key.arn] = key;
    ctx.noteResource(key);
    return { KeyMetadata: keyMetadata(ctx.world, key) };
  },
  trailResponseElements: (res) => ({
    keyMetadata: { keyId: res.KeyMetadata.KeyId, arn: res.KeyMetadata.Arn },
  }),
});

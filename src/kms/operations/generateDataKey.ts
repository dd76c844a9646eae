/**
 * GenerateDataKey and GenerateDataKeyWithoutPlaintext (reference §3): a fresh data key from the DRBG, returned
 * encrypted under the KMS key (and in plaintext for GenerateDataKey). KeySpec xor NumberOfBytes.
 */
import { zeroize } from '../../crypto';
import type { OperationContext } from '../context';
import { KmsError } from '../errors';
import { defineOperation } from '../operation';
import { structure } from '../shapes';
import { sealSymmetric } from '../symmetric';
import type { KeyRecord } from '../world';
import {
  DataKeySpec,
  EncryptionContextType,
  GrantTokenList,
  KEY_CRYPTO_OPERATION,
  KeyIdType,
  NullableBooleanType,
  NumberOfBytesType,
  RecipientInfo,
  refuseRecipient,
  requireEncryptionKey,
} from './common';

const members = {
  KeyId: KeyIdType,
  EncryptionContext: EncryptionContextType,
  NumberOfBytes: NumberOfBytesType,
  KeySpec: DataKeySpec,
  GrantTokens: GrantTokenList,
  DryRun: NullableBooleanType,
};
const withPlaintextInput = structure({ ...members, Recipient: RecipientInfo }, ['KeyId']);
const withoutPlaintextInput = structure(members, ['KeyId']);

const DATA_KEY_BYTES = { AES_256: 32, AES_128: 16 } as const;

function validateSize(req: { KeySpec?: keyof typeof DATA_KEY_BYTES; NumberOfBytes?: number }): void {
  // Exactly one of KeySpec and NumberOfBytes (API_GenerateDataKey). Wording as emulators give it [unverified].
  if ((req.KeySpec === undefined) === (req.NumberOfBytes === undefined))
    throw new KmsError('ValidationException', 'Please specify either number of bytes or key spec.');
}

type DataKeyRequest = {
  KeyId: string;
  EncryptionContext?: Record<string, string>;
  NumberOfBytes?: number;
  KeySpec?: keyof typeof DATA_KEY_BYTES;
  GrantTokens?: string[];
  DryRun?: boolean;
};

/**
 * The symmetric encryption KMS key that protects a data key or a data key pair: authorised with the encryption
 * context, checked for its spec and usage, and the DryRun stop.
 */
export function dataKeyProtectionKey(
  ctx: OperationContext,
  req: {
    KeyId: string;
    EncryptionContext?: Record<string, string>;
    GrantTokens?: string[];
    DryRun?: boolean;
  },
  operation: string,
): KeyRecord {
  const key = ctx.accessKey(req.KeyId, {
    encryptionContext: req.EncryptionContext,
    grantTokens: req.GrantTokens,
  });
  requireEncryptionKey(key, operation, undefined);
  ctx.stopIfDryRun(req.DryRun);
  return key;
}

/** Draws the data key from the DRBG and encrypts it under the KMS key's current backing key. */
async function generateDataKey(ctx: OperationContext, req: DataKeyRequest, operation: string) {
  const key = dataKeyProtectionKey(ctx, req, operation);
  const numberOfBytes = req.NumberOfBytes ?? DATA_KEY_BYTES[req.KeySpec ?? 'AES_256'];
  const plaintext = ctx.drbg.bytes(numberOfBytes);
  ctx.trace.push({ code: 'data-key-generated', numberOfBytes, plaintext: plaintext.slice() });
  const { blob, version } = await sealSymmetric(ctx, key, plaintext, req.EncryptionContext);
  return { plaintext, CiphertextBlob: blob, KeyId: key.arn, KeyMaterialId: version.keyMaterialId };
}

export const GenerateDataKey = defineOperation({
  ...KEY_CRYPTO_OPERATION,
  name: 'GenerateDataKey',
  input: withPlaintextInput,
  iamAction: 'kms:GenerateDataKey',
  grantOperation: 'GenerateDataKey',
  validate(req) {
    validateSize(req);
    refuseRecipient(req.Recipient);
  },
  async run(ctx, req) {
    const { plaintext, CiphertextBlob, KeyId, KeyMaterialId } = await generateDataKey(
      ctx,
      req,
      'GenerateDataKey',
    );
    return { CiphertextBlob, Plaintext: plaintext, KeyId, KeyMaterialId };
  },
});

export const GenerateDataKeyWithoutPlaintext = defineOperation({
  ...KEY_CRYPTO_OPERATION,
  name: 'GenerateDataKeyWithoutPlaintext',
  input: withoutPlaintextInput,
  iamAction: 'kms:GenerateDataKeyWithoutPlaintext',
  grantOperation: 'GenerateDataKeyWithoutPlaintext',
  validate: validateSize,
  async run(ctx, req) {
    const { plaintext, ...response } = await generateDataKey(ctx, req, 'GenerateDataKeyWithoutPlaintext');
    zeroize(plaintext);
    return response;
  },
});

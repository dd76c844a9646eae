/**
 * Sign and Verify (API_Sign, API_Verify; reference §3): an asymmetric SIGN_VERIFY key signs a message of up to
 * 4096 bytes (RAW, hashed inside KMS with the algorithm's hash), a digest (DIGEST: exactly the hash's length), or
 * for ML-DSA a 64-byte representative μ (EXTERNAL_MU, FIPS 204 §6.2). Verify of a signature that does not match
 * fails with KMSInvalidSignatureException (empty message [rec]); it never answers SignatureValid: false.
 */
import {
  DIGEST_LENGTH,
  type MessageType,
  signingHash,
  signsWith,
  signWithKey,
  verifyWithKey,
} from '../asymmetric';
import type { OperationContext } from '../context';
import { incompatibleAlgorithm, invalidKeyUsage, invalidSignature, KmsError } from '../errors';
import { defineOperation } from '../operation';
import { structure } from '../shapes';
import { type AsymmetricKeySpec, currentVersion, type KeyRecord } from '../world';
import {
  CiphertextType,
  GrantTokenList,
  KEY_CRYPTO_OPERATION,
  KeyIdType,
  MessageTypeSpec,
  NullableBooleanType,
  PlaintextType,
  SigningAlgorithmSpec,
} from './common';

const members = {
  KeyId: KeyIdType,
  Message: PlaintextType,
  MessageType: MessageTypeSpec,
  GrantTokens: GrantTokenList,
  SigningAlgorithm: SigningAlgorithmSpec,
  DryRun: NullableBooleanType,
};
const signInput = structure(members, ['KeyId', 'Message', 'SigningAlgorithm']);
const verifyInput = structure({ ...members, Signature: CiphertextType }, [
  'KeyId',
  'Message',
  'Signature',
  'SigningAlgorithm',
]);

/** ML-DSA's external μ is 64 bytes (API_Sign MessageType: "the length of the Message value must be 64 bytes"). */
const EXTERNAL_MU_LENGTH = 64;

/**
 * The MessageType rules of API_Sign: DIGEST needs the algorithm's hash length (`Digest is invalid length for
 * algorithm ECDSA_SHA_256.` [rec]); EXTERNAL_MU is for ML-DSA only and needs 64 bytes; ML-DSA has no DIGEST (its
 * hash is internal). AWS's wording for the last two is not on record: the recorded digest-length message is used
 * for a wrong μ length, and a plain statement of the rule for a message type the algorithm does not take.
 */
function checkMessage(algorithm: string, messageType: MessageType, message: Uint8Array): void {
  const hash = signingHash(algorithm);
  if (messageType === 'DIGEST' && hash) {
    if (message.length !== DIGEST_LENGTH[hash])
      throw new KmsError('ValidationException', `Digest is invalid length for algorithm ${algorithm}.`);
    return;
  }
  if (messageType === 'EXTERNAL_MU' && algorithm === 'ML_DSA_SHAKE_256') {
    if (message.length !== EXTERNAL_MU_LENGTH)
      throw new KmsError('ValidationException', `Digest is invalid length for algorithm ${algorithm}.`);
    return;
  }
  if (messageType !== 'RAW')
    throw new KmsError(
      'ValidationException',
      `MessageType ${messageType} is not valid for signing algorithm ${algorithm}.`,
    );
}

interface SignatureRequest {
  KeyId: string;
  Message: Uint8Array;
  MessageType?: MessageType;
  SigningAlgorithm: string;
  GrantTokens?: string[];
  DryRun?: boolean;
}

function signingKey(ctx: OperationContext, req: SignatureRequest, operation: string): KeyRecord {
  const key = ctx.accessKey(req.KeyId, { grantTokens: req.GrantTokens });
  if (key.keyUsage !== 'SIGN_VERIFY') throw invalidKeyUsage(key.arn, key.keyUsage, operation);
  if (!signsWith(key.keySpec as AsymmetricKeySpec, req.SigningAlgorithm))
    throw incompatibleAlgorithm(req.SigningAlgorithm, key.keySpec);
  checkMessage(req.SigningAlgorithm, req.MessageType ?? 'RAW', req.Message);
  ctx.stopIfDryRun(req.DryRun);
  return key;
}

export const Sign = defineOperation({
  ...KEY_CRYPTO_OPERATION,
  name: 'Sign',
  input: signInput,
  iamAction: 'kms:Sign',
  grantOperation: 'Sign',
  async run(ctx, req) {
    const key = signingKey(ctx, req, 'Sign');
    const messageType = req.MessageType ?? 'RAW';
    const spec = key.keySpec as AsymmetricKeySpec;
    const signature = await signWithKey(
      spec,
      currentVersion(key).material,
      req.SigningAlgorithm,
      messageType,
      req.Message,
      ctx.drbg,
    );
    ctx.trace.push({
      code: 'signature-created',
      algorithm: req.SigningAlgorithm,
      messageType,
      message: req.Message.slice(),
      signature: signature.slice(),
    });
    return { KeyId: key.arn, Signature: signature, SigningAlgorithm: req.SigningAlgorithm };
  },
});

export const Verify = defineOperation({
  ...KEY_CRYPTO_OPERATION,
  name: 'Verify',
  input: verifyInput,
  iamAction: 'kms:Verify',
  grantOperation: 'Verify',
  async run(ctx, req) {
    const key = signingKey(ctx, req, 'Verify');
    const messageType = req.MessageType ?? 'RAW';
    const valid = await verifyWithKey(
      key.keySpec as AsymmetricKeySpec,
      currentVersion(key).material,
      req.SigningAlgorithm,
      messageType,
      req.Message,
      req.Signature,
    );
    ctx.trace.push({ code: 'signature-verified', algorithm: req.SigningAlgorithm, messageType, valid });
    if (!valid) throw invalidSignature();
    return { KeyId: key.arn, SignatureValid: true, SigningAlgorithm: req.SigningAlgorithm };
  },
});

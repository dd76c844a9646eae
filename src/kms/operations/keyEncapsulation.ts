/**
 * Encapsulate and Decapsulate (API_Encapsulate, API_Decapsulate; FIPS 203 ML-KEM): an ENCAPSULATE_DECAPSULATE key
 * makes a 32-byte shared secret and its ciphertext with its public key, and recovers the secret from a
 * ciphertext with its private key. Decapsulate fails only when the ciphertext's length does not fit the key spec
 * (InvalidCiphertextException); any other ciphertext, even one made for another key or altered, yields a
 * pseudo-random 32-byte value (implicit rejection, FIPS 203 Algorithm 18 step 10), so the two parties must
 * confirm they derived the same secret before using it (API_Decapsulate).
 */
import { decapsulate, encapsulate, mlKemCiphertextLength } from '../asymmetric';
import type { OperationContext } from '../context';
import { invalidCiphertext, invalidKeyUsage } from '../errors';
import { defineOperation } from '../operation';
import { string, structure } from '../shapes';
import { currentVersion, type KeyRecord, type MlKemKeySpec } from '../world';
import {
  CiphertextType,
  GrantTokenList,
  KEY_CRYPTO_OPERATION,
  KeyIdType,
  NullableBooleanType,
} from './common';

const EncapsulationAlgorithmSpec = string({ enum: ['ML_KEM'] });

const encapsulateInput = structure(
  {
    KeyId: KeyIdType,
    EncapsulationAlgorithm: EncapsulationAlgorithmSpec,
    GrantTokens: GrantTokenList,
    DryRun: NullableBooleanType,
  },
  ['KeyId', 'EncapsulationAlgorithm'],
);
const decapsulateInput = structure(
  {
    KeyId: KeyIdType,
    SharedSecretCiphertextBlob: CiphertextType,
    EncapsulationAlgorithm: EncapsulationAlgorithmSpec,
    GrantTokens: GrantTokenList,
    DryRun: NullableBooleanType,
  },
  ['KeyId', 'SharedSecretCiphertextBlob', 'EncapsulationAlgorithm'],
);

function encapsulationKey(
  ctx: OperationContext,
  req: { KeyId: string; GrantTokens?: string[]; DryRun?: boolean },
  operation: string,
): KeyRecord {
  const key = ctx.accessKey(req.KeyId, { grantTokens: req.GrantTokens });
  if (key.keyUsage !== 'ENCAPSULATE_DECAPSULATE') throw invalidKeyUsage(key.arn, key.keyUsage, operation);
  ctx.stopIfDryRun(req.DryRun);
  return key;
}

export const Encapsulate = defineOperation({
  ...KEY_CRYPTO_OPERATION,
  name: 'Encapsulate',
  input: encapsulateInput,
  iamAction: 'kms:Encapsulate',
  grantOperation: 'Encapsulate',
  async run(ctx, req) {
    const key = encapsulationKey(ctx, req, 'Encapsulate');
    const { sharedSecret, ciphertext } = await encapsulate(
      key.keySpec as MlKemKeySpec,
      currentVersion(key).material,
      ctx.drbg,
    );
    ctx.trace.push({
      code: 'shared-secret-encapsulated',
      ciphertext: ciphertext.slice(),
      sharedSecret: sharedSecret.slice(),
    });
    return {
      KeyId: key.arn,
      SharedSecret: sharedSecret,
      SharedSecretCiphertextBlob: ciphertext,
      EncapsulationAlgorithm: 'ML_KEM' as const,
    };
  },
});

export const Decapsulate = defineOperation({
  ...KEY_CRYPTO_OPERATION,
  name: 'Decapsulate',
  input: decapsulateInput,
  iamAction: 'kms:Decapsulate',
  grantOperation: 'Decapsulate',
  async run(ctx, req) {
    const key = encapsulationKey(ctx, req, 'Decapsulate');
    const spec = key.keySpec as MlKemKeySpec;
    if (req.SharedSecretCiphertextBlob.length !== (await mlKemCiphertextLength(spec)))
      throw invalidCiphertext();
    const sharedSecret = await decapsulate(
      spec,
      currentVersion(key).material,
      req.SharedSecretCiphertextBlob,
    );
    ctx.trace.push({
      code: 'shared-secret-decapsulated',
      ciphertext: req.SharedSecretCiphertextBlob.slice(),
      sharedSecret: sharedSecret.slice(),
    });
    return { KeyId: key.arn, SharedSecret: sharedSecret, EncapsulationAlgorithm: 'ML_KEM' as const };
  },
});

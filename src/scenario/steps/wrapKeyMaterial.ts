/**
 * `import.wrapKeyMaterial`: the customer's side of bring your own key (Developer Guide "Importing key material",
 * step 3, "Encrypt the key material"). The application makes 32 bytes of symmetric key material and encrypts
 * them with the wrapping public key an earlier GetParametersForImport step returned, with RSAES-OAEP (SHA-256 or
 * SHA-1, as that step asked), so the ImportKeyMaterial call that follows can name the result by `$ref`.
 *
 * The key material and the OAEP seed come from the client's seeded DRBG (`clientDrbg`), never from ambient
 * randomness, so a link replays the same material and the same wrapped bytes; the material is the learner's
 * only in this simulation, where anyone with the link can reproduce it.
 */
import { fromBase64, toBase64 } from '../../crypto/index';
// The lazily loaded asymmetric crypto (RSA arithmetic in BigInt) the engine itself uses.
import { asymmetricLibrary } from '../../kms/asymmetric';
import { isPlainObject, oneOf, optional } from '../validate';
import { stepRef } from './fields';
import { type StepKind, scenarioFailure } from './kind';

export const WRAPPING_ALGORITHMS = ['RSAES_OAEP_SHA_256', 'RSAES_OAEP_SHA_1'] as const;
export type StepWrappingAlgorithm = (typeof WRAPPING_ALGORITHMS)[number];
const OAEP_HASH = { RSAES_OAEP_SHA_256: 'SHA-256', RSAES_OAEP_SHA_1: 'SHA-1' } as const;

/** A symmetric encryption KMS key takes 256-bit key material (Developer Guide, "Requirements for imported key material"). */
export const KEY_MATERIAL_BYTES = 32;

export interface WrapKeyMaterialStep {
  id: string;
  kind: 'import.wrapKeyMaterial';
  /** The GetParametersForImport step whose wrapping public key is used. */
  parameters: string;
  /** The WrappingAlgorithm that step asked for; default RSAES_OAEP_SHA_256. */
  wrappingAlgorithm?: StepWrappingAlgorithm;
}

export interface WrapKeyMaterialDetail {
  wrappingAlgorithm: StepWrappingAlgorithm;
  keyMaterial: Uint8Array;
  encryptedKeyMaterial: Uint8Array;
}

export const wrapKeyMaterial: StepKind<'import.wrapKeyMaterial', WrapKeyMaterialStep, WrapKeyMaterialDetail> =
  {
    kind: 'import.wrapKeyMaterial',
    fields: ['parameters', 'wrappingAlgorithm'],
    captions: ['wrapKeyMaterial'],
    validate: (raw, path) => {
      const algorithm = optional(raw.wrappingAlgorithm, (v) =>
        oneOf(v, `${path}.wrappingAlgorithm`, WRAPPING_ALGORITHMS),
      );
      return {
        parameters: stepRef(raw.parameters, `${path}.parameters`),
        ...(algorithm ? { wrappingAlgorithm: algorithm } : {}),
      };
    },
    refs: (step, path) => [{ at: `${path}.parameters`, stepId: step.parameters }],
    async run(ctx, step) {
      const output = ctx.outputOf(step.parameters);
      const publicKey = isPlainObject(output) ? output.PublicKey : undefined;
      if (typeof publicKey !== 'string')
        return scenarioFailure('RefUnresolved', { ref: `${step.parameters}/PublicKey` });
      const wrappingAlgorithm = step.wrappingAlgorithm ?? 'RSAES_OAEP_SHA_256';
      const hash = OAEP_HASH[wrappingAlgorithm];
      const lib = await asymmetricLibrary();
      const keyMaterial = ctx.clientDrbg.bytes(KEY_MATERIAL_BYTES);
      const encryptedKeyMaterial = lib.rsaOaepEncrypt(
        lib.parseRsaPublicKeySpki(fromBase64(publicKey)),
        hash,
        keyMaterial,
        ctx.clientDrbg.bytes(lib.RSA_HASH_LENGTH[hash]),
      );
      return {
        ok: true,
        detail: { wrappingAlgorithm, keyMaterial, encryptedKeyMaterial },
        output: { EncryptedKeyMaterial: toBase64(encryptedKeyMaterial) },
      };
    },
    caption: (step) => ({
      code: 'wrapKeyMaterial',
      params: { parameters: step.parameters, algorithm: step.wrappingAlgorithm ?? 'RSAES_OAEP_SHA_256' },
    }),
  };

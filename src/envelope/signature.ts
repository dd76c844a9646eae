import { p256, p384 } from '@noble/curves/nist.js';
import { sha256, sha384 } from '@noble/hashes/sha2.js';
import { fromBase64, InvalidEncoding, toBase64, writeUint16BE } from '../crypto';
import { type AlgorithmSuite, PUBLIC_KEY_CONTEXT_KEY } from './algorithmSuite';
import type { EncryptionContext } from './encryptionContext';
import { EnvelopeError } from './errors';
import { type Field, FieldReader } from './fieldReader';

/**
 * The message signature of the signing suites (0x0578, 0x0378, 0x0346, 0x0214): ECDSA over the hash of the
 * serialized header and body, in the order of serialization (data-format/message-footer.md), DER-encoded as
 * `ECDSA-Sig-Value` (algorithm-suites.md "ECDSA"); the verification key travels in the encryption context as
 * `aws-crypto-public-key`, the compressed point (SEC 1 §2.3.3) in base64.
 *
 * The hash is computed incrementally (@noble/hashes), so a stream never holds the message to sign or verify
 * it, and the footer comes last. Signing is RFC 6979 deterministic ECDSA (@noble/curves, low-S): the same
 * private key and message give the same signature, so a replayed scenario is byte-identical. (noble blinds
 * the nonce inversion with random bytes against side channels; that never changes the output.)
 */

const CURVES = { 'P-256': p256, 'P-384': p384 } as const;
const HASHES = { 'SHA-256': sha256, 'SHA-384': sha384 } as const;

type Signed = AlgorithmSuite & { readonly signature: NonNullable<AlgorithmSuite['signature']> };

export const isSigned = (suite: AlgorithmSuite): suite is Signed => suite.signature !== undefined;

/**
 * Bytes of DRBG output a signing key is drawn from: 1.5 × the P-384 order's size, mapped to a scalar in
 * [1, n-1] with a negligible bias (@noble/curves `randomSecretKey`, FIPS 186-5 A.2.1's method; P-256 needs 48).
 */
export const SIGNING_KEY_SEED_LENGTH = 72;

/** A signing private key for `suite` from `seed` (SIGNING_KEY_SEED_LENGTH bytes of the scenario's DRBG). */
export function signingKeyFromSeed(suite: Signed, seed: Uint8Array): Uint8Array {
  const curve = CURVES[suite.signature.curve];
  return curve.utils.randomSecretKey(seed);
}

/** The encryption context entry that carries the verification key (what the ESDK's default CMM adds). */
export function publicKeyContext(suite: Signed, signingKey: Uint8Array): Record<string, string> {
  const publicKey = CURVES[suite.signature.curve].getPublicKey(signingKey, true);
  return { [PUBLIC_KEY_CONTEXT_KEY]: toBase64(publicKey) };
}

/** Running hash of the message; `sign` / `verify` once the body is complete. */
export class MessageSignature {
  readonly #suite: Signed;
  readonly #hash: { update(bytes: Uint8Array): unknown; digest(): Uint8Array };

  constructor(suite: Signed) {
    this.#suite = suite;
    this.#hash = HASHES[suite.signature.hash].create();
  }

  update(bytes: Uint8Array): void {
    this.#hash.update(bytes);
  }

  /** The footer: UInt16 signature length, then the DER signature. */
  sign(signingKey: Uint8Array): { footer: Uint8Array<ArrayBuffer>; signature: Uint8Array } {
    const curve = CURVES[this.#suite.signature.curve];
    const signature = curve.sign(this.#hash.digest(), signingKey, { prehash: false, format: 'der' });
    const footer = new Uint8Array(2 + signature.length);
    writeUint16BE(footer, signature.length, 0);
    footer.set(signature, 2);
    return { footer, signature };
  }

  /**
   * Checks `signature` (DER) against the key in the context. High-S signatures are accepted: other ESDKs
   * (OpenSSL underneath) do not normalise S.
   */
  verify(signature: Uint8Array, publicKey: Uint8Array, offset: number): void {
    const curve = CURVES[this.#suite.signature.curve];
    let valid = false;
    try {
      valid = curve.verify(signature, this.#hash.digest(), publicKey, {
        prehash: false,
        lowS: false,
        format: 'der',
      });
    } catch {
      valid = false; // a signature that is not DER, or not of this curve, does not verify either
    }
    if (!valid) {
      throw new EnvelopeError('signature-invalid', 'the message signature in the footer did not verify', {
        step: 'footer',
        field: 'signature',
        offset,
      });
    }
  }
}

/**
 * The verification key a signing suite's message carries in its context (decrypt.md: the default CMM reads it
 * from `aws-crypto-public-key`); a missing or malformed entry fails before any data key is asked for.
 */
export function verificationKey(suite: Signed, context: EncryptionContext): Uint8Array {
  const encoded = Object.hasOwn(context, PUBLIC_KEY_CONTEXT_KEY)
    ? context[PUBLIC_KEY_CONTEXT_KEY]
    : undefined;
  const fail = (why: string): never => {
    throw new EnvelopeError('malformed', `${PUBLIC_KEY_CONTEXT_KEY} ${why}`, {
      step: 'header',
      field: 'aad',
    });
  };
  if (encoded === undefined) return fail(`is missing from the encryption context of a ${suite.name} message`);
  let point: Uint8Array;
  try {
    point = fromBase64(encoded);
  } catch (error) {
    if (error instanceof InvalidEncoding) return fail('is not base64');
    throw error;
  }
  try {
    CURVES[suite.signature.curve].Point.fromBytes(point).assertValidity();
  } catch {
    return fail(`is not a ${suite.signature.curve} point`);
  }
  return point;
}

export interface FooterRecord {
  readonly signature: Uint8Array;
  /** Footer bytes: the UInt16 length and the signature. */
  readonly length: number;
}

/**
 * Reads the footer at `bytes[0]` (data-format/message-footer.md: UInt16 signature length, then the signature),
 * recording its fields; `base` is its offset in the message. Short input throws `truncated` with `needed`.
 */
export function readFooter(bytes: Uint8Array, base: number, fields: Field[] = []): FooterRecord {
  const reader = new FieldReader(bytes, 'footer', { fields, base });
  return reader.group('footer', () => {
    const length = reader.u16('signatureLength');
    if (length === 0) reader.fail('malformed', 'signatureLength', 'signature length is 0');
    const signature = reader.take('signature', length);
    return { signature, length: reader.offset };
  });
}

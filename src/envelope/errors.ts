/**
 * Typed failures of client-side envelope encryption. Every failure says *which step* of the flow stopped
 * (the studio's tamper lab shows the flow halting there) and, where it applies, which header field or which
 * frame. Decryption never returns plaintext that did not authenticate: it fails with one of these instead.
 */

export type EnvelopeErrorCode =
  /** The bytes end before the message does (header or body). */
  | 'truncated'
  /** Bytes follow the final frame (ESDK decrypt spec: "consumable bytes … intended to be decrypted ⇒ fail"). */
  | 'trailing-bytes'
  /** Message format version other than 1.0 (0x01) and 2.0 (0x02). */
  | 'bad-version'
  /** An algorithm suite ID that is not one of the ESDK's eleven (or one this lab does not write). */
  | 'unknown-suite'
  /** A field has an impossible value or lengths disagree (named in `field`). */
  | 'malformed'
  /** A caller-supplied argument is unusable (wrong key/ID size, frame length out of range, …). */
  | 'invalid-input'
  /** Encryption context key with the reserved prefix `aws-crypto-` (ESDK encrypt spec). */
  | 'reserved-encryption-context-key'
  /** The frame length in the header exceeds the decryptor's `maxFrameLength` (memory guard). */
  | 'frame-length-exceeds-limit'
  /** `decryptDataKey` (KMS Decrypt of the encrypted data key) failed; the KMS error is the `cause`. */
  | 'data-key-unavailable'
  /** The commitment key derived from the data key differs from the one in the header. */
  | 'commitment-mismatch'
  /** The header authentication tag does not verify (header bytes or encryption context changed). */
  | 'header-auth-failed'
  /** The message's encryption context lacks a pair the caller required. */
  | 'encryption-context-mismatch'
  /** A frame's AES-GCM tag does not verify (`frame` says which). */
  | 'frame-auth-failed'
  /** The ECDSA signature in the footer does not verify (signing suites). */
  | 'signature-invalid'
  /** A frame's sequence number is not the next one. */
  | 'frame-out-of-order'
  /** The plaintext data key was discarded (zero-filled) before this use. */
  | 'discarded-data-key'
  /** The caller aborted (AbortSignal). */
  | 'aborted';

/** Where in the flow the failure happened, in the order the flow runs. */
export type EnvelopeStep = 'input' | 'header' | 'data-key' | 'commitment' | 'header-auth' | 'body' | 'footer';

export interface EnvelopeErrorDetail {
  readonly step: EnvelopeStep;
  /** Header field name (as in `describeMessage`) for header parse failures. */
  readonly field?: string;
  /** 1-based frame sequence number for body failures. */
  readonly frame?: number;
  /** Byte offset in the message where the problem was found. */
  readonly offset?: number;
  /** For `truncated`: how many bytes of message are needed to get past this point. */
  readonly needed?: number;
  readonly cause?: unknown;
}

export class EnvelopeError extends Error {
  override readonly name = 'EnvelopeError';
  readonly code: EnvelopeErrorCode;
  readonly step: EnvelopeStep;
  readonly field?: string;
  readonly frame?: number;
  readonly offset?: number;
  readonly needed?: number;

  constructor(code: EnvelopeErrorCode, message: string, detail: EnvelopeErrorDetail) {
    super(message, detail.cause === undefined ? undefined : { cause: detail.cause });
    this.code = code;
    this.step = detail.step;
    this.field = detail.field;
    this.frame = detail.frame;
    this.offset = detail.offset;
    this.needed = detail.needed;
  }
}

export function isEnvelopeError(e: unknown, code?: EnvelopeErrorCode): e is EnvelopeError {
  return e instanceof EnvelopeError && (code === undefined || e.code === code);
}

/** Turns an AbortSignal's reason into the typed failure (the reason stays available as `cause`). */
export function abortedError(signal: AbortSignal): EnvelopeError {
  return new EnvelopeError('aborted', 'envelope operation was cancelled', {
    step: 'body',
    cause: signal.reason,
  });
}

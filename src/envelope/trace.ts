import type { AlgorithmSuite } from './algorithmSuite';
import type { EncryptionContext } from './encryptionContext';
import type { EncryptedDataKey } from './header';
import { HEADER_AUTH_IV } from './messageKeys';

/**
 * What an envelope operation did, as plain data (structuredClone-able, so it crosses worker boundaries and
 * scenario checkpoints). The studio animates this; it never re-computes crypto to draw a picture.
 */

export interface FrameTrace {
  readonly sequenceNumber: number;
  readonly final: boolean;
  /** Offset of the frame in the message and its size there. */
  readonly offset: number;
  readonly length: number;
  /** Plaintext bytes in this frame (= encrypted content length: GCM adds no padding). */
  readonly contentLength: number;
  readonly iv: Uint8Array;
  readonly authTag: Uint8Array;
}

export interface KeyDerivationTrace {
  /** The HKDF hash, or `identity` for the format 1.0 suites without key derivation. */
  readonly hash: 'SHA-256' | 'SHA-384' | 'SHA-512' | 'identity';
  /** HKDF salt: the message ID (format 2.0); HashLen zero bytes (format 1.0: "no salt"). */
  readonly salt: Uint8Array;
  /** HKDF info of the encryption key: suite ID || "DERIVEKEY" (format 2.0), suite ID || message ID (1.0). */
  readonly encryptionKeyInfo: Uint8Array;
  /** HKDF info of the commit key: "COMMITKEY" (empty without key commitment, as is the commit key). */
  readonly commitKeyInfo: Uint8Array;
  readonly commitmentKey: Uint8Array;
  /**
   * Copies of secrets, present only when the caller asked for `revealSecrets` (the studio's text demo shows
   * them). These copies are deliberately outside the discard: never ask for them for real data.
   */
  readonly revealed?: { readonly dataKey: Uint8Array; readonly encryptionKey: Uint8Array };
}

export interface EnvelopeTrace {
  readonly algorithmSuite: { readonly id: number; readonly name: string };
  readonly messageFormatVersion: 1 | 2;
  readonly messageId: Uint8Array;
  readonly encryptionContext: EncryptionContext;
  readonly encryptedDataKeys: readonly EncryptedDataKey[];
  readonly frameLength: number;
  readonly keyDerivation: KeyDerivationTrace;
  readonly header: {
    readonly length: number;
    readonly bodyLength: number;
    /** Header authentication: AES-GCM over the header body with this IV (all zeros in 2.0) and no plaintext. */
    readonly authIv: Uint8Array;
    readonly authTag: Uint8Array;
  };
  /** Frame details, capped: the first `traceFrames` frames and always the final frame. */
  readonly frames: readonly FrameTrace[];
  readonly frameCount: number;
  readonly plaintextLength: number;
  readonly messageLength: number;
  /**
   * Signing suites: the footer's ECDSA signature (DER) and the verification key from the encryption context
   * (`aws-crypto-public-key`). Absent for unsigned suites.
   */
  readonly footer?: { readonly signature: Uint8Array; readonly publicKey: string; readonly length: number };
}

/** The part of a trace fixed once the header exists. */
export type HeaderTrace = Omit<
  EnvelopeTrace,
  'frames' | 'frameCount' | 'plaintextLength' | 'messageLength' | 'footer'
>;

export function headerTrace(input: {
  readonly suite: AlgorithmSuite;
  readonly headerIv?: Uint8Array;
  readonly messageId: Uint8Array;
  readonly encryptionContext: EncryptionContext;
  readonly encryptedDataKeys: readonly EncryptedDataKey[];
  readonly frameLength: number;
  readonly keyDerivation: KeyDerivationTrace;
  readonly headerBodyLength: number;
  readonly headerAuthTag: Uint8Array;
}): HeaderTrace {
  return {
    algorithmSuite: { id: input.suite.id, name: input.suite.name },
    messageFormatVersion: input.suite.messageFormatVersion,
    messageId: new Uint8Array(input.messageId),
    encryptionContext: { ...input.encryptionContext },
    encryptedDataKeys: input.encryptedDataKeys.map((edk) => ({
      providerId: edk.providerId,
      providerInfo: new Uint8Array(edk.providerInfo),
      ciphertext: new Uint8Array(edk.ciphertext),
    })),
    frameLength: input.frameLength,
    keyDerivation: input.keyDerivation,
    header: {
      length:
        input.headerBodyLength +
        (input.suite.messageFormatVersion === 1 ? input.suite.ivLength : 0) +
        input.suite.tagLength,
      bodyLength: input.headerBodyLength,
      authIv: new Uint8Array(input.headerIv ?? HEADER_AUTH_IV),
      authTag: new Uint8Array(input.headerAuthTag),
    },
  };
}

/** Completes a header trace with the frames seen so far. */
export function envelopeTrace(
  base: HeaderTrace,
  log: FrameTraceLog,
  messageLength: number,
  footer?: EnvelopeTrace['footer'],
): EnvelopeTrace {
  return {
    ...base,
    ...(footer && { footer }),
    frames: [...log.frames],
    frameCount: log.frameCount,
    plaintextLength: log.plaintextLength,
    messageLength,
  };
}

export interface DecryptTrace extends EnvelopeTrace {
  /** Which EDK `decryptDataKey` was given, and that the plaintext data key was discarded right after HKDF. */
  readonly dataKey: { readonly providerIds: readonly string[]; readonly discardedAfterDerivation: true };
  /** False only for format 1.0 messages, which carry no commit key to check. */
  readonly commitmentVerified: boolean;
  readonly headerVerified: true;
  /** Signing suites: the footer's signature verified over the whole message. False: the suite has none. */
  readonly signatureVerified: boolean;
}

export interface Progress {
  /** Plaintext bytes processed (read for encryption, released for decryption). */
  readonly plaintextBytes: number;
  /** Message bytes produced (encryption) or consumed (decryption). */
  readonly messageBytes: number;
  readonly frames: number;
}

/** Default number of frames whose IV/tag the trace keeps (plus the final frame). */
export const DEFAULT_TRACE_FRAMES = 16;

/** Collects frame traces with the cap, and the running totals. */
export class FrameTraceLog {
  readonly frames: FrameTrace[] = [];
  frameCount = 0;
  plaintextLength = 0;

  constructor(private readonly cap: number) {}

  add(frame: FrameTrace): void {
    this.frameCount++;
    this.plaintextLength += frame.contentLength;
    if (this.frames.length < this.cap || frame.final) {
      this.frames.push({ ...frame, iv: new Uint8Array(frame.iv), authTag: new Uint8Array(frame.authTag) });
    }
  }
}

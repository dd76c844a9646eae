import { EnvelopeError, isEnvelopeError } from './errors';
import type { Field } from './fieldReader';
import { readFrame } from './frame';
import { parseHeader } from './header';
import { isSigned, readFooter } from './signature';

export interface MessageLayout {
  /** Header fields, then a `body` field whose children are the frames (capped; see `omittedFrames`). */
  readonly fields: readonly Field[];
  readonly frameCount: number;
  /** Frames parsed but not listed (between the first `maxFrames` and the final frame). */
  readonly omittedFrames: number;
  /** Signing suites: the footer (signature length and signature), when the message got that far. */
  readonly footer?: Field;
  /**
   * Why the layout stops early, if it does (truncated, malformed, trailing bytes…): the fields before that
   * point are still listed. No keys are used, so tags are not checked here.
   */
  readonly problem?: EnvelopeError;
}

/**
 * The byte layout of an envelope for the studio's "envelope layout" view: every header field (with the
 * encrypted data key and the KMS key ARN), the header tag, and each frame's sequence number, IV, content and
 * tag, as offsets into `message` (views, no copies).
 */
export function describeMessage(message: Uint8Array, options: { maxFrames?: number } = {}): MessageLayout {
  const maxFrames = options.maxFrames ?? 64;
  const fields: Field[] = [];
  const frames: Field[] = [];
  let frameFields: Field[] = [];
  let frameCount = 0;
  let listed = 0;
  let bodyStart: number | undefined;
  let offset = 0;
  let problem: EnvelopeError | undefined;
  const footerFields: Field[] = [];
  try {
    const header = parseHeader(message, fields);
    bodyStart = offset = header.headerLength;
    for (let final = false; !final; ) {
      frameFields = [];
      const frame = readFrame(
        message.subarray(offset),
        header.frameLength,
        frameCount + 1,
        offset,
        frameFields,
      );
      final = frame.final;
      frameCount++;
      offset += frame.length;
      if (frameCount <= maxFrames || final) {
        frames.push(...frameFields);
        listed++;
      }
      frameFields = [];
    }
    if (isSigned(header.suite)) offset += readFooter(message.subarray(offset), offset, footerFields).length;
    if (offset < message.length) {
      throw new EnvelopeError(
        'trailing-bytes',
        `${message.length - offset} bytes follow the end of the message`,
        {
          step: 'body',
          frame: frameCount,
          offset,
        },
      );
    }
  } catch (error) {
    if (!isEnvelopeError(error)) throw error;
    problem = error;
    frames.push(...frameFields); // the frame that stopped the reading, as far as it was read
  }
  if (bodyStart !== undefined) {
    const last = frames.at(-1);
    const end = last ? last.offset + last.length : offset;
    fields.push({
      name: 'body',
      offset: bodyStart,
      length: end - bodyStart,
      bytes: message.subarray(bodyStart, end),
      value: frameCount,
      children: frames,
    });
  }
  fields.push(...footerFields);
  return {
    fields,
    frameCount,
    omittedFrames: frameCount - listed,
    ...(footerFields[0] && { footer: footerFields[0] }),
    problem,
  };
}

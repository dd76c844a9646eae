import { readUint16BE, readUint32BE } from '../crypto';
import { describeMessage } from './describe';
import { EnvelopeError, isEnvelopeError } from './errors';
import type { Field } from './fieldReader';
import { SEQUENCE_NUMBER_END } from './frame';
import { type MessageHeader, parseHeader } from './header';
import { isSigned, readFooter } from './signature';

/**
 * The message inspector's reading of an ESDK message file (made by the AWS Encryption CLI or any SDK), without
 * any key: the header, where the frames and the footer are, and byte layouts of the start and the end. Only
 * what is needed is read, so a 1 GB file costs a few small reads: the header from the start, the final frame
 * and the footer from where the file's size puts them (every regular frame has the same size), never the
 * content in between. Tags and the signature need keys and are checked by decryption, not here.
 */
export interface MessageInspection {
  readonly size: number;
  /** The first bytes of the file (the header, and the frames that fit in them). */
  readonly head: Uint8Array;
  /** Layout of `head`: header fields, then the frames as far as `head` reaches. */
  readonly fields: readonly Field[];
  readonly header?: MessageHeader;
  readonly frameCount?: number;
  readonly finalFrame?: { readonly offset: number; readonly length: number; readonly contentLength: number };
  /** Signing suites: the footer's bytes and layout (field offsets are offsets in the file). */
  readonly footer?: {
    readonly offset: number;
    readonly bytes: Uint8Array;
    readonly fields: readonly Field[];
  };
  /** Why the reading stopped early: not an ESDK message, cut short, bytes added… */
  readonly problem?: EnvelopeError;
}

/** How much of the start is read first: every header the lab or the SDKs write by default fits. */
export const HEAD_BYTES = 16 * 1024;
/** The largest header the inspector reads (the format allows more with thousands of EDKs). */
const MAX_HEADER_BYTES = 4 * 1024 * 1024;
/** Final frame without content: marker, sequence number, IV, content length, tag. */
const FINAL_FRAME_OVERHEAD = 4 + 4 + 12 + 4 + 16;
/** A DER ECDSA P-384 signature is at most 104 bytes; the footer adds 2. */
const MAX_FOOTER_BYTES = 2 + 110;

const read = async (blob: Blob, start: number, end: number) =>
  new Uint8Array(await blob.slice(start, end).arrayBuffer());

export async function inspectMessage(blob: Blob, headBytes = HEAD_BYTES): Promise<MessageInspection> {
  const size = blob.size;
  let head = await read(blob, 0, Math.min(size, headBytes));
  let header: MessageHeader | undefined;
  for (;;) {
    try {
      header = parseHeader(head);
      break;
    } catch (error) {
      const more = isEnvelopeError(error, 'truncated') && error.needed;
      if (!more || more > size || more > MAX_HEADER_BYTES || more <= head.length) {
        const layout = describeMessage(head);
        return { size, head, fields: layout.fields, problem: layout.problem ?? asProblem(error) };
      }
      head = await read(blob, 0, more);
    }
  }
  const layout = describeMessage(head, { maxFrames: 8 });
  // The whole message was read: describeMessage has seen every byte.
  if (head.length === size) {
    const footer = layout.footer && {
      offset: layout.footer.offset,
      bytes: layout.footer.bytes,
      fields: [layout.footer],
    };
    const finalField = layout.fields.find((f) => f.name === 'body')?.children?.at(-1);
    return {
      size,
      head,
      fields: layout.fields.filter((f) => f !== layout.footer),
      header,
      ...(layout.problem ? {} : { frameCount: layout.frameCount }),
      ...(finalField?.name === 'finalFrame' && {
        finalFrame: {
          offset: finalField.offset,
          length: finalField.length,
          contentLength: Number(finalField.children?.find((f) => f.name === 'encryptedContentLength')?.value),
        },
      }),
      ...(footer && { footer }),
      ...(layout.problem && { problem: layout.problem }),
    };
  }
  const base = { size, head, fields: layout.fields.filter((f) => f !== layout.footer), header };
  // A problem inside what was read (other than the file going on) is the answer.
  if (layout.problem && !isEnvelopeError(layout.problem, 'truncated'))
    return { ...base, problem: layout.problem };
  try {
    return { ...base, ...(await locateEnd(blob, header)) };
  } catch (error) {
    return { ...base, problem: asProblem(error) };
  }
}

function asProblem(error: unknown): EnvelopeError {
  if (isEnvelopeError(error)) return error;
  throw error;
}

/**
 * Finds the final frame from the file size: after the header come k regular frames of R bytes each, then the
 * final frame (FINAL_FRAME_OVERHEAD + L bytes, 0 ≤ L ≤ frame length), then for signing suites the footer.
 * Since R > frame length, each footer length gives at most one k; the candidates are checked against the
 * bytes (the marker, the sequence number k + 1, the content length L, the footer's length field).
 */
async function locateEnd(blob: Blob, header: MessageHeader) {
  const { frameLength, headerLength, suite } = header;
  const regular = 4 + suite.ivLength + frameLength + suite.tagLength;
  const tail = blob.size - headerLength;
  const footerLengths = isSigned(suite) ? range(3, MAX_FOOTER_BYTES) : [0];
  const tried = new Set<number>();
  for (const footerLength of footerLengths) {
    const rest = tail - footerLength - FINAL_FRAME_OVERHEAD;
    if (rest < 0) continue;
    const k = Math.floor(rest / regular);
    const contentLength = rest - k * regular;
    if (contentLength > frameLength || tried.has(k)) continue;
    tried.add(k);
    const offset = headerLength + k * regular;
    const prefix = await read(blob, offset, offset + FINAL_FRAME_OVERHEAD - suite.tagLength);
    if (readUint32BE(prefix, 0) !== SEQUENCE_NUMBER_END || readUint32BE(prefix, 4) !== k + 1) continue;
    const storedLength = readUint32BE(prefix, 8 + suite.ivLength);
    if (storedLength > frameLength) continue;
    const finalLength = FINAL_FRAME_OVERHEAD + storedLength;
    const end = offset + finalLength;
    const finalFrame = { offset, length: finalLength, contentLength: storedLength };
    if (!isSigned(suite)) {
      if (end !== blob.size) continue;
      return { frameCount: k + 1, finalFrame };
    }
    const footerBytes = await read(blob, end, Math.min(blob.size, end + MAX_FOOTER_BYTES));
    if (footerBytes.length < 2 || end + 2 + readUint16BE(footerBytes, 0) !== blob.size) continue;
    const fields: Field[] = [];
    readFooter(footerBytes, end, fields);
    return { frameCount: k + 1, finalFrame, footer: { offset: end, bytes: footerBytes, fields } };
  }
  throw new EnvelopeError(
    'truncated',
    'no final frame where the file size puts it: the file is cut short, or bytes were added to it',
    { step: 'body', offset: headerLength },
  );
}

const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);

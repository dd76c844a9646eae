/**
 * `tamper`: what an attacker with write access to the store could do to an envelope. Either flip one bit of a
 * named part (the encrypted data key, a frame's IV, tag or encrypted content, any header byte, or any byte of
 * the message), or rewrite the encryption context in the header so the reader decrypts under a different one.
 * Decrypting afterwards must fail at the exact step AWS's design makes it fail (KMS Decrypt for the EDK and the
 * encryption context, the header tag, or frame N's tag), never return wrong plaintext.
 */
import { concatBytes, writeUint16BE } from '../../crypto/index';
import { describeMessage, type Field, serializeEncryptionContext } from '../../envelope/index';
import { fail, integer, object, optional, stringMap } from '../validate';
import { envelopeFailure } from './envelopeFailure';
import { type ObjectLocation, objectLocation, objectName } from './fields';
import { type Caption, type StepKind, scenarioFailure } from './kind';

export const TAMPER_PARTS = ['edk', 'iv', 'tag', 'data', 'header', 'message'] as const;
export type TamperPart = (typeof TAMPER_PARTS)[number];

export interface BitFlip {
  part: TamperPart;
  /** 1-based frame number for `iv`, `tag` and `data` (default 1). */
  frame?: number;
  /** Bit index within the part, 0 = most significant bit of its first byte. */
  bit: number;
}

export interface TamperStep {
  id: string;
  kind: 'tamper';
  object: ObjectLocation;
  flip?: BitFlip;
  encryptionContext?: Record<string, string>;
}

export interface TamperDetail {
  /** The message range that was changed (for the byte map), in the message after the change. */
  offset: number;
  length: number;
  /** For a flip: the byte before and after. */
  before?: number;
  after?: number;
  messageLength: number;
}

function bitFlip(value: unknown, path: string): BitFlip {
  const raw = object(value, path, ['part', 'frame', 'bit']);
  const part = raw.part;
  if (typeof part !== 'string' || !(TAMPER_PARTS as readonly string[]).includes(part)) {
    fail(`${path}.part`, `must be one of ${TAMPER_PARTS.join(', ')}`);
  }
  const out: BitFlip = { part: part as TamperPart, bit: integer(raw.bit, `${path}.bit`, 0, 2 ** 40) };
  const frame = optional(raw.frame, (v) => integer(v, `${path}.frame`, 1, 2 ** 32 - 1));
  if (frame !== undefined) {
    if (!['iv', 'tag', 'data'].includes(out.part)) fail(`${path}.frame`, 'only for iv, tag or data');
    out.frame = frame;
  }
  return out;
}

/** Frame fields as `describeMessage` names them (data-format/message-body.md). */
const FRAME_FIELD: Record<'iv' | 'tag' | 'data', string> = {
  iv: 'iv',
  tag: 'authenticationTag',
  data: 'encryptedContent',
};

function findField(fields: readonly Field[], name: string): Field | undefined {
  for (const field of fields) {
    if (field.name === name) return field;
    const inner = field.children && findField(field.children, name);
    if (inner) return inner;
  }
  return undefined;
}

/** The message range a flip targets, or undefined when the message has no such part (any more). */
function targetRange(message: Uint8Array, flip: BitFlip): { offset: number; length: number } | undefined {
  if (flip.part === 'message') return { offset: 0, length: message.length };
  const frame = flip.frame ?? 1;
  const layout = describeMessage(message, { maxFrames: frame });
  if (flip.part === 'header') return findField(layout.fields, 'header');
  if (flip.part === 'edk') return findField(layout.fields, 'encryptedDataKey');
  const frames = findField(layout.fields, 'body')?.children ?? [];
  const target = frames[frame - 1];
  return target?.children && findField(target.children, FRAME_FIELD[flip.part]);
}

export const tamper: StepKind<'tamper', TamperStep, TamperDetail> = {
  kind: 'tamper',
  fields: ['object', 'flip', 'encryptionContext'],
  captions: ['tamperFlip', 'tamperContext', 'tamperFailed'],
  validate: (raw, path) => {
    if ((raw.flip === undefined) === (raw.encryptionContext === undefined)) {
      fail(path, 'needs exactly one of flip or encryptionContext');
    }
    const out: Omit<TamperStep, 'id' | 'kind'> = { object: objectLocation(raw.object, `${path}.object`) };
    const flip = optional(raw.flip, (v) => bitFlip(v, `${path}.flip`));
    const ec = optional(raw.encryptionContext, (v) => stringMap(v, `${path}.encryptionContext`));
    if (flip !== undefined) out.flip = flip;
    if (ec !== undefined) out.encryptionContext = ec;
    return out;
  },
  refs: () => [],
  async run(ctx, step) {
    const stored = ctx.client.objects[objectName(step.object)];
    if (!stored) return scenarioFailure('NoSuchObject', { object: objectName(step.object) });
    const { message } = stored;
    if (step.flip) {
      const range = targetRange(message, step.flip);
      const bits = (range?.length ?? 0) * 8;
      if (!range || step.flip.bit >= bits) {
        return scenarioFailure('TamperOutOfRange', { part: step.flip.part, bit: step.flip.bit, bits });
      }
      const at = range.offset + Math.floor(step.flip.bit / 8);
      const changed = new Uint8Array(message);
      const before = changed[at] as number;
      changed[at] = before ^ (0x80 >> (step.flip.bit % 8));
      stored.message = changed;
      stored.tamperedBy.push(step.id);
      return {
        ok: true,
        detail: {
          offset: at,
          length: 1,
          before,
          after: changed[at] as number,
          messageLength: changed.length,
        },
      };
    }
    // Rewrite the header's AAD section: UInt16 length, then the serialised context (message-header.md "AAD").
    const aad = findField(describeMessage(message, { maxFrames: 1 }).fields, 'aad');
    if (!aad) return scenarioFailure('TamperOutOfRange', { part: 'header', bit: 0, bits: 0 });
    try {
      const pairs = serializeEncryptionContext(step.encryptionContext ?? {});
      const length = new Uint8Array(2);
      writeUint16BE(length, pairs.length);
      const changed = concatBytes(
        message.subarray(0, aad.offset),
        length,
        pairs,
        message.subarray(aad.offset + aad.length),
      );
      stored.message = changed;
      stored.tamperedBy.push(step.id);
      return {
        ok: true,
        detail: { offset: aad.offset, length: 2 + pairs.length, messageLength: changed.length },
      };
    } catch (error) {
      return { ok: false, error: envelopeFailure(error), detail: undefined };
    }
  },
  caption: (step, outcome): Caption => {
    const object = objectName(step.object);
    if (outcome && !outcome.ok) return { code: 'tamperFailed', params: { object, code: outcome.error.name } };
    if (!step.flip) return { code: 'tamperContext', params: { object } };
    const { part, bit, frame = 1 } = step.flip;
    return { code: 'tamperFlip', params: { object, part, bit, frame } };
  },
};

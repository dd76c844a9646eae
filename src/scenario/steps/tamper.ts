/**
 * `tamper`: what an attacker with write access to the store could do to an envelope. Either flip one bit of a
 * named part (the encrypted data key, a frame's IV, tag or encrypted content, any header byte, or any byte of
 * the message), or rewrite the encryption context in the header so the reader decrypts under a different one.
 * Decrypting afterwards must fail at the exact step AWS's design makes it fail (KMS Decrypt for the EDK and the
 * encryption context, the header tag, or frame N's tag), never return wrong plaintext.
 */
import { fail, integer, object, optional, stringMap } from '../validate';
import { type ObjectLocation, objectLocation, objectName } from './fields';
import type { Caption, StepKind } from './kind';

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

export const tamper: StepKind<'tamper', TamperStep> = {
  kind: 'tamper',
  fields: ['object', 'flip', 'encryptionContext'],
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
  caption: (step): Caption => {
    if (!step.flip) return { code: 'tamper.encryptionContext', params: { object: objectName(step.object) } };
    const { part, bit, frame = 1 } = step.flip;
    return { code: 'tamper.flip', params: { object: objectName(step.object), part, bit, frame } };
  },
};

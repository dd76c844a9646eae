import { readUint16BE, readUint32BE } from '../crypto';
import { EnvelopeError, type EnvelopeStep } from './errors';

/**
 * One field of an envelope's byte layout, for the studio's byte map. `name` is a stable key the UI translates
 * (the ESDK spec's field names in camelCase); `bytes` is a view into the message (never a copy).
 */
export interface Field {
  readonly name: string;
  readonly offset: number;
  readonly length: number;
  readonly bytes: Uint8Array;
  /** Decoded value for display: a number, a UTF-8 string, or a hex suite ID. */
  readonly value?: number | string;
  readonly children?: readonly Field[];
}

/**
 * Big-endian reader over one message buffer that records every field it reads into `fields`, so parsing and
 * the layout view are the same code. `limit` bounds a nested structure (the AAD): running past it is
 * `malformed` (lengths inside disagree), while running past the end of the buffer is `truncated`.
 */
export class FieldReader {
  offset: number;
  fields: Field[];

  constructor(
    readonly bytes: Uint8Array,
    readonly step: EnvelopeStep,
    options: { offset?: number; limit?: number; fields?: Field[]; frame?: number; base?: number } = {},
  ) {
    this.offset = options.offset ?? 0;
    this.limit = options.limit ?? bytes.length;
    this.bounded = options.limit !== undefined;
    this.fields = options.fields ?? [];
    this.frame = options.frame;
    this.base = options.base ?? 0;
  }

  private readonly limit: number;
  /** Reading a structure with its own length field: running past `limit` means the lengths disagree. */
  private readonly bounded: boolean;
  private readonly frame: number | undefined;
  /** Offset of `bytes[0]` in the whole message (a streaming decoder hands in one frame at a time). */
  private readonly base: number;

  get remaining(): number {
    return this.limit - this.offset;
  }

  /** Absolute message offset of the current position. */
  get position(): number {
    return this.base + this.offset;
  }

  fail(code: 'malformed' | 'bad-version' | 'unknown-suite', field: string, message: string): never {
    throw new EnvelopeError(code, message, {
      step: this.step,
      field,
      frame: this.frame,
      offset: this.position,
    });
  }

  private need(name: string, length: number): void {
    if (this.offset + length <= this.limit) return;
    if (this.bounded) {
      this.fail('malformed', name, `${name} runs past the end of its enclosing structure`);
    }
    throw new EnvelopeError('truncated', `message ends inside ${name}`, {
      step: this.step,
      field: name,
      frame: this.frame,
      offset: this.position,
      needed: this.base + this.offset + length,
    });
  }

  take(name: string, length: number, value?: (bytes: Uint8Array) => number | string): Uint8Array {
    this.need(name, length);
    const bytes = this.bytes.subarray(this.offset, this.offset + length);
    this.fields.push({ name, offset: this.position, length, bytes, value: value?.(bytes) });
    this.offset += length;
    return bytes;
  }

  u8(name: string): number {
    return this.take(name, 1, (b) => b[0])[0];
  }

  u16(name: string): number {
    return readUint16BE(this.take(name, 2, (b) => readUint16BE(b)));
  }

  u32(name: string): number {
    return readUint32BE(this.take(name, 4, (b) => readUint32BE(b)));
  }

  /** Reads a structure whose fields become the children of one field named `name`. */
  group<T>(name: string, read: () => T, value?: (result: T) => number | string): T {
    const outer = this.fields;
    const children: Field[] = [];
    const start = this.offset;
    this.fields = children;
    try {
      const result = read();
      outer.push(this.groupField(name, start, children, value?.(result)));
      return result;
    } catch (error) {
      // Keep what was read so far: a layout view of a broken message still shows the good part.
      outer.push(this.groupField(name, start, children));
      throw error;
    } finally {
      this.fields = outer;
    }
  }

  private groupField(name: string, start: number, children: Field[], value?: number | string): Field {
    return {
      name,
      offset: this.base + start,
      length: this.offset - start,
      bytes: this.bytes.subarray(start, this.offset),
      value,
      children,
    };
  }
}

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeView, encodeView } from './viewCodec';

/** Values a view is made of: JSON, bytes, dates, and keys a learner may choose (`$bytes`, `__proto__`…). */
const key = fc.oneof(
  fc.string(),
  fc.constantFrom('$bytes', '$date', '$$bytes', '$', '__proto__', 'constructor'),
);
const leaf = fc.oneof(
  fc.string(),
  fc.double({ noNaN: true, noDefaultInfinity: true }).filter((n) => !Object.is(n, -0)),
  fc.boolean(),
  fc.constant(null),
  fc.uint8Array({ maxLength: 40 }),
  fc.date({ noInvalidDate: true }),
);
const { value } = fc.letrec((tie) => ({
  value: fc.oneof({ depthSize: 'small' }, leaf, tie('array'), tie('object')),
  array: fc.array(tie('value'), { maxLength: 4 }),
  object: fc
    .array(fc.tuple(key, tie('value')), { maxLength: 4 })
    .map((entries) => Object.fromEntries(entries)),
}));

describe('viewCodec', () => {
  it('reads back what it wrote: bytes as bytes, dates as dates, every key as it was', () => {
    fc.assert(
      fc.property(value, (v) => {
        expect(decodeView(encodeView(v))).toEqual(v);
      }),
    );
  });

  it('keeps a learner’s `$bytes` key an ordinary key, and `__proto__` an own property', () => {
    const context = JSON.parse('{"$bytes":"AAAA","__proto__":"x"}');
    const back = decodeView(encodeView({ context, key: new Uint8Array([1, 2]) })) as {
      context: Record<string, string>;
      key: Uint8Array;
    };
    expect(back.context).toEqual(context);
    expect(Object.getPrototypeOf(back.context)).toBe(Object.prototype);
    expect(back.key).toEqual(new Uint8Array([1, 2]));
  });

  it('refuses what JSON cannot carry, naming where it is', () => {
    expect(() => encodeView({ a: [new Map()] })).toThrow('$.a[0] is a Map instance');
    expect(() => encodeView({ f: () => 1 })).toThrow('$.f is a function');
  });
});

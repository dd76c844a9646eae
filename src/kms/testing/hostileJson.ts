/**
 * Hostile JSON for the property tests (issue #13, item 20): values with nulls where lists and maps hold
 * members, keys named like `Object.prototype` members, wrong types, and policy documents built from them.
 */
import fc from 'fast-check';

/** Names that resolve to something on `{}` although no user put them there. */
export const PROTOTYPE_NAMES = [
  '__proto__',
  'constructor',
  'toString',
  'valueOf',
  'hasOwnProperty',
  'isPrototypeOf',
  'propertyIsEnumerable',
  'toLocaleString',
  '__defineGetter__',
  '__lookupSetter__',
] as const;

/** A JSON object built with own properties only (`Object.fromEntries` defines `__proto__` as an own key). */
export function objectOf<T>(entries: fc.Arbitrary<[string, T]>): fc.Arbitrary<Record<string, T>> {
  return fc.array(entries, { maxLength: 4 }).map((e) => Object.fromEntries(e));
}

export const hostileKey = fc.oneof(
  fc.constantFrom(...PROTOTYPE_NAMES),
  fc.constantFrom('k', 'Purpose', 'aws:x'),
);

export const anyJson: fc.Arbitrary<unknown> = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.constant(null),
    fc.boolean(),
    fc.integer({ min: -2, max: 5000 }),
    fc.double(),
    fc.constantFrom(...PROTOTYPE_NAMES, '', 'AAAA'),
    fc.array(tie('value'), { maxLength: 3 }),
    objectOf(fc.tuple(hostileKey, tie('value'))),
  ),
})).value;

/** Policy documents whose parts are null, of the wrong type or named like prototype members. */
export function policyText(keyArn: string): fc.Arbitrary<string> {
  const operatorName = fc.oneof(
    fc.constantFrom(...PROTOTYPE_NAMES),
    fc.constantFrom('StringLike', 'ForAnyValue:StringEquals', 'ForAllValues:constructor', 'Null', 'Bool'),
  );
  const condition = objectOf(
    fc.tuple(operatorName, fc.oneof(anyJson, objectOf(fc.tuple(hostileKey, anyJson)))),
  );
  const statement = fc.oneof(
    anyJson,
    fc.record(
      {
        Sid: fc.oneof(fc.string({ maxLength: 4 }), anyJson),
        Effect: fc.oneof(fc.constantFrom('Allow', 'Deny', 'constructor'), anyJson),
        Principal: fc.oneof(
          fc.constant('*'),
          objectOf(fc.tuple(fc.oneof(hostileKey, fc.constant('AWS')), fc.oneof(fc.constant('*'), anyJson))),
          anyJson,
        ),
        Action: fc.oneof(fc.constantFrom('kms:*', 'kms:constructor', '*'), anyJson),
        Resource: fc.oneof(fc.constantFrom('*', keyArn), anyJson),
        Condition: fc.oneof(condition, anyJson),
      },
      { requiredKeys: [] },
    ),
  );
  return fc
    .record(
      {
        Version: fc.oneof(fc.constant('2012-10-17'), anyJson),
        Statement: fc.oneof(fc.array(statement, { maxLength: 3 }), statement),
      },
      { requiredKeys: [] },
    )
    .map((doc) => JSON.stringify(doc));
}

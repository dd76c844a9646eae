import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_SCENARIO_JSON_CHARS, MAX_SCENARIO_JSON_DEPTH, migrations, restore } from './migrations';
import { MAX_STEPS, SCENARIO_VERSION } from './schema';
import { json, nestsDeeperThan, stringMap } from './validate';

/** A document in the version-0 draft shape described in migrations.ts. */
const draft = {
  format: 'kms-lab/scenario',
  version: 0,
  seed: 'draft-seed',
  account: '444455556666',
  region: 'eu-west-1',
  start: Date.UTC(2025, 5, 1),
  steps: [
    { id: 'k', type: 'call', operation: 'CreateKey', params: { Description: 'draft' } },
    {
      id: 'e',
      type: 'call',
      operation: 'Encrypt',
      params: { KeyId: { $ref: 'k/KeyMetadata/KeyId' }, Plaintext: 'aGk=' },
      principal: 'arn:aws:iam::444455556666:user/Alice',
    },
    { id: 'w', type: 'wait', days: 30 },
    { id: 'n', type: 'note', text: 'a month later' },
  ],
};

describe('migrations', () => {
  it('are ordered scenario/1..current with no gaps', () => {
    expect(migrations.map((m) => m.id)).toEqual(
      Array.from({ length: SCENARIO_VERSION }, (_, i) => `scenario/${i + 1}`),
    );
  });

  it('migrate the version-0 draft to the current schema', () => {
    const result = restore(JSON.stringify(draft));
    expect(result).toEqual({
      ok: true,
      migratedFrom: 0,
      scenario: {
        format: 'kms-lab/scenario',
        version: 1,
        seed: 'draft-seed',
        settings: { accountId: '444455556666', region: 'eu-west-1', startTime: '2025-06-01T00:00:00.000Z' },
        steps: [
          { id: 'k', kind: 'kms.call', op: 'CreateKey', request: { Description: 'draft' } },
          {
            id: 'e',
            kind: 'kms.call',
            op: 'Encrypt',
            request: { KeyId: { $ref: 'k/KeyMetadata/KeyId' }, Plaintext: 'aGk=' },
            caller: { principal: 'arn:aws:iam::444455556666:user/Alice' },
          },
          { id: 'w', kind: 'clock.advance', ms: 30 * 86_400_000 },
          { id: 'n', kind: 'note', text: 'a month later' },
        ],
      },
    });
  });

  it('report a broken draft as invalid with its path', () => {
    const broken = { ...draft, steps: [{ id: 'w', type: 'wait', days: 'soon' }] };
    expect(restore(broken)).toEqual({
      ok: false,
      reason: 'invalid',
      detail: '$.steps[0].days: expected an integer',
    });
  });

  it.each([
    ['not JSON', '{"format":', 'malformed'],
    ['a JSON array', '[1,2]', 'malformed'],
    ['another format', '{"format":"excalidraw","version":2}', 'unsupported-format'],
    ['a newer version', '{"format":"kms-lab/scenario","version":7,"whatever":true}', 'newer-version'],
    ['a negative version', '{"format":"kms-lab/scenario","version":-1}', 'invalid'],
    ['a huge text', ' '.repeat(MAX_SCENARIO_JSON_CHARS + 1), 'too-large'],
  ])('fail with a typed reason for %s', (_, input, reason) => {
    const result = restore(input);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.reason).toBe(reason);
  });

  it('say which version made a newer document', () => {
    expect(restore({ format: 'kms-lab/scenario', version: 2 })).toEqual({
      ok: false,
      reason: 'newer-version',
      detail: 'made by format version 2; this KMS Lab reads up to version 1',
    });
  });

  it('refuse more than the step limit as too large', () => {
    const steps = Array.from({ length: MAX_STEPS + 1 }, (_, i) => ({
      id: `s${i + 1}`,
      kind: 'note',
      text: 'x',
    }));
    const result = restore({ format: 'kms-lab/scenario', version: 1, seed: 'x', settings: {}, steps });
    expect(!result.ok && result.reason).toBe('too-large');
  });

  it('never throw, whatever the input (property)', () => {
    fc.assert(
      fc.property(fc.oneof(fc.anything(), fc.json(), fc.string()), (input) => {
        const result = restore(input);
        expect(typeof result.ok).toBe('boolean');
      }),
      { numRuns: 2000 },
    );
  });
});

describe('nesting depth, scanned before JSON.parse (issue #13, item 18)', () => {
  it('counts brackets outside strings only, escaped quotes included', () => {
    expect(nestsDeeperThan('[[1]]', 2)).toBe(false);
    expect(nestsDeeperThan('[[[1]]]', 2)).toBe(true);
    expect(nestsDeeperThan('{"a":{"b":[]}}', 3)).toBe(false);
    expect(nestsDeeperThan('{"a":{"b":[{}]}}', 3)).toBe(true);
    expect(nestsDeeperThan('["[[[[", "\\"[[[[", "\\\\", [[]]]', 3)).toBe(false);
    expect(nestsDeeperThan('["\\\\", [[[]]]]', 3)).toBe(true);
  });

  it('agrees with the depth JSON.parse finds (property)', () => {
    const depthOf = (v: unknown): number =>
      typeof v === 'object' && v !== null ? 1 + Math.max(0, ...Object.values(v).map(depthOf)) : 0;
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 6 }), fc.integer({ min: 0, max: 7 }), (value, max) => {
        const text = JSON.stringify(value);
        expect(nestsDeeperThan(text, max)).toBe(depthOf(JSON.parse(text)) > max);
      }),
    );
  });

  it('restore refuses text nested deeper than the limit, and takes every real scenario', () => {
    const deep = `${'['.repeat(MAX_SCENARIO_JSON_DEPTH + 1)}${']'.repeat(MAX_SCENARIO_JSON_DEPTH + 1)}`;
    expect(restore(deep)).toEqual({
      ok: false,
      reason: 'malformed',
      detail: `nested deeper than ${MAX_SCENARIO_JSON_DEPTH} levels`,
    });
  });
});

describe('keys named like Object.prototype members (issue #13, item 21)', () => {
  it('stay own keys through validation: `__proto__` is an ordinary encryption-context key', () => {
    const parsed = JSON.parse('{"__proto__": "x", "constructor": "y"}');
    expect(Object.keys(stringMap(parsed, '$.ec'))).toEqual(['__proto__', 'constructor']);
    const nested = json(JSON.parse('{"EncryptionContext": {"__proto__": "x"}}'), '$.params') as Record<
      string,
      object
    >;
    expect(Object.keys(nested.EncryptionContext ?? {})).toEqual(['__proto__']);
  });
});

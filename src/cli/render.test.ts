import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { toBase64 } from '../crypto/encoding';
import { type OperationName, shapeOf } from './model';
import { parseCommandLine } from './parse';
import { renderCommand, toCommandLine } from './render';
import { MemoryFs } from './virtualFs';

describe('toCommandLine: what the app shows next to each button', () => {
  test('an Encrypt with a simple encryption context uses fileb:// and shorthand', () => {
    const { line, files } = renderCommand(
      'Encrypt',
      {
        KeyId: 'alias/app',
        Plaintext: 'SGVsbG8=',
        EncryptionContext: { Department: 'IT', Project: 'Alpha' },
      },
      { blobFileNames: { Plaintext: 'plaintext.txt' } },
    );
    expect(line).toBe(
      'aws kms encrypt --key-id alias/app --plaintext fileb://plaintext.txt --encryption-context Department=IT,Project=Alpha',
    );
    expect(new TextDecoder().decode(files['plaintext.txt'])).toBe('Hello');
  });
  test('a context that shorthand cannot carry falls back to quoted JSON; base64 blobs stay inline', () => {
    const line = toCommandLine(
      'Decrypt',
      { CiphertextBlob: 'AQID', EncryptionContext: { purpose: "Bob's key, v2" } },
      { blobs: 'base64', output: 'text', query: 'Plaintext' },
    );
    expect(line).toBe(
      `aws kms decrypt --ciphertext-blob AQID --encryption-context '{"purpose":"Bob'\\''s key, v2"}' --output text --query Plaintext`,
    );
  });
  test('booleans, lists of tags and multi-line layout as in the AWS documentation', () => {
    const line = toCommandLine(
      'CreateKey',
      {
        Description: 'テスト用の鍵',
        Tags: [{ TagKey: 'Purpose', TagValue: 'Test' }],
        MultiRegion: true,
        BypassPolicyLockoutSafetyCheck: false,
      },
      { multiline: true },
    );
    expect(line).toBe(
      [
        'aws kms create-key',
        "    --description 'テスト用の鍵'",
        '    --no-bypass-policy-lockout-safety-check',
        '    --tags TagKey=Purpose,TagValue=Test',
        '    --multi-region',
      ].join(' \\\n'),
    );
  });
  test('a value starting with "-" is attached with "=" so argparse keeps it a value', () => {
    expect(toCommandLine('UpdateKeyDescription', { KeyId: 'k', Description: '-rotated' })).toBe(
      'aws kms update-key-description --key-id k --description=-rotated',
    );
  });
});

// ---- parse(render(x)) == x for generated requests --------------------------------------------------

const text = (minLength = 0) =>
  fc.string({ unit: 'grapheme', minLength, maxLength: 24 }).filter((s) => !/^fileb?:\/\//.test(s));
const bytes = fc.uint8Array({ minLength: 1, maxLength: 64 }).map((b) => toBase64(b));
const enumOf = (shape: string) => fc.constantFrom(...(shapeOf(shape).enum as string[]));
const context = fc.dictionary(fc.oneof(text(1), fc.constantFrom('aws:s3:arn', 'Department')), text(), {
  maxKeys: 4,
});
const tags = fc.array(fc.record({ TagKey: text(1), TagValue: text() }), { maxLength: 3 });

const REQUESTS: [OperationName, fc.Arbitrary<Record<string, unknown>>][] = [
  [
    'Encrypt',
    fc.record(
      {
        KeyId: text(1),
        Plaintext: bytes,
        EncryptionContext: context,
        GrantTokens: fc.array(text(1), { maxLength: 3 }),
        EncryptionAlgorithm: enumOf('EncryptionAlgorithmSpec'),
        DryRun: fc.boolean(),
      },
      { requiredKeys: ['KeyId', 'Plaintext'] },
    ),
  ],
  [
    'Decrypt',
    fc.record(
      { CiphertextBlob: bytes, EncryptionContext: context, KeyId: text(1), DryRun: fc.boolean() },
      { requiredKeys: ['CiphertextBlob'] },
    ),
  ],
  [
    'CreateKey',
    fc.record(
      {
        Description: text(),
        KeySpec: enumOf('KeySpec'),
        Tags: tags,
        MultiRegion: fc.boolean(),
        BypassPolicyLockoutSafetyCheck: fc.boolean(),
      },
      { requiredKeys: [] },
    ),
  ],
  [
    'GenerateDataKey',
    fc.record(
      { KeyId: text(1), NumberOfBytes: fc.integer({ min: 1, max: 1024 }), EncryptionContext: context },
      { requiredKeys: ['KeyId'] },
    ),
  ],
  [
    'CreateGrant',
    fc.record(
      {
        KeyId: text(1),
        GranteePrincipal: text(1),
        Operations: fc.uniqueArray(enumOf('GrantOperation'), { minLength: 1, maxLength: 4 }),
        Constraints: fc.record({ EncryptionContextSubset: context }),
        Name: text(1),
      },
      { requiredKeys: ['KeyId', 'GranteePrincipal', 'Operations'] },
    ),
  ],
];

describe('parse(render(request)) returns the request', () => {
  for (const [operation, arbitrary] of REQUESTS) {
    for (const blobs of ['fileb', 'base64'] as const) {
      test(`${operation} (blobs: ${blobs})`, () => {
        fc.assert(
          fc.property(arbitrary, fc.boolean(), (request, multiline) => {
            const { line, files } = renderCommand(operation, request, { blobs, multiline });
            const parsed = parseCommandLine(line, { fs: new MemoryFs(files) });
            if (!parsed.ok) throw new Error(`${line}\n${parsed.error.stderr}`);
            expect(parsed.command.kind === 'operation' && parsed.command.operation).toBe(operation);
            expect(parsed.command.kind === 'operation' && parsed.command.request).toEqual(request);
          }),
          { numRuns: 200 },
        );
      });
    }
  }
});

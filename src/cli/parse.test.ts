import { describe, expect, test } from 'vitest';
import { type CliCommand, parseCommandLine } from './parse';
import { MemoryFs } from './virtualFs';

const USAGE_BLOCK =
  '\nusage: aws [options] <command> <subcommand> [<subcommand> ...] [parameters]\n' +
  'To see help text, you can run:\n\n  aws help\n  aws <command> help\n  aws <command> <subcommand> help\n\n';

const fs = () =>
  new MemoryFs({
    ExamplePlaintextFile: 'Hello, KMS',
    ExampleEncryptedFile: new Uint8Array([1, 2, 3, 250]),
    'key_policy.json': '{"Version": "2012-10-17",\r\n "Statement": []}',
    'ec.json': '{"Department": "IT"}',
    'plain.b64': 'SGVsbG8=\n',
  });

function operation(line: string): Extract<CliCommand, { kind: 'operation' }> {
  const r = parseCommandLine(line, { fs: fs() });
  if (!r.ok) throw new Error(r.error.stderr);
  if (r.command.kind !== 'operation') throw new Error(`not an operation: ${r.command.kind}`);
  return r.command;
}

function failure(line: string) {
  const r = parseCommandLine(line, { fs: fs() });
  if (r.ok) throw new Error(`expected failure for ${line}`);
  return r.error;
}

// Command lines copied from the AWS CLI's own KMS examples (awscli/examples/kms/<file>.rst, shipped in
// awscli 1.45.11 and published as the "Examples" of https://docs.aws.amazon.com/cli/latest/reference/kms/).
const DOC_EXAMPLES: [source: string, line: string, operation: string, request: Record<string, unknown>][] = [
  [
    'create-key.rst',
    'aws kms create-key \\\n    --key-spec RSA_4096 \\\n    --key-usage ENCRYPT_DECRYPT',
    'CreateKey',
    { KeySpec: 'RSA_4096', KeyUsage: 'ENCRYPT_DECRYPT' },
  ],
  ['create-key.rst', 'aws kms create-key \\\n    --multi-region', 'CreateKey', { MultiRegion: true }],
  [
    'create-alias.rst',
    'aws kms create-alias \\\n    --alias-name alias/example-alias \\\n    --target-key-id 1234abcd-12ab-34cd-56ef-1234567890ab',
    'CreateAlias',
    { AliasName: 'alias/example-alias', TargetKeyId: '1234abcd-12ab-34cd-56ef-1234567890ab' },
  ],
  [
    'create-grant.rst',
    'aws kms create-grant \\\n    --key-id 1234abcd-12ab-34cd-56ef-1234567890ab \\\n' +
      '    --grantee-principal arn:aws:iam::123456789012:user/exampleUser \\\n' +
      '    --operations Decrypt \\\n    --constraints EncryptionContextSubset={Department=IT} \\\n' +
      '    --retiring-principal arn:aws:iam::123456789012:role/adminRole',
    'CreateGrant',
    {
      KeyId: '1234abcd-12ab-34cd-56ef-1234567890ab',
      GranteePrincipal: 'arn:aws:iam::123456789012:user/exampleUser',
      RetiringPrincipal: 'arn:aws:iam::123456789012:role/adminRole',
      Operations: ['Decrypt'],
      Constraints: { EncryptionContextSubset: { Department: 'IT' } },
    },
  ],
  [
    'encrypt.rst',
    'aws kms encrypt \\\n    --key-id 1234abcd-12ab-34cd-56ef-1234567890ab \\\n' +
      '    --plaintext fileb://ExamplePlaintextFile \\\n    --output text \\\n    --query CiphertextBlob',
    'Encrypt',
    { KeyId: '1234abcd-12ab-34cd-56ef-1234567890ab', Plaintext: 'SGVsbG8sIEtNUw==' },
  ],
  [
    'decrypt.rst',
    'aws kms decrypt \\\n    --ciphertext-blob fileb://ExampleEncryptedFile \\\n' +
      '    --key-id 1234abcd-12ab-34cd-56ef-1234567890ab \\\n    --output text \\\n    --query Plaintext',
    'Decrypt',
    { CiphertextBlob: 'AQID+g==', KeyId: '1234abcd-12ab-34cd-56ef-1234567890ab' },
  ],
  [
    'generate-data-key.rst',
    'aws kms generate-data-key \\\n    --key-id 1234abcd-12ab-34cd-56ef-1234567890ab \\\n    --number-of-bytes 64',
    'GenerateDataKey',
    { KeyId: '1234abcd-12ab-34cd-56ef-1234567890ab', NumberOfBytes: 64 },
  ],
  [
    'enable-key-rotation.rst',
    'aws kms enable-key-rotation \\\n    --key-id arn:aws:kms:us-west-2:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab \\\n' +
      '    --rotation-period-in-days 180',
    'EnableKeyRotation',
    {
      KeyId: 'arn:aws:kms:us-west-2:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab',
      RotationPeriodInDays: 180,
    },
  ],
  [
    'put-key-policy.rst',
    'aws kms put-key-policy \\\n    --policy-name default \\\n    --key-id 1234abcd-12ab-34cd-56ef-1234567890ab \\\n' +
      '    --policy file://key_policy.json',
    'PutKeyPolicy',
    {
      KeyId: '1234abcd-12ab-34cd-56ef-1234567890ab',
      PolicyName: 'default',
      // file:// reads text with universal newlines, like Python's open(path, 'r').
      Policy: '{"Version": "2012-10-17",\n "Statement": []}',
    },
  ],
  [
    'tag-resource.rst',
    'aws kms tag-resource \\\n    --key-id 1234abcd-12ab-34cd-56ef-1234567890ab \\\n' +
      "    --tags TagKey='Purpose',TagValue='Test' TagKey='Dept',TagValue='IT'",
    'TagResource',
    {
      KeyId: '1234abcd-12ab-34cd-56ef-1234567890ab',
      Tags: [
        { TagKey: 'Purpose', TagValue: 'Test' },
        { TagKey: 'Dept', TagValue: 'IT' },
      ],
    },
  ],
  [
    'untag-resource.rst',
    "aws kms untag-resource \\\n    --key-id 1234abcd-12ab-34cd-56ef-1234567890ab \\\n    --tag-key 'Purpose'",
    'UntagResource',
    { KeyId: '1234abcd-12ab-34cd-56ef-1234567890ab', TagKeys: ['Purpose'] },
  ],
  [
    'update-key-description.rst',
    'aws kms update-key-description \\\n    --key-id 0987dcba-09fe-87dc-65ba-ab0987654321 \\\n    --description ""',
    'UpdateKeyDescription',
    { KeyId: '0987dcba-09fe-87dc-65ba-ab0987654321', Description: '' },
  ],
  [
    'schedule-key-deletion.rst',
    'aws kms schedule-key-deletion \\\n    --key-id arn:aws:kms:us-west-2:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab \\\n' +
      '    --pending-window-in-days 15',
    'ScheduleKeyDeletion',
    {
      KeyId: 'arn:aws:kms:us-west-2:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab',
      PendingWindowInDays: 15,
    },
  ],
];

describe('real command lines from the AWS CLI KMS examples', () => {
  for (const [source, line, op, request] of DOC_EXAMPLES) {
    test(`${source}: ${line.split('\n')[0]}`, () => {
      const c = operation(line);
      expect(c.operation).toBe(op);
      expect(c.request).toEqual(request);
    });
  }
  test('--output and --query are global options, wherever they appear', () => {
    const c = operation(
      'aws --output text kms encrypt --key-id k --plaintext SGVsbG8= --query CiphertextBlob',
    );
    expect(c.globals.output).toBe('text');
    expect(c.globals.query).toBe('CiphertextBlob');
  });
});

describe('encryption context: shorthand, JSON and file forms give the same map', () => {
  const base = 'aws kms encrypt --key-id alias/app --plaintext SGVsbG8=';
  const want = { Department: 'IT', Project: 'Alpha' };
  test('shorthand', () => {
    expect(
      operation(`${base} --encryption-context Department=IT,Project=Alpha`).request.EncryptionContext,
    ).toEqual(want);
  });
  test('JSON', () => {
    expect(
      operation(`${base} --encryption-context '{"Department":"IT","Project":"Alpha"}'`).request
        .EncryptionContext,
    ).toEqual(want);
  });
  test('file://', () => {
    expect(operation(`${base} --encryption-context file://ec.json`).request.EncryptionContext).toEqual({
      Department: 'IT',
    });
  });
  test('AWS service contexts with colons in the key parse as shorthand', () => {
    expect(
      operation(`${base} --encryption-context aws:s3:arn=arn:aws:s3:::bucket/key`).request.EncryptionContext,
    ).toEqual({ 'aws:s3:arn': 'arn:aws:s3:::bucket/key' });
  });
});

describe('blobs and --cli-binary-format', () => {
  test('default (CLI v2) base64: the argument is base64 text, sent as its bytes', () => {
    expect(operation('aws kms encrypt --key-id k --plaintext SGVsbG8=').request.Plaintext).toBe('SGVsbG8=');
  });
  test('raw-in-base64-out: the argument text itself is the plaintext', () => {
    const c = operation('aws kms encrypt --key-id k --plaintext Hello --cli-binary-format raw-in-base64-out');
    expect(c.request.Plaintext).toBe('SGVsbG8=');
  });
  test('fileb:// sends the raw file bytes in both formats', () => {
    for (const format of ['base64', 'raw-in-base64-out']) {
      const c = operation(
        `aws kms decrypt --ciphertext-blob fileb://ExampleEncryptedFile --cli-binary-format ${format}`,
      );
      expect(c.request.CiphertextBlob).toBe('AQID+g==');
    }
  });
  test('file:// in base64 format reads base64 text (newline ignored, as Python b64decode does)', () => {
    expect(operation('aws kms encrypt --key-id k --plaintext file://plain.b64').request.Plaintext).toBe(
      'SGVsbG8=',
    );
  });
  test('text that is not base64 fails like binaryformat.py (exit 255)', () => {
    expect(failure('aws kms encrypt --key-id k --plaintext hello')).toEqual({
      stderr: '\nInvalid base64: "hello"\n',
      exitCode: 255,
    });
  });
});

describe('booleans, integers and lists', () => {
  test('--flag and --no-flag', () => {
    expect(operation('aws kms create-key --multi-region').request).toEqual({ MultiRegion: true });
    expect(operation('aws kms create-key --no-multi-region').request).toEqual({ MultiRegion: false });
    expect(
      operation('aws kms put-key-policy --key-id k --policy {} --bypass-policy-lockout-safety-check').request,
    ).toEqual({
      KeyId: 'k',
      Policy: '{}',
      BypassPolicyLockoutSafetyCheck: true,
    });
  });
  test('lists take every following value until the next option', () => {
    expect(
      operation('aws kms decrypt --ciphertext-blob AQID --grant-tokens a b c --key-id k').request,
    ).toEqual({
      CiphertextBlob: 'AQID',
      GrantTokens: ['a', 'b', 'c'],
      KeyId: 'k',
    });
  });
  test('a list can be JSON', () => {
    expect(operation(`aws kms untag-resource --key-id k --tag-keys '["a","b"]'`).request.TagKeys).toEqual([
      'a',
      'b',
    ]);
  });
  test('--opt=value and unambiguous prefixes are argparse features the CLI inherits', () => {
    expect(operation('aws kms generate-random --number-of-bytes=32').request).toEqual({ NumberOfBytes: 32 });
    expect(operation('aws kms generate-random --number 32').request).toEqual({ NumberOfBytes: 32 });
  });
  test('an integer that is not one fails with Python int() wording (exit 255)', () => {
    expect(failure('aws kms generate-random --number-of-bytes abc')).toEqual({
      stderr: "\ninvalid literal for int() with base 10: 'abc'\n",
      exitCode: 255,
    });
  });
});

describe('errors as the CLI prints them', () => {
  test('missing required arguments (argparse, exit 252)', () => {
    expect(failure('aws kms encrypt')).toEqual({
      stderr: `${USAGE_BLOCK}aws: error: the following arguments are required: --key-id, --plaintext\n\n`,
      exitCode: 252,
    });
  });
  test('unknown options, including a stray value (exit 252)', () => {
    expect(failure('aws kms encrypt --key-id k --plaintext SGVsbG8= --foo bar')).toEqual({
      stderr: `${USAGE_BLOCK}Unknown options: --foo, bar\n\n`,
      exitCode: 252,
    });
    // A boolean flag takes no value: "true" is left over (awscli prints the same for v1 and v2).
    expect(failure('aws kms create-key --multi-region true').stderr).toContain('Unknown options: true\n');
  });
  test('an option without its value', () => {
    expect(failure('aws kms describe-key --key-id').stderr).toContain(
      'aws: error: argument --key-id: expected one argument\n',
    );
  });
  test('a mistyped subcommand lists every KMS command and suggests the closest', () => {
    const { stderr } = failure('aws kms encrpyt --key-id k');
    expect(stderr).toContain('aws: error: argument operation: Invalid choice, valid choices are:\n\n');
    expect(stderr).toContain(
      `${'cancel-key-deletion'.padEnd(40)} | ${'connect-custom-key-store'.padEnd(40)}\n`,
    );
    expect(stderr.endsWith("\n\n\nInvalid choice: 'encrpyt', maybe you meant:\n\n  * encrypt\n\n")).toBe(
      true,
    );
  });
  test('an invalid --output choice', () => {
    expect(failure('aws kms list-keys --output xml').stderr).toContain(
      `aws: error: argument --output: Invalid choice, valid choices are:\n\n${'json'.padEnd(40)} | ${'text'.padEnd(40)}\n`,
    );
  });
  test('ambiguous option prefix', () => {
    expect(failure('aws kms encrypt --key-id k --plaintext AQID --encryption x').stderr).toContain(
      'aws: error: ambiguous option: --encryption could match --encryption-context, --encryption-algorithm\n',
    );
  });
  test('shorthand syntax errors name the parameter (exit 252)', () => {
    expect(failure('aws kms encrypt --key-id k --plaintext AQID --encryption-context Department')).toEqual({
      stderr:
        "\nError parsing parameter '--encryption-context': Expected: '=', received: 'EOF' for input:\nDepartment\n          ^\n",
      exitCode: 252,
    });
  });
  test('invalid JSON shows the Python decoder message and the text received', () => {
    expect(failure(`aws kms encrypt --key-id k --plaintext AQID --encryption-context '{"a":1'`).stderr).toBe(
      "\nError parsing parameter '--encryption-context': Invalid JSON: Expecting ',' delimiter: line 1 column 7 (char 6)\nJSON received: {\"a\":1\n",
    );
  });
  test('botocore parameter validation (types and min) before any request is sent', () => {
    expect(failure(`aws kms encrypt --key-id k --plaintext AQID --encryption-context '{"a":1}'`)).toEqual({
      stderr:
        "\nParameter validation failed:\nInvalid type for parameter EncryptionContext.a, value: 1, type: <class 'int'>, valid types: <class 'str'>\n",
      exitCode: 252,
    });
    expect(failure('aws kms generate-random --number-of-bytes 0').stderr).toBe(
      '\nParameter validation failed:\nInvalid value for parameter NumberOfBytes, value: 0, valid min value: 1\n',
    );
    expect(failure(`aws kms tag-resource --key-id k --tags '[{"Key":"a"}]'`).stderr).toBe(
      '\nParameter validation failed:\nMissing required parameter in Tags[0]: "TagKey"\nMissing required parameter in Tags[0]: "TagValue"\n' +
        'Unknown parameter in Tags[0]: "Key", must be one of: TagKey, TagValue\n',
    );
  });
  test('a missing paramfile', () => {
    expect(failure('aws kms decrypt --ciphertext-blob fileb://nope.bin').stderr).toBe(
      "\nError parsing parameter '--ciphertext-blob': Unable to load paramfile fileb://nope.bin: [Errno 2] No such file or directory: 'nope.bin'\n",
    );
  });
  test('a bad --query fails before anything runs (exit 255)', () => {
    expect(failure("aws kms list-keys --query 'Keys['")).toEqual({
      stderr:
        '\nBad value for --query Keys[: Invalid jmespath expression: Incomplete expression:\n"Keys["\n      ^\n',
      exitCode: 255,
    });
  });
  test('an unknown profile', () => {
    const r = parseCommandLine('aws kms list-keys --profile nobody', { profiles: ['default'] });
    expect(r).toEqual({
      ok: false,
      error: { stderr: '\nThe config profile (nobody) could not be found\n', exitCode: 255 },
    });
  });
  test('the custom key store commands parse like every other KMS command', () => {
    expect(
      operation('aws kms delete-custom-key-store --custom-key-store-id cks-1234567890abcdef0').request,
    ).toEqual({
      CustomKeyStoreId: 'cks-1234567890abcdef0',
    });
  });
  test('a line that is not aws is not a command here', () => {
    expect(failure('kms encrypt')).toEqual({ stderr: 'bash: kms: command not found\n', exitCode: 127 });
  });
});

describe('help, version, pagination and notes', () => {
  test('help at each level', () => {
    const topics = ['aws help', 'aws kms help', 'aws kms encrypt help'].map((l) => {
      const r = parseCommandLine(l);
      return r.ok && r.command.kind === 'help' ? r.command.topic : undefined;
    });
    expect(topics).toEqual(['aws', 'kms', 'Encrypt']);
  });
  test('paginated commands get --max-items/--page-size/--starting-token', () => {
    const c = operation('aws kms list-keys --max-items 2 --page-size 1');
    expect(c.paging).toEqual({ MaxItems: 2, PageSize: 1 });
    expect(c.request).toEqual({});
  });
  test('the paginator’s own --limit turns automatic pagination off', () => {
    const c = operation('aws kms list-keys --limit 5');
    expect(c.paging).toBeUndefined();
    expect(c.request).toEqual({ Limit: 5 });
  });
  test('--no-paginate with paging options is refused', () => {
    expect(failure('aws kms list-keys --no-paginate --max-items 2').stderr).toBe(
      '\nCannot specify --no-paginate along with pagination arguments: --max-items\n',
    );
  });
  test('--endpoint-url is accepted and noted', () => {
    const c = operation('aws kms list-keys --endpoint-url http://localhost:4566');
    expect(c.notes[0]).toContain('--endpoint-url http://localhost:4566 is accepted and ignored');
  });
});

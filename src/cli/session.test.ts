import { describe, expect, test } from 'vitest';
import { createKmsSimulator } from '../kms';
import { type CommandResult, runCommandLine, type SessionOptions } from './session';
import { MemoryFs } from './virtualFs';

/** A learner's terminal on a fresh simulated account (the real engine, seeded so IDs are stable). */
function terminal(extra: Partial<SessionOptions> = {}) {
  const kms = createKmsSimulator({ seed: 'cli-session' });
  const fs = new MemoryFs({ 'secret.txt': 'Hello, KMS' });
  const variables: Record<string, string> = {};
  const options: SessionOptions = {
    variables,
    handle: (target, body, caller) => kms.handle(target, body, caller),
    fs,
    region: 'us-east-1',
    profiles: {
      default: { principal: 'arn:aws:iam::111122223333:role/Admin' },
      reader: { principal: 'arn:aws:iam::111122223333:user/Reader' },
    },
    ...extra,
  };
  const run = (line: string): Promise<CommandResult> => runCommandLine(line, options);
  return { kms, fs, run, variables };
}

describe('a create-key → create-alias → encrypt → decrypt session with CLI-shaped output', () => {
  test('every step prints what the CLI prints', async () => {
    const { fs, run, kms } = terminal();

    const created = await run(
      'aws kms create-key --description "app key" --query KeyMetadata.KeyId --output text',
    );
    expect(created.exitCode).toBe(0);
    expect(created.stderr).toBe('');
    const keyId = created.stdout.trim();
    expect(keyId).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(created.calls).toHaveLength(1);
    expect(created.operation).toBe('CreateKey');

    // CreateAlias returns an empty body: the CLI prints nothing at all.
    const alias = await run(`aws kms create-alias --alias-name alias/app --target-key-id ${keyId}`);
    expect(alias).toMatchObject({ stdout: '', stderr: '', exitCode: 0 });

    const encrypted = await run(
      'aws kms encrypt --key-id alias/app --plaintext fileb://secret.txt --encryption-context Department=IT',
    );
    expect(encrypted.exitCode).toBe(0);
    const body = JSON.parse(encrypted.stdout) as Record<string, string>;
    expect(Object.keys(body)).toEqual(['CiphertextBlob', 'KeyId', 'EncryptionAlgorithm']);
    expect(body.KeyId).toBe(`arn:aws:kms:us-east-1:111122223333:key/${keyId}`);
    expect(encrypted.stdout).toMatch(/^\{\n {4}"CiphertextBlob": "[A-Za-z0-9+/]+=*",\n/);

    // The documented way to keep the ciphertext: text output piped through base64 --decode into a file.
    const saved = await run(
      'aws kms encrypt --key-id alias/app --plaintext fileb://secret.txt --encryption-context Department=IT ' +
        '--output text --query CiphertextBlob | base64 --decode > secret.enc',
    );
    expect(saved).toMatchObject({ stdout: '', exitCode: 0 });
    expect(fs.read('secret.enc')?.length).toBeGreaterThan(10);

    const decrypted = await run(
      'aws kms decrypt --ciphertext-blob fileb://secret.enc --encryption-context Department=IT --output text --query Plaintext | base64 -d',
    );
    expect(decrypted).toMatchObject({ stdout: 'Hello, KMS', stderr: '', exitCode: 0 });

    // Wrong encryption context: InvalidCiphertextException has an empty message, and the CLI still
    // prints the colon and space.
    const wrong = await run(
      'aws kms decrypt --ciphertext-blob fileb://secret.enc --encryption-context Department=HR',
    );
    expect(wrong).toMatchObject({
      stdout: '',
      stderr: '\nAn error occurred (InvalidCiphertextException) when calling the Decrypt operation: \n',
      exitCode: 254,
    });

    // Every call went through the engine and left a CloudTrail record.
    const events = kms.trail().map((r) => r.eventName);
    expect(events).toEqual(expect.arrayContaining(['CreateKey', 'CreateAlias', 'Encrypt', 'Decrypt']));
  });

  test('service errors use the CLI v2 wording and exit status 254', async () => {
    const { run } = terminal();
    const r = await run('aws kms describe-key --key-id 1234abcd-12ab-34cd-56ef-1234567890ab');
    expect(r).toMatchObject({
      stdout: '',
      stderr:
        "\nAn error occurred (NotFoundException) when calling the DescribeKey operation: Key 'arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab' does not exist\n",
      exitCode: 254,
    });
  });

  test('table output titles the box with the operation name', async () => {
    const { run } = terminal();
    await run('aws kms create-key');
    const r = await run('aws kms list-keys --output table');
    const lines = r.stdout.split('\n');
    expect(lines[1]).toMatch(/^\|\s+ListKeys\s+\|$/);
    expect(r.stdout).toContain('||  KeyArn|');
  });

  test('--region picks the simulated Region and --profile the principal', async () => {
    const { run } = terminal();
    const r = await run('aws kms create-key --region eu-west-1 --query KeyMetadata.Arn --output text');
    expect(r.stdout).toMatch(/^arn:aws:kms:eu-west-1:111122223333:key\//);
    expect(r.calls[0]?.caller).toEqual({
      region: 'eu-west-1',
      principal: 'arn:aws:iam::111122223333:role/Admin',
    });
    const denied = await run('aws kms create-key --profile reader');
    expect(denied.exitCode).toBe(254);
    expect(denied.stderr).toContain(
      'An error occurred (AccessDeniedException) when calling the CreateKey operation: ',
    );
    expect(denied.calls[0]?.caller.principal).toBe('arn:aws:iam::111122223333:user/Reader');
  });

  test('no region anywhere is a configuration error (253)', async () => {
    const { run } = terminal({ region: undefined });
    const r = await run('aws kms list-keys');
    expect(r.exitCode).toBe(253);
    expect(r.stderr).toBe(
      '\nYou must specify a region. You can also configure your region by running "aws configure".\n',
    );
    expect(r.calls).toHaveLength(0);
  });
});

describe('pagination like the CLI paginator', () => {
  test('--max-items stops inside a page and hands out a NextToken; --starting-token resumes', async () => {
    const { run } = terminal();
    for (let i = 0; i < 5; i++) await run('aws kms create-key');
    const all = JSON.parse((await run('aws kms list-keys')).stdout) as { Keys: { KeyId: string }[] };
    expect(all.Keys).toHaveLength(5);
    expect(Object.keys(all)).toEqual(['Keys']); // Truncated/NextMarker are consumed by the paginator

    const first = await run('aws kms list-keys --page-size 2 --max-items 3');
    const page = JSON.parse(first.stdout) as { Keys: { KeyId: string }[]; NextToken: string };
    expect(page.Keys.map((k) => k.KeyId)).toEqual(all.Keys.slice(0, 3).map((k) => k.KeyId));
    expect(first.calls).toHaveLength(2);
    // botocore's token: base64 of {"Marker": <marker of the page>, "boto_truncate_amount": <items used>}.
    const token = JSON.parse(atob(page.NextToken)) as Record<string, unknown>;
    expect(token.boto_truncate_amount).toBe(1);

    const rest = await run(
      `aws kms list-keys --page-size 2 --starting-token ${page.NextToken} --query Keys[].KeyId --output text`,
    );
    expect(rest.stdout.trim().split(/\s+/)).toEqual(all.Keys.slice(3).map((k) => k.KeyId));
  });

  test('--no-paginate makes one call and shows the raw page', async () => {
    const { run } = terminal();
    await run('aws kms create-key');
    const r = await run('aws kms list-keys --no-paginate');
    expect(JSON.parse(r.stdout)).toHaveProperty('Truncated', false);
  });
});

describe('the shell around the CLI', () => {
  test('echo > file, cat, ls, and unknown commands', async () => {
    const { run, fs } = terminal();
    expect((await run('echo -n top secret > note.txt')).exitCode).toBe(0);
    expect(new TextDecoder().decode(fs.read('note.txt'))).toBe('top secret');
    expect((await run('cat note.txt')).stdout).toBe('top secret');
    expect((await run('ls')).stdout).toBe('note.txt\nsecret.txt\n');
    expect(await run('openssl rand 32')).toMatchObject({
      stderr: 'bash: openssl: command not found\n',
      exitCode: 127,
    });
  });
  test('usage errors keep the CLI status 252 and print nothing on stdout', async () => {
    const { run } = terminal();
    const r = await run('aws kms encrypt --key-id alias/app');
    expect(r.exitCode).toBe(252);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('aws: error: the following arguments are required: --plaintext');
  });
  test('help pages come from the model', async () => {
    const { run } = terminal();
    const r = await run('aws kms encrypt help');
    expect(r.stdout).toContain(
      'SYNOPSIS\n            encrypt\n          --key-id <value>\n          --plaintext <value>\n',
    );
    expect(r.stdout).toContain('[--dry-run | --no-dry-run]');
    expect(r.stdout).toContain('          o SYMMETRIC_DEFAULT');
  });
});

describe('hostile --query and mistyped commands (issue #13, item 16)', () => {
  test('a trailing dot is Python jmespath’s parse error, not a JavaScript TypeError', async () => {
    const { run } = terminal();
    const r = await run('aws kms list-keys --query Keys[].');
    expect(r.exitCode).toBe(255);
    expect(r.stderr).toBe(
      "\nBad value for --query Keys[].: Expecting: ['quoted_identifier', 'unquoted_identifier', 'lbracket', 'lbrace'], got: eof: Parse error at column 7, token \"\" (EOF), for expression:\n\"Keys[].\"\n        ^\n",
    );
    expect(r.stderr).not.toMatch(/Cannot read properties|TypeError/);
  });

  test('5,000 segments or 5,000 nested parentheses are refused before they can overflow the stack', async () => {
    const { run } = terminal();
    for (const query of [Array(5000).fill('a').join('.'), `${'('.repeat(5000)}a${')'.repeat(5000)}`]) {
      const r = await run(`aws kms list-keys --query '${query}'`);
      expect(r.exitCode).toBe(255);
      expect(r.stderr).toBe(`\nBad value for --query ${query}: maximum recursion depth exceeded\n`);
    }
    expect((await run("aws kms list-keys --query 'Keys[0].KeyId' --output text")).exitCode).toBe(0);
  });

  test('errors while evaluating a query are the CLI’s, without JavaScript wording', async () => {
    const { run } = terminal();
    await run('aws kms create-key');
    const unknown = await run("aws kms list-keys --query 'foo(@)'");
    expect([unknown.exitCode, unknown.stderr]).toEqual([255, '\nUnknown function: foo()\n']);
    const typed = await run("aws kms list-keys --query 'abs(Keys)'");
    expect(typed.exitCode).toBe(255);
    expect(typed.stderr).toMatch(/^\nabs\(\) expected argument 1 to be type number but received type array/);
  });

  test('help prints the console’s own help, as the UI words it', async () => {
    const { run } = terminal({ shellHelp: 'aws kms help lists the KMS commands.\n' });
    expect(await run('help')).toMatchObject({
      stdout: 'aws kms help lists the KMS commands.\n',
      exitCode: 0,
    });
    expect(await terminal().run('help')).toMatchObject({
      stderr: 'bash: help: command not found\n',
      exitCode: 127,
    });
  });

  test('a mistyped operation gets awscli’s “maybe you meant”', async () => {
    const { run } = terminal();
    const r = await run('aws kms lst-keys');
    expect(r.exitCode).toBe(252);
    expect(r.stderr).toMatch(/\n\nInvalid choice: 'lst-keys', maybe you meant:\n\n {2}\* list-keys\n\n$/);
  });
});

describe('shell variables', () => {
  // biome-ignore lint/suspicious/noTemplateCurlyInString: ${KEY_ID} is shell syntax here
  test('KEY_ID=$(aws …) captures the text output; $KEY_ID and "${KEY_ID}" expand, single quotes do not', async () => {
    const { run, variables } = terminal();
    const assigned = await run('KEY_ID=$(aws kms create-key --query KeyMetadata.KeyId --output text)');
    expect(assigned).toMatchObject({ stdout: '', exitCode: 0 });
    expect(variables.KEY_ID).toMatch(/^[0-9a-f-]{36}$/);
    const described = await run(
      // biome-ignore lint/suspicious/noTemplateCurlyInString: ${KEY_ID} is shell syntax here
      'aws kms describe-key --key-id "${KEY_ID}" --query KeyMetadata.KeyId --output text',
    );
    expect(described.stdout).toBe(`${variables.KEY_ID}\n`);
    expect((await run('echo $KEY_ID')).stdout).toBe(`${variables.KEY_ID}\n`);
    expect((await run("echo '$KEY_ID'")).stdout).toBe('$KEY_ID\n');
    await run('export ALIAS=alias/app');
    expect(variables.ALIAS).toBe('alias/app');
    // An unset variable expands to nothing, so the option loses its value, as in bash.
    expect((await run('aws kms describe-key --key-id $NOPE')).stderr).toContain(
      'argument --key-id: expected one argument',
    );
  });
});

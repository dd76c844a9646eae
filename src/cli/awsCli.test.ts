/**
 * Cross-check against the real AWS CLI (v1, when installed on the machine): the same command lines run
 * through our console and through `aws … --endpoint-url` against an HTTP wrapper of the same seeded
 * engine must print the same bytes. CLI v1 and v2 share the formatter code; the differences are v1's
 * raw blob arguments (so blobs are passed with fileb:// here) and v1's wire-format timestamps (so
 * commands are chosen whose output has no timestamps). Each `aws` start costs about a second (the test takes
 * 20-45 s); it runs wherever `aws` is on PATH, as src/kms/cli.test.ts does.
 */
import { execFile, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createKmsSimulator } from '../kms';
import { runCommandLine } from './session';
import { MemoryFs } from './virtualFs';

const enabled = spawnSync('aws', ['--version'], { encoding: 'utf8' }).status === 0;

function serve(handle: (target: string, body: unknown) => Promise<unknown>): Promise<Server> {
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const target = String(req.headers['x-amz-target']);
      const body = chunks.length ? JSON.parse(Buffer.concat(chunks).toString('utf8')) : {};
      handle(target, body).then(
        (out) => {
          res.writeHead(200, { 'content-type': 'application/x-amz-json-1.1' });
          res.end(JSON.stringify(out ?? {}));
        },
        (e: Error) => {
          res.writeHead(400, { 'content-type': 'application/x-amz-json-1.1' });
          res.end(JSON.stringify({ __type: e.name, message: e.message }));
        },
      );
    });
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

function awsCli(args: string[], cwd: string): Promise<{ stdout: string; stderr: string; code: number }> {
  return new Promise((resolve) => {
    execFile(
      'aws',
      args,
      {
        cwd,
        env: {
          ...process.env,
          AWS_ACCESS_KEY_ID: 'AKIDEXAMPLE',
          AWS_SECRET_ACCESS_KEY: 'secret',
          AWS_DEFAULT_REGION: 'us-east-1',
          AWS_CONFIG_FILE: '/dev/null',
          AWS_SHARED_CREDENTIALS_FILE: '/dev/null',
          COLUMNS: '80',
        },
      },
      (error, stdout, stderr) => resolve({ stdout, stderr, code: error ? Number(error.code ?? 1) : 0 }),
    );
  });
}

// Words of each command (no shell), run in order on both sides; the first creates the key everything
// else uses. Each side gets its own engine with the same seed, so IDs and ciphertexts match.
const SCRIPT: string[][] = [
  ['kms', 'create-key', '--description', 'テスト key', '--query', 'KeyMetadata.KeyId', '--output', 'text'],
  ['kms', 'create-alias', '--alias-name', 'alias/app', '--target-key-id', '@KEY'],
  [
    'kms',
    'encrypt',
    '--key-id',
    'alias/app',
    '--plaintext',
    'fileb://secret.txt',
    '--encryption-context',
    'Dept=IT',
  ],
  ['kms', 'encrypt', '--key-id', 'alias/app', '--plaintext', 'fileb://secret.txt', '--output', 'text'],
  ['kms', 'encrypt', '--key-id', 'alias/app', '--plaintext', 'fileb://secret.txt', '--output', 'table'],
  ['kms', 'generate-data-key', '--key-id', 'alias/app', '--key-spec', 'AES_256', '--output', 'table'],
  ['kms', 'list-keys'],
  ['kms', 'list-keys', '--output', 'table'],
  ['kms', 'list-keys', '--output', 'text', '--query', 'Keys[].KeyId'],
  ['kms', 'get-key-policy', '--key-id', '@KEY', '--policy-name', 'default', '--output', 'text'],
  ['kms', 'get-key-policy', '--key-id', '@KEY', '--policy-name', 'default', '--output', 'table'],
  ['kms', 'get-key-rotation-status', '--key-id', '@KEY', '--output', 'table'],
  [
    'kms',
    'tag-resource',
    '--key-id',
    '@KEY',
    '--tags',
    'TagKey=Purpose,TagValue=Test',
    'TagKey=部署,TagValue=開発',
  ],
  ['kms', 'list-resource-tags', '--key-id', '@KEY', '--output', 'table'],
  ['kms', 'list-resource-tags', '--key-id', '@KEY', '--output', 'text'],
  [
    'kms',
    'describe-key',
    '--key-id',
    'alias/app',
    '--output',
    'table',
    '--query',
    'KeyMetadata.[KeyId,KeyState,Enabled]',
  ],
  ['kms', 'describe-key', '--key-id', '1234abcd-12ab-34cd-56ef-1234567890ab'],
  ['kms', 'decrypt', '--ciphertext-blob', 'fileb://secret.txt'],
];

describe.skipIf(!enabled)('same bytes as the real aws CLI', () => {
  let server: Server;
  let dir: string;
  beforeAll(async () => {
    const kms = createKmsSimulator({ seed: 'aws-cli-compare' });
    server = await serve((target, body) => kms.handle(target, body));
    dir = mkdtempSync(join(tmpdir(), 'kms-lab-cli-'));
    writeFileSync(join(dir, 'secret.txt'), 'Hello, KMS');
  });
  afterAll(() => server?.close());

  test('json, text and table output and error messages', async () => {
    const kms = createKmsSimulator({ seed: 'aws-cli-compare' });
    const fs = new MemoryFs({ 'secret.txt': 'Hello, KMS' });
    const options = { handle: kms.handle.bind(kms), fs, region: 'us-east-1' };
    const port = (server.address() as AddressInfo).port;
    let keyId = '';
    for (const words of SCRIPT) {
      const args = words.map((w) => (w === '@KEY' ? keyId : w));
      const real = await awsCli([...args, '--endpoint-url', `http://127.0.0.1:${port}`], dir);
      const ours = await runCommandLine(['aws', ...args].map((w) => `'${w}'`).join(' '), options);
      const label = args.join(' ');
      expect({ label, stdout: ours.stdout, code: ours.exitCode }).toEqual({
        label,
        stdout: real.stdout,
        // CLI v1 exits 255 for every service error; v2 exits 254.
        code: real.code === 255 && ours.exitCode === 254 ? 254 : real.code,
      });
      expect(ours.stderr.trim()).toBe(real.stderr.trim());
      if (!keyId) keyId = ours.stdout.trim();
    }
  }, 180_000);
});

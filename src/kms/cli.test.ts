/**
 * The AWS CLI (v1, botocore) against a local HTTP server that wraps `handle` — the second official client the
 * acceptance suite uses. Skipped when `aws` is not installed.
 */
import { execFile } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createKmsSimulator, KmsError } from './index';

const run = promisify(execFile);
const hasAws = await run('aws', ['--version']).then(
  () => true,
  () => false,
);

let server: Server;
let endpoint: string;
const sim = createKmsSimulator({ seed: 'cli' });

beforeAll(async () => {
  server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', async () => {
      const target = String(req.headers['x-amz-target']);
      try {
        const body = await sim.handle(target, Buffer.concat(chunks).toString('utf8'));
        res.writeHead(200, { 'content-type': 'application/x-amz-json-1.1' }).end(JSON.stringify(body));
      } catch (e) {
        if (!(e instanceof KmsError)) throw e;
        res
          .writeHead(e.httpStatus, { 'content-type': 'application/x-amz-json-1.1' })
          .end(JSON.stringify({ __type: e.__type, message: e.message }));
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

async function aws(...args: string[]): Promise<{ stdout: string; stderr: string; code: number }> {
  const env = {
    ...process.env,
    AWS_ACCESS_KEY_ID: 'AKIAKMSLABTEST000000',
    AWS_SECRET_ACCESS_KEY: 'kms-lab-test-secret',
    AWS_DEFAULT_REGION: 'us-east-1',
    AWS_CONFIG_FILE: '/dev/null',
    AWS_SHARED_CREDENTIALS_FILE: '/dev/null',
  };
  try {
    const { stdout, stderr } = await run(
      'aws',
      ['--endpoint-url', endpoint, '--output', 'json', 'kms', ...args],
      { env },
    );
    return { stdout, stderr, code: 0 };
  } catch (e) {
    const err = e as { stdout: string; stderr: string; code: number };
    return { stdout: err.stdout, stderr: err.stderr, code: err.code };
  }
}

describe.skipIf(!hasAws)('aws kms (CLI v1) against handle', () => {
  test('create-key, encrypt, decrypt, and an AWS-named error', { timeout: 60_000 }, async () => {
    const created = JSON.parse((await aws('create-key', '--description', 'from the CLI')).stdout);
    expect(created.KeyMetadata).toMatchObject({ Description: 'from the CLI', KeyState: 'Enabled' });
    const file = join(tmpdir(), `kms-lab-cli-${process.pid}.txt`);
    writeFileSync(file, 'hello from the CLI');
    const enc = JSON.parse(
      (
        await aws(
          'encrypt',
          '--key-id',
          created.KeyMetadata.KeyId,
          '--plaintext',
          `fileb://${file}`,
          '--encryption-context',
          'purpose=test',
        )
      ).stdout,
    );
    expect(enc.KeyId).toBe(created.KeyMetadata.Arn);
    const blobFile = join(tmpdir(), `kms-lab-cli-${process.pid}.bin`);
    writeFileSync(blobFile, Buffer.from(enc.CiphertextBlob, 'base64'));
    const dec = JSON.parse(
      (
        await aws(
          'decrypt',
          '--ciphertext-blob',
          `fileb://${blobFile}`,
          '--encryption-context',
          'purpose=test',
        )
      ).stdout,
    );
    expect(Buffer.from(dec.Plaintext, 'base64').toString()).toBe('hello from the CLI');
    const missing = await aws('describe-key', '--key-id', 'alias/none');
    expect(missing.code).not.toBe(0);
    expect(missing.stderr).toContain('(NotFoundException)');
    expect(missing.stderr).toContain('Alias arn:aws:kms:us-east-1:111122223333:alias/none is not found.');
  });
});

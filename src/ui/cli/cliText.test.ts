import { describe, expect, it } from 'vitest';
import { parseCommandLine } from '../../cli/index';
import { MemoryFs } from '../../cli/virtualFs';
import { cliText } from './cliText';

const settings = { accountId: '111122223333', region: 'us-east-1' };
const utf8 = (s: string) => new TextEncoder().encode(s);

describe('the equivalent CLI command of a request the app made', () => {
  it('writes blobs as fileb:// files and reads back as the same request', () => {
    const request = {
      KeyId: 'alias/app',
      Plaintext: 'SGVsbG8sIEtNUyE=',
      EncryptionContext: { purpose: 'demo' },
    };
    const text = cliText('Encrypt', request, { settings });
    expect(text.line).toBe(
      'aws kms encrypt --key-id alias/app --plaintext fileb://plaintext.bin --encryption-context purpose=demo',
    );
    expect(text.files).toEqual([{ name: 'plaintext.bin', bytes: utf8('Hello, KMS!') }]);
    expect(text.fromSteps).toEqual([]);
    const fs = new MemoryFs(Object.fromEntries(text.files.map((f) => [f.name, f.bytes])));
    const parsed = parseCommandLine(text.line, { fs });
    expect(parsed.ok && parsed.command.kind === 'operation' ? parsed.command.request : undefined).toEqual(
      request,
    );
  });

  it('names the profile of a cast member and the Region when they are not the defaults', () => {
    const text = cliText(
      'DescribeKey',
      { KeyId: 'alias/app' },
      { settings, caller: { principal: 'arn:aws:iam::111122223333:user/Dev', region: 'eu-west-1' } },
    );
    expect(text.line).toBe('aws kms describe-key --key-id alias/app --region eu-west-1 --profile dev');
    expect(text.principal).toBe('arn:aws:iam::111122223333:user/Dev');
    // The Admin role is the engine's default caller: no profile.
    const admin = cliText(
      'ListKeys',
      {},
      { settings, caller: { principal: 'arn:aws:iam::111122223333:role/Admin' } },
    );
    expect(admin.line).toBe('aws kms list-keys');
    expect(admin.principal).toBeUndefined();
  });

  it('says when a service made the call, which a shell cannot do', () => {
    const text = cliText(
      'GenerateDataKey',
      { KeyId: 'alias/aws/s3', KeySpec: 'AES_256', EncryptionContext: { 'aws:s3:arn': 'arn:aws:s3:::b/k' } },
      {
        settings,
        caller: { principal: 'arn:aws:iam::111122223333:role/App', viaService: 's3.us-east-1.amazonaws.com' },
      },
    );
    expect(text.viaService).toBe('s3.us-east-1.amazonaws.com');
    expect(text.line).toBe(
      'aws kms generate-data-key --key-id alias/aws/s3 --encryption-context aws:s3:arn=arn:aws:s3:::b/k --key-spec AES_256 --profile app',
    );
  });

  it("turns references to earlier steps' outputs into files and shell variables", () => {
    const text = cliText(
      'Decrypt',
      { CiphertextBlob: { $ref: 's2/CiphertextBlob' }, KeyId: { $ref: 's1/KeyMetadata/KeyId' } },
      { settings },
    );
    expect(text.line).toBe(
      'aws kms decrypt --ciphertext-blob fileb://s2-ciphertext-blob.bin --key-id "$S1_KEY_ID"',
    );
    expect(text.files).toEqual([]);
    expect(text.fromSteps).toEqual([
      { kind: 'file', name: 's2-ciphertext-blob.bin', step: 's2', field: 'CiphertextBlob' },
      { kind: 'variable', name: 'S1_KEY_ID', step: 's1', field: 'KeyMetadata.KeyId' },
    ]);
  });

  it('lays out one argument per line on request', () => {
    const text = cliText('CreateAlias', { AliasName: 'alias/app', TargetKeyId: 'k' }, { multiline: true });
    expect(text.line).toBe('aws kms create-alias \\\n    --alias-name alias/app \\\n    --target-key-id k');
  });

  it('writes every engine operation with its modelled options (the model follows the registry)', () => {
    const text = cliText('UpdatePrimaryRegion', { KeyId: 'mrk-1', PrimaryRegion: 'eu-west-1' });
    expect(text.line).toBe('aws kms update-primary-region --key-id mrk-1 --primary-region eu-west-1');
  });

  it('falls back to --cli-input-json for an engine operation newer than the CLI model (ML-KEM)', () => {
    const text = cliText('Encapsulate', { KeyId: 'k', EncapsulationAlgorithm: 'ML_KEM' });
    expect(text.line).toBe(
      `aws kms encapsulate --cli-input-json '{"KeyId":"k","EncapsulationAlgorithm":"ML_KEM"}'`,
    );
  });
});

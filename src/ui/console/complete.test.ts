import { describe, expect, it } from 'vitest';
import { type CompletionSources, complete } from './complete';

const sources: CompletionSources = {
  profiles: ['default', 'admin', 'dev'],
  files: ['secret.txt', 'secret.enc'],
  keys: ['1234abcd-12ab-34cd-56ef-1234567890ab'],
  aliases: ['alias/app', 'alias/study-notes'],
};

/** Completes at the end of `line` and returns the line as it would read afterwards. */
function tab(line: string): { line: string; candidates: string[] } | undefined {
  const c = complete(line, line.length, sources);
  return c && { line: line.slice(0, c.start) + c.replacement, candidates: c.candidates };
}

describe('Tab completion from the KMS model', () => {
  it('completes the program, the service and a unique subcommand with a trailing space', () => {
    expect(tab('a')?.line).toBe('aws ');
    expect(tab('aws k')?.line).toBe('aws kms ');
    expect(tab('aws kms generate-data-key-w')?.line).toBe('aws kms generate-data-key-without-plaintext ');
  });

  it('completes several matches to their common prefix and lists them', () => {
    const c = tab('aws kms gen');
    expect(c?.line).toBe('aws kms generate-');
    expect(c?.candidates).toEqual(
      expect.arrayContaining(['generate-data-key', 'generate-data-key-without-plaintext', 'generate-random']),
    );
  });

  it("offers the subcommand's own options, minus those already given, plus global options", () => {
    const c = tab('aws kms encrypt --key-id alias/app --');
    expect(c?.candidates).toEqual(
      expect.arrayContaining(['--plaintext', '--encryption-context', '--output', '--query', '--profile']),
    );
    expect(c?.candidates).not.toContain('--key-id');
    expect(tab('aws kms encrypt --pl')?.line).toBe('aws kms encrypt --plaintext ');
    // Booleans have their --no- twin (awscli BooleanArgument).
    expect(tab('aws kms create-key --bypass')?.line).toBe(
      'aws kms create-key --bypass-policy-lockout-safety-check ',
    );
    expect(tab('aws kms create-key --no-bypass')?.line).toBe(
      'aws kms create-key --no-bypass-policy-lockout-safety-check ',
    );
  });

  it('completes values the model enumerates', () => {
    expect(tab('aws kms create-key --key-spec HMAC_2')?.candidates).toEqual(['HMAC_224', 'HMAC_256']);
    expect(tab('aws kms list-keys --output t')?.candidates).toEqual(['text', 'table']);
    expect(tab('aws kms list-keys --cli-binary-format r')?.line).toBe(
      'aws kms list-keys --cli-binary-format raw-in-base64-out ',
    );
    expect(tab('aws kms list-keys --profile d')?.candidates).toEqual(['default', 'dev']);
  });

  it('completes key identifiers, aliases and files from the world and the directory', () => {
    expect(tab('aws kms encrypt --key-id alias/a')?.line).toBe('aws kms encrypt --key-id alias/app ');
    expect(tab('aws kms describe-key --key-id 1234')?.line).toBe(
      'aws kms describe-key --key-id 1234abcd-12ab-34cd-56ef-1234567890ab ',
    );
    expect(tab('aws kms delete-alias --alias-name alias/s')?.line).toBe(
      'aws kms delete-alias --alias-name alias/study-notes ',
    );
    expect(tab('aws kms encrypt --plaintext fileb://secret.t')?.line).toBe(
      'aws kms encrypt --plaintext fileb://secret.txt ',
    );
    expect(tab('aws kms decrypt --ciphertext-blob ')?.candidates).toEqual([
      'fileb://secret.txt',
      'fileb://secret.enc',
    ]);
  });

  it('completes after a pipe and leaves unknown words alone', () => {
    expect(tab('aws kms decrypt --output text --query Plaintext | b')?.line).toBe(
      'aws kms decrypt --output text --query Plaintext | base64 ',
    );
    expect(tab('aws kms decrypt | base64 --d')?.line).toBe('aws kms decrypt | base64 --decode ');
    expect(tab('aws kms nothing-like-this')).toBeUndefined();
    expect(tab('aws kms encrypt --encryption-context "purpose=')).toBeUndefined();
  });

  it('completes the word before the caret, not the end of the line', () => {
    const line = 'aws kms enc --key-id alias/app';
    const c = complete(line, 'aws kms enc'.length, sources);
    expect(c).toMatchObject({ start: 8, end: 11, replacement: 'encrypt ' });
  });
});

import { describe, expect, it } from 'vitest';
import { OPERATIONS } from '../kms/operations/index';
import { inputShape, model, operationNames } from './model';
import { GLOBAL_OPTIONS, parseCommandLine } from './parse';

describe('the trimmed KMS model (scripts/gen-kms-model.mjs)', () => {
  it('has exactly the operations the engine registry declares, so every one can be typed in the console', () => {
    const inBotocore = Object.keys(OPERATIONS).filter((name) => model.allOperationNames.includes(name));
    expect([...operationNames].sort()).toEqual(inBotocore.sort());
  });

  it('models every operation botocore 1.43.11 knows, so every real `aws kms` command runs here', () => {
    expect([...operationNames].sort()).toEqual([...model.allOperationNames].sort());
  });

  it('leaves out only the ML-KEM operations, which are newer than botocore 1.43.11 (as the aws CLI does)', () => {
    const newer = Object.keys(OPERATIONS).filter((name) => !model.allOperationNames.includes(name));
    expect(newer.sort()).toEqual(['Decapsulate', 'Encapsulate']);
  });

  it('keeps the shapes of ListRetirableGrants and UpdatePrimaryRegion from botocore', () => {
    expect(inputShape('ListRetirableGrants').required).toEqual(['RetiringPrincipal']);
    expect(inputShape('UpdatePrimaryRegion').required).toEqual(['KeyId', 'PrimaryRegion']);
    expect(model.allOperationNames).toContain('UpdatePrimaryRegion');
  });

  it('parses the two operations added to the model', () => {
    const grants = parseCommandLine(
      'aws kms list-retirable-grants --retiring-principal arn:aws:iam::111122223333:role/Admin',
    );
    expect(grants.ok && grants.command.kind === 'operation' && grants.command.request).toEqual({
      RetiringPrincipal: 'arn:aws:iam::111122223333:role/Admin',
    });
    const primary = parseCommandLine(
      'aws kms update-primary-region --key-id mrk-1 --primary-region eu-west-1',
    );
    expect(primary.ok && primary.command.kind === 'operation' && primary.command.request).toEqual({
      KeyId: 'mrk-1',
      PrimaryRegion: 'eu-west-1',
    });
  });
});

describe('GLOBAL_OPTIONS', () => {
  it('lists each global option once, every one accepted anywhere on the line', () => {
    const flags = GLOBAL_OPTIONS.map((o) => o.flag);
    expect(new Set(flags).size).toBe(flags.length);
    expect(flags).toEqual(expect.arrayContaining(['--output', '--query', '--region', '--profile']));
    const r = parseCommandLine('aws kms list-keys --output text --region eu-west-1');
    expect(r.ok && r.command.kind === 'operation' && r.command.globals).toMatchObject({
      output: 'text',
      region: 'eu-west-1',
    });
  });
});

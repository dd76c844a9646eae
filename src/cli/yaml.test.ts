import { spawnSync } from 'node:child_process';
import { describe, expect, test } from 'vitest';
import goldens from './fixtures/formatGoldens.json';
import { formatYaml } from './yaml';

const hasPyYaml = spawnSync('python3', ['-c', 'import yaml'], { encoding: 'utf8' }).status === 0;

describe('--output yaml', () => {
  test('keys sorted, sequences under their key, timestamps and look-alike strings quoted', () => {
    expect(
      formatYaml({
        KeyMetadata: {
          KeyId: 'k',
          Enabled: true,
          CreationDate: '2026-01-01T00:00:00+00:00',
          Description: '',
        },
        Aliases: [{ AliasName: 'alias/app', TargetKeyId: 'k' }],
        Tags: [],
        Version: '1',
        Flag: 'yes',
      }),
    ).toBe(
      [
        'Aliases:',
        '- AliasName: alias/app',
        '  TargetKeyId: k',
        "Flag: 'yes'",
        'KeyMetadata:',
        "  CreationDate: '2026-01-01T00:00:00+00:00'",
        "  Description: ''",
        '  Enabled: true',
        '  KeyId: k',
        'Tags: []',
        "Version: '1'",
        '',
      ].join('\n'),
    );
  });

  // A YAML reader must get back exactly the response (PyYAML is stricter than the YAML 1.2 the CLI's
  // ruamel emits for: it also reads yes/no/on/off as booleans, so those stay quoted here).
  test.skipIf(!hasPyYaml)('every sample KMS response reads back unchanged with PyYAML', () => {
    const responses = [...new Map(goldens.map((g) => [JSON.stringify(g.response), g.response])).values()];
    const docs = responses.map((r) => formatYaml(r));
    const script =
      'import json, sys, yaml\n' +
      'docs = json.load(sys.stdin)\n' +
      'print(json.dumps([yaml.safe_load(d) if d else {} for d in docs], ensure_ascii=False))';
    const r = spawnSync('python3', ['-c', script], { input: JSON.stringify(docs), encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout)).toEqual(responses);
  });
});

import { describe, expect, test } from 'vitest';
import goldens from './fixtures/formatGoldens.json';
import { formatResponse, isoTimestamp, toCliResponse } from './format';
import type { OperationName } from './model';
import type { OutputFormat } from './parse';

// Expected outputs were produced by the AWS CLI's own formatter code (awscli 1.45.11 formatter.py,
// text.py, table.py; see fixtures/formatGoldens.py), fed the same responses.
describe('output formats match awscli/formatter.py byte for byte', () => {
  for (const g of goldens) {
    const label = `${g.operation} --output ${g.output}${g.query ? ` --query '${g.query}'` : ''} (width ${g.terminalWidth})`;
    test(label, () => {
      const out = formatResponse(g.operation as OperationName, g.response, {
        output: g.output as OutputFormat,
        ...(g.query ? { query: g.query } : {}),
        terminalWidth: g.terminalWidth,
      });
      expect(out).toBe(g.expected);
    });
  }
});

describe('timestamps as CLI v2 prints them (datetime.isoformat of local time)', () => {
  test('whole seconds in UTC', () => {
    expect(isoTimestamp(1767225600)).toBe('2026-01-01T00:00:00+00:00');
  });
  test('fractions keep six digits, and the zone offset follows the machine', () => {
    // python3 -c "import datetime as d; print(d.datetime.fromtimestamp(1767225600.5, d.timezone(d.timedelta(hours=9))).isoformat())"
    expect(isoTimestamp(1767225600.5, { utcOffsetMinutes: 540 })).toBe('2026-01-01T09:00:00.500000+09:00');
    expect(isoTimestamp(1767225600.123, { utcOffsetMinutes: -420 })).toBe('2025-12-31T17:00:00.123000-07:00');
  });
  test('toCliResponse converts only timestamp members, found through the output shape', () => {
    const body = {
      KeyMetadata: { KeyId: 'k', CreationDate: 1767225600, Enabled: true, DeletionDate: 1769817600 },
    };
    expect(toCliResponse('DescribeKey', body)).toEqual({
      KeyMetadata: {
        KeyId: 'k',
        CreationDate: '2026-01-01T00:00:00+00:00',
        Enabled: true,
        DeletionDate: '2026-01-31T00:00:00+00:00',
      },
    });
    const aliases = { Aliases: [{ AliasName: 'alias/a', CreationDate: 1767225600 }], Truncated: false };
    expect(toCliResponse('ListAliases', aliases)).toEqual({
      Aliases: [{ AliasName: 'alias/a', CreationDate: '2026-01-01T00:00:00+00:00' }],
      Truncated: false,
    });
  });
});

import { describe, expect, it } from 'vitest';
import { restore } from './migrations';
import { createScenario, nextStepId } from './schema';
import { type Step, stepCaption } from './steps/index';
import { TEMPLATE_IDS, templateScenario } from './templates';

const invalid = (value: unknown) => {
  const result = restore(value);
  if (result.ok) throw new Error('expected a failure');
  return result;
};

describe('scenario validation', () => {
  it('accepts every built-in template unchanged', () => {
    for (const id of TEMPLATE_IDS) {
      const scenario = templateScenario(id, 'ja');
      expect(restore(JSON.parse(JSON.stringify(scenario)))).toEqual({ ok: true, scenario });
    }
  });

  it.each([
    ['steps[0].kind', { id: 's1', kind: 'kms.nope' }, '$.steps[0].kind: unknown step kind'],
    ['a field of another kind', { id: 's1', kind: 'note', text: 'x', ms: 5 }, '$.steps[0].ms: unknown field'],
    ['bad id', { id: 'S 1', kind: 'note', text: 'x' }, '$.steps[0].id: must be a step id'],
    ['empty note', { id: 's1', kind: 'note', text: '' }, '$.steps[0].text: must have length at least 1'],
    ['negative clock', { id: 's1', kind: 'clock.advance', ms: -1 }, '$.steps[0].ms: must be between'],
    ['fractional clock', { id: 's1', kind: 'clock.advance', ms: 1.5 }, '$.steps[0].ms: expected an integer'],
    [
      'bad op',
      { id: 's1', kind: 'kms.call', op: 'encrypt', request: {} },
      '$.steps[0].op: must be one of CancelKeyDeletion, ConnectCustomKeyStore, CreateAlias',
    ],
    [
      'bad principal',
      { id: 's1', kind: 'kms.call', op: 'Encrypt', request: {}, caller: { principal: 'alice' } },
      '$.steps[0].caller.principal: must be an IAM principal ARN',
    ],
    [
      'a ref to a later step',
      {
        id: 's1',
        kind: 'kms.call',
        op: 'Decrypt',
        request: { CiphertextBlob: { $ref: 's2/CiphertextBlob' } },
      },
      '$.steps[0].request.CiphertextBlob: refers to "s2", which is not an earlier step',
    ],
    [
      'a malformed ref',
      { id: 's1', kind: 'kms.call', op: 'Decrypt', request: { CiphertextBlob: { $ref: 's2' } } },
      '$.steps[0].request.CiphertextBlob.$ref: must be',
    ],
    [
      'text and file',
      { id: 's1', kind: 'envelope.encrypt', dataKey: 's0', text: 'a', file: {} },
      'needs exactly one',
    ],
    [
      'tamper frame on edk',
      {
        id: 's1',
        kind: 'tamper',
        object: { bucket: 'abc', key: 'k' },
        flip: { part: 'edk', frame: 2, bit: 1 },
      },
      '$.steps[0].flip.frame: only for iv, tag or data',
    ],
    [
      'bucket name',
      { id: 's1', kind: 'envelope.decrypt', object: { bucket: 'A!', key: 'k' } },
      'must be an S3 bucket name',
    ],
  ])('rejects %s with the path of the problem', (_, step, detail) => {
    const result = invalid({ ...createScenario('seed'), steps: [step] });
    expect(result.reason).toBe('invalid');
    expect(result.detail).toContain(detail);
  });

  it('rejects duplicate step ids and references to unknown data key steps', () => {
    const note = (id: string): Step => ({ id, kind: 'note', text: 'hello' });
    expect(invalid(createScenario('x', {}, [note('s1'), note('s1')])).detail).toBe(
      '$.steps[1].id: duplicate step id "s1"',
    );
    const encrypt = { id: 's2', kind: 'envelope.encrypt', dataKey: 's9', text: 'hi' };
    expect(invalid({ ...createScenario('x'), steps: [note('s1'), encrypt] }).detail).toBe(
      '$.steps[1].dataKey: refers to "s9", which is not an earlier step',
    );
  });

  it('rejects bad settings', () => {
    const base = createScenario('x');
    expect(invalid({ ...base, settings: { ...base.settings, accountId: '123' } }).detail).toContain(
      'accountId',
    );
    expect(
      invalid({ ...base, settings: { ...base.settings, startTime: '2026-13-45T00:00:00Z' } }).detail,
    ).toContain('not a real date');
    expect(invalid({ ...base, settings: { ...base.settings, crypto: 'rot13' } }).detail).toContain('crypto');
  });

  it('bounds request JSON depth', () => {
    let deep: unknown = 'x';
    for (let i = 0; i < 40; i++) deep = { a: deep };
    const result = invalid({
      ...createScenario('x'),
      steps: [{ id: 's1', kind: 'kms.call', op: 'Encrypt', request: deep }],
    });
    expect(result.detail).toContain('nested deeper than 16');
  });

  it('derives the next step id and captions from the catalogue', () => {
    const steps = templateScenario('envelope-basics', 'ja').steps;
    expect(nextStepId(steps)).toBe(`s${steps.length + 1}`);
    expect(nextStepId([])).toBe('s1');
    expect(stepCaption(steps[2] as Step)).toEqual({
      code: 'kmsOk',
      params: { op: 'GenerateDataKey', keyId: 'alias/study-notes' },
    });
    expect(stepCaption({ id: 's1', kind: 'clock.advance', ms: 86_400_000 * 91 }).params.days).toBe(91);
  });
});

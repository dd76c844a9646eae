import { describe, expect, it } from 'vitest';
import { castMember, castSteps } from '../../scenario/cast';
import { createReplayer } from '../../scenario/replay';
import { createScenario } from '../../scenario/schema';
import type { Step } from '../../scenario/steps/index';
import { deniedCallOf } from './deniedCall';
import { parsePairs } from './pairs';

const DEV = castMember('dev').arn;

describe('the denied call of a step', () => {
  it('is read from the step’s own trace, with the real exception and the recorded explanation', async () => {
    const steps: Step[] = [
      ...castSteps(),
      { id: 's1', kind: 'kms.call', op: 'CreateKey', request: {} },
      {
        id: 's2',
        kind: 'kms.call',
        op: 'CreateGrant',
        request: { KeyId: { $ref: 's1/KeyMetadata/Arn' }, GranteePrincipal: DEV, Operations: ['Decrypt'] },
        caller: { principal: DEV },
      },
    ];
    const replayer = createReplayer(createScenario('denied', {}, steps));
    expect(deniedCallOf(await replayer.goTo(4))).toBeUndefined();
    const call = deniedCallOf(await replayer.goTo(5));
    expect(call).toMatchObject({
      stepId: 's2',
      index: 5,
      operation: 'CreateGrant',
      errorName: 'AccessDeniedException',
      principal: DEV,
      action: 'kms:CreateGrant',
    });
    expect(call?.message).toMatch(
      /^User: arn:aws:iam::111122223333:user\/Dev is not authorized to perform: kms:CreateGrant/,
    );
    expect(call?.result.summary).toBe('denied-iam-missing');
  });

  it('ignores failures that are not authorisation (a bad request never reached the policies)', async () => {
    const steps: Step[] = [
      { id: 's1', kind: 'kms.call', op: 'DescribeKey', request: { KeyId: 'alias/missing' } },
    ];
    const view = await createReplayer(createScenario('denied', {}, steps)).goTo(0);
    expect(view.result?.ok).toBe(false);
    expect(deniedCallOf(view)).toBeUndefined();
  });
});

describe('encryption context pairs as typed', () => {
  it('reads key=value lists and refuses anything else', () => {
    expect(parsePairs('')).toEqual({});
    expect(parsePairs('dept=ops, project = alpha ')).toEqual({ dept: 'ops', project: 'alpha' });
    expect(Object.keys(parsePairs('__proto__=x, constructor=y') ?? {})).toEqual(['__proto__', 'constructor']);
    expect(parsePairs('a=b=c')).toEqual({ a: 'b=c' });
    expect(parsePairs('novalue')).toBeUndefined();
    expect(parsePairs('=x')).toBeUndefined();
  });
});

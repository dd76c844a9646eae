import { describe, expect, it } from 'vitest';
import { callerOfStep } from './callerOfStep';

const settings = { accountId: '111122223333' };

describe('who made the call of a step (issue #13)', () => {
  it('names the step’s caller, and the engine’s default caller when the step names none', () => {
    expect(
      callerOfStep(
        {
          id: 's1',
          kind: 'kms.call',
          op: 'Decrypt',
          request: {},
          caller: { principal: 'arn:aws:iam::111122223333:role/App' },
        },
        settings,
      ),
    ).toEqual({
      principal: 'arn:aws:iam::111122223333:role/App',
      name: 'role/App',
      accountId: '111122223333',
    });
    expect(callerOfStep({ id: 's1', kind: 'kms.call', op: 'ListKeys', request: {} }, settings)).toMatchObject(
      {
        name: 'role/Admin',
      },
    );
    expect(
      callerOfStep(
        {
          id: 's2',
          kind: 'envelope.decrypt',
          object: { bucket: 'b', key: 'k' },
          caller: { principal: 'arn:aws:iam::444455556666:role/Partner' },
        },
        settings,
      ),
    ).toMatchObject({ name: 'role/Partner', accountId: '444455556666' });
  });

  it('has none for steps that call no KMS operation of their own', () => {
    expect(callerOfStep({ id: 'n', kind: 'note', text: 'hi' }, settings)).toBeUndefined();
    expect(callerOfStep({ id: 'c', kind: 'clock.advance', ms: 1 }, settings)).toBeUndefined();
    expect(callerOfStep(undefined, settings)).toBeUndefined();
  });
});

import { describe, expect, it } from 'vitest';
import { actorStorageKey, callerFor, createActorStore, parseActor } from './actor';

const settings = { accountId: '111122223333', region: 'us-east-1' };

describe('acting as', () => {
  it('leaves the default caller (Admin, directly) out of steps', () => {
    expect(callerFor({ member: 'admin' }, settings)).toBeUndefined();
  });

  it('names the principal and the service endpoint the call comes through', () => {
    expect(callerFor({ member: 'dev' }, settings)).toEqual({
      principal: 'arn:aws:iam::111122223333:user/Dev',
    });
    expect(callerFor({ member: 'admin', service: 's3' }, settings)).toEqual({
      principal: 'arn:aws:iam::111122223333:role/Admin',
      viaService: 's3.us-east-1.amazonaws.com',
    });
    expect(callerFor({ member: 'partner' }, { accountId: '123456789012', region: 'eu-west-1' })).toEqual({
      principal: 'arn:aws:iam::444455556666:role/Partner',
    });
  });

  it('reads saved choices defensively', () => {
    expect(parseActor(null)).toEqual({ member: 'admin' });
    expect(parseActor('{not json')).toEqual({ member: 'admin' });
    expect(parseActor('{"member":"mallory"}')).toEqual({ member: 'admin' });
    expect(parseActor('{"member":"dev","service":"nope"}')).toEqual({ member: 'dev' });
    expect(parseActor('{"member":"app","service":"secretsmanager"}')).toEqual({
      member: 'app',
      service: 'secretsmanager',
    });
  });

  it('saves the choice and starts from it next time', () => {
    const saved = new Map<string, string>();
    const storage = {
      getItem: (k: string) => saved.get(k) ?? null,
      setItem: (k: string, v: string) => saved.set(k, v),
    };
    createActorStore(storage).getState().setActor({ member: 'auditor' });
    expect(saved.get(actorStorageKey)).toBe('{"member":"auditor"}');
    expect(createActorStore(storage).getState().member).toBe('auditor');
  });

  it('survives storage that throws', () => {
    const hostile = {
      getItem: () => {
        throw new Error('blocked');
      },
      setItem: () => {
        throw new Error('full');
      },
    };
    const store = createActorStore(hostile);
    expect(store.getState().member).toBe('admin');
    store.getState().setActor({ member: 'dev' });
    expect(store.getState().member).toBe('dev');
  });
});

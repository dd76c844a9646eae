import { describe, expect, it } from 'vitest';
import { createAutosave, type StorageLike } from './autosave';
import { memoryStorage } from './memoryStorage.fixture';
import { decideOpening } from './opening';
import { createScenario } from './schema';
import { TEMPLATE_IDS, templateScenario } from './templates';

describe('autosave', () => {
  it('saves and loads the working scenario through restore', () => {
    const storage = memoryStorage();
    const autosave = createAutosave(storage);
    expect(autosave.load()).toMatchObject({ ok: false, reason: 'empty' });
    const scenario = templateScenario('envelope-basics', 'ja');
    expect(autosave.save(scenario)).toEqual({ ok: true });
    expect(autosave.load()).toEqual({ ok: true, scenario });
    autosave.clear();
    expect(autosave.load()).toMatchObject({ ok: false, reason: 'empty' });
  });

  it('reports corrupted storage as a typed failure', () => {
    const storage = memoryStorage();
    const autosave = createAutosave(storage);
    const damaged = '{"format":"kms-lab/scenario","version":1,"seed":';
    storage.data.set('kms-lab/scenario', damaged);
    expect(autosave.load()).toMatchObject({
      ok: false,
      reason: 'malformed',
      saved: damaged,
      keptAside: true,
    });
    const invalid = JSON.stringify({ ...createScenario('x'), steps: [{ id: 's1', kind: 'note' }] });
    storage.data.set('kms-lab/scenario', invalid);
    expect(autosave.load()).toEqual({
      ok: false,
      reason: 'invalid',
      detail: '$.steps[0].text: expected a string',
      saved: invalid,
      keptAside: true,
    });
  });

  it('keeps an unreadable save aside before new work is saved over it (issue #13, item 19)', () => {
    const storage = memoryStorage();
    const autosave = createAutosave(storage);
    storage.data.set('kms-lab/scenario', 'not JSON at all');
    expect(autosave.load()).toMatchObject({ reason: 'malformed', keptAside: true });
    expect(autosave.save(createScenario('fresh'))).toEqual({ ok: true });
    expect(storage.data.get('kms-lab/scenario.unreadable')).toBe('not JSON at all');
  });

  it('never saves over a newer version’s save (issue #13, item 19)', () => {
    const storage = memoryStorage();
    const autosave = createAutosave(storage);
    const newer = JSON.stringify({ ...createScenario('x'), version: 99 });
    storage.data.set('kms-lab/scenario', newer);
    expect(autosave.load()).toMatchObject({ reason: 'newer-version', saved: newer, keptAside: false });
    expect(autosave.save(createScenario('mine'))).toMatchObject({ ok: false, reason: 'newer-version-kept' });
    expect(storage.data.get('kms-lab/scenario')).toBe(newer);
  });

  it('reports unavailable and full storage instead of throwing', () => {
    const denied = new Error('The operation is insecure.');
    denied.name = 'SecurityError';
    const quota = new Error('exceeded the quota');
    quota.name = 'QuotaExceededError';
    const broken: StorageLike = {
      getItem: () => {
        throw denied;
      },
      setItem: () => {
        throw quota;
      },
      removeItem: () => {
        throw denied;
      },
    };
    const autosave = createAutosave(broken);
    expect(autosave.load()).toMatchObject({ ok: false, reason: 'storage-unavailable' });
    expect(autosave.save(createScenario('x'))).toMatchObject({ ok: false, reason: 'quota-exceeded' });
    expect(() => autosave.clear()).not.toThrow();
    expect(createAutosave(undefined).save(createScenario('x'))).toMatchObject({
      reason: 'storage-unavailable',
    });
  });
});

describe('opening a link while local work exists', () => {
  const link = templateScenario('rotation', 'ja');

  it('opens the link when there is no local work', () => {
    expect(decideOpening(link, { ok: false, reason: 'empty', detail: '' })).toEqual({ action: 'open-link' });
    expect(decideOpening(link, { ok: true, scenario: createScenario('blank') })).toEqual({
      action: 'open-link',
    });
  });

  it('opens the link when the local work is the same scenario', () => {
    expect(decideOpening(link, { ok: true, scenario: templateScenario('rotation', 'ja') })).toEqual({
      action: 'open-link',
    });
  });

  it('opens the link when the local work is a built-in scenario left as it was (issue #13)', () => {
    for (const id of TEMPLATE_IDS.filter((t) => t !== 'rotation'))
      expect(decideOpening(link, { ok: true, scenario: templateScenario(id, 'ja') })).toEqual({
        action: 'open-link',
      });
  });

  it('asks before replacing different local work, a built-in scenario the learner changed included', () => {
    const template = templateScenario('envelope-basics', 'ja');
    const local = {
      ...template,
      steps: [...template.steps, { id: 's99', kind: 'note' as const, text: 'mine' }],
    };
    expect(decideOpening(link, { ok: true, scenario: local })).toEqual({
      action: 'ask',
      local,
      link,
      choices: ['open-link', 'keep-mine', 'save-mine-first'],
    });
  });

  it('opens the link but reports unreadable local data', () => {
    const problem = { ok: false as const, reason: 'malformed' as const, detail: 'not JSON' };
    expect(decideOpening(link, problem)).toEqual({ action: 'open-link', localProblem: problem });
  });
});

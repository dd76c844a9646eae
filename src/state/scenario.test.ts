import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { arbitraryScenario } from '../scenario/arbitraryScenario.fixture';
import { createAutosave, readAheadOfLink } from '../scenario/autosave';
import { AHEAD_OF_LINK_KEY } from '../scenario/autosaveKey';
import { scenarioLinkParams } from '../scenario/codec';
import { memoryStorage } from '../scenario/memoryStorage.fixture';
import { createReplayer, type Replayer, type StepView } from '../scenario/replay';
import { createScenario, type Scenario } from '../scenario/schema';
import { templateScenario } from '../scenario/templates';
import { createScenarioStore, PLACEMENTS, STEP_DWELL_MS, type Timers } from './scenario';
import { bootScenario, syncScenario } from './scenarioPersistence';
import { settled } from './settled.fixture';

/** Timers the test fires by hand. */
function manualTimers() {
  let next = 1;
  const pending = new Map<number, { callback: () => void; ms: number }>();
  const timers: Timers = {
    setTimeout(callback, ms) {
      pending.set(next, { callback, ms });
      return next++;
    },
    clearTimeout: (handle) => void pending.delete(handle as number),
  };
  return {
    timers,
    pending,
    fire() {
      const entries = [...pending.entries()];
      pending.clear();
      for (const [, { callback }] of entries) callback();
      return entries.map(([, { ms }]) => ms);
    },
  };
}

describe('scenario store', () => {
  it('starts on the last step and shows its view', async () => {
    const store = createScenarioStore({
      scenario: templateScenario('rotation', 'ja'),
      timers: manualTimers().timers,
    });
    const state = await settled(store);
    expect(state.cursor).toBe(7);
    expect(state.view?.caption.code).toBe('Decrypt');
  });

  it('made idle (the page’s store), replays nothing until a scenario is opened; a view it is given is not replayed', async () => {
    const scenario = templateScenario('rotation', 'en');
    const live = createReplayer(scenario);
    const asked: number[] = [];
    const store = createScenarioStore({
      idle: true,
      timers: manualTimers().timers,
      replayer: () => ({
        get scenario() {
          return live.scenario;
        },
        goTo: (index) => {
          asked.push(index);
          return live.goTo(index);
        },
        history: (upTo) => live.history(upTo),
        setScenario: (next) => live.setScenario(next),
        checkpointCount: () => live.checkpointCount(),
      }),
    });
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(store.getState()).toMatchObject({ loading: true, view: undefined });
    // The first picture: the view of the last step, drawn elsewhere (the build), shown as it is.
    const shown = await createReplayer(scenario).goTo(7);
    store.getState().replaceScenario(scenario, 7, shown);
    expect(store.getState()).toMatchObject({ cursor: 7, loading: false, view: shown });
    expect(asked).toEqual([]);
    // A view for another step than the cursor's is not taken for it.
    store.getState().replaceScenario(scenario, 6, shown);
    expect((await settled(store)).view?.index).toBe(6);
    expect(asked).toEqual([6]);
  });

  it('moves the cursor with next, prev, first and last, clamped to the scenario', async () => {
    const store = createScenarioStore({
      scenario: templateScenario('rotation', 'ja'),
      cursor: 2,
      timers: manualTimers().timers,
    });
    await settled(store);
    store.getState().next();
    expect((await settled(store)).cursor).toBe(3);
    store.getState().prev();
    store.getState().prev();
    expect((await settled(store)).view?.index).toBe(1);
    store.getState().first();
    expect((await settled(store)).view?.caption.code).toBe('start');
    store.getState().prev();
    expect((await settled(store)).cursor).toBe(-1);
    store.getState().last();
    store.getState().next();
    expect((await settled(store)).cursor).toBe(7);
  });

  it('keeps only the latest of several quick jumps', async () => {
    const store = createScenarioStore({
      scenario: templateScenario('rotation', 'ja'),
      cursor: 0,
      timers: manualTimers().timers,
    });
    for (const i of [5, 2, 7, 3]) store.getState().goTo(i);
    const state = await settled(store);
    expect(state.cursor).toBe(3);
    expect(state.view?.index).toBe(3);
  });

  it('appends a step at the last step, gives it the next id and moves the cursor to it', async () => {
    const store = createScenarioStore({
      scenario: templateScenario('rotation', 'ja'),
      timers: manualTimers().timers,
    });
    await settled(store);
    const change = store.getState().appendStep({
      kind: 'kms.call',
      op: 'DisableKey',
      request: { KeyId: { $ref: 's1/KeyMetadata/KeyId' } },
    });
    expect(change).toEqual({ ok: true, id: 's9' });
    const state = await settled(store);
    expect(state.cursor).toBe(8);
    expect(state.view?.caption.code).toBe('DisableKey');
    // Nothing was out of sight: nothing to take back.
    expect(state.undoable).toBeUndefined();
  });

  it('refuses an invalid step with the path of the problem and changes nothing', async () => {
    const store = createScenarioStore({
      scenario: templateScenario('rotation', 'ja'),
      timers: manualTimers().timers,
    });
    await settled(store);
    const before = store.getState().scenario;
    const change = store.getState().appendStep({ kind: 'envelope.encrypt', dataKey: 's99', text: 'x' });
    expect(change).toEqual({
      ok: false,
      detail: '$.steps[8].dataKey: refers to "s99", which is not an earlier step',
    });
    expect(store.getState().scenario).toBe(before);
  });

  it('edits a step and replays from there', async () => {
    const store = createScenarioStore({
      scenario: templateScenario('why-envelope', 'ja'),
      cursor: 2,
      timers: manualTimers().timers,
    });
    expect((await settled(store)).view?.result?.ok).toBe(false);
    store.getState().editStep(2, {
      id: 's3',
      kind: 'kms.call',
      op: 'Encrypt',
      request: { KeyId: 'alias/big-data', Plaintext: 'aGk=' },
    });
    const state = await settled(store);
    expect(state.cursor).toBe(2);
    expect(state.view?.result?.ok).toBe(true);
  });

  it('truncates after a step', async () => {
    const store = createScenarioStore({
      scenario: templateScenario('why-envelope', 'ja'),
      timers: manualTimers().timers,
    });
    await settled(store);
    store.getState().truncateAfter(1);
    const state = await settled(store);
    expect(state.scenario.steps.map((s) => s.id)).toEqual(['s1', 's2']);
    expect(state.cursor).toBe(1);
  });

  it('reads other steps from its own replay without moving the cursor (history, viewAt)', async () => {
    const scenario = templateScenario('rotation', 'ja');
    let replayers = 0;
    const store = createScenarioStore({
      scenario,
      cursor: 2,
      timers: manualTimers().timers,
      replayer: (s) => {
        replayers++;
        return createReplayer(s);
      },
    });
    const shown = await settled(store);
    const { scenario: read, records } = await store.getState().history(7);
    expect(read).toBe(shown.scenario);
    expect(records.map((r) => r.step.id)).toEqual(scenario.steps.map((s) => s.id));
    const fresh = createReplayer(scenario);
    const view = await store.getState().viewAt(5);
    expect(view).toEqual(await fresh.goTo(5));
    expect(records[7]?.result).toEqual((await fresh.goTo(7)).result);
    expect(store.getState().cursor).toBe(2);
    expect(store.getState().view).toBe(shown.view);
    // The one replayer the store made served all of it.
    expect(replayers).toBe(1);

    // After an edit, the history is the edited scenario's.
    store.getState().truncateAfter(3);
    const after = await store.getState().history(7);
    expect(after.scenario.steps).toHaveLength(4);
    expect(after.records).toHaveLength(4);
    expect(after.records.slice(0, 3)).toEqual(records.slice(0, 3));
  });

  it('plays one step per dwell, faster at higher speed, and stops at the end', async () => {
    const clock = manualTimers();
    const store = createScenarioStore({
      scenario: templateScenario('envelope-basics', 'ja'),
      cursor: 4,
      timers: clock.timers,
    });
    await settled(store);
    store.getState().setSpeed(2);
    store.getState().play();
    expect(store.getState().isPlaying).toBe(true);
    expect(clock.fire()).toEqual([STEP_DWELL_MS / 2]);
    expect((await settled(store)).cursor).toBe(5);
    clock.fire();
    expect((await settled(store)).cursor).toBe(6);
    expect(store.getState().isPlaying).toBe(false);
    expect(clock.pending.size).toBe(0);
  });

  it('plays from the start when playing at the end, and pauses', async () => {
    const clock = manualTimers();
    const store = createScenarioStore({ scenario: templateScenario('rotation', 'ja'), timers: clock.timers });
    await settled(store);
    store.getState().togglePlay();
    expect((await settled(store)).cursor).toBe(-1);
    store.getState().togglePlay();
    expect(store.getState().isPlaying).toBe(false);
    expect(clock.pending.size).toBe(0);
  });
});

describe('URL and autosave sync', () => {
  it('writes v, s and step (replaceState) and autosaves, debounced', async () => {
    const clock = manualTimers();
    const scenario = templateScenario('rotation', 'ja');
    const store = createScenarioStore({ scenario, cursor: 2, timers: manualTimers().timers });
    const writes: { patch: Readonly<Record<string, string | null>>; replace: boolean }[] = [];
    const autosave = createAutosave(memoryStorage());
    syncScenario(store, {
      updateFragment: (patch, { replace }) => writes.push({ patch, replace }),
      autosave,
      timers: clock.timers,
    });
    store.getState().next();
    store.getState().next();
    expect(clock.pending.size).toBe(1);
    clock.fire();
    await new Promise((resolve) => setTimeout(resolve, 50));
    const expected = await scenarioLinkParams(scenario, 5);
    expect(writes).toEqual([{ patch: expected, replace: true }]);
    expect(autosave.load()).toEqual({ ok: true, scenario });
  });

  it('says once when autosave starts failing, so the URL never runs ahead silently (issue #13, item 19)', async () => {
    const clock = manualTimers();
    const store = createScenarioStore({
      scenario: templateScenario('rotation', 'ja'),
      timers: manualTimers().timers,
    });
    let full = true;
    const storage = memoryStorage();
    const autosave = createAutosave({
      ...storage,
      setItem: (key, value) => {
        if (full) throw Object.assign(new Error('quota'), { name: 'QuotaExceededError' });
        storage.setItem(key, value);
      },
    });
    const failures: string[] = [];
    // The sync writes the URL and then, in the same task, saves: a change is done once the URL is written
    // (encoding the link is asynchronous, and takes its time on a busy machine).
    let written: (() => void) | undefined;
    syncScenario(store, {
      updateFragment: () => written?.(),
      autosave,
      timers: clock.timers,
      onSaveFailed: (result) => failures.push(result.reason),
    });
    const change = async (note: string) => {
      const flushed = new Promise<void>((resolve) => {
        written = resolve;
      });
      store.getState().appendStep({ kind: 'note', text: note });
      clock.fire();
      await flushed;
    };
    await change('a');
    await change('b');
    expect(failures).toEqual(['quota-exceeded']);
    full = false;
    await change('c');
    full = true;
    await change('d');
    expect(failures).toEqual(['quota-exceeded', 'quota-exceeded']);
  });
});

describe('leaving the page: a reload opens the latest work, whichever of its own links it loads', () => {
  /** A page whose scenario is `opened` (from a link), with its sync, tab storage and a way to leave it. */
  async function openedPage(opened: Scenario, storage = memoryStorage()) {
    const clock = manualTimers();
    const store = createScenarioStore({ scenario: opened, timers: manualTimers().timers });
    const tab = memoryStorage();
    const autosave = createAutosave(storage);
    let url = new URLSearchParams(await scenarioLinkParams(opened, 0));
    let leave = () => {};
    syncScenario(store, {
      updateFragment: (patch) => {
        url = new URLSearchParams(patch as Record<string, string>);
      },
      autosave,
      timers: clock.timers,
      tabStorage: tab,
      currentLink: () => url.get('s'),
      onLeave: (listener) => {
        leave = listener;
        return () => {};
      },
    });
    /** Fires the debounce and waits for the URL write (encoding the link is asynchronous). */
    const flush = async () => {
      const before = url;
      clock.fire();
      await vi.waitFor(() => expect(url).not.toBe(before));
    };
    const reload = (at: URLSearchParams) =>
      bootScenario(at, autosave, createScenario('fresh'), readAheadOfLink(tab));
    return { store, tab, autosave, url: () => url, flush, leave: () => leave(), reload };
  }

  it('saves a change made just before leaving at once, and the reload opens it without asking', async () => {
    const page = await openedPage(templateScenario('rotation', 'ja'));
    page.store.getState().appendStep({ kind: 'note', text: 'added just before the reload' });
    // The debounce has not fired: the URL still names the scenario as it was opened.
    page.leave();
    const changed = page.store.getState().scenario;
    expect(page.autosave.load()).toEqual({ ok: true, scenario: changed });
    // Without the note the reload would ask whether the page's own older link should replace the change.
    expect(await bootScenario(page.url(), page.autosave, createScenario('fresh'))).toMatchObject({
      kind: 'ask',
    });
    expect(await page.reload(page.url())).toEqual({
      kind: 'ready',
      scenario: changed,
      cursor: changed.steps.length - 1,
    });
  });

  it('opens the latest work when the reload keeps the link from before the last write', async () => {
    const page = await openedPage(templateScenario('rotation', 'ja'));
    await page.flush();
    const before = page.url();
    page.store.getState().appendStep({ kind: 'note', text: 'written while the reload was on its way' });
    await page.flush();
    page.leave();
    expect(await page.reload(before)).toMatchObject({
      kind: 'ready',
      scenario: page.store.getState().scenario,
    });
  });

  it('a reload of the bare URL opens the autosave where the learner was, not at its end', async () => {
    const opened = templateScenario('rotation', 'ja');
    const page = await openedPage(opened);
    page.store.getState().goTo(-1);
    page.leave();
    expect(await page.reload(new URLSearchParams('view=keys'))).toEqual({
      kind: 'ready',
      scenario: opened,
      cursor: -1,
    });
  });

  it('keeps a cursor moved just before leaving', async () => {
    const opened = templateScenario('rotation', 'ja');
    const page = await openedPage(opened);
    page.store.getState().goTo(2);
    page.leave();
    expect(await page.reload(page.url())).toEqual({ kind: 'ready', scenario: opened, cursor: 2 });
  });

  it('the next write clears the note', async () => {
    const page = await openedPage(templateScenario('rotation', 'ja'));
    page.leave();
    expect(page.tab.data.has(AHEAD_OF_LINK_KEY)).toBe(true);
    page.store.getState().appendStep({ kind: 'note', text: 'a' });
    await page.flush();
    expect(page.tab.data.has(AHEAD_OF_LINK_KEY)).toBe(false);
  });

  it('notes nothing while autosave fails: the link may then be newer than the save', async () => {
    const storage = memoryStorage();
    const page = await openedPage(templateScenario('rotation', 'ja'), {
      ...storage,
      setItem: () => {
        throw Object.assign(new Error('quota'), { name: 'QuotaExceededError' });
      },
    });
    page.store.getState().appendStep({ kind: 'note', text: 'a' });
    page.leave();
    expect(page.tab.data.has(AHEAD_OF_LINK_KEY)).toBe(false);
  });

  it('a link that is not one of the tab’s own (opened in this tab since) changes nothing: the learner is asked', async () => {
    const autosave = createAutosave(memoryStorage());
    const rotation = templateScenario('rotation', 'ja');
    autosave.save({ ...rotation, steps: rotation.steps.slice(0, 3) });
    const params = new URLSearchParams(
      await scenarioLinkParams(templateScenario('envelope-basics', 'ja'), 0),
    );
    const note = { links: ['another'], cursor: 1 };
    expect(await bootScenario(params, autosave, createScenario('fresh'), note)).toMatchObject({
      kind: 'ask',
    });
  });

  it('ignores a note that is not one (the learner can edit storage)', () => {
    const notes = [
      '{',
      'null',
      '[]',
      '{"links":"x","cursor":0}',
      '{"links":[1],"cursor":0}',
      '{"links":[],"cursor":-2}',
    ];
    for (const text of [...notes, '{"links":["x"],"cursor":1.5}']) {
      const tab = memoryStorage();
      tab.data.set(AHEAD_OF_LINK_KEY, text);
      expect(readAheadOfLink(tab)).toBeUndefined();
    }
  });
});

describe('start-up', () => {
  const fallback = createScenario('fresh');

  it('uses the autosaved work when there is no link', async () => {
    const autosave = createAutosave(memoryStorage());
    autosave.save(templateScenario('rotation', 'ja'));
    expect(await bootScenario(new URLSearchParams(''), autosave, fallback)).toEqual({
      kind: 'ready',
      scenario: templateScenario('rotation', 'ja'),
      cursor: 7,
    });
  });

  it('opens a link at its step when there is no local work', async () => {
    const params = await scenarioLinkParams(templateScenario('envelope-basics', 'ja'), 3);
    const boot = await bootScenario(new URLSearchParams(params), createAutosave(memoryStorage()), fallback);
    expect(boot).toEqual({ kind: 'ready', scenario: templateScenario('envelope-basics', 'ja'), cursor: 2 });
  });

  it('keeps local work and explains a bad link', async () => {
    const autosave = createAutosave(memoryStorage());
    autosave.save(templateScenario('rotation', 'ja'));
    const boot = await bootScenario(new URLSearchParams('v=9&s=whatever&step=2'), autosave, fallback);
    expect(boot).toMatchObject({
      kind: 'ready',
      scenario: templateScenario('rotation', 'ja'),
      linkProblem: { reason: 'newer-version' },
    });
  });

  it('reports unreadable saved work, with its text, whatever the link (issue #13, item 19)', async () => {
    const storage = memoryStorage();
    storage.data.set('kms-lab/scenario', '{"format":"kms-lab/scenario",');
    const boot = await bootScenario(new URLSearchParams(''), createAutosave(storage), fallback);
    expect(boot).toMatchObject({
      kind: 'ready',
      scenario: fallback,
      savedProblem: { reason: 'malformed', saved: '{"format":"kms-lab/scenario",', keptAside: true },
    });
  });

  it('asks before a link replaces different local work', async () => {
    const autosave = createAutosave(memoryStorage());
    const rotation = templateScenario('rotation', 'ja');
    autosave.save({ ...rotation, steps: rotation.steps.slice(0, 3) });
    const params = await scenarioLinkParams(templateScenario('envelope-basics', 'ja'), 0);
    const boot = await bootScenario(new URLSearchParams(params), autosave, fallback);
    expect(boot).toMatchObject({
      kind: 'ask',
      linkCursor: -1,
      decision: { action: 'ask', choices: ['open-link', 'keep-mine', 'save-mine-first'] },
    });
  });
});

describe('acting while stepped back (issue #13)', () => {
  const disable = {
    kind: 'kms.call',
    op: 'DisableKey',
    request: { KeyId: { $ref: 's1/KeyMetadata/KeyId' } },
  } as const;

  it('inserts after the step on screen and keeps what followed, which replays after it (and fails)', async () => {
    const scenario = templateScenario('rotation', 'ja');
    const store = createScenarioStore({ scenario, cursor: 1, timers: manualTimers().timers });
    await settled(store);
    expect(store.getState().placement).toBe('keep');
    expect(store.getState().appendStep(disable)).toEqual({ ok: true, id: 's9' });
    const state = await settled(store);
    expect(state.cursor).toBe(2);
    expect(state.scenario.steps.map((s) => s.id)).toEqual([
      's1',
      's2',
      's9',
      's3',
      's4',
      's5',
      's6',
      's7',
      's8',
    ]);
    expect(state.view?.caption.code).toBe('DisableKey');
    expect(state.undoable).toMatchObject({ kind: 'inserted', at: 2, count: 1, kept: 6, dropped: 0 });
    // The kept Encrypt after the inserted DisableKey now fails, as AWS would answer: DisabledException.
    const { records } = await state.history(8);
    const encrypt = records.find((r) => r.step.id === 's6');
    expect(encrypt?.result.ok).toBe(false);
    expect(encrypt?.result.ok === false && encrypt.result.error.name).toBe('DisabledException');
  });

  it('drops what followed when the learner chooses so, and undo brings it back', async () => {
    const scenario = templateScenario('rotation', 'ja');
    const store = createScenarioStore({ scenario, cursor: 1, timers: manualTimers().timers });
    await settled(store);
    store.getState().setPlacement('drop');
    store.getState().appendStep(disable);
    const state = await settled(store);
    expect(state.scenario.steps.map((s) => s.id)).toEqual(['s1', 's2', 's9']);
    expect(state.cursor).toBe(2);
    expect(state.undoable).toMatchObject({ kind: 'inserted', at: 2, count: 1, kept: 0, dropped: 6 });
    expect(store.getState().undo()).toBe(true);
    const back = await settled(store);
    expect(back.scenario).toBe(scenario);
    expect(back.cursor).toBe(1);
    expect(back.undoable).toBeUndefined();
    expect(store.getState().undo()).toBe(false);
  });

  it('places the last insertion again with the other choice, the cursor on the same added step', async () => {
    const scenario = templateScenario('rotation', 'ja');
    const store = createScenarioStore({ scenario, cursor: 1, timers: manualTimers().timers });
    await settled(store);
    store.getState().appendSteps(
      [
        { id: 'a', kind: 'note', text: 'a' },
        { id: 'b', kind: 'note', text: 'b' },
      ],
      'last',
    );
    expect(store.getState().placeAgain('drop')).toBe(true);
    let state = await settled(store);
    expect(state.scenario.steps.map((s) => s.id)).toEqual(['s1', 's2', 'a', 'b']);
    expect(state.view?.step?.id).toBe('b');
    expect(state.placement).toBe('drop');
    expect(state.undoable).toMatchObject({ kind: 'inserted', at: 2, count: 2, kept: 0, dropped: 6 });
    expect(store.getState().placeAgain('keep')).toBe(true);
    state = await settled(store);
    expect(state.scenario.steps.map((s) => s.id)).toEqual([
      's1',
      's2',
      'a',
      'b',
      ...scenario.steps.slice(2).map((s) => s.id),
    ]);
    expect(state.view?.step?.id).toBe('b');
    // Undo still goes back to before the insertion.
    store.getState().undo();
    expect((await settled(store)).scenario).toBe(scenario);
    expect(store.getState().placeAgain('drop')).toBe(false);
  });

  it('adds several steps at once, all or none, landing on the first so Play runs them', async () => {
    const scenario = templateScenario('envelope-basics', 'ja');
    const clock = manualTimers();
    const store = createScenarioStore({ scenario, timers: clock.timers });
    await settled(store);
    const change = store.getState().appendSteps([
      {
        id: 'g',
        kind: 'kms.call',
        op: 'GenerateDataKey',
        request: { KeyId: 'alias/study-notes', KeySpec: 'AES_256' },
      },
      { id: 'e', kind: 'envelope.encrypt', dataKey: 'g', text: 'hello' },
      { id: 'd', kind: 'envelope.discardDataKey', dataKey: 'g' },
    ]);
    expect(change).toEqual({ ok: true, id: 'd' });
    expect((await settled(store)).cursor).toBe(7);
    store.getState().play();
    clock.fire();
    expect((await settled(store)).view?.step?.id).toBe('e');
    clock.fire();
    expect((await settled(store)).view?.step?.id).toBe('d');
    expect(store.getState().isPlaying).toBe(false);

    const refused = store.getState().appendSteps([
      { id: 'ok', kind: 'note', text: 'fine' },
      { id: 'bad', kind: 'envelope.encrypt', dataKey: 'nope', text: 'x' },
    ]);
    expect(refused.ok).toBe(false);
    expect(store.getState().scenario.steps).toHaveLength(10);
  });

  it('starts a new scenario before its first step, and undo restores the old one where it was', async () => {
    const mine = templateScenario('rotation', 'ja');
    const store = createScenarioStore({ scenario: mine, cursor: 4, timers: manualTimers().timers });
    await settled(store);
    const fresh = createScenario('kms-lab');
    store.getState().startScenario(fresh);
    const started = await settled(store);
    expect(started.scenario).toBe(fresh);
    expect(started.cursor).toBe(-1);
    expect(started.undoable).toMatchObject({ kind: 'started', before: { scenario: mine, cursor: 4 } });
    store.getState().undo();
    const back = await settled(store);
    expect(back.scenario).toBe(mine);
    expect(back.cursor).toBe(4);
  });

  it('offers no undo once another change followed', async () => {
    const store = createScenarioStore({
      scenario: templateScenario('rotation', 'ja'),
      cursor: 1,
      timers: manualTimers().timers,
    });
    await settled(store);
    store.getState().startScenario(templateScenario('why-envelope', 'ja'));
    await settled(store);
    store.getState().last();
    await settled(store);
    store.getState().appendStep({ kind: 'note', text: 'my own' });
    await settled(store);
    expect(store.getState().undo()).toBe(false);
  });

  /** A replayer that answers at once: these properties are about where steps go, not what they do. */
  const instantReplayer = (initial: Scenario): Replayer => {
    let scenario = initial;
    return {
      get scenario() {
        return scenario;
      },
      goTo: async (index) => ({ index }) as StepView,
      history: async () => ({ scenario, records: [] }),
      setScenario: (next) => {
        scenario = next;
      },
      checkpointCount: () => 0,
    };
  };

  it('places any batch after the cursor, keeps or drops the rest as chosen, and undo restores exactly', async () => {
    await fc.assert(
      fc.asyncProperty(
        arbitraryScenario(8),
        fc.nat(),
        fc.constantFrom(...PLACEMENTS),
        fc.integer({ min: 1, max: 4 }),
        fc.integer({ min: 1, max: 3 }),
        async (scenario, rawCursor, placement, batches, size) => {
          const cursor = (rawCursor % (scenario.steps.length + 1)) - 1;
          const store = createScenarioStore({
            scenario,
            cursor,
            replayer: instantReplayer,
            timers: manualTimers().timers,
          });
          store.getState().setPlacement(placement);
          const added: string[] = [];
          for (let b = 0; b < batches; b++) {
            const notes = Array.from({ length: size }, (_, i) => ({
              kind: 'note' as const,
              text: `${b}.${i}`,
            }));
            const change = store.getState().appendSteps(notes, b % 2 === 0 ? 'first' : 'last');
            expect(change.ok).toBe(true);
            const { scenario: now, cursor: at } = store.getState();
            added.push(
              ...now.steps
                .slice(at - (b % 2 === 0 ? 0 : size - 1))
                .slice(0, size)
                .map((s) => s.id),
            );
            // The next batch goes after this one: put the cursor on its last step, as a learner walking it would.
            store.getState().goTo(now.steps.findIndex((s) => s.id === added.at(-1)));
          }
          const { scenario: after, undoable } = store.getState();
          const before = scenario.steps.slice(0, cursor + 1).map((s) => s.id);
          const later = scenario.steps.slice(cursor + 1).map((s) => s.id);
          const kept = placement === 'keep' ? later : [];
          expect(after.steps.map((s) => s.id)).toEqual([...before, ...added, ...kept]);
          expect(new Set(after.steps.map((s) => s.id)).size).toBe(after.steps.length);
          if (later.length > 0) {
            expect(undoable).toMatchObject({ kind: 'inserted', at: cursor + 1, count: added.length });
            expect(store.getState().undo()).toBe(true);
            expect(store.getState().scenario).toBe(scenario);
            expect(store.getState().cursor).toBe(cursor);
          } else expect(undoable).toBeUndefined();
        },
      ),
      { numRuns: 60 },
    );
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toHex } from '../crypto/index';
import { arbitraryScenario, arbitraryStep } from './arbitraryScenario.fixture';
import { castSteps } from './cast';
import { createReplayer, type Replayer, type StepView } from './replay';
import { longLesson } from './scenarios.fixture';
import type { Scenario } from './schema';
import { type StepRecord, sharedPrefix } from './stepHistory';
import type { Step } from './steps/index';

/** Bytes as hex, dates as ISO: what "the same" means for records and views. */
const canonical = (value: unknown) =>
  JSON.stringify(value, (_, v) => (v instanceof Uint8Array ? `hex:${toHex(v)}` : v));

/** What a record says about step i, taken from a fresh replay's view of it. */
const recordOf = (view: StepView) =>
  canonical({
    index: view.index,
    step: view.step,
    result: view.result,
    trail: view.trail,
    now: view.now,
    keys: view.keys,
  });
const recordText = (record: StepRecord) =>
  canonical({
    index: record.index,
    step: record.step,
    result: record.result,
    trail: record.trail,
    now: record.now,
    keys: record.keys,
  });

async function freshRecords(scenario: Scenario): Promise<string[]> {
  const replayer = createReplayer(scenario);
  const out: string[] = [];
  for (let i = 0; i < scenario.steps.length; i++) out.push(recordOf(await replayer.goTo(i)));
  return out;
}

/** The cast's steps and the two keys every generated scenario starts with. */
const FIXED = castSteps().length + 2;

/** What a learner does to the scenario and the cursor, as the store passes it on to its replayer. */
type Action =
  | { kind: 'goTo'; at: number }
  | { kind: 'history'; at: number }
  | { kind: 'append'; step: Step }
  | { kind: 'edit'; at: number; step: Step }
  | { kind: 'truncate'; at: number };

const action = (n: number): fc.Arbitrary<Action> =>
  fc.oneof(
    fc.record({ kind: fc.constant('goTo' as const), at: fc.nat(40) }),
    fc.record({ kind: fc.constant('history' as const), at: fc.nat(40) }),
    fc.record({ kind: fc.constant('append' as const), step: arbitraryStep(`a${n}`) }),
    fc.record({ kind: fc.constant('edit' as const), at: fc.nat(40), step: arbitraryStep(`e${n}`) }),
    fc.record({ kind: fc.constant('truncate' as const), at: fc.nat(40) }),
  );

/** Applies an action; returns the scenario the replayer holds afterwards. */
async function apply(replayer: Replayer, scenario: Scenario, a: Action): Promise<Scenario> {
  const last = scenario.steps.length - 1;
  // Edits stay after the cast and the two keys, so every $ref still names a key.
  const editable = (at: number) => FIXED + (at % Math.max(1, scenario.steps.length - FIXED));
  let next = scenario;
  if (a.kind === 'goTo') await replayer.goTo(Math.min(a.at, last));
  else if (a.kind === 'history') await replayer.history(a.at);
  else if (a.kind === 'append') next = { ...scenario, steps: [...scenario.steps, a.step] };
  else if (a.kind === 'edit' && scenario.steps.length > FIXED) {
    const at = editable(a.at);
    next = { ...scenario, steps: scenario.steps.map((s, i) => (i === at ? { ...a.step, id: s.id } : s)) };
  } else if (a.kind === 'truncate' && scenario.steps.length > FIXED)
    next = { ...scenario, steps: scenario.steps.slice(0, editable(a.at) + 1) };
  if (next !== scenario) replayer.setScenario(next);
  return next;
}

describe('step history', () => {
  it('matches a fresh replay step by step, whatever the learner did before asking (property)', async () => {
    await fc.assert(
      fc.asyncProperty(
        arbitraryScenario(6),
        fc.array(fc.nat(), { maxLength: 5 }).chain((ns) => fc.tuple(...ns.map((_, i) => action(i)))),
        async (initial, actions) => {
          const replayer = createReplayer(initial, { checkpointEvery: 3 });
          // The store shows the last step first, so the replay has recorded every step before any change.
          await replayer.goTo(initial.steps.length - 1);
          let scenario = initial;
          for (const a of actions) scenario = await apply(replayer, scenario, a);
          const { scenario: read, records } = await replayer.history(scenario.steps.length - 1);
          expect(read).toBe(scenario);
          expect(records.map(recordText)).toEqual(await freshRecords(scenario));
        },
      ),
      { numRuns: 30 },
    );
  });

  it('is recorded by the replay as it passes, so reading it runs nothing again', async () => {
    const scenario = longLesson(40);
    const replayer = createReplayer(scenario, { checkpointEvery: 10 });
    await replayer.goTo(39);
    const first = await replayer.history(39);
    // Jumps restore checkpoints and re-run steps: the records stay the same objects.
    await replayer.goTo(5);
    await replayer.goTo(33);
    const again = await replayer.history(39);
    expect(sharedPrefix(first.records, again.records)).toBe(40);
    // Asking for less, or beyond the end, reads the same records.
    expect((await replayer.history(9)).records).toEqual(first.records.slice(0, 10));
    expect((await replayer.history(1000)).records).toHaveLength(40);
    expect((await replayer.history(-1)).records).toEqual([]);
  });

  it('keeps the records before an edited step and records the rest again', async () => {
    const scenario = longLesson(30);
    const replayer = createReplayer(scenario, { checkpointEvery: 10 });
    const before = await replayer.history(29);
    const edited = structuredClone(scenario);
    edited.steps[17] = { id: edited.steps[17]?.id ?? 'x', kind: 'clock.advance', ms: 60_000 };
    replayer.setScenario(edited);
    const after = await replayer.history(29);
    expect(after.scenario).toBe(edited);
    expect(sharedPrefix(before.records, after.records)).toBe(17);
    expect(after.records.map(recordText)).toEqual(await freshRecords(edited));

    replayer.setScenario({ ...edited, seed: 'another seed' });
    expect(sharedPrefix(after.records, (await replayer.history(29)).records)).toBe(0);
  });

  it('serves views and history from the same replay (the view under the cursor is the record)', async () => {
    const scenario = longLesson(12);
    const replayer = createReplayer(scenario);
    const view = await replayer.goTo(11);
    const { records } = await replayer.history(11);
    expect(records[11]?.result).toBe(view.result);
    expect(records[11]?.keys).toBe(view.keys);
  });
});

/**
 * The console's KMS `handle`: instead of calling the engine, each call the CLI makes is appended to the
 * scenario as a `kms.call` step, and what the CLI prints is the result of *replaying* that step — the
 * wire-shaped output (or the AWS error) the step produced. So the printed output, the player, shared links,
 * the trail and the other sections' animations all come from the same step, and scrubbing back to it shows
 * the same bytes again.
 */
import type { KmsHandle } from '../../cli/index';
import { isRef } from '../../scenario/refs';
import type { StepResult } from '../../scenario/steps/index';
import type { KmsCallStep } from '../../scenario/steps/kmsCall';
import type { JsonObject } from '../../scenario/validate';
import type { ScenarioState } from '../../state/scenario';
import { stepCaller } from './profiles';

type Store = {
  getState(): ScenarioState;
  subscribe(listener: (state: ScenarioState) => void): () => void;
};

/** An error the CLI prints the way it prints any AWS error: `name` is the exception, `message` its text. */
function awsError(name: string, message: string): Error {
  const error = new Error(message);
  error.name = name;
  return error;
}

function containsRef(value: unknown): boolean {
  if (isRef(value)) return true;
  if (Array.isArray(value)) return value.some(containsRef);
  return value !== null && typeof value === 'object' && Object.values(value).some(containsRef);
}

/**
 * The result of step `id`, read from the store's step history (the player moved away before showing it). Unless
 * the scenario changed meanwhile, the store's replay has passed it already and no step runs again.
 */
async function recordedResult(store: Store, id: string, index: number): Promise<StepResult | undefined> {
  const { records } = await store.getState().history(index);
  const record = records[index];
  if (record?.step.id !== id) throw new Error(`KMS Lab: step ${id} is no longer in the scenario`);
  return record.result;
}

/**
 * The result of step `id` once the store has replayed it. If the learner moves the player elsewhere before
 * that, it comes from the store's step history instead: same replay, same bytes.
 */
export function replayedResult(store: Store, id: string): Promise<StepResult | undefined> {
  return new Promise((resolve, reject) => {
    let done = false;
    let unsubscribe: (() => void) | undefined;
    const finish = () => {
      done = true;
      unsubscribe?.();
    };
    const check = (state: ScenarioState) => {
      if (done) return;
      const index = state.scenario.steps.findIndex((s) => s.id === id);
      if (index < 0) {
        finish();
        reject(new Error(`KMS Lab: step ${id} is no longer in the scenario`));
      } else if (state.view?.index === index && state.view.step?.id === id && !state.loading) {
        finish();
        resolve(state.view.result);
      } else if (state.cursor === index && !state.loading && state.replayError !== undefined) {
        finish();
        reject(new Error(`KMS Lab could not replay step ${id}: ${state.replayError}`));
      } else if (state.cursor !== index) {
        finish();
        recordedResult(store, id, index).then(resolve, reject);
      }
    };
    check(store.getState());
    if (!done) unsubscribe = store.subscribe(check);
    if (done) unsubscribe?.();
  });
}

/**
 * A `KmsHandle` for the CLI session that records each call as a step through the scenario store and answers
 * with the replayed step's output. `onStep` learns each appended step's id (in call order).
 */
export function recordingHandle(store: Store, onStep: (id: string) => void): KmsHandle {
  return async (target, body, cli) => {
    const op = target.slice(target.indexOf('.') + 1) as KmsCallStep['op'];
    // In a scenario, {"$ref": …} means "an earlier step's output"; a typed value must never be read that way.
    if (containsRef(body)) {
      throw new Error(
        'KMS Lab: a value shaped like {"$ref": "…"} is reserved for links between scenario steps',
      );
    }
    const { scenario, appendStep } = store.getState();
    const caller = cli ? stepCaller(cli, scenario.settings) : undefined;
    const change = appendStep({
      kind: 'kms.call',
      op,
      request: body as JsonObject,
      ...(caller ? { caller } : {}),
    });
    if (!change.ok)
      throw new Error(`KMS Lab could not record this call as a scenario step: ${change.detail}`);
    onStep(change.id);
    const result = await replayedResult(store, change.id);
    if (!result) throw new Error(`KMS Lab: step ${change.id} has no result`);
    if (!result.ok) throw awsError(result.error.name, result.error.message);
    return result.output ?? {};
  };
}

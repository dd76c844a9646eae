/**
 * The scenario store's engine: the replay (the simulated KMS, real AES-GCM) and scenario validation, which reads
 * every kind of step. The store loads it on first use (state/scenario.ts `loadScenarioEngine`), so the page's
 * first picture never waits for it (issue #15).
 */
import { createReplayer, type Replayer } from '../scenario/replay';
import type { Scenario } from '../scenario/schema';
import { yieldToEventLoop } from './scenario';
import { type SessionFiles, sessionFiles } from './sessionFiles';

export { validateScenario } from '../scenario/validateScenario';

/**
 * The page's replayer is made here, so inputs that exist only in this session, such as the bytes of a file the
 * learner chose, reach it. There is one, the store's: panels read other steps through its `history` and `viewAt`.
 */
export function createSessionReplayer(scenario: Scenario, files: SessionFiles = sessionFiles): Replayer {
  /** Files this replayer's steps asked for and did not get, with the registry's revision when they asked. */
  const missed = new Map<string, number>();
  const make = (from: Scenario) =>
    createReplayer(from, {
      pause: yieldToEventLoop,
      async encryptFile(request) {
        const { sha256 } = request.fingerprint;
        const revision = files.state.getState().revision;
        const encrypted = await files.encryptFile(request).catch((error: unknown) => {
          missed.set(sha256, revision);
          throw error;
        });
        if (!encrypted) missed.set(sha256, revision);
        return encrypted;
      },
    });
  let replayer = make(scenario);
  /**
   * Once the learner chooses a file a step went without, every view, checkpoint and later step replayed since
   * may differ: start again from a fresh replayer (rare, and a jump replays at most a few steps more).
   */
  const current = () => {
    for (const [sha256, revision] of missed) {
      if ((files.chosenAt(sha256) ?? -1) > revision) {
        missed.clear();
        replayer = make(replayer.scenario);
        break;
      }
    }
    return replayer;
  };
  return {
    get scenario() {
      return replayer.scenario;
    },
    goTo: (index) => current().goTo(index),
    history: (upTo) => current().history(upTo),
    setScenario: (next) => current().setScenario(next),
    checkpointCount: () => replayer.checkpointCount(),
  };
}

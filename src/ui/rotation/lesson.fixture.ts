/**
 * The lesson of issue #5 as scenario steps, shared by the history and timeline tests: encrypt, rotate three
 * times (two automatic, one on demand), decrypt the first ciphertext, re-encrypt it, schedule deletion, cancel,
 * schedule again and let the window pass, then try the first ciphertext once more.
 */
import { createReplayer } from '../../scenario/replay';
import { createScenario } from '../../scenario/schema';
import { DAY_MS } from '../../scenario/steps/clockAdvance';
import type { Step } from '../../scenario/steps/index';
import { emptyHistory, type ScenarioHistory, walkHistory } from './history';

const keyId = { $ref: 's1/KeyMetadata/KeyId' };
const blobOf = (id: string) => ({ $ref: `${id}/CiphertextBlob` });

export const lessonSteps: Step[] = [
  { id: 's1', kind: 'kms.call', op: 'CreateKey', request: { Description: 'rotation lesson' } },
  { id: 's2', kind: 'kms.call', op: 'Encrypt', request: { KeyId: keyId, Plaintext: 'Zmlyc3Q=' } },
  {
    id: 's3',
    kind: 'kms.call',
    op: 'EnableKeyRotation',
    request: { KeyId: keyId, RotationPeriodInDays: 90 },
  },
  // 200 days: automatic rotations on day 90 and day 180.
  { id: 's4', kind: 'clock.advance', ms: 200 * DAY_MS },
  { id: 's5', kind: 'kms.call', op: 'RotateKeyOnDemand', request: { KeyId: keyId } },
  { id: 's6', kind: 'kms.call', op: 'Encrypt', request: { KeyId: keyId, Plaintext: 'c2Vjb25k' } },
  { id: 's7', kind: 'kms.call', op: 'Decrypt', request: { CiphertextBlob: blobOf('s2') } },
  {
    id: 's8',
    kind: 'kms.call',
    op: 'ReEncrypt',
    request: { CiphertextBlob: blobOf('s2'), DestinationKeyId: keyId },
  },
  {
    id: 's9',
    kind: 'kms.call',
    op: 'ScheduleKeyDeletion',
    request: { KeyId: keyId, PendingWindowInDays: 7 },
  },
  { id: 's10', kind: 'kms.call', op: 'CancelKeyDeletion', request: { KeyId: keyId } },
  {
    id: 's11',
    kind: 'kms.call',
    op: 'ScheduleKeyDeletion',
    request: { KeyId: keyId, PendingWindowInDays: 7 },
  },
  { id: 's12', kind: 'clock.advance', ms: 8 * DAY_MS },
  { id: 's13', kind: 'kms.call', op: 'Decrypt', request: { CiphertextBlob: blobOf('s2') } },
];

/** The history after every step of `steps`, replayed on a fresh simulator. */
export async function historyOf(steps: Step[], seed = 'history-test'): Promise<ScenarioHistory> {
  const scenario = createScenario(seed, {}, steps);
  const replayer = createReplayer(scenario);
  return walkHistory(
    (i) => replayer.goTo(i),
    emptyHistory(Date.parse(scenario.settings.startTime)),
    steps.length - 1,
  );
}

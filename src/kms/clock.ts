/**
 * Simulated time. `advanceClock` walks forward event by event, stopping at each due date to do what KMS does
 * on its own: the end of a custom key store's connection attempt (customKeyStores.ts), automatic rotations
 * (reference §5), a replica leaving `Creating` (§8), the deletion of imported key material at its ValidTo, and the
 * deletion of keys whose waiting period ended (§2). Ties are ordered by event kind, then key ARN or custom key
 * store ID, so replays are identical.
 */
import type { Drbg } from '../crypto';
import { removeImportedMaterial } from './importedMaterial';
import { rotate, rotationPeriodMs } from './keyMaterial';
import { endConnectionAttempt } from './operations/customKeyStores';
import { recordServiceEvent } from './trail';
import {
  type CustomKeyStoreRecord,
  DAY_MS,
  hasKeyMaterial,
  type KeyRecord,
  relatedMultiRegionKeys,
  type World,
} from './world';

type DueEvent = { atMs: number } & (
  | { kind: 'connection-attempt-ended'; store: CustomKeyStoreRecord }
  | { kind: 'replica-ready' | 'rotation' | 'material-expiry' | 'deletion'; key: KeyRecord }
);

const KIND_ORDER = {
  'connection-attempt-ended': 0,
  'replica-ready': 1,
  rotation: 2,
  'material-expiry': 3,
  deletion: 4,
} as const;

const eventSubject = (event: DueEvent) => ('key' in event ? event.key.arn : event.store.customKeyStoreId);

/** Automatic rotation happens for Enabled keys only (paused while Disabled, none while PendingDeletion). */
const rotatesAutomatically = (key: KeyRecord) =>
  key.rotation.enabled &&
  key.rotation.nextRotationMs !== undefined &&
  key.keyState === 'Enabled' &&
  (!key.multiRegion || key.region === key.primaryRegion);

function nextDueEvent(world: World, untilMs: number): DueEvent | undefined {
  let next: DueEvent | undefined;
  const consider = (event: DueEvent) => {
    if (event.atMs > untilMs) return;
    if (
      !next ||
      event.atMs < next.atMs ||
      (event.atMs === next.atMs &&
        (KIND_ORDER[event.kind] < KIND_ORDER[next.kind] ||
          (event.kind === next.kind && eventSubject(event) < eventSubject(next))))
    )
      next = event;
  };
  for (const store of Object.values(world.customKeyStores))
    if (store.connectionAttemptEndsMs !== undefined)
      consider({ atMs: store.connectionAttemptEndsMs, kind: 'connection-attempt-ended', store });
  for (const key of Object.values(world.keys)) {
    if (key.keyState === 'Creating' && key.replicaReadyMs !== undefined)
      consider({ atMs: key.replicaReadyMs, kind: 'replica-ready', key });
    if (rotatesAutomatically(key))
      consider({ atMs: key.rotation.nextRotationMs as number, kind: 'rotation', key });
    if (key.importExpiration?.validToMs !== undefined && hasKeyMaterial(key))
      consider({ atMs: key.importExpiration.validToMs, kind: 'material-expiry', key });
    if (key.keyState === 'PendingDeletion' && key.deletionMs !== undefined)
      consider({ atMs: key.deletionMs, kind: 'deletion', key });
  }
  return next;
}

/** Automatic rotation of `key` now (and of its related multi-Region keys), then the next date one period on. */
export function rotateAutomatically(world: World, drbg: Drbg, key: KeyRecord): void {
  rotate(world, drbg, key, 'AUTOMATIC');
  const next = world.nowMs + rotationPeriodMs(key);
  for (const k of relatedMultiRegionKeys(world, key)) {
    k.rotation.nextRotationMs = next;
    recordServiceEvent(world, drbg, 'RotateKey', k);
  }
}

/**
 * Deletes a key at the end of its waiting period: the key, its material, its aliases and grants go
 * (reference §2). A multi-Region primary waiting for its replicas (PendingReplicaDeletion) starts its own
 * waiting period once the last replica is gone.
 */
export function deleteKey(world: World, drbg: Drbg, key: KeyRecord): void {
  for (const [arn, alias] of Object.entries(world.aliases))
    if (alias.targetKeyId === key.keyId && alias.accountId === key.accountId && alias.region === key.region)
      delete world.aliases[arn];
  for (const [id, grant] of Object.entries(world.grants))
    if (grant.keyArn === key.arn) delete world.grants[id];
  world.deletedKeys.push({
    arn: key.arn,
    keyId: key.keyId,
    accountId: key.accountId,
    region: key.region,
    keyManager: key.keyManager,
    creationMs: key.creationMs,
    deletionScheduledMs: key.deletionScheduledMs ?? world.nowMs,
    deletedMs: world.nowMs,
    rotationDatesMs: key.versions.slice(1).map((v) => v.createdMs),
  });
  for (const v of key.versions) v.material.fill(0);
  delete world.keys[key.arn];
  recordServiceEvent(world, drbg, 'DeleteKey', key);

  const waitingPrimary = relatedMultiRegionKeys(world, key).find(
    (k) => k.keyState === 'PendingReplicaDeletion',
  );
  if (waitingPrimary && relatedMultiRegionKeys(world, waitingPrimary).length === 1) {
    waitingPrimary.keyState = 'PendingDeletion';
    waitingPrimary.deletionMs = world.nowMs + (waitingPrimary.pendingWindowInDays ?? 30) * DAY_MS;
  }
}

export function advanceClock(world: World, drbg: Drbg, targetMs: number): void {
  if (!(targetMs >= world.nowMs)) throw new RangeError('the simulated clock only moves forward');
  for (let event = nextDueEvent(world, targetMs); event; event = nextDueEvent(world, targetMs)) {
    world.nowMs = event.atMs;
    if (event.kind === 'connection-attempt-ended') endConnectionAttempt(event.store);
    else if (event.kind === 'replica-ready') {
      event.key.keyState = 'Enabled';
      delete event.key.replicaReadyMs;
    } else if (event.kind === 'rotation') rotateAutomatically(world, drbg, event.key);
    else if (event.kind === 'material-expiry') {
      // "When the key material expires, KMS deletes the key material from the KMS key" (API_ImportKeyMaterial).
      removeImportedMaterial(event.key);
      recordServiceEvent(world, drbg, 'DeleteExpiredKeyMaterial', event.key);
    } else deleteKey(world, drbg, event.key);
  }
  world.nowMs = targetMs;
}

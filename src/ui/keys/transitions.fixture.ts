/**
 * Keys taken through every transition of the key-state diagram: a multi-Region key replicated, disabled and
 * enabled, scheduled for deletion and cancelled, scheduled again with its replica (PendingReplicaDeletion), and
 * deleted; then a key with imported material (PendingImport), imported and its material deleted, re-imported
 * (the same material), disabled and its material deleted again; then that key and a second, disabled, one each
 * importing material that expires, and the clock passing their ValidTo. Shared by the state machine's unit test
 * and the browser walk that checks the diagram's labels.
 */
import { DAY_MS } from '../../scenario/steps/clockAdvance';
import type { Step } from '../../scenario/steps/index';

const primary = { $ref: 's1/KeyMetadata/Arn' };
const replica = { $ref: 's2/ReplicaKeyMetadata/Arn' };
const imported = { $ref: 'i1/KeyMetadata/Arn' };
const second = { $ref: 'j1/KeyMetadata/Arn' };
/** ValidTo two days after the clock's time at that point (2026-01-18, after s3, s10 and s11), in epoch seconds. */
const VALID_TO = Date.UTC(2026, 0, 20) / 1000;

/** GetParametersForImport for `key`: both keys here are wrapped with RSAES_OAEP_SHA_256 under an RSA_2048 key. */
const parametersForImport = (id: string, key: { $ref: string }): Step => ({
  id,
  kind: 'kms.call',
  op: 'GetParametersForImport',
  request: { KeyId: key, WrappingAlgorithm: 'RSAES_OAEP_SHA_256', WrappingKeySpec: 'RSA_2048' },
});

/** ImportKeyMaterial of `key` with the token of `parameters` and the bytes of `wrap`, expiring or not. */
const importMaterial = (
  id: string,
  key: { $ref: string },
  parameters: string,
  wrap: string,
  validTo?: number,
): Step => ({
  id,
  kind: 'kms.call',
  op: 'ImportKeyMaterial',
  request: {
    KeyId: key,
    ImportToken: { $ref: `${parameters}/ImportToken` },
    EncryptedKeyMaterial: { $ref: `${wrap}/EncryptedKeyMaterial` },
    ...(validTo === undefined
      ? { ExpirationModel: 'KEY_MATERIAL_DOES_NOT_EXPIRE' }
      : { ExpirationModel: 'KEY_MATERIAL_EXPIRES', ValidTo: validTo }),
  },
});

export const everyTransitionSteps: Step[] = [
  { id: 's1', kind: 'kms.call', op: 'CreateKey', request: { MultiRegion: true } },
  {
    id: 's2',
    kind: 'kms.call',
    op: 'ReplicateKey',
    request: { KeyId: primary, ReplicaRegion: 'eu-west-1' },
  },
  { id: 's3', kind: 'clock.advance', ms: DAY_MS },
  { id: 's4', kind: 'kms.call', op: 'DisableKey', request: { KeyId: primary } },
  { id: 's5', kind: 'kms.call', op: 'EnableKey', request: { KeyId: primary } },
  {
    id: 's6',
    kind: 'kms.call',
    op: 'ScheduleKeyDeletion',
    request: { KeyId: primary, PendingWindowInDays: 7 },
  },
  { id: 's7', kind: 'kms.call', op: 'CancelKeyDeletion', request: { KeyId: primary } },
  {
    id: 's8',
    kind: 'kms.call',
    op: 'ScheduleKeyDeletion',
    request: { KeyId: primary, PendingWindowInDays: 7 },
  },
  {
    id: 's9',
    kind: 'kms.call',
    op: 'ScheduleKeyDeletion',
    request: { KeyId: replica, PendingWindowInDays: 7 },
    caller: { region: 'eu-west-1' },
  },
  { id: 's10', kind: 'clock.advance', ms: 8 * DAY_MS },
  { id: 's11', kind: 'clock.advance', ms: 8 * DAY_MS },
  { id: 'i1', kind: 'kms.call', op: 'CreateKey', request: { Origin: 'EXTERNAL' } },
  parametersForImport('i2', imported),
  { id: 'i3', kind: 'import.wrapKeyMaterial', parameters: 'i2' },
  importMaterial('i4', imported, 'i2', 'i3'),
  { id: 'i5', kind: 'kms.call', op: 'DeleteImportedKeyMaterial', request: { KeyId: imported } },
  // The same material again (the token is valid for 24 hours), then deleted from a Disabled key.
  importMaterial('i6', imported, 'i2', 'i3'),
  { id: 'i7', kind: 'kms.call', op: 'DisableKey', request: { KeyId: imported } },
  { id: 'i8', kind: 'kms.call', op: 'DeleteImportedKeyMaterial', request: { KeyId: imported } },
  importMaterial('i9', imported, 'i2', 'i3', VALID_TO),
  // A second key, its expiring material imported and the key disabled: expiry takes a Disabled key too.
  { id: 'j1', kind: 'kms.call', op: 'CreateKey', request: { Origin: 'EXTERNAL' } },
  parametersForImport('j2', second),
  { id: 'j3', kind: 'import.wrapKeyMaterial', parameters: 'j2' },
  importMaterial('j4', second, 'j2', 'j3', VALID_TO),
  { id: 'j5', kind: 'kms.call', op: 'DisableKey', request: { KeyId: second } },
  // Past ValidTo: KMS deletes both keys' material on its own (DeleteExpiredKeyMaterial in CloudTrail).
  { id: 'j6', kind: 'clock.advance', ms: 3 * DAY_MS },
];

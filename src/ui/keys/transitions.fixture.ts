/**
 * Keys taken through every transition of the key-state diagram: a multi-Region key replicated, disabled and
 * enabled, scheduled for deletion and cancelled, scheduled again with its replica (PendingReplicaDeletion), and
 * deleted; then a key with imported material (PendingImport), imported and its material deleted. Shared by the
 * state machine's unit test and the browser walk that checks the diagram's labels.
 */
import { DAY_MS } from '../../scenario/steps/clockAdvance';
import type { Step } from '../../scenario/steps/index';

const primary = { $ref: 's1/KeyMetadata/Arn' };
const replica = { $ref: 's2/ReplicaKeyMetadata/Arn' };
const imported = { $ref: 'i1/KeyMetadata/Arn' };

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
  {
    id: 'i2',
    kind: 'kms.call',
    op: 'GetParametersForImport',
    request: { KeyId: imported, WrappingAlgorithm: 'RSAES_OAEP_SHA_256', WrappingKeySpec: 'RSA_2048' },
  },
  { id: 'i3', kind: 'import.wrapKeyMaterial', parameters: 'i2' },
  {
    id: 'i4',
    kind: 'kms.call',
    op: 'ImportKeyMaterial',
    request: {
      KeyId: imported,
      ImportToken: { $ref: 'i2/ImportToken' },
      EncryptedKeyMaterial: { $ref: 'i3/EncryptedKeyMaterial' },
      ExpirationModel: 'KEY_MATERIAL_DOES_NOT_EXPIRE',
    },
  },
  { id: 'i5', kind: 'kms.call', op: 'DeleteImportedKeyMaterial', request: { KeyId: imported } },
];

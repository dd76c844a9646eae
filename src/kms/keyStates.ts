/**
 * The key-state × operation table of the Developer Guide (key-state.html), as data (reference §2).
 * Each operation declares which row it follows; a cell either accepts the state or names the footnote whose
 * exception it raises.
 */
import {
  KmsError,
  keyCreating,
  keyDisabled,
  keyNotPendingDeletion,
  keyPendingDeletion,
  originNotValid,
} from './errors';
import type { KeyState } from './world';

/** The failure footnotes of the table (reference §2 "Footnotes"). */
type Refusal =
  | 'disabled'
  | 'pending-deletion'
  | 'not-pending-deletion'
  | 'pending-import'
  | 'origin-external'
  | 'unavailable'
  | 'creating'
  | 'updating';

export type KeyStateRule =
  | 'cryptographic' // Encrypt, Decrypt, ReEncrypt, GenerateDataKey*, GenerateMac, VerifyMac, RotateKeyOnDemand
  | 'create-grant'
  | 'enable-disable'
  | 'rotation-configuration' // EnableKeyRotation, DisableKeyRotation
  | 'schedule-deletion'
  | 'cancel-deletion'
  | 'not-pending-deletion' // CreateAlias, TagResource, UntagResource, UpdateKeyDescription
  | 'any' // DeleteAlias, DescribeKey, GetKeyPolicy, PutKeyPolicy, ListGrants, … GetKeyRotationStatus
  | 'replicate' // ReplicateKey, UpdatePrimaryRegion
  | 'import'; // GetParametersForImport, ImportKeyMaterial, DeleteImportedKeyMaterial

const PENDING: Partial<Record<KeyState, Refusal>> = {
  PendingDeletion: 'pending-deletion',
  PendingReplicaDeletion: 'pending-deletion',
};

export const KEY_STATE_TABLE: Readonly<Record<KeyStateRule, Partial<Record<KeyState, Refusal>>>> = {
  // Recorded AWS behaviour for a crypto call on a PendingDeletion key is KMSInvalidStateException (reference §2).
  cryptographic: {
    Disabled: 'disabled',
    ...PENDING,
    PendingImport: 'pending-import',
    Unavailable: 'unavailable',
    Creating: 'creating',
  },
  'create-grant': { Disabled: 'disabled', ...PENDING, PendingImport: 'pending-import', Creating: 'creating' },
  'enable-disable': {
    ...PENDING,
    PendingImport: 'pending-import',
    Creating: 'creating',
    Updating: 'updating',
  },
  // Footnote 6: only keys with imported material are ever PendingImport, and their rotation cannot be configured.
  'rotation-configuration': {
    Disabled: 'disabled',
    ...PENDING,
    PendingImport: 'origin-external',
    Unavailable: 'unavailable',
    Creating: 'creating',
  },
  'schedule-deletion': { ...PENDING, Updating: 'updating' },
  'cancel-deletion': {
    Enabled: 'not-pending-deletion',
    Disabled: 'not-pending-deletion',
    PendingImport: 'not-pending-deletion',
    Unavailable: 'not-pending-deletion',
    Creating: 'not-pending-deletion',
    Updating: 'not-pending-deletion',
  },
  'not-pending-deletion': { ...PENDING },
  any: {},
  // ImportKeyMaterial: footnote 8 (pending deletion with imported material → KMSInvalidStateException); the
  // table gives no row for GetParametersForImport and DeleteImportedKeyMaterial, which follow the same rule here.
  import: { ...PENDING, Unavailable: 'unavailable', Creating: 'creating' },
  replicate: {
    Disabled: 'disabled',
    ...PENDING,
    PendingImport: 'pending-import',
    Creating: 'creating',
    Updating: 'updating',
  },
};

function refusalError(refusal: Refusal, keyArn: string): KmsError {
  switch (refusal) {
    case 'disabled':
      return keyDisabled(keyArn);
    case 'pending-deletion':
      return keyPendingDeletion(keyArn);
    case 'not-pending-deletion':
      return keyNotPendingDeletion(keyArn);
    case 'pending-import':
      return new KmsError('KMSInvalidStateException', `${keyArn} is pending import.`);
    case 'origin-external':
      return originNotValid(keyArn, 'EXTERNAL');
    case 'unavailable':
      return new KmsError('KMSInvalidStateException', `${keyArn} is unavailable.`);
    case 'creating':
      return keyCreating(keyArn);
    case 'updating':
      return new KmsError('KMSInvalidStateException', `${keyArn} is updating.`);
  }
}

/** The error the table prescribes for `state` under `rule`, or undefined when the state is accepted. */
export function keyStateRefusal(rule: KeyStateRule, state: KeyState, keyArn: string): KmsError | undefined {
  const refusal = KEY_STATE_TABLE[rule][state];
  return refusal ? refusalError(refusal, keyArn) : undefined;
}

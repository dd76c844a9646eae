/**
 * Public API of the simulated AWS KMS engine. The test-facing contract (architecture.md) is
 * `createKmsSimulator` + `KmsSimulator.handle/clock/iam/trail`; everything else extends it for the scenario
 * layer and the UI (typed `invoke`, traces, snapshots, read models, billing).
 */
export { authorizationRequest } from './authorization';
export {
  type AccountMonthCharge,
  type Bill,
  bill,
  billThrough,
  type KeyCharge,
  type MonthBill,
} from './billing';
export { type Caller, type CallerOptions, resolveCaller } from './callers';
export { type BlobField, describeCiphertextBlob } from './ciphertextBlob';
export { KmsError, type KmsExceptionName } from './errors';
export type { KeyMetadata } from './metadata';
export type { OperationDeclaration } from './operation';
export { OPERATIONS, type OperationName } from './operations';
export type { AliasListEntry } from './operations/aliases';
export type { GrantListEntry } from './operations/grants';
export * from './readModels';
export {
  createKmsSimulator,
  type Invocation,
  type KmsSimulator,
  type KmsSimulatorOptions,
  type RequestOf,
  type ResponseOf,
  type SimulatorSnapshot,
} from './simulator';
export type { IdentifierRejection, TraceCode, TraceStep } from './trace';
export { decodeRequest, encodeResponse, errorBody, operationForTarget } from './wire';
export {
  type BackingKeyVersion,
  emptyWorld,
  type GrantRecord,
  type KeyRecord,
  type KeyState,
  type World,
} from './world';

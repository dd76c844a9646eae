/**
 * Public API of the simulated AWS KMS engine. The test-facing contract (architecture.md) is
 * `createKmsSimulator` + `KmsSimulator.handle/clock/iam/trail`; everything else extends it for the scenario
 * layer and the UI (typed `invoke`, traces, snapshots, read models, billing).
 */
export { type Bill, bill } from './billing';
export type { CallerOptions } from './callers';
export { type BlobField, describeCiphertextBlob } from './ciphertextBlob';
export { KmsError, type KmsExceptionName } from './errors';
export type { OperationDeclaration } from './operation';
export { OPERATIONS, type OperationName } from './operations';
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
export type { TraceCode, TraceStep } from './trace';
export type { World } from './world';

// Public surface of the key-policy / IAM evaluator.
export { authorize } from './authorize';
export * from './catalogue';
export { CONDITION_OPERATORS, parseOperator } from './conditions';
export type { BroadeningWarning, FixKind, FixTarget, PolicyEdit, PolicyFix } from './fixes';
export { suggestFixes } from './fixes';
export { LOCKOUT_MESSAGE, wouldLockOut } from './lockout';
export { accessDeniedMessage } from './message';
export * from './templates';
export type * from './types';
export type { JsonPath, PolicyProblem, PolicyProblemCode, ValidateOptions } from './validate';
export { KEY_POLICY_MAX_BYTES, policyDocumentError, validatePolicyDocument } from './validate';

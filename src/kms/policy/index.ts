// Public surface of the key-policy / IAM evaluator.
export { authorize } from './authorize';
export * from './catalogue';
export { CONDITION_OPERATORS, parseOperator } from './conditions';
export { accessDeniedMessage } from './message';
export type * from './types';

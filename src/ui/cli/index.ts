/** The "equivalent AWS CLI command" box any section can mount for a KMS call it made. */
export { CliEquivalent, type CliEquivalentProps, StepCliEquivalent } from './CliEquivalent';
export { type CliText, cliText } from './cliText';

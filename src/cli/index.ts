/**
 * The `aws kms` command-line layer (pure: runs in Node, the browser and workers). Both directions:
 * a typed line → the KMS request and the CLI's exact output (`runCommandLine`), and a request the app
 * made → the copyable CLI line (`toCommandLine`).
 */

export type { OptionSpec } from './argparse';
export type { CliFailure } from './failure';
export { type FormatOptions, formatResponse, isoTimestamp, type TimeZone, toCliResponse } from './format';
export { helpText } from './help';
export { type OperationName, operationForCliName, xformName } from './model';
export {
  type BinaryFormat,
  type CliCommand,
  GLOBAL_OPTIONS,
  type GlobalOptions,
  type OutputFormat,
  type ParseOptions,
  type ParseResult,
  parseCommandLine,
} from './parse';
export { type RenderedCommand, type RenderOptions, renderCommand, toCommandLine } from './render';
export {
  type Caller,
  type CommandResult,
  type KmsCall,
  type KmsHandle,
  type Profile,
  runCommandLine,
  type SessionOptions,
} from './session';
export { loadParamFile, MemoryFs, type VirtualFs } from './virtualFs';

/**
 * What `aws kms …` prints for a replayed `kms.call` step with the CLI's defaults (`--output json`): the
 * step's wire output through the CLI formatter, or the AWS error as the CLI reports it. The console uses it
 * for calls made outside the console, so they too show their output when the player is on them.
 */

import { clientErrorFailure, generalFailure } from '../../cli/failure';
import { formatResponse, toCliResponse } from '../../cli/index';
import { isOperationName } from '../../cli/model';
import type { StepResult } from '../../scenario/steps/index';
import type { KmsCallStep } from '../../scenario/steps/kmsCall';

export interface Printed {
  stdout: string;
  stderr: string;
  exitCode: number;
}

export function printedOutput(step: KmsCallStep, result: StepResult | undefined): Printed | undefined {
  if (result?.kind !== 'kms.call') return undefined;
  if (result.ok) {
    const op = step.op;
    // An operation newer than the CLI's model: its wire JSON, indented as the CLI's JSON output is.
    const stdout = isOperationName(op)
      ? formatResponse(op, toCliResponse(op, result.output), { output: 'json' })
      : `${JSON.stringify(result.output ?? {}, null, 4)}\n`;
    return { stdout, stderr: '', exitCode: 0 };
  }
  const { name, message } = result.error;
  // KMS exceptions come back as ClientErrors (exit 254); a scenario failure (an unresolved reference) is not
  // an AWS error at all, printed like any other failure (exit 255).
  const failure = /Exception$/.test(name)
    ? clientErrorFailure(name, step.op, message)
    : generalFailure(message);
  return { stdout: '', stderr: failure.stderr, exitCode: failure.exitCode };
}

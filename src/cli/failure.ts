/**
 * How AWS CLI v2 reports a failed command: the stderr text and the exit status. Texts follow
 * awscli/errorhandler.py (legacy error format: the message between two newlines) and awscli/argparser.py;
 * statuses follow awscli/constants.py: 252 parameter/usage errors, 253 configuration errors,
 * 254 service (client) errors, 255 anything else.
 */
export interface CliFailure {
  stderr: string;
  exitCode: 252 | 253 | 254 | 255 | 127 | 1;
}

export const PARAM_VALIDATION_ERROR_RC = 252;
export const CLIENT_ERROR_RC = 254;
export const GENERAL_ERROR_RC = 255;

/** awscli/argparser.py USAGE (CLI v2). */
export const USAGE =
  'aws [options] <command> <subcommand> [<subcommand> ...] [parameters]\n' +
  'To see help text, you can run:\n\n' +
  '  aws help\n' +
  '  aws <command> help\n' +
  '  aws <command> <subcommand> help\n';

/** CLIArgParser.error → ArgParseException, printed by ParamValidationErrorsHandler. */
export const argParseFailure = (message: string): CliFailure => ({
  stderr: `\nusage: ${USAGE}\naws: error: ${message}\n\n`,
  exitCode: PARAM_VALIDATION_ERROR_RC,
});

/** UnknownArgumentErrorHandler. */
export const unknownOptionsFailure = (options: readonly string[]): CliFailure => ({
  stderr: `\nusage: ${USAGE}\nUnknown options: ${options.join(', ')}\n\n`,
  exitCode: PARAM_VALIDATION_ERROR_RC,
});

/** ParamError ("Error parsing parameter …") and botocore ParamValidationError. */
export const paramFailure = (message: string): CliFailure => ({
  stderr: `\n${message}\n`,
  exitCode: PARAM_VALIDATION_ERROR_RC,
});

export const parameterParsingFailure = (cliName: string, message: string): CliFailure =>
  paramFailure(`Error parsing parameter '${cliName}': ${message}`);

/** GeneralExceptionHandler: any other exception, its str() between newlines. */
export const generalFailure = (message: string): CliFailure => ({
  stderr: `\n${message}\n`,
  exitCode: GENERAL_ERROR_RC,
});

/** botocore ClientError as printed by ClientErrorHandler (legacy format). */
export const clientErrorFailure = (code: string, operation: string, message: string): CliFailure => ({
  stderr: `\nAn error occurred (${code}) when calling the ${operation} operation: ${message}\n`,
  exitCode: CLIENT_ERROR_RC,
});

/** Thrown inside the parser pipeline and turned into a result at its edge. */
export class CliFailureError extends Error {
  constructor(readonly failure: CliFailure) {
    super(failure.stderr.trim());
  }
}

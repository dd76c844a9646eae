/**
 * What the "equivalent CLI command" box shows for a KMS call the app made: the `aws kms …` line a learner can
 * paste into a real shell (src/cli/render.ts does the rendering), the files that line reads, and what the
 * line cannot say by itself — who signed the call, a service that made it on the caller's behalf, and values
 * that a scenario takes from an earlier step's output (`{ "$ref": "s1/KeyMetadata/KeyId" }`).
 */
import { renderCommand, xformName } from '../../cli/index';
import { isOperationName, type OperationName } from '../../cli/model';
import { shellQuote } from '../../cli/tokenize';
import { castOf } from '../../scenario/cast';
import { isRef, parseRef } from '../../scenario/refs';
import type { ScenarioSettings } from '../../scenario/schema';
import type { Caller } from '../../scenario/steps/fields';

export interface CliFile {
  name: string;
  bytes: Uint8Array;
}

/** A value the scenario takes from an earlier step: a file (blobs) or a shell variable (anything else). */
export interface StepOutputUse {
  kind: 'file' | 'variable';
  /** File name, or variable name without the `$`. */
  name: string;
  step: string;
  /** The output field, e.g. `KeyMetadata.KeyId`. */
  field: string;
}

export interface CliText {
  line: string;
  /** Files the line reads with `fileb://`, with the bytes of the request. */
  files: CliFile[];
  /** Files and variables standing for earlier steps' outputs. */
  fromSteps: StepOutputUse[];
  /** The principal that signed the call, when it is not the account's default Admin role. */
  principal?: string;
  /** The `kms:ViaService` the call came through, which a shell cannot reproduce. */
  viaService?: string;
}

export interface CliTextOptions {
  caller?: Caller;
  settings?: Pick<ScenarioSettings, 'accountId' | 'region'>;
  /** One argument per line with `\` continuations, as in the AWS documentation. */
  multiline?: boolean;
}

/** A token renderCommand leaves unquoted, replaced afterwards by the `$VARIABLE` it stands for. */
const placeholder = (n: number) => `KMSLABREF${n}PLACEHOLDER`;
/** Base64 of one zero byte: a valid blob for the renderer; the file it names is taken out again. */
const BLOB_PLACEHOLDER = 'AA==';

const snake = (path: string[]) =>
  path
    .filter((p) => !/^\d+$/.test(p))
    .slice(-1)
    .map((p) => xformName(p, '_').toUpperCase())
    .join('_');

/**
 * The CLI text for a call to `operation` (an engine operation name). An operation the CLI's KMS model does
 * not know yet is written with `--cli-input-json`, which every AWS CLI v2 command accepts.
 */
export function cliText(
  operation: string,
  request: Readonly<Record<string, unknown>>,
  options: CliTextOptions = {},
): CliText {
  if (!isOperationName(operation)) {
    return {
      line: `aws kms ${xformName(operation)} --cli-input-json ${shellQuote(JSON.stringify(request))}`,
      files: [],
      fromSteps: [],
    };
  }
  return modelledCliText(operation, request, options);
}

function modelledCliText(
  operation: OperationName,
  request: Readonly<Record<string, unknown>>,
  options: CliTextOptions,
): CliText {
  const settings = options.settings ?? { accountId: '111122223333', region: 'us-east-1' };
  const fromSteps: StepOutputUse[] = [];
  const fileNames: Record<string, string> = {};
  const refFiles = new Set<string>();
  const variables: [string, string][] = [];

  // Top-level blob members that come from a step become a file named after that step's output; every other
  // ref becomes a shell variable (`$S1_KEY_ID`), as the AWS documentation's examples do with `$(…)`.
  const substitute = (value: unknown, member?: string): unknown => {
    if (isRef(value)) {
      const parsed = parseRef(value.$ref);
      const step = parsed?.stepId ?? value.$ref;
      const path = parsed?.path ?? [];
      const field = path.join('.');
      if (member !== undefined && isBlobMember(operation, member)) {
        const name = `${step}-${xformName(path.at(-1) ?? member)}.bin`;
        fileNames[member] = name;
        refFiles.add(name);
        fromSteps.push({ kind: 'file', name, step, field });
        return BLOB_PLACEHOLDER;
      }
      const name = `${step.toUpperCase()}_${snake(path) || 'VALUE'}`;
      const token = placeholder(variables.length);
      variables.push([token, name]);
      fromSteps.push({ kind: 'variable', name, step, field });
      return token;
    }
    if (Array.isArray(value)) return value.map((v) => substitute(v));
    if (value !== null && typeof value === 'object') {
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, substitute(v)]));
    }
    return value;
  };
  const concrete = Object.fromEntries(Object.entries(request).map(([k, v]) => [k, substitute(v, k)]));

  const { caller } = options;
  const region = caller?.region && caller.region !== settings.region ? caller.region : undefined;
  const profile = profileFor(caller?.principal, settings);
  const rendered = renderCommand(operation, concrete, {
    blobFileNames: fileNames,
    ...(region ? { region } : {}),
    ...(profile.name ? { profile: profile.name } : {}),
    ...(options.multiline ? { multiline: true } : {}),
  });
  let line = rendered.line;
  // Quoted or not (inside JSON it is), the placeholder becomes a double-quoted expansion.
  for (const [token, name] of variables) {
    line = line.replace(new RegExp(`'?${token}'?`, 'g'), `"$${name}"`);
  }
  const files = Object.entries(rendered.files)
    .filter(([name]) => !refFiles.has(name))
    .map(([name, bytes]) => ({ name, bytes }));
  const out: CliText = { line, files, fromSteps };
  if (profile.principal) out.principal = profile.principal;
  if (caller?.viaService) out.viaService = caller.viaService;
  return out;
}

function isBlobMember(operation: OperationName, member: string): boolean {
  // renderCommand already knows the shapes; a blob is the only kind it turns into `fileb://`.
  const probe = renderCommand(operation, { [member]: BLOB_PLACEHOLDER });
  return Object.keys(probe.files).length > 0;
}

/**
 * The CLI profile named after a cast member (`--profile dev`), when the caller is not the engine's default
 * Admin role; a principal outside the cast has no profile name, only its ARN.
 */
function profileFor(
  principal: string | undefined,
  settings: Pick<ScenarioSettings, 'accountId' | 'region'>,
): { name?: string; principal?: string } {
  if (principal === undefined) return {};
  const member = castOf(settings.accountId, settings.region).find((m) => m.arn === principal);
  if (member?.id === 'admin') return {};
  return member ? { name: member.id, principal } : { principal };
}

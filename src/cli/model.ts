/**
 * Typed access to the trimmed AWS KMS API model (src/cli/kmsModel.json, generated from botocore's
 * service-2.json by scripts/gen-kms-model.mjs). Everything the console derives — argument tables, value
 * parsing, parameter validation, timestamp printing, help text, the reverse command renderer — reads
 * the model, so an operation is declared exactly once (by AWS).
 */
import kmsModel from './kmsModel.json';

export type ShapeType =
  | 'structure'
  | 'list'
  | 'map'
  | 'string'
  | 'integer'
  | 'long'
  | 'boolean'
  | 'blob'
  | 'timestamp'
  | 'double'
  | 'float';

export interface MemberRef {
  shape: string;
  doc?: string;
  idempotencyToken?: boolean;
}

export interface Shape {
  type: ShapeType;
  min?: number;
  max?: number;
  enum?: string[];
  required?: string[];
  members?: Record<string, MemberRef>;
  member?: MemberRef;
  key?: MemberRef;
  value?: MemberRef;
  document?: boolean;
  sensitive?: boolean;
}

export interface Paginator {
  input_token: string;
  output_token: string;
  limit_key?: string;
  more_results?: string;
  result_key: string;
}

export interface OperationModel {
  input: string;
  output?: string;
  doc?: string;
  errors: string[];
  paginator?: Paginator;
}

export type OperationName = keyof typeof kmsModel.operations;

interface KmsModel {
  source: string;
  metadata: { apiVersion: string; targetPrefix: string; serviceId: string; endpointPrefix: string };
  allOperationNames: string[];
  operations: Record<OperationName, OperationModel>;
  shapes: Record<string, Shape>;
}

export const model = kmsModel as KmsModel;

export const operationNames = Object.keys(model.operations) as OperationName[];

export function shapeOf(name: string): Shape {
  const s = model.shapes[name];
  if (!s) throw new Error(`KMS model has no shape ${name}`);
  return s;
}

export function isOperationName(name: string): name is OperationName {
  return Object.hasOwn(model.operations, name);
}

export function operationModel(name: OperationName): OperationModel {
  return model.operations[name];
}

export function inputShape(name: OperationName): Shape {
  return shapeOf(model.operations[name].input);
}

export function outputShape(name: OperationName): Shape | undefined {
  const out = model.operations[name].output;
  return out ? shapeOf(out) : undefined;
}

const FIRST_CAP = /(.)([A-Z][a-z]+)/g;
const END_CAP = /([a-z0-9])([A-Z])/g;
const SPECIAL_PLURAL = /[A-Z]{2,}s$/;

/**
 * botocore.xform_name: the CLI's name for an API name (`GenerateDataKey` → `generate-data-key`,
 * `KeyId` → `key-id`). Same three regexes as botocore/__init__.py, so names match the real CLI.
 */
export function xformName(name: string, sep = '-'): string {
  if (name.includes(sep)) return name;
  let n = name;
  const special = SPECIAL_PLURAL.exec(n);
  if (special) n = `${n.slice(0, -special[0].length)}${sep}${special[0].toLowerCase()}`;
  return n.replace(FIRST_CAP, `$1${sep}$2`).replace(END_CAP, `$1${sep}$2`).toLowerCase();
}

const byCliName = new Map<string, OperationName>(operationNames.map((op) => [xformName(op), op]));

/** `generate-data-key` → `GenerateDataKey` (only for operations the simulator supports). */
export function operationForCliName(cliName: string): OperationName | undefined {
  return byCliName.get(cliName);
}

/** Every real KMS subcommand, in model order (what `aws kms` lists as valid choices). */
export const allCliCommandNames: readonly string[] = model.allOperationNames.map((op) => xformName(op));

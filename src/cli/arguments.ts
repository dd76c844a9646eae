/**
 * The argument table of one `aws kms` subcommand, derived from the operation's input shape exactly as
 * awscli/clidriver.py `ServiceOperation._create_argument_table` does: one `--kebab-name` per member in
 * model order; booleans get a `--no-` twin (awscli/arguments.py BooleanArgument); lists take any number
 * of values (ListArgument, nargs='*'); a member is required when the model says so unless it is an
 * idempotency token. Paginated operations also get `--starting-token`, `--page-size` and `--max-items`
 * (awscli/customizations/paginate.py `unify_paging_params`).
 */
import type { OptionSpec } from './argparse';
import { inputShape, type OperationName, operationModel, type Shape, shapeOf, xformName } from './model';

export type PagingParameter = 'StartingToken' | 'PageSize' | 'MaxItems';

export interface CliArgument {
  /** `--key-id` */
  cliName: string;
  /** The request member it fills (`KeyId`), or a CLI paging parameter. */
  member: string;
  paging?: PagingParameter;
  shape: Shape;
  required: boolean;
  /** Hidden from help: the paginator's own token/limit members (still accepted). */
  undocumented: boolean;
  doc?: string;
}

export interface ArgumentTable {
  arguments: CliArgument[];
  specs: OptionSpec[];
}

const PAGING: readonly [string, PagingParameter, 'string' | 'integer'][] = [
  ['starting-token', 'StartingToken', 'string'],
  ['page-size', 'PageSize', 'integer'],
  ['max-items', 'MaxItems', 'integer'],
];

const cache = new Map<OperationName, ArgumentTable>();

export function argumentTable(operation: OperationName): ArgumentTable {
  const cached = cache.get(operation);
  if (cached) return cached;
  const shape = inputShape(operation);
  const paginator = operationModel(operation).paginator;
  const hiddenMembers = new Set(paginator ? [paginator.input_token, paginator.limit_key] : []);
  const required = new Set(shape.required ?? []);
  const args: CliArgument[] = [];
  const specs: OptionSpec[] = [];
  for (const [member, ref] of Object.entries(shape.members ?? {})) {
    const memberShape = shapeOf(ref.shape);
    const cliName = `--${xformName(member)}`;
    const isRequired = required.has(member) && !ref.idempotencyToken;
    const arg: CliArgument = {
      cliName,
      member,
      shape: memberShape,
      required: isRequired,
      undocumented: hiddenMembers.has(member),
    };
    if (ref.doc) arg.doc = ref.doc;
    args.push(arg);
    if (memberShape.type === 'boolean') {
      specs.push({ flag: cliName, dest: member, nargs: 'zero', constValue: true, required: isRequired });
      specs.push({ flag: `--no-${xformName(member)}`, dest: member, nargs: 'zero', constValue: false });
    } else {
      specs.push({
        flag: cliName,
        dest: member,
        nargs: memberShape.type === 'list' ? 'many' : 'one',
        required: isRequired,
      });
    }
  }
  if (paginator) {
    for (const [name, paging, type] of PAGING) {
      const cliName = `--${name}`;
      args.push({ cliName, member: paging, paging, shape: { type }, required: false, undocumented: false });
      specs.push({
        flag: cliName,
        dest: paging,
        nargs: 'one',
        ...(type === 'integer' ? { type: 'int' } : {}),
      });
    }
  }
  const table = { arguments: args, specs };
  cache.set(operation, table);
  return table;
}

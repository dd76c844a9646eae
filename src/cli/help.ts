/**
 * `aws help`, `aws kms help` and `aws kms <command> help`: plain-text pages laid out like the CLI's
 * (NAME, DESCRIPTION, SYNOPSIS, OPTIONS), derived from the model so they list exactly the arguments
 * the parser accepts. The real CLI renders much longer man pages from the full documentation; these
 * keep the first sentence of each description (bilingual explanations live in the UI).
 */
import { argumentTable, type CliArgument } from './arguments';
import { type OperationName, operationModel, operationNames, shapeOf, xformName } from './model';

export function helpText(topic: 'aws' | 'kms' | OperationName): string {
  if (topic === 'aws') return awsHelp();
  if (topic === 'kms') return kmsHelp();
  return operationHelp(topic);
}

function awsHelp(): string {
  return [
    'NAME',
    '       aws -',
    '',
    'DESCRIPTION',
    '       The AWS Command Line Interface is a unified tool to manage your AWS services.',
    '',
    'SYNOPSIS',
    '          aws [options] <command> <subcommand> [parameters]',
    '',
    '       Use aws command help for information on a specific command.',
    '',
    'AVAILABLE SERVICES (in KMS Lab)',
    '       o kms',
    '',
  ].join('\n');
}

function kmsHelp(): string {
  const simulated = new Set(operationNames.map((op) => xformName(op)));
  return [
    'NAME',
    '       kms -',
    '',
    'DESCRIPTION',
    '       Key Management Service (KMS) is an encryption and key management web service.',
    '',
    'AVAILABLE COMMANDS',
    ...[...simulated].sort().map((c) => `       o ${c}`),
    '',
  ].join('\n');
}

function synopsisLine(arg: CliArgument): string {
  if (arg.shape.type === 'boolean') {
    const flag = `${arg.cliName} | --no-${arg.cliName.slice(2)}`;
    return arg.required ? flag : `[${flag}]`;
  }
  return arg.required ? `${arg.cliName} <value>` : `[${arg.cliName} <value>]`;
}

function operationHelp(operation: OperationName): string {
  const op = operationModel(operation);
  const args = argumentTable(operation).arguments.filter((a) => !a.undocumented);
  const lines = [
    'NAME',
    `       ${xformName(operation)} -`,
    '',
    'DESCRIPTION',
    `       ${op.doc ?? ''}`,
    '',
    'SYNOPSIS',
    `            ${xformName(operation)}`,
    ...args.map((a) => `          ${synopsisLine(a)}`),
    '',
    'OPTIONS',
  ];
  for (const arg of args) {
    lines.push(`       ${arg.cliName} (${arg.shape.type})`);
    if (arg.doc) lines.push(`          ${arg.doc}`);
    const enumValues = arg.shape.enum ?? enumOfListMember(arg);
    if (enumValues) {
      lines.push('', '          Possible values:', '', ...enumValues.map((v) => `          o ${v}`));
    }
    lines.push('');
  }
  lines.push('OUTPUT');
  const out = op.output ? shapeOf(op.output) : undefined;
  for (const [member, ref] of Object.entries(out?.members ?? {})) {
    lines.push(`       ${member} -> (${shapeOf(ref.shape).type})`);
    if (ref.doc) lines.push(`          ${ref.doc}`);
    lines.push('');
  }
  return `${lines.join('\n')}\n`;
}

function enumOfListMember(arg: CliArgument): string[] | undefined {
  if (arg.shape.type !== 'list' || !arg.shape.member) return undefined;
  return shapeOf(arg.shape.member.shape).enum;
}

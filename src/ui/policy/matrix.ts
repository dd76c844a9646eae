/**
 * The access matrix: principals × operations on one key, each cell the engine's decision for that request
 * (read-only "what if", see whatIf.ts), so a learner sees at a glance who may do what and opens any cell to
 * see why.
 */
import type { OperationView, World } from '../../kms';
import { type WhatIfAnswer, whatIf } from './whatIf';

/** Columns: using the key, reading it, and managing it (key users' and key administrators' actions of the
 *  console's default policy, key-policy-default). */
export const MATRIX_OPERATIONS = [
  'Encrypt',
  'Decrypt',
  'GenerateDataKey',
  'DescribeKey',
  'CreateGrant',
  'GetKeyPolicy',
  'PutKeyPolicy',
  'ScheduleKeyDeletion',
] as const;

export interface MatrixCell {
  operation: string;
  principal: string;
  answer: WhatIfAnswer;
  allowed: boolean;
}

export interface MatrixRow {
  principal: string;
  cells: MatrixCell[];
}

export interface MatrixQuestion {
  keyArn: string;
  principals: readonly string[];
  operations: readonly OperationView[];
  viaService?: string;
  encryptionContext?: Readonly<Record<string, string>>;
}

export function accessMatrix(world: World, q: MatrixQuestion): MatrixRow[] {
  return q.principals.map((principal) => ({
    principal,
    cells: q.operations.map((operation) => {
      const answer = whatIf(world, {
        principal,
        operation,
        keyArn: q.keyArn,
        ...(q.viaService ? { viaService: q.viaService } : {}),
        ...(q.encryptionContext ? { encryptionContext: q.encryptionContext } : {}),
      });
      return {
        operation: operation.name,
        principal,
        answer,
        allowed: answer.kind === 'evaluated' && answer.result.allowed,
      };
    }),
  }));
}

/** Allowed cells per row and per column, for the table's summary line. */
export function matrixTotals(rows: readonly MatrixRow[]): { allowed: number; total: number } {
  const cells = rows.flatMap((r) => r.cells);
  return { allowed: cells.filter((c) => c.allowed).length, total: cells.length };
}

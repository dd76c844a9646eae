/**
 * The declaration every KMS operation makes, once (architecture.md "One operation, one module"). The wire
 * facade, validation, authorisation defaults, key-state checks, CloudTrail, billing and the UI's operation list
 * are all derived from these declarations.
 */
import type { OperationContext } from './context';
import type { KeyStateRule } from './keyStates';
import type { Infer, StructureShape } from './shapes';

export interface OperationDeclaration<S extends StructureShape = StructureShape, Res = unknown> {
  /** AWS operation name, e.g. 'Encrypt' (`X-Amz-Target: TrentService.Encrypt`). */
  readonly name: string;
  /** Request shape as in the AWS API model. */
  readonly input: S;
  /** IAM action checked for the key (or for `*` when resource is 'none'). */
  readonly iamAction: `kms:${string}`;
  /** Further IAM actions the request is checked for (ReEncrypt: kms:ReEncryptTo on the destination key). */
  readonly additionalIamActions?: readonly `kms:${string}`[];
  /** Grant operation that can allow this request (API GrantOperation enum); absent ⇒ grants cannot. */
  readonly grantOperation?: string;
  /** CloudTrail `readOnly` (reference §9). */
  readonly readOnly: boolean;
  /** 'key': the request names a KMS key; 'none': IAM-only actions such as CreateKey, GenerateRandom, ListKeys. */
  readonly resource: 'key' | 'none';
  /** Whether `KeyId` may be an alias name/ARN (reference §4) or only a key ID/ARN. */
  readonly keyIdAccepts: 'key-or-alias' | 'key-only';
  /** Whether a principal of another account may call it with a key ARN (reference §7, cross-account list). */
  readonly crossAccount: boolean;
  /** Row of the key-state table the operation follows (reference §2). */
  readonly keyStates: KeyStateRule;
  /** Semantic checks beyond the shape (run after shape validation, before any lookup). */
  validate?(request: Infer<S>): void;
  run(ctx: OperationContext, request: Infer<S>): Promise<Res>;
  /** CloudTrail requestParameters; default: the request in camelCase without blobs (shapes.ts). */
  trailRequestParameters?(request: Infer<S>): Record<string, unknown>;
  /** CloudTrail responseElements; default null (reference §9). */
  trailResponseElements?(response: Res, ctx: OperationContext): Record<string, unknown> | null;
}

/** Identity function that keeps the request type inferred from the shape. */
export function defineOperation<S extends StructureShape, Res>(
  declaration: OperationDeclaration<S, Res>,
): OperationDeclaration<S, Res> {
  return declaration;
}

/** A declaration of any request/response type, as the registry and the pipeline hold them. */
export interface AnyOperation
  extends Omit<
    OperationDeclaration,
    'validate' | 'run' | 'trailRequestParameters' | 'trailResponseElements'
  > {
  // biome-ignore lint/suspicious/noExplicitAny: the pipeline passes requests validated against `input`.
  validate?(request: any): void;
  // biome-ignore lint/suspicious/noExplicitAny: as above.
  run(ctx: OperationContext, request: any): Promise<unknown>;
  // biome-ignore lint/suspicious/noExplicitAny: as above.
  trailRequestParameters?(request: any): Record<string, unknown>;
  // biome-ignore lint/suspicious/noExplicitAny: as above.
  trailResponseElements?(response: any, ctx: OperationContext): Record<string, unknown> | null;
}

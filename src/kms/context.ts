/**
 * What an operation's `run` works with: the world, the caller, the HSM environment (provider, DRBG, trace),
 * and the shared request steps every key operation goes through in AWS's order — resolve the identifier
 * (NotFoundException), authorise (AccessDeniedException), check the key state (the key-state table), then honour
 * DryRun — each recorded in the trace.
 */
import type { CryptoProvider, Drbg } from '../crypto';
import { type AuthorizationInput, authorizationRequest } from './authorization';
import { createAwsManagedKey, managedKeyService } from './awsManagedKeys';
import type { Caller } from './callers';
import type { EncryptionContext } from './encryptionContext';
import {
  aliasNotFound,
  dryRunSucceeded,
  invalidArn,
  invalidArnRegion,
  invalidKeyId,
  KmsError,
  keyDoesNotExist,
} from './errors';
import { aliasArn, keyArn, parseKeyIdentifier } from './identifiers';
import { type KeyStateRule, keyStateRefusal } from './keyStates';
import type { AnyOperation } from './operation';
import { accessDeniedMessage, authorize } from './policy';
import type { AuthorizationResult, ConditionValue } from './policy/types';
import type { HsmEnvironment } from './symmetric';
import type { IdentifierForm, IdentifierRejection, TraceStep } from './trace';
import type { KeyRecord, World } from './world';

/** How one request uses one key; defaults come from the operation's declaration. */
export interface KeyUse {
  /** Request member that named the key, for the trace (default 'KeyId'). */
  member?: string;
  accepts?: 'key-or-alias' | 'key-only';
  action?: string;
  /** null: grants cannot allow this use. */
  grantOperation?: string | null;
  keyStates?: KeyStateRule;
  encryptionContext?: EncryptionContext;
  grantTokens?: readonly string[];
  conditions?: Readonly<Record<string, ConditionValue | undefined>>;
  crossAccount?: boolean;
}

export class OperationContext implements HsmEnvironment {
  /** Keys the request touched, in order: CloudTrail `resources` (reference §9). */
  readonly resources: KeyRecord[] = [];

  constructor(
    readonly world: World,
    readonly caller: Caller,
    readonly provider: CryptoProvider,
    readonly drbg: Drbg,
    readonly trace: TraceStep[],
    readonly operation: AnyOperation,
  ) {}

  get nowMs(): number {
    return this.world.nowMs;
  }

  /** Resolves `identifier` to a key, authorises the use and checks the key state. */
  accessKey(identifier: string, use: KeyUse = {}): KeyRecord {
    const { key, requestAlias } = this.resolve(identifier, use);
    return this.accessResolvedKey(key, { ...use, requestAlias });
  }

  /** Authorises and state-checks a key found without an identifier (a ciphertext header). */
  accessResolvedKey(key: KeyRecord, use: KeyUse & { requestAlias?: string } = {}): KeyRecord {
    this.noteResource(key);
    this.authorizeOrThrow({
      action: use.action ?? this.operation.iamAction,
      grantOperation:
        use.grantOperation === null ? undefined : (use.grantOperation ?? this.operation.grantOperation),
      key,
      encryptionContext: use.encryptionContext,
      requestAlias: use.requestAlias,
      grantTokens: use.grantTokens,
      conditions: use.conditions,
    });
    this.checkState(key, use.keyStates ?? this.operation.keyStates);
    return key;
  }

  /** Resolution only (NotFoundException and cross-account rules), no authorisation. */
  resolve(identifier: string, use: KeyUse = {}): { key: KeyRecord; requestAlias?: string } {
    const member = use.member ?? 'KeyId';
    const reject = (reason: IdentifierRejection, error: KmsError): KmsError => {
      this.trace.push({ code: 'identifier-rejected', member, input: identifier, reason });
      return error;
    };
    const accepts = use.accepts ?? this.operation.keyIdAccepts;
    const id = parseKeyIdentifier(identifier);
    if (id.kind === 'invalid')
      throw id.reason === 'bad-arn'
        ? reject('bad-arn', invalidArn(identifier))
        : reject('malformed', invalidKeyId(identifier));
    const isAlias = id.kind === 'alias-name' || id.kind === 'alias-arn';
    if (isAlias && accepts === 'key-only') throw reject('alias-not-accepted', invalidKeyId(identifier));
    const region = id.kind === 'key-arn' || id.kind === 'alias-arn' ? id.region : this.caller.region;
    const accountId = id.kind === 'key-arn' || id.kind === 'alias-arn' ? id.accountId : this.caller.accountId;
    if (region !== this.caller.region) throw reject('other-region', invalidArnRegion(region));
    const crossAccount = accountId !== this.caller.accountId;
    if (crossAccount && !(use.crossAccount ?? this.operation.crossAccount))
      throw reject('cross-account-not-allowed', this.crossAccountRefused(identifier));

    let key: KeyRecord | undefined;
    let resolvedAlias: string | undefined;
    if (isAlias) {
      const aliasName = id.aliasName;
      resolvedAlias = aliasArn(region, accountId, aliasName);
      const alias = this.world.aliases[resolvedAlias];
      if (alias) key = this.world.keys[keyArn(region, accountId, alias.targetKeyId)];
      else if (!crossAccount && managedKeyService(aliasName)) {
        // "If you specify a predefined AWS alias (an AWS alias with no key ID), KMS associates the alias with an
        // AWS managed key" (API_DescribeKey, reference §1).
        key = createAwsManagedKey(this.world, this.drbg, accountId, region, aliasName);
        this.trace.push({
          code: 'aws-managed-key-created',
          keyArn: key.arn,
          aliasName,
          service: key.service ?? '',
        });
      }
      if (!key) throw reject('alias-not-found', aliasNotFound(resolvedAlias));
    } else {
      const arn = keyArn(region, accountId, id.keyId);
      key = this.world.keys[arn];
      if (!key) throw reject('key-not-found', keyDoesNotExist(arn));
    }
    this.trace.push({
      code: 'identifier-resolved',
      member,
      input: identifier,
      form: id.kind as IdentifierForm,
      aliasArn: resolvedAlias,
      keyArn: key.arn,
      keyAccount: key.accountId,
      keyRegion: key.region,
      crossAccount,
    });
    return { key, requestAlias: isAlias ? id.aliasName : undefined };
  }

  noteResource(key: KeyRecord): void {
    if (!this.resources.includes(key)) this.resources.push(key);
  }

  /** Evaluates the policies; records the full result in the trace. */
  evaluate(input: AuthorizationInput): { result: AuthorizationResult; message: () => string } {
    const request = authorizationRequest(this.world, this.caller, input);
    const result = authorize(request);
    this.trace.push({
      code: 'authorization',
      action: input.action,
      resourceArn: request.resourceArn,
      result,
    });
    return { result, message: () => accessDeniedMessage(request, result) };
  }

  authorizeOrThrow(input: AuthorizationInput): void {
    const { result, message } = this.evaluate(input);
    if (!result.allowed) throw new KmsError('AccessDeniedException', message());
  }

  checkState(key: KeyRecord, rule: KeyStateRule): void {
    const refusal = keyStateRefusal(rule, key.keyState, key.arn);
    this.trace.push({
      code: 'key-state-checked',
      keyArn: key.arn,
      keyState: key.keyState,
      accepted: !refusal,
    });
    if (refusal) throw refusal;
  }

  /** DryRun: everything was checked; stop before doing anything (reference §3). */
  stopIfDryRun(dryRun: boolean | undefined): void {
    if (!dryRun) return;
    this.trace.push({ code: 'dry-run-stopped' });
    throw dryRunSucceeded();
  }

  /**
   * Management operations never work across accounts (reference §7). AWS evaluates no key policy for them in
   * the caller's account, so the caller gets the IAM-style refusal naming the foreign key.
   */
  private crossAccountRefused(identifier: string): KmsError {
    const action = this.operation.iamAction;
    return new KmsError(
      'AccessDeniedException',
      `User: ${this.caller.principal} is not authorized to perform: ${action} on resource: ${identifier} because no resource-based policy allows the ${action} action`,
    );
  }
}

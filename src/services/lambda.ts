/**
 * AWS Lambda environment variables (reference §11; Lambda Developer Guide "Securing environment variables"):
 * Lambda encrypts a function's environment variables at rest with `aws/lambda` or the customer managed key in
 * `KMSKeyArn`, bound to `{"aws:lambda:FunctionArn": "arn:aws:lambda:…:function:name"}`, when the function is
 * created or its configuration updated, and decrypts them when an execution environment initialises (the
 * execution role needs kms:Decrypt for a customer managed key).
 *
 * Which KMS operations Lambda calls is not documented (the reference marks it unverified): KMS Lab models Encrypt
 * of the variables as one JSON document (Lambda caps them at 4 KB, the size KMS Encrypt accepts) by the
 * requester through lambda, and Decrypt at the first invocation by the execution role's session (named after the
 * function) through lambda; every Invoke starts a new execution environment. Invoke errors use Lambda's KMS* exception names; the message follows the one recorded
 * for KMSAccessDeniedException ("Lambda was unable to decrypt the environment variables because KMS access was
 * denied. Please check the function's KMS key settings. KMS Exception: …KMS Message: …").
 */
import { utf8Decode, utf8Encode, zeroize } from '../crypto';
import { MANAGED_KEY_SERVICES } from '../kms/policy';
import {
  type ActionResult,
  actionsFor,
  fail,
  keyIdFor,
  kmsErrorOf,
  type ServiceContext,
  type ServiceDeclaration,
  succeed,
} from './service';

export interface LambdaFunction {
  name: string;
  arn: string;
  role: string;
  /** As configured; undefined means the AWS managed key `aws/lambda`. */
  kmsKeyArn?: string;
  encryptionContext: Record<string, string>;
  encryptedVariables: Uint8Array;
  variableNames: string[];
  lastModifiedMs: number;
}

export interface LambdaState {
  functions: Record<string, LambdaFunction>;
}

/** "The total size of all environment variables doesn't exceed 4 KB" (Lambda quotas). */
export const MAX_VARIABLES_BYTES = 4096;

/** Lambda's KMS* exceptions (Lambda API reference, Invoke errors) and the words each uses. */
const INVOKE_ERRORS: Record<string, { code: string; because: string }> = {
  AccessDeniedException: { code: 'KMSAccessDeniedException', because: 'KMS access was denied' },
  DisabledException: { code: 'KMSDisabledException', because: 'the KMS key used is disabled' },
  KMSInvalidStateException: {
    code: 'KMSInvalidStateException',
    because: 'the KMS key used is in an invalid state for Decrypt',
  },
  NotFoundException: { code: 'KMSNotFoundException', because: 'the KMS key was not found' },
};

function kmsFailure(
  invocation: { error: { name: string; message: string } },
  stage: 'encrypt' | 'decrypt',
): ActionResult {
  const kms = kmsErrorOf(invocation);
  const known = INVOKE_ERRORS[kms.name] ?? {
    code: 'KMSAccessDeniedException',
    because: 'KMS access was denied',
  };
  const verb = stage === 'decrypt' ? 'decrypt' : 'encrypt';
  return fail(
    known.code,
    `Lambda was unable to ${verb} the environment variables because ${known.because}. Please check the function's KMS key settings. KMS Exception: ${kms.name}KMS Message: ${kms.message}`,
    kms.name === 'AccessDeniedException' && stage === 'decrypt' ? 'recorded' : 'simplified',
    kms,
  );
}

export const functionArn = (region: string, accountId: string, name: string) =>
  `arn:aws:lambda:${region}:${accountId}:function:${name}`;

/** Lambda runs the function as a session of its execution role named after the function. */
export const executionSession = (role: string, functionName: string) => {
  const [, , , , account, resource = ''] = role.split(':');
  return `arn:aws:sts::${account}:assumed-role/${resource.split('/').pop()}/${functionName}`;
};

async function encryptVariables(
  ctx: ServiceContext,
  fn: Omit<LambdaFunction, 'encryptedVariables' | 'variableNames' | 'lastModifiedMs'>,
  variables: Record<string, string>,
): Promise<{ ok: true; value: LambdaFunction } | { ok: false; result: ActionResult }> {
  const plaintext = utf8Encode(JSON.stringify(variables));
  if (plaintext.length > MAX_VARIABLES_BYTES)
    return {
      ok: false,
      result: fail(
        'InvalidParameterValueException',
        `Lambda was unable to configure your environment variables because the environment variables you have provided exceeded the 4KB limit.`,
        'simplified',
      ),
    };
  const encrypted = await ctx.kms('Encrypt', {
    KeyId: keyIdFor(ctx, fn.kmsKeyArn),
    Plaintext: plaintext,
    EncryptionContext: fn.encryptionContext,
  });
  if (!encrypted.ok) return { ok: false, result: kmsFailure(encrypted, 'encrypt') };
  return {
    ok: true,
    value: {
      ...fn,
      encryptedVariables: encrypted.response.CiphertextBlob,
      variableNames: Object.keys(variables),
      lastModifiedMs: ctx.nowMs,
    },
  };
}

const FUNCTION_NAME = {
  type: 'string',
  min: 1,
  max: 64,
  pattern: /^[A-Za-z0-9_-]+$/,
  patternName: 'a function name',
} as const;
const ROLE = {
  type: 'string',
  max: 2048,
  pattern: /^arn:aws:iam::\d{12}:role\/[\w+=,.@/-]+$/,
  patternName: 'an IAM role ARN',
} as const;

const action = actionsFor<LambdaState>();

export const lambda: ServiceDeclaration<LambdaState> = {
  id: 'lambda',
  name: 'AWS Lambda',
  managedKey: MANAGED_KEY_SERVICES.find((s) => s.alias === 'lambda') as (typeof MANAGED_KEY_SERVICES)[number],
  keyChoices: ['aws-managed', 'customer-managed'],
  encryptionContextKeys: ['aws:lambda:FunctionArn'],
  fidelity: 'simplified',
  initialState: () => ({ functions: {} }),
  actions: {
    CreateFunction: action({
      params: {
        FunctionName: FUNCTION_NAME,
        Role: ROLE,
        Variables: { type: 'map' },
        KMSKeyArn: { type: 'string', min: 1, max: 2048, optional: true },
      },
      kmsCalls: ['Encrypt'],
      async run(ctx, state, p) {
        if (state.functions[p.FunctionName])
          return fail('ResourceConflictException', `Function already exist: ${p.FunctionName}`, 'simplified');
        const arn = functionArn(ctx.region, ctx.accountId, p.FunctionName);
        const made = await encryptVariables(
          ctx,
          {
            name: p.FunctionName,
            arn,
            role: p.Role,
            ...(p.KMSKeyArn ? { kmsKeyArn: p.KMSKeyArn } : {}),
            encryptionContext: { 'aws:lambda:FunctionArn': arn },
          },
          p.Variables,
        );
        if (!made.ok) return made.result;
        state.functions[p.FunctionName] = made.value;
        return succeed({
          FunctionName: p.FunctionName,
          FunctionArn: arn,
          Role: p.Role,
          ...(p.KMSKeyArn ? { KMSKeyArn: p.KMSKeyArn } : {}),
          State: 'Active',
        });
      },
    }),
    UpdateFunctionConfiguration: action({
      params: {
        FunctionName: FUNCTION_NAME,
        Variables: { type: 'map' },
        KMSKeyArn: { type: 'string', min: 1, max: 2048, optional: true },
      },
      kmsCalls: ['Encrypt'],
      async run(ctx, state, p) {
        const existing = state.functions[p.FunctionName];
        if (!existing)
          return fail(
            'ResourceNotFoundException',
            `Function not found: ${functionArn(ctx.region, ctx.accountId, p.FunctionName)}`,
            'simplified',
          );
        const { encryptedVariables: _, ...config } = existing;
        const made = await encryptVariables(
          ctx,
          { ...config, ...(p.KMSKeyArn ? { kmsKeyArn: p.KMSKeyArn } : {}) },
          p.Variables,
        );
        if (!made.ok) return made.result;
        state.functions[p.FunctionName] = made.value;
        return succeed({
          FunctionName: p.FunctionName,
          FunctionArn: existing.arn,
          LastUpdateStatus: 'Successful',
        });
      },
    }),
    Invoke: action({
      params: { FunctionName: FUNCTION_NAME },
      kmsCalls: ['Decrypt'],
      async run(ctx, state, p) {
        const fn = state.functions[p.FunctionName];
        if (!fn)
          return fail(
            'ResourceNotFoundException',
            `Function not found: ${functionArn(ctx.region, ctx.accountId, p.FunctionName)}`,
            'simplified',
          );
        // Each Invoke here starts a new execution environment, which decrypts the variables as it initialises
        // (a warm environment would reuse them without calling KMS; KMS Lab does not keep environments).
        const decrypted = await ctx.kms(
          'Decrypt',
          { CiphertextBlob: fn.encryptedVariables, EncryptionContext: fn.encryptionContext },
          { principal: executionSession(fn.role, fn.name) },
        );
        if (!decrypted.ok) return kmsFailure(decrypted, 'decrypt');
        const variables = Object.keys(JSON.parse(utf8Decode(decrypted.response.Plaintext)) as object);
        zeroize(decrypted.response.Plaintext);
        return succeed({
          StatusCode: 200,
          ExecutedVersion: '$LATEST',
          Payload: JSON.stringify({ environmentVariables: variables }),
        });
      },
    }),
  },
};

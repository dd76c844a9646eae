/**
 * Typed AWS KMS errors. Every failure the engine reports is a `KmsError` whose `name` is the AWS exception
 * name (`__type` on the wire) and whose `message` is AWS's text (reference §0, §2 footnotes, §3, §4, §5).
 * Messages recorded from real AWS are marked [rec] in the reference; others follow the documented wording.
 */

export type KmsExceptionName =
  | 'AccessDeniedException'
  | 'AlreadyExistsException'
  | 'CloudHsmClusterNotFoundException'
  | 'ConflictException'
  | 'CustomKeyStoreInvalidStateException'
  | 'CustomKeyStoreNameInUseException'
  | 'CustomKeyStoreNotFoundException'
  | 'DisabledException'
  | 'DryRunOperationException'
  | 'ExpiredImportTokenException'
  | 'IncorrectKeyException'
  | 'IncorrectKeyMaterialException'
  | 'InvalidAliasNameException'
  | 'InvalidArnException'
  | 'InvalidCiphertextException'
  | 'InvalidGrantIdException'
  | 'InvalidGrantTokenException'
  | 'InvalidImportTokenException'
  | 'InvalidKeyUsageException'
  | 'InvalidMarkerException'
  | 'KMSInternalException'
  | 'KMSInvalidMacException'
  | 'KMSInvalidSignatureException'
  | 'KMSInvalidStateException'
  | 'LimitExceededException'
  | 'MalformedPolicyDocumentException'
  | 'NotFoundException'
  | 'SerializationException'
  | 'TagException'
  | 'UnknownOperationException'
  | 'UnsupportedOperationException'
  | 'ValidationException'
  | 'XksProxyUriEndpointInUseException'
  | 'XksProxyUriInUseException'
  | 'XksProxyUriUnreachableException'
  | 'XksProxyVpcEndpointServiceInUseException';

/** Server-side faults (reference §0: KMSInternalException is 5xx); every other KMS error is a 400. */
const SERVER_FAULTS: ReadonlySet<KmsExceptionName> = new Set(['KMSInternalException']);

export class KmsError extends Error {
  override readonly name: KmsExceptionName;
  readonly __type: KmsExceptionName;
  readonly httpStatus: 400 | 500;

  constructor(name: KmsExceptionName, message: string) {
    super(message);
    this.name = name;
    this.__type = name;
    this.httpStatus = SERVER_FAULTS.has(name) ? 500 : 400;
  }
}

export function isKmsError(e: unknown): e is KmsError {
  return e instanceof KmsError;
}

// --- Identifiers (reference §3 "Common crypto errors", §4, §8) ---

export const keyDoesNotExist = (keyArn: string) =>
  new KmsError('NotFoundException', `Key '${keyArn}' does not exist`);
export const invalidKeyId = (keyId: string) => new KmsError('NotFoundException', `Invalid keyId '${keyId}'`);
export const invalidArnRegion = (region: string) =>
  new KmsError('NotFoundException', `Invalid arn ${region}`);
export const aliasNotFound = (aliasArn: string) =>
  new KmsError('NotFoundException', `Alias ${aliasArn} is not found.`);
export const invalidArn = (arn: string) => new KmsError('InvalidArnException', `Invalid arn ${arn}`);

// --- Key states (reference §2, key-state table footnotes) ---

export const keyDisabled = (keyArn: string) => new KmsError('DisabledException', `${keyArn} is disabled.`);
export const keyPendingDeletion = (keyArn: string) =>
  new KmsError('KMSInvalidStateException', `${keyArn} is pending deletion.`);
export const keyNotPendingDeletion = (keyArn: string) =>
  new KmsError('KMSInvalidStateException', `${keyArn} is not pending deletion`);
export const keyCreating = (keyArn: string) =>
  new KmsError('KMSInvalidStateException', `${keyArn} is creating.`);

// --- Cryptographic operations (reference §3, §5) ---

export const dryRunSucceeded = () =>
  new KmsError('DryRunOperationException', 'The request would have succeeded, but the DryRun option is set.');
/** InvalidCiphertextException carries an empty message [rec]. */
export const invalidCiphertext = () => new KmsError('InvalidCiphertextException', '');
export const incorrectKey = () =>
  new KmsError(
    'IncorrectKeyException',
    'The key ID in the request does not identify a CMK that can perform this operation.',
  );
export const invalidKeyUsage = (keyArn: string, keyUsage: string, operation: string) =>
  new KmsError(
    'InvalidKeyUsageException',
    `${keyArn} key usage is ${keyUsage} which is not valid for ${operation}.`,
  );
export const invalidMac = () => new KmsError('KMSInvalidMacException', '');
/** Verify of a signature that does not match: an empty message [rec], like KMSInvalidMacException. */
export const invalidSignature = () => new KmsError('KMSInvalidSignatureException', '');
/**
 * An algorithm the key's spec does not support. Recorded for MACs (`HMAC_SHA_512 … HMAC_256`) and for Encrypt with
 * an RSA key and the default algorithm (`Algorithm SYMMETRIC_DEFAULT is incompatible with key spec RSA_4096.`,
 * quoted from real AWS responses in public issue reports); used with the same wording for signing algorithms.
 */
export const incompatibleAlgorithm = (algorithm: string, keySpec: string) =>
  new KmsError(
    'InvalidKeyUsageException',
    `Algorithm ${algorithm} is incompatible with key spec ${keySpec}.`,
  );
/**
 * Decrypt without KeyId of a ciphertext whose key is gone, elsewhere or not permitted: AWS answers with this
 * deliberately ambiguous message (reference §3, §8).
 */
export const ambiguousCiphertextKey = () =>
  new KmsError(
    'AccessDeniedException',
    'The ciphertext refers to a customer master key that does not exist, does not exist in this region, or you are not allowed to access.',
  );
export const onDemandRotationLimit = (keyArn: string) =>
  new KmsError(
    'LimitExceededException',
    `The on-demand rotations limit has been reached for the given keyId. No more on-demand rotations can be performed for this key: ${keyArn}`,
  );

/** Footnote 6 of the key-state table: an operation for keys of another origin (reference §2). */
export const originNotValid = (keyArn: string, origin: string) =>
  new KmsError(
    'UnsupportedOperationException',
    `${keyArn} origin is ${origin} which is not valid for this operation.`,
  );

/**
 * Operations and key kinds this simulator does not model yet. AWS would accept them; we say so plainly
 * rather than pretend (engine brief: asymmetric specs and other origins).
 */
export const notSimulated = (what: string) =>
  new KmsError('UnsupportedOperationException', `${what} is not simulated by KMS Lab yet.`);

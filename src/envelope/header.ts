import { concatBytes, toHex, utf8Decode, utf8Encode, writeUint16BE, writeUint32BE } from '../crypto';
import { ALGORITHM_SUITE, ALGORITHM_SUITES, type AlgorithmSuite, ESDK_SUITE_NAMES } from './algorithmSuite';
import {
  type EncryptionContext,
  lengthPrefixed,
  readEncryptionContext,
  serializeEncryptionContext,
} from './encryptionContext';
import { EnvelopeError } from './errors';
import { type Field, FieldReader } from './fieldReader';

/**
 * An encrypted data key as the header stores it (framework/structures.md "Encrypted Data Key"). For AWS KMS
 * the provider ID is "aws-kms", the provider info is the KMS key ARN (UTF-8) and the ciphertext is the
 * CiphertextBlob that GenerateDataKey returned.
 */
export interface EncryptedDataKey {
  readonly providerId: string;
  readonly providerInfo: Uint8Array;
  readonly ciphertext: Uint8Array;
}

export const AWS_KMS_PROVIDER_ID = 'aws-kms';

/** The EDK the AWS KMS keyring writes for one KMS key. */
export function awsKmsEncryptedDataKey(keyArn: string, ciphertextBlob: Uint8Array): EncryptedDataKey {
  return { providerId: AWS_KMS_PROVIDER_ID, providerInfo: utf8Encode(keyArn), ciphertext: ciphertextBlob };
}

/**
 * A parsed message header (data-format/message-header.md: "Header Body Version 1.0" / "2.0" and the matching
 * "Header Authentication"). Byte fields are views into the parsed buffer.
 */
export interface MessageHeader {
  readonly version: 1 | 2;
  readonly algorithmSuiteId: number;
  readonly suite: AlgorithmSuite;
  /** 16 bytes in format 1.0, 32 in 2.0. */
  readonly messageId: Uint8Array;
  readonly encryptionContext: EncryptionContext;
  readonly encryptedDataKeys: readonly EncryptedDataKey[];
  /** 0x02: framed. */
  readonly contentType: 2;
  readonly frameLength: number;
  /**
   * Algorithm suite data of format 2.0: the 32-byte commit key (public: it is there so decrypt can check the
   * data key). Empty in format 1.0, which has no key commitment.
   */
  readonly commitmentKey: Uint8Array;
  /** IV of the header authentication: stored in format 1.0, all zeros (not stored) in 2.0. */
  readonly headerIv: Uint8Array;
  /** The header body bytes: the AAD of the header authentication tag. */
  readonly headerBody: Uint8Array;
  readonly headerAuthTag: Uint8Array;
  /** Header body + authentication: where the message body starts. */
  readonly headerLength: number;
}

export interface HeaderBodyInput {
  /** A suite this lab writes (format 2.0); default 0x0478. */
  readonly suite?: AlgorithmSuite;
  readonly messageId: Uint8Array;
  readonly encryptionContext: EncryptionContext;
  readonly encryptedDataKeys: readonly EncryptedDataKey[];
  readonly frameLength: number;
  readonly commitmentKey: Uint8Array;
}

const UINT16_MAX = 0xffff;
const FRAMED_CONTENT = 0x02;

/** Serializes the v2.0 header body (message-header.md field order; encrypt.md "Construct the header"). */
export function serializeHeaderBody(input: HeaderBodyInput): Uint8Array<ArrayBuffer> {
  const { encryptedDataKeys } = input;
  if (encryptedDataKeys.length === 0 || encryptedDataKeys.length > UINT16_MAX) {
    throw new EnvelopeError('invalid-input', `a message needs 1..${UINT16_MAX} encrypted data keys`, {
      step: 'input',
      field: 'encryptedDataKeyCount',
    });
  }
  const suite = input.suite ?? ALGORITHM_SUITE;
  const fixed = new Uint8Array(3);
  fixed[0] = suite.messageFormatVersion;
  writeUint16BE(fixed, suite.id, 1);
  const edkCount = new Uint8Array(2);
  writeUint16BE(edkCount, encryptedDataKeys.length, 0);
  const contentAndFrame = new Uint8Array(5);
  contentAndFrame[0] = FRAMED_CONTENT;
  writeUint32BE(contentAndFrame, input.frameLength, 1);
  return concatBytes(
    fixed,
    input.messageId,
    lengthPrefixed('aad', serializeEncryptionContext(input.encryptionContext)),
    edkCount,
    ...encryptedDataKeys.flatMap((edk) => [
      lengthPrefixed('keyProviderId', utf8Encode(edk.providerId)),
      lengthPrefixed('keyProviderInformation', edk.providerInfo),
      lengthPrefixed('encryptedDataKey', edk.ciphertext),
    ]),
    contentAndFrame,
    input.commitmentKey,
  );
}

function suiteLabel(id: number): string {
  const hex = `0x${id.toString(16).padStart(4, '0')}`;
  const name = ESDK_SUITE_NAMES.get(id);
  return name ? `${hex} (${name})` : hex;
}

const displayText = (bytes: Uint8Array) => utf8Decode(bytes, { fatal: false });

function readEncryptedDataKey(reader: FieldReader): EncryptedDataKey {
  const providerId = displayText(
    reader.take('keyProviderId', reader.u16('keyProviderIdLength'), displayText),
  );
  const providerInfo = reader.take(
    'keyProviderInformation',
    reader.u16('keyProviderInformationLength'),
    (b) => (providerId === AWS_KMS_PROVIDER_ID ? displayText(b) : toHex(b)),
  );
  const ciphertext = reader.take('encryptedDataKey', reader.u16('encryptedDataKeyLength'));
  return { providerId, providerInfo, ciphertext };
}

/** The Object Type of format 1.0 headers: "Customer Authenticated Encrypted Data". */
const CUSTOMER_AE_DATA = 0x80;
const HEADER_AUTH_IV_V2 = new Uint8Array(ALGORITHM_SUITE.ivLength);

/**
 * Parses the header at the start of a message (format 1.0 or 2.0), recording each field into `fields` (the
 * layout view). Checks what the spec makes checkable without keys: version, type, suite, AAD, EDK count > 0,
 * content type, reserved bytes, IV length, frame length > 0; throws a typed `EnvelopeError` for malformed or
 * short input. The header tag and the commit key need the data key and are verified by decryption.
 */
export function parseHeader(bytes: Uint8Array, fields: Field[] = []): MessageHeader {
  const reader = new FieldReader(bytes, 'header', { fields });
  let headerBodyEnd = 0;
  const header = reader.group('header', () => {
    const body = reader.group('headerBody', () => {
      const version = reader.u8('version');
      if (version !== 1 && version !== 2) {
        reader.fail(
          'bad-version',
          'version',
          // "AY" is how a base64-encoded v1 message starts ('A' 0x41 = 65, 'Y' 0x59 = 89), "Ag" a v2 one.
          version === 0x41
            ? 'this looks like a base64-encoded message: decode it to bytes first'
            : `unknown message format version 0x${version.toString(16).padStart(2, '0')}: not an AWS Encryption SDK message`,
        );
      }
      if (version === 1) {
        const type = reader.u8('type');
        if (type !== CUSTOMER_AE_DATA) {
          reader.fail(
            'malformed',
            'type',
            `message type 0x${type.toString(16)} is not 0x80 (customer authenticated encrypted data)`,
          );
        }
      }
      const algorithmSuiteId = reader.u16('algorithmSuiteId');
      const suite = ALGORITHM_SUITES.get(algorithmSuiteId);
      if (!suite)
        return reader.fail(
          'unknown-suite',
          'algorithmSuiteId',
          `unknown algorithm suite ${suiteLabel(algorithmSuiteId)}`,
        );
      if (suite.messageFormatVersion !== version) {
        reader.fail(
          'unknown-suite',
          'algorithmSuiteId',
          `algorithm suite ${suiteLabel(algorithmSuiteId)} belongs to message format ${suite.messageFormatVersion}.0, not ${version}.0`,
        );
      }
      const messageId = reader.take('messageId', suite.messageIdLength);
      const encryptionContext = reader.group('aad', () => {
        const length = reader.u16('keyValuePairsLength');
        if (length === 0) return {};
        if (reader.offset + length > bytes.length) {
          // The whole AAD is not here yet: report truncation of the message, not a malformed AAD.
          throw new EnvelopeError('truncated', 'message ends inside the encryption context', {
            step: 'header',
            field: 'aad',
            offset: reader.offset,
            needed: reader.offset + length,
          });
        }
        const inner = new FieldReader(bytes, 'header', {
          offset: reader.offset,
          limit: reader.offset + length,
          fields: reader.fields,
        });
        const context = inner.group('keyValuePairs', () => readEncryptionContext(inner));
        reader.offset = inner.offset;
        return context;
      });
      const encryptedDataKeys = reader.group('encryptedDataKeys', () => {
        const count = reader.u16('encryptedDataKeyCount');
        if (count === 0) reader.fail('malformed', 'encryptedDataKeyCount', 'encrypted data key count is 0');
        return Array.from({ length: count }, () =>
          reader.group(
            'encryptedDataKeyEntry',
            () => readEncryptedDataKey(reader),
            (edk) => edk.providerId,
          ),
        );
      });
      const contentType = reader.u8('contentType');
      if (contentType !== FRAMED_CONTENT) {
        reader.fail(
          'malformed',
          'contentType',
          contentType === 0x01
            ? 'content type 0x01 (non-framed) is not supported: this lab reads framed messages, the default of every ESDK'
            : `unknown content type 0x${contentType.toString(16).padStart(2, '0')}`,
        );
      }
      if (version === 1) {
        // message-header.md (1.0): "Reserved" MUST be 0x00000000 and "IV Length" MUST equal the suite's.
        if (reader.u32('reserved') !== 0) reader.fail('malformed', 'reserved', 'reserved bytes are not 0');
        const ivLength = reader.u8('ivLength');
        if (ivLength !== suite.ivLength) {
          reader.fail(
            'malformed',
            'ivLength',
            `IV length ${ivLength} differs from the suite's ${suite.ivLength}`,
          );
        }
      }
      const frameLength = reader.u32('frameLength');
      if (frameLength === 0) reader.fail('malformed', 'frameLength', 'frame length is 0 for framed content');
      const commitmentKey =
        suite.commitKeyLength > 0
          ? reader.take('algorithmSuiteData', suite.commitKeyLength)
          : new Uint8Array(0);
      return {
        version: version as 1 | 2,
        algorithmSuiteId,
        suite,
        messageId,
        encryptionContext,
        encryptedDataKeys,
        frameLength,
        commitmentKey,
      };
    });
    headerBodyEnd = reader.offset;
    const headerIv = body.version === 1 ? reader.take('headerIv', body.suite.ivLength) : HEADER_AUTH_IV_V2;
    const headerAuthTag = reader.take('headerAuthenticationTag', body.suite.tagLength);
    return { ...body, headerIv, headerAuthTag };
  });
  return {
    contentType: 2,
    ...header,
    headerBody: bytes.subarray(0, headerBodyEnd),
    headerLength: reader.offset,
  };
}

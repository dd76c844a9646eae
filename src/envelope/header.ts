import { concatBytes, toHex, utf8Decode, utf8Encode, writeUint16BE, writeUint32BE } from '../crypto';
import { ALGORITHM_SUITE, ESDK_SUITE_NAMES } from './algorithmSuite';
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
 * A parsed v2.0 message header (data-format/message-header.md, "Header Body Version 2.0" and "Header
 * Authentication Version 2.0"). Byte fields are views into the parsed buffer.
 */
export interface MessageHeader {
  readonly version: 2;
  readonly algorithmSuiteId: number;
  readonly messageId: Uint8Array;
  readonly encryptionContext: EncryptionContext;
  readonly encryptedDataKeys: readonly EncryptedDataKey[];
  /** 0x02: framed. */
  readonly contentType: 2;
  readonly frameLength: number;
  /** Algorithm suite data: the 32-byte commit key. Public: it is there so decrypt can check the data key. */
  readonly commitmentKey: Uint8Array;
  /** The header body bytes: the AAD of the header authentication tag. */
  readonly headerBody: Uint8Array;
  readonly headerAuthTag: Uint8Array;
  /** Header body + authentication tag: where the message body starts. */
  readonly headerLength: number;
}

export interface HeaderBodyInput {
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
  const fixed = new Uint8Array(3);
  fixed[0] = ALGORITHM_SUITE.messageFormatVersion;
  writeUint16BE(fixed, ALGORITHM_SUITE.id, 1);
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

/**
 * Parses the v2.0 header at the start of a message, recording each field into `fields` (the layout view).
 * Checks what the spec makes checkable without keys: version, suite, AAD, EDK count > 0, content type, frame
 * length > 0; throws a typed `EnvelopeError` for malformed or short input. The header tag and the commit key
 * need the data key and are verified by decryption.
 */
export function parseHeader(bytes: Uint8Array, fields: Field[] = []): MessageHeader {
  const reader = new FieldReader(bytes, 'header', { fields });
  let headerBodyEnd = 0;
  const header = reader.group('header', () => {
    const body = reader.group('headerBody', () => {
      const version = reader.u8('version');
      if (version !== ALGORITHM_SUITE.messageFormatVersion) {
        reader.fail(
          'bad-version',
          'version',
          version === 0x01
            ? 'message format version 1.0 (no key commitment) is not supported; this lab reads version 2.0'
            : `unknown message format version 0x${version.toString(16).padStart(2, '0')}`,
        );
      }
      const algorithmSuiteId = reader.u16('algorithmSuiteId');
      if (algorithmSuiteId !== ALGORITHM_SUITE.id) {
        reader.fail(
          'unknown-suite',
          'algorithmSuiteId',
          ESDK_SUITE_NAMES.has(algorithmSuiteId)
            ? `algorithm suite ${suiteLabel(algorithmSuiteId)} is not implemented; this lab implements ${suiteLabel(ALGORITHM_SUITE.id)}`
            : `unknown algorithm suite ${suiteLabel(algorithmSuiteId)}`,
        );
      }
      const messageId = reader.take('messageId', ALGORITHM_SUITE.messageIdLength);
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
            ? 'content type 0x01 (non-framed) is not supported: ESDK v2 messages are framed'
            : `unknown content type 0x${contentType.toString(16).padStart(2, '0')}`,
        );
      }
      const frameLength = reader.u32('frameLength');
      if (frameLength === 0) reader.fail('malformed', 'frameLength', 'frame length is 0 for framed content');
      const commitmentKey = reader.take('algorithmSuiteData', ALGORITHM_SUITE.commitKeyLength);
      return {
        algorithmSuiteId,
        messageId,
        encryptionContext,
        encryptedDataKeys,
        frameLength,
        commitmentKey,
      };
    });
    headerBodyEnd = reader.offset;
    const headerAuthTag = reader.take('headerAuthenticationTag', ALGORITHM_SUITE.tagLength);
    return { ...body, headerAuthTag };
  });
  return {
    version: 2,
    contentType: 2,
    ...header,
    headerBody: bytes.subarray(0, headerBodyEnd),
    headerLength: reader.offset,
  };
}

/**
 * Names and explanations of byte-map fields, from the catalogue. Field names are the specs' own (KMS Lab's
 * blob layout, the ESDK message format); a name the catalogue does not know (a newer format) shows as is.
 */

import { ESDK_SUITE_NAMES, PUBLIC_KEY_CONTEXT_KEY, SIGNED_ALGORITHM_SUITE } from '../../envelope/index';
import type { useT } from '../shell/useT';
import { type ByteField, utf8Text } from './bytes';

type T = ReturnType<typeof useT>;
/** `t` for keys built from field names (each exists: see the lists below and the catalogue's type). */
type Loose = (key: string, params?: Record<string, string | number>) => string;

export const BLOB_FIELD_NAMES = [
  'formatVersion',
  'keyIdKind',
  'keyId',
  'keyMaterialId',
  'nonce',
  'iv',
  'ciphertext',
  'tag',
] as const;

export const MESSAGE_FIELD_NAMES = [
  'version',
  'algorithmSuiteId',
  'messageId',
  'keyValuePairsLength',
  'keyValuePairCount',
  'keyLength',
  'key',
  'valueLength',
  'value',
  'encryptedDataKeyCount',
  'keyProviderIdLength',
  'keyProviderId',
  'keyProviderInformationLength',
  'keyProviderInformation',
  'encryptedDataKeyLength',
  'encryptedDataKey',
  'contentType',
  'frameLength',
  'algorithmSuiteData',
  'headerAuthenticationTag',
  'sequenceNumberEnd',
  'sequenceNumber',
  'iv',
  'encryptedContentLength',
  'encryptedContent',
  'authenticationTag',
  'type',
  'reserved',
  'ivLength',
  'headerIv',
  'signatureLength',
  'signature',
] as const;

const known = <N extends string>(names: readonly N[], name: string): name is N =>
  (names as readonly string[]).includes(name);

export function blobFieldName(t: T, field: ByteField): string {
  return known(BLOB_FIELD_NAMES, field.name) ? (t as Loose)(`envelope.blob.${field.name}.name`) : field.name;
}

export function blobFieldAbout(t: T, field: ByteField): string {
  return known(BLOB_FIELD_NAMES, field.name) ? (t as Loose)(`envelope.blob.${field.name}.about`) : '';
}

/** A message field's name, with its frame ("Frame 2 · IV") for body fields. */
export function messageFieldName(t: T, field: ByteField): string {
  const name = known(MESSAGE_FIELD_NAMES, field.name)
    ? (t as Loose)(`envelope.message.${field.name}.name`)
    : field.name;
  return field.frame === undefined ? name : t('envelope.message.inFrame', { frame: field.frame, name });
}

/** What a message field is for; encryption context keys and values also show their text. */
export function messageFieldAbout(t: T, field: ByteField, message: Uint8Array): string {
  const about = known(MESSAGE_FIELD_NAMES, field.name)
    ? (t as Loose)(`envelope.message.${field.name}.about`)
    : '';
  // The catalogue describes the studio's own messages (format 2.0, 0x0478); the inspector shows any.
  if (field.name === 'version' && field.value === 1) return t('envelope.message.versionV1');
  if (field.name === 'algorithmSuiteId' && field.value === SIGNED_ALGORITHM_SUITE.id)
    return t('envelope.message.algorithmSuiteSigned');
  if (field.name === 'algorithmSuiteId' && typeof field.value === 'number' && field.value !== 0x0478) {
    const name = ESDK_SUITE_NAMES.get(field.value);
    return `\`0x${field.value.toString(16).padStart(4, '0')}\`${name ? `: \`${name}\`` : ''}`;
  }
  if (field.name === 'key' || field.name === 'value') {
    const text = utf8Text(message.subarray(field.offset, field.offset + field.length));
    if (text === PUBLIC_KEY_CONTEXT_KEY)
      return `${about} “${text}”. ${t('envelope.message.publicKeyContext')}`;
    return text === undefined ? about : `${about} “${text}”`;
  }
  return typeof field.value === 'string' && field.name === 'keyProviderInformation'
    ? `${about} ${field.value}`
    : about;
}

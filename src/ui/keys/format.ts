/**
 * How the keys, rotation and cost views write dates, money and key names. Dates are UTC, like the simulated
 * clock and every date KMS returns; amounts are US dollars, as AWS bills KMS.
 */
import type { Lang } from '../../i18n';
import type { KeyView } from '../../kms/index';

const dateFormats = new Map<string, Intl.DateTimeFormat>();

function dateFormat(lang: Lang, withTime: boolean): Intl.DateTimeFormat {
  const id = `${lang}/${withTime}`;
  let format = dateFormats.get(id);
  if (!format) {
    format = new Intl.DateTimeFormat(lang, {
      year: 'numeric',
      month: 'short',
      day: 'numeric',
      ...(withTime ? { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' } : {}),
      timeZone: 'UTC',
    });
    dateFormats.set(id, format);
  }
  return format;
}

export const formatDate = (lang: Lang, time: number | Date): string => dateFormat(lang, false).format(time);
/** Date and time of day; the caller says "UTC" next to it. */
export const formatDateTime = (lang: Lang, time: number | Date): string =>
  dateFormat(lang, true).format(time);
/** Machine-readable date for <time dateTime>. */
export const isoDate = (time: number | Date): string => new Date(time).toISOString();

/** Cents, unless that would hide a non-zero amount (request charges are millionths of a dollar). */
export function formatUsd(lang: Lang, usd: number): string {
  const small = usd !== 0 && Math.abs(usd) < 0.01;
  return new Intl.NumberFormat(lang, {
    style: 'currency',
    currency: 'USD',
    minimumFractionDigits: 2,
    maximumFractionDigits: small ? 6 : 2,
  }).format(usd);
}

/** The name a learner knows a key by: its first alias, else its key ID. */
export const keyName = (key: Pick<KeyView, 'aliases' | 'metadata'>): string =>
  key.aliases[0] ?? key.metadata.KeyId;

/** A long hex identifier shortened for a label (the full value stays available on focus). */
export const shortHex = (hex: string, chars = 8): string =>
  hex.length > chars ? `${hex.slice(0, chars)}…` : hex;

/** The key ID at the end of a key ARN. */
export const keyIdOfArn = (arn: string): string => arn.slice(arn.lastIndexOf('/') + 1);

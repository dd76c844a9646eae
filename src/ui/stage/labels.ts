/**
 * How a token is named and described in words (its accessible name, its badges, the narration), in the learner's
 * language. Pure: takes the bound `t` of useT.
 */
import type { MessageArgs, MessageKey } from '../../i18n';
import { groupedHex } from '../envelope/bytes';
import type {
  CallerOnStage,
  Gate,
  LocalWork,
  Narration,
  ResourceNote,
  Scene,
  Token,
  TokenKind,
} from './picture';

export type T = <K extends MessageKey>(key: K, ...args: MessageArgs<K>) => string;

/** The `data-token` attribute of each kind (tests and styles read it). */
export const TOKEN_ATTRIBUTE: Record<TokenKind, string> = {
  dataKey: 'plaintext-data-key',
  zeroedKey: 'zeroed-data-key',
  ciphertextBlob: 'ciphertext-blob',
  plaintext: 'plaintext',
  encryptedData: 'encrypted-data',
  encryptionContext: 'encryption-context',
  trailRecord: 'trail-record',
};

/** A token's name; API names (an event's operation) in `backticks`, drawn as code (RichText). */
export function tokenName(t: T, token: Token): string {
  if (token.kind === 'trailRecord')
    return token.event ? `\`${token.event.name}\`` : t('stage.token.trailRecord');
  return t(`stage.token.${token.kind}`);
}

/** A few real bytes: the first four, as the sketch draws them. */
export const previewBytes = (bytes: Uint8Array): string => groupedHex(bytes.subarray(0, 4));

/** The short facts on a token, in reading order: secret or safe, version, size, frames, marks. */
export function tokenBadges(t: T, token: Token, where: (stage: string, frame?: number) => string): string[] {
  const out: string[] = [];
  if (token.kind === 'dataKey') out.push(t('stage.badge.secret'));
  if (token.bucketKey) out.push(t('stage.badge.bucketKey', { bucket: token.bucketKey }));
  if (token.kind === 'ciphertextBlob') out.push(t('stage.badge.safe'));
  if (token.version !== undefined) out.push(t('stage.badge.version', { n: token.version + 1 }));
  if (token.kind === 'encryptedData' && token.frames !== undefined)
    out.push(t('stage.badge.frames', { n: token.frames }));
  if (token.kind === 'trailRecord' && token.event)
    out.push(
      token.event.errorCode ? t('stage.badge.failed', { code: token.event.errorCode }) : t('stage.badge.ok'),
    );
  if (token.orphaned) out.push(t('stage.badge.orphaned'));
  if (token.tampered) out.push(t('stage.badge.tampered'));
  if (token.caughtAt)
    out.push(t('stage.badge.caught', { where: where(token.caughtAt.stage, token.caughtAt.frame) }));
  return out;
}

/** The size shown on byte tokens. */
export const tokenSize = (t: T, token: Token): string | undefined =>
  token.kind === 'trailRecord' || token.kind === 'encryptionContext'
    ? undefined
    : t('stage.badge.bytes', { n: token.bytes.length });

export const contextText = (token: Token): string =>
  (token.pairs ?? []).map(([k, v]) => `${k}=${v}`).join(', ');

const WHERE = ['input', 'header', 'data-key', 'commitment', 'header-auth', 'body'] as const;

/** Where a failed decrypt stopped, in words. */
export function whereText(t: T, stage: string, frame = 0): string {
  const known = (WHERE as readonly string[]).includes(stage) ? (stage as (typeof WHERE)[number]) : 'body';
  return known === 'body' ? t('stage.where.body', { frame }) : t(`stage.where.${known}`);
}

export function narrationText(t: T, narration: Narration): string {
  const p = narration.params;
  const s = (name: string) => String(p[name] ?? '');
  const n = (name: string) => Number(p[name] ?? 0);
  switch (narration.code) {
    case 'generateDataKey':
    case 'generateDataKeySigned':
      return t(`stage.narration.${narration.code}`, { bytes: n('bytes'), version: n('version') });
    case 'encryptData':
    case 'encryptDataSigned':
      return t(`stage.narration.${narration.code}`, { bytes: n('bytes'), frames: n('frames') });
    case 'discard':
      return t('stage.narration.discard', { bytes: n('bytes') });
    case 'store':
      return t('stage.narration.store', { bytes: n('bytes'), object: s('object') });
    case 'decrypt':
    case 'decryptSigned':
      return t(`stage.narration.${narration.code}`, { version: n('version'), bytes: n('bytes') });
    case 'decryptKmsFailed':
      return t('stage.narration.decryptKmsFailed', { errorName: s('errorName') });
    case 'decryptCaught':
      return t('stage.narration.decryptCaught', {
        where: whereText(t, s('stage'), n('frame')),
        errorName: s('errorName'),
      });
    case 'call':
      return t('stage.narration.call', { op: s('op') });
    case 'callReturned':
      // Each returned field is an API name: drawn as code.
      return t('stage.narration.callReturned', {
        op: s('op'),
        fields: s('fields')
          .split(', ')
          .map((field) => `\`${field}\``)
          .join(', '),
      });
    case 'reEncrypt':
      return t('stage.narration.reEncrypt', { from: n('from'), to: n('to') });
    case 'denied':
      return t('stage.narration.denied', { op: s('op'), errorName: s('errorName') });
    case 'rejected':
      return t('stage.narration.rejected', { op: s('op'), errorName: s('errorName') });
    case 'tamper':
      return t('stage.narration.tamper', { bit: n('bit'), part: s('part'), object: s('object') });
    case 'clock':
      return t('stage.narration.clock', { days: n('days') });
    case 'service':
      return t('stage.narration.service', { service: s('service'), action: s('action'), calls: n('calls') });
    case 'serviceBucketKeys':
      return t('stage.narration.serviceBucketKeys', {
        service: s('service'),
        action: s('action'),
        calls: n('calls'),
        objects: n('objects'),
      });
    case 'serviceBucketKeyReused':
    case 'serviceNoKms':
      return t(`stage.narration.${narration.code}`, { service: s('service'), action: s('action') });
    case 'serviceFailed':
      return t(s('errorName') ? 'stage.narration.serviceFailedKms' : 'stage.narration.serviceFailed', {
        service: s('service'),
        action: s('action'),
        code: s('code'),
        errorName: s('errorName'),
      });
    case 'failed':
      return t('stage.narration.failed', { errorName: s('errorName') });
    default:
      return t(`stage.narration.${narration.code}`);
  }
}

/** What a step without a KMS call did instead (the wire's line), or that there was no call at all. */
export function localText(t: T, local: LocalWork | undefined): string {
  if (!local) return t('stage.call.noCall');
  if (local.kind === 'encrypt')
    return local.cipher ? t('stage.local.encrypt', { cipher: local.cipher }) : t('stage.local.encryptFailed');
  if (local.kind === 'service')
    return t(local.bucketKey ? 'stage.local.serviceBucketKey' : 'stage.local.service', {
      service: local.service,
    });
  return t(`stage.local.${local.kind}`);
}

/** The KMS box's name: the key it shows and its state. */
export function keyText(t: T, scene: Scene): string {
  const key = scene.key;
  if (!key) return t('stage.key.noKey');
  return `${key.alias ?? key.keyId} · ${key.state}`;
}

/** A principal's ARN shortened to its resource (`role/App`). */
export const shortPrincipal = (arn: string) => arn.split(':').slice(5).join(':') || arn;

/** An ARN on the arrow, shortened to its resource (`key/1234abcd…`); the full value is its title. */
export const shortValue = (value: string) => {
  const resource = value.startsWith('arn:') ? value.split(':').slice(5).join(':') : value;
  return resource.length > 22 ? `${resource.slice(0, 21)}…` : resource;
};

/** The caller box's title: the application, a principal, or a service on the principal's behalf. */
export function callerTitle(t: T, caller: CallerOnStage): string {
  if (caller.kind === 'application') return t('stage.actor.application');
  if (caller.kind === 'service') return t('stage.actor.service', { service: caller.service ?? '' });
  return t('stage.actor.principal');
}

/** The key policy gate's words. */
export const gateText = (t: T, gate: Gate): string =>
  gate === 'allow'
    ? t('stage.key.gateAllow')
    : gate === 'deny'
      ? t('stage.key.gateDeny')
      : t('stage.key.gateIdle');

/**
 * What the storage box says of a service's resource: which service holds it; for an S3 bucket, its objects and
 * keys (on a projector the counts only: the caller's box names the service).
 */
export function resourceNote(t: T, note: ResourceNote | undefined, projector: boolean): string | undefined {
  if (!note) return undefined;
  const service = note.serviceName;
  if (note.objects === undefined || note.objects < 2) return service;
  const counts = t(note.bucketKey ? 'stage.storage.bucketKeys' : 'stage.storage.objects', {
    objects: note.objects,
    keys: note.keys ?? 0,
  });
  return projector ? counts : `${service} · ${counts}`;
}

/**
 * Storage's object groups in the order they are drawn: the acting service's resources first on a service's
 * step, the application's envelopes first otherwise. A projector draws the first one only (its 24 px text leaves
 * room for one row); the others are counted.
 */
export function storageObjects(scene: Scene, tokens: Token[], projector: boolean) {
  const all = [...new Set(tokens.map((token) => token.object ?? ''))];
  const services = new Set(scene.resources?.groups.map((group) => group.object));
  const first = scene.caller.kind === 'service' ? all.filter((o) => services.has(o)) : [];
  const ordered = [...first, ...all.filter((o) => !first.includes(o))];
  const drawn = projector ? ordered.slice(0, 1) : ordered;
  const resources = scene.resources ?? { total: 0, groups: [] };
  return { drawn, more: ordered.length - drawn.length + resources.total - resources.groups.length };
}

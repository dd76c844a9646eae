/**
 * The KMS bill for a span of simulated time (reference §1, https://aws.amazon.com/kms/pricing/):
 * - $1/month per customer managed key (each multi-Region primary and each replica), prorated by the hour;
 *   AWS managed and AWS owned keys have no monthly fee;
 * - rotation surcharge as charged since April 2024: the first and the second rotation each add $1/month from
 *   the rotation date; later rotations are free (at most $3/month per key);
 * - nothing while a key is pending deletion when the key really is deleted (or is still pending); cancelling
 *   deletion bills the key "as though it was never scheduled", so a cancelled wait is charged;
 * - requests: 20,000 free per account per month across all Regions, then $0.03 per 10,000. Every API request
 *   KMS Lab records counts, allowed or refused (AWS does not publish a list of free operations).
 * - asymmetric requests (GenerateDataKeyPair(WithoutPlaintext), and Sign, Verify, Encrypt, Decrypt, GetPublicKey
 *   and the other operations on an asymmetric key) are excluded from the free tier (pricing page footnote) and
 *   priced per request class (ASYMMETRIC_USD_PER_REQUEST).
 *
 * "Month" means a calendar month of the simulated clock in UTC. Prorating: a key billed for part of a month pays
 * $1 × (started hours billed in that month) ÷ (hours in that month), so a whole month costs exactly $1.
 */
import { isAsymmetricSpec, isEccSpec, isRsaSpec } from './asymmetric';
import type { KeyManager, RequestPriceClass, World } from './world';

const HOUR_MS = 3_600_000;
export const KEY_MONTHLY_USD = 1;
export const ROTATION_MONTHLY_USD = 1;
/** Rotations that carry the surcharge: the first two (2024 price change, reference §1). */
export const SURCHARGED_ROTATIONS = 2;
export const FREE_REQUESTS_PER_MONTH = 20_000;
export const USD_PER_REQUEST = 0.03 / 10_000;
/**
 * Asymmetric request prices per 10,000 as the pricing page's table gives them (reference §1 lists these price
 * points and marks them unverified against the live page: third-party summaries disagree): requests on RSA_2048
 * keys $0.03, on other asymmetric keys $0.15, ECC GenerateDataKeyPair $0.10, RSA GenerateDataKeyPair $12.00.
 */
export const ASYMMETRIC_USD_PER_REQUEST: Readonly<Record<RequestPriceClass, number>> = {
  'rsa-2048': 0.03 / 10_000,
  asymmetric: 0.15 / 10_000,
  'ecc-data-key-pair': 0.1 / 10_000,
  'rsa-data-key-pair': 12 / 10_000,
};

/**
 * Operations that use an asymmetric key's key pair ("APIs such as Sign, Verify, Encrypt, Decrypt, and
 * GetPublicKey that reference asymmetric keys"). Management calls on the key (CreateKey, DescribeKey, tagging…)
 * stay standard requests.
 */
const ASYMMETRIC_KEY_OPERATIONS: ReadonlySet<string> = new Set([
  'Sign',
  'Verify',
  'Encrypt',
  'Decrypt',
  'ReEncrypt',
  'GetPublicKey',
  'DeriveSharedSecret',
  'Encapsulate',
  'Decapsulate',
]);

/**
 * The price class of a request, or undefined for a standard one (free tier, then $0.03 per 10,000):
 * GenerateDataKeyPair* by the pair it makes, anything else by the asymmetric key it names.
 */
export function requestPriceClass(
  operation: string,
  keySpec: string | undefined,
  request: unknown,
): RequestPriceClass | undefined {
  if (operation === 'GenerateDataKeyPair' || operation === 'GenerateDataKeyPairWithoutPlaintext') {
    const pairSpec = (request as { KeyPairSpec?: unknown } | undefined)?.KeyPairSpec;
    if (typeof pairSpec !== 'string') return undefined;
    if (isRsaSpec(pairSpec)) return 'rsa-data-key-pair';
    return isEccSpec(pairSpec) ? 'ecc-data-key-pair' : undefined;
  }
  if (!ASYMMETRIC_KEY_OPERATIONS.has(operation) || keySpec === undefined || !isAsymmetricSpec(keySpec))
    return undefined;
  return keySpec === 'RSA_2048' ? 'rsa-2048' : 'asymmetric';
}

export interface KeyCharge {
  keyArn: string;
  accountId: string;
  region: string;
  keyManager: KeyManager;
  /** Started hours of storage billed in this month. */
  billedHours: number;
  keyFeeUsd: number;
  rotationFeeUsd: number;
  /** Requests in the span that named this key (their cost is in the account's request line). */
  requests: number;
}

export interface AccountMonthCharge {
  accountId: string;
  /** Every request; `freeRequests` + `billableRequests`. Asymmetric ones are always billable. */
  requests: number;
  freeRequests: number;
  billableRequests: number;
  requestFeeUsd: number;
}

export interface MonthBill {
  /** `YYYY-MM` (UTC). */
  month: string;
  keys: KeyCharge[];
  accounts: AccountMonthCharge[];
  totalUsd: number;
}

export interface Bill {
  from: Date;
  to: Date;
  months: MonthBill[];
  totalUsd: number;
}

const round6 = (usd: number) => Math.round(usd * 1e6) / 1e6;

function monthStarts(fromMs: number, toMs: number): number[] {
  const starts: number[] = [];
  const d = new Date(fromMs);
  let start = Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1);
  while (start < toMs) {
    starts.push(start);
    const s = new Date(start);
    start = Date.UTC(s.getUTCFullYear(), s.getUTCMonth() + 1, 1);
  }
  return starts;
}

const nextMonth = (startMs: number) => {
  const s = new Date(startMs);
  return Date.UTC(s.getUTCFullYear(), s.getUTCMonth() + 1, 1);
};

interface BilledKey {
  arn: string;
  accountId: string;
  region: string;
  keyManager: KeyManager;
  startMs: number;
  endMs: number;
  rotationDatesMs: number[];
}

function billedKeys(world: World): BilledKey[] {
  const alive = Object.values(world.keys).map((k) => ({
    arn: k.arn,
    accountId: k.accountId,
    region: k.region,
    keyManager: k.keyManager,
    startMs: k.creationMs,
    endMs:
      k.keyState === 'PendingDeletion' || k.keyState === 'PendingReplicaDeletion'
        ? (k.deletionScheduledMs ?? Number.POSITIVE_INFINITY)
        : Number.POSITIVE_INFINITY,
    rotationDatesMs: k.versions.slice(1).map((v) => v.createdMs),
  }));
  const deleted = world.deletedKeys.map((k) => ({
    arn: k.arn,
    accountId: k.accountId,
    region: k.region,
    keyManager: k.keyManager,
    startMs: k.creationMs,
    endMs: k.deletionScheduledMs,
    rotationDatesMs: k.rotationDatesMs,
  }));
  return [...alive, ...deleted];
}

const startedHours = (fromMs: number, toMs: number) =>
  toMs > fromMs ? Math.ceil((toMs - fromMs) / HOUR_MS) : 0;

interface MonthRequests {
  /** Requests of each account in the month before the span starts: they use up the free tier first. */
  before: Map<string, number>;
  /** Requests in the span, by account and by the key they named. */
  byAccount: Map<string, number>;
  byKey: Map<string, number>;
  /** Standard requests in the span (those the free tier covers), by account. */
  standardByAccount: Map<string, number>;
  /** Fees of asymmetric requests in the span, by account. */
  asymmetricUsdByAccount: Map<string, number>;
}

const increment = (counts: Map<string, number>, key: string) => counts.set(key, (counts.get(key) ?? 0) + 1);

/**
 * Counts the requests of each month in one pass (the log holds every call of the scenario, and the player
 * prices it after every step), instead of filtering the whole log again for every month, key and account.
 */
function countRequests(world: World, starts: readonly number[], fromMs: number, toMs: number) {
  const months: MonthRequests[] = starts.map(() => ({
    before: new Map(),
    byAccount: new Map(),
    byKey: new Map(),
    standardByAccount: new Map(),
    asymmetricUsdByAccount: new Map(),
  }));
  if (starts.length === 0) return months;
  for (const r of world.requests) {
    if (r.timeMs < starts[0] || r.timeMs >= toMs) continue;
    // The last month that starts at or before the request (binary search: `starts` is ascending).
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= r.timeMs) lo = mid;
      else hi = mid - 1;
    }
    const month = months[lo];
    if (r.timeMs < Math.max(starts[lo], fromMs)) {
      if (r.priceClass === undefined) increment(month.before, r.accountId);
    } else {
      increment(month.byAccount, r.accountId);
      if (r.keyArn !== undefined) increment(month.byKey, r.keyArn);
      if (r.priceClass === undefined) increment(month.standardByAccount, r.accountId);
      else {
        const usd = month.asymmetricUsdByAccount.get(r.accountId) ?? 0;
        month.asymmetricUsdByAccount.set(r.accountId, usd + ASYMMETRIC_USD_PER_REQUEST[r.priceClass]);
      }
    }
  }
  return months;
}

/**
 * The bill from `from` up to and including the instant `now`, as the player shows it after a step. Every call of a
 * step happens at one simulated instant, so pricing [from, now) left out the requests of the step on screen, and
 * everything when no time had passed ("0 requests" beside 4 CloudTrail records, issue #13). Here a request made at
 * `now` has happened and is counted, and a key that exists at `now` is listed (with the hours it has been billed
 * so far, none when no time has passed: fees accrue by the hour).
 */
export function billThrough(world: World, from: Date, now: Date): Bill {
  // The clock counts whole milliseconds, so "at or before now" is "before now + 1 ms".
  return priced(world, from, now, now.getTime() + 1);
}

/** Prices [from, to) of the world's history. */
export function bill(world: World, from: Date, to: Date): Bill {
  return priced(world, from, to, to.getTime());
}

/** Storage and rotation fees over [from, to); requests and the keys listed over [from, requestsEndMs). */
function priced(world: World, from: Date, to: Date, requestsEndMs: number): Bill {
  const fromMs = from.getTime();
  const toMs = to.getTime();
  const keys = billedKeys(world);
  const starts = monthStarts(fromMs, requestsEndMs);
  const counted = countRequests(world, starts, fromMs, requestsEndMs);
  const months: MonthBill[] = starts.map((monthStart, i) => {
    const monthEnd = nextMonth(monthStart);
    const spanStart = Math.max(monthStart, fromMs);
    const spanEnd = Math.min(monthEnd, toMs);
    const monthHours = (monthEnd - monthStart) / HOUR_MS;
    const prorate = (startMs: number, endMs: number) =>
      startedHours(Math.max(startMs, spanStart), Math.min(endMs, spanEnd)) / monthHours;
    const { before, byAccount, byKey, standardByAccount, asymmetricUsdByAccount } = counted[i];

    const listedUntil = Math.min(monthEnd, requestsEndMs);
    const keyCharges: KeyCharge[] = keys
      .filter((k) => k.startMs < listedUntil && k.endMs > spanStart)
      .map((k) => {
        const customer = k.keyManager === 'CUSTOMER';
        const rotationFee = k.rotationDatesMs
          .slice(0, SURCHARGED_ROTATIONS)
          .reduce((sum, rotatedMs) => sum + ROTATION_MONTHLY_USD * prorate(rotatedMs, k.endMs), 0);
        return {
          keyArn: k.arn,
          accountId: k.accountId,
          region: k.region,
          keyManager: k.keyManager,
          billedHours: startedHours(Math.max(k.startMs, spanStart), Math.min(k.endMs, spanEnd)),
          keyFeeUsd: customer ? round6(KEY_MONTHLY_USD * prorate(k.startMs, k.endMs)) : 0,
          rotationFeeUsd: customer ? round6(rotationFee) : 0,
          requests: byKey.get(k.arn) ?? 0,
        };
      });

    // Accounts with requests in the span, in account order.
    const accounts: AccountMonthCharge[] = [...byAccount.keys()].sort().map((accountId) => {
      const requests = byAccount.get(accountId) ?? 0;
      const standard = standardByAccount.get(accountId) ?? 0;
      // The free tier is consumed from the start of the month, even before the span begins.
      const freeLeft = Math.max(0, FREE_REQUESTS_PER_MONTH - (before.get(accountId) ?? 0));
      const freeRequests = Math.min(standard, freeLeft);
      const billableRequests = requests - freeRequests;
      return {
        accountId,
        requests,
        freeRequests,
        billableRequests,
        requestFeeUsd: round6(
          (standard - freeRequests) * USD_PER_REQUEST + (asymmetricUsdByAccount.get(accountId) ?? 0),
        ),
      };
    });

    const totalUsd = round6(
      keyCharges.reduce((s, k) => s + k.keyFeeUsd + k.rotationFeeUsd, 0) +
        accounts.reduce((s, a) => s + a.requestFeeUsd, 0),
    );
    return { month: new Date(monthStart).toISOString().slice(0, 7), keys: keyCharges, accounts, totalUsd };
  });
  return { from, to, months, totalUsd: round6(months.reduce((s, m) => s + m.totalUsd, 0)) };
}

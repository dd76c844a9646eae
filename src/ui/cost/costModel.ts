/**
 * The engine's bill (src/kms/billing.ts, reference §1) reshaped for the cost view: totals, one row per key, one
 * point per calendar month for the chart, and what the same usage would cost with the other kinds of key. No
 * prices are restated here: every amount comes from `bill(...)`; this module only adds them up.
 */
import type { Bill } from '../../kms/index';

/** Sums of dollar amounts kept to the engine's precision (a millionth of a dollar), so 0.1 + 0.2 stays 0.3. */
const sum = (values: readonly number[]): number => Math.round(values.reduce((s, v) => s + v, 0) * 1e6) / 1e6;

export interface MonthCost {
  /** `YYYY-MM` (UTC). */
  month: string;
  keyFeesUsd: number;
  rotationFeesUsd: number;
  requestFeesUsd: number;
  totalUsd: number;
  /** Everything billed from the scenario's start to the end of this month. */
  cumulativeUsd: number;
  requests: number;
  freeRequests: number;
  billableRequests: number;
}

export interface KeyCost {
  keyArn: string;
  region: string;
  keyManager: 'CUSTOMER' | 'AWS';
  billedHours: number;
  keyFeeUsd: number;
  rotationFeeUsd: number;
  requests: number;
}

export interface CostSummary {
  months: MonthCost[];
  keys: KeyCost[];
  keyFeesUsd: number;
  rotationFeesUsd: number;
  requestFeesUsd: number;
  totalUsd: number;
  requests: number;
  freeRequests: number;
  billableRequests: number;
  /**
   * The same requests with the other kinds of key (reference §1): an AWS managed key has no monthly or
   * rotation fee but its requests are charged; an AWS owned key costs the customer nothing.
   */
  comparison: { customerManagedUsd: number; awsManagedUsd: number; awsOwnedUsd: number };
}

export function summariseBill(bill: Bill): CostSummary {
  let cumulative = 0;
  const months: MonthCost[] = bill.months.map((m) => {
    const keyFeesUsd = sum(m.keys.map((k) => k.keyFeeUsd));
    const rotationFeesUsd = sum(m.keys.map((k) => k.rotationFeeUsd));
    const requestFeesUsd = sum(m.accounts.map((a) => a.requestFeeUsd));
    cumulative = sum([cumulative, m.totalUsd]);
    return {
      month: m.month,
      keyFeesUsd,
      rotationFeesUsd,
      requestFeesUsd,
      totalUsd: m.totalUsd,
      cumulativeUsd: cumulative,
      requests: m.accounts.reduce((s, a) => s + a.requests, 0),
      freeRequests: m.accounts.reduce((s, a) => s + a.freeRequests, 0),
      billableRequests: m.accounts.reduce((s, a) => s + a.billableRequests, 0),
    };
  });

  const byKey = new Map<string, KeyCost>();
  for (const charge of bill.months.flatMap((m) => m.keys)) {
    const row = byKey.get(charge.keyArn);
    if (!row) {
      byKey.set(charge.keyArn, {
        keyArn: charge.keyArn,
        region: charge.region,
        keyManager: charge.keyManager,
        billedHours: charge.billedHours,
        keyFeeUsd: charge.keyFeeUsd,
        rotationFeeUsd: charge.rotationFeeUsd,
        requests: charge.requests,
      });
      continue;
    }
    row.billedHours += charge.billedHours;
    row.keyFeeUsd = sum([row.keyFeeUsd, charge.keyFeeUsd]);
    row.rotationFeeUsd = sum([row.rotationFeeUsd, charge.rotationFeeUsd]);
    row.requests += charge.requests;
  }

  const requestFeesUsd = sum(months.map((m) => m.requestFeesUsd));
  return {
    months,
    keys: [...byKey.values()],
    keyFeesUsd: sum(months.map((m) => m.keyFeesUsd)),
    rotationFeesUsd: sum(months.map((m) => m.rotationFeesUsd)),
    requestFeesUsd,
    totalUsd: bill.totalUsd,
    requests: months.reduce((s, m) => s + m.requests, 0),
    freeRequests: months.reduce((s, m) => s + m.freeRequests, 0),
    billableRequests: months.reduce((s, m) => s + m.billableRequests, 0),
    comparison: { customerManagedUsd: bill.totalUsd, awsManagedUsd: requestFeesUsd, awsOwnedUsd: 0 },
  };
}

/** The parts of a month's bar, bottom to top (each drawn with its own pattern, not colour alone). */
export const COST_PARTS = ['keyFeesUsd', 'rotationFeesUsd', 'requestFeesUsd'] as const;
export type CostPart = (typeof COST_PARTS)[number];

export interface ChartBar {
  month: string;
  x: number;
  width: number;
  parts: { part: CostPart; y: number; height: number; usd: number }[];
}

export interface CostChartLayout {
  bars: ChartBar[];
  /** The cumulative total, one point per month (at the bar's centre), on its own axis. */
  cumulative: { x: number; y: number; usd: number }[];
  monthlyTicks: { y: number; usd: number }[];
  cumulativeTicks: { y: number; usd: number }[];
}

/** A "nice" axis maximum (1, 2 or 5 × 10ⁿ) at or above `value`. */
export function niceCeiling(value: number): number {
  if (value <= 0) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  for (const step of [1, 2, 5, 10]) if (step * power >= value - 1e-12) return step * power;
  return 10 * power;
}

export function layoutCostChart(
  months: readonly MonthCost[],
  width: number,
  height: number,
): CostChartLayout {
  const monthlyMax = niceCeiling(Math.max(0, ...months.map((m) => m.totalUsd)));
  const cumulativeMax = niceCeiling(Math.max(0, ...months.map((m) => m.cumulativeUsd)));
  const slot = months.length > 0 ? width / months.length : width;
  const barWidth = Math.max(1, slot * 0.7);
  const yMonthly = (usd: number) => height - (usd / monthlyMax) * height;
  const bars = months.map((m, i) => {
    let base = 0;
    const parts = COST_PARTS.map((part) => {
      const usd = m[part];
      const y = yMonthly(base + usd);
      const bottom = yMonthly(base);
      base += usd;
      return { part, y, height: bottom - y, usd };
    });
    return { month: m.month, x: i * slot + (slot - barWidth) / 2, width: barWidth, parts };
  });
  const cumulative = months.map((m, i) => ({
    x: i * slot + slot / 2,
    y: height - (m.cumulativeUsd / cumulativeMax) * height,
    usd: m.cumulativeUsd,
  }));
  const ticks = (max: number) =>
    [0, 0.25, 0.5, 0.75, 1].map((f) => ({ y: height - f * height, usd: Math.round(max * f * 1e6) / 1e6 }));
  return { bars, cumulative, monthlyTicks: ticks(monthlyMax), cumulativeTicks: ticks(cumulativeMax) };
}

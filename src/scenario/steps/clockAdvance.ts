/**
 * `clock.advance`: moves the simulated clock forward. The engine performs every automatic rotation and every
 * key deletion that falls due on the way, at its exact date (reference §2, §5), so "a year later" is one step.
 */
import { integer } from '../validate';
import type { StepKind } from './kind';

export interface ClockAdvanceStep {
  id: string;
  kind: 'clock.advance';
  ms: number;
}

/** The simulated times before and after, ISO 8601. */
export interface ClockAdvanceDetail {
  from: string;
  to: string;
}

export const DAY_MS = 86_400_000;
/** Ten years: long enough for the longest rotation period (2,560 days) plus deletion windows. */
const MAX_ADVANCE_MS = 3653 * DAY_MS;

export const clockAdvance: StepKind<'clock.advance', ClockAdvanceStep, ClockAdvanceDetail> = {
  kind: 'clock.advance',
  fields: ['ms'],
  captions: ['clockAdvance'],
  validate: (raw, path) => ({ ms: integer(raw.ms, `${path}.ms`, 1, MAX_ADVANCE_MS) }),
  refs: () => [],
  async run(ctx, step) {
    const from = ctx.sim.clock.now().toISOString();
    await ctx.sim.clock.advance(step.ms);
    return { ok: true, detail: { from, to: ctx.sim.clock.now().toISOString() } };
  },
  caption: (step) => ({ code: 'clockAdvance', params: { days: Math.round((step.ms / DAY_MS) * 100) / 100 } }),
};

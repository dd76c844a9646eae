import type { PlayerKey } from './playerText';

/** "step 7" or "steps 7–9", numbered as the player numbers steps (from 1). */
export function stepRange(
  text: (key: PlayerKey, params?: Record<string, number>) => string,
  from: number,
  to: number,
) {
  return from === to ? text('range.one', { from }) : text('range.many', { from, to });
}

/** The engagement score (engagement-spec.md section 4). */
import { DAY_MS, type Timestamp } from './activity.js';
import { INTERACTION_WEIGHT, type Interaction } from './interactions.js';
import { nearlyEqual, roundHalfUp } from './rounding.js';

const SCORE_HALF_LIFE_DAYS = 90;

/** `raw(A)`: decayed, weighted interactions times the breadth bonus of its people. */
export function rawEngagement(interactions: Iterable<Interaction>, periodEnd: Timestamp, accountPeople: number): number {
  let weighted = 0;
  for (const interaction of interactions) {
    const ageDays = (periodEnd - interaction.time) / DAY_MS;
    weighted += INTERACTION_WEIGHT[interaction.kind] * 2 ** (-ageDays / SCORE_HALF_LIFE_DAYS);
  }
  return weighted * (1 + Math.log(1 + accountPeople) / 4);
}

/**
 * Scores raws of the accounts of one period: 0 for a raw of 0, otherwise
 * `round(100 k / N)` where N counts positive raws and k those at most this one
 * (raws within 1e-9 of the larger count as equal).
 */
export function scoreRaws(raws: readonly number[]): number[] {
  const positive = raws.filter((raw) => raw > 0).sort((a, b) => a - b);
  const n = positive.length;
  return raws.map((raw) => {
    if (!(raw > 0)) return 0;
    let k = upperBound(positive, raw);
    while (k < n && nearlyEqual(positive[k]!, raw)) k++;
    return roundHalfUp((100 * k) / n);
  });
}

/** The number of sorted values that are at most `value`. */
function upperBound(sorted: readonly number[], value: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (sorted[middle]! <= value) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * A seeded pseudo-random generator (sfc32, state seeded by a string hash) and the
 * distributions the tenant simulator draws from. The same seed always yields the same
 * sequence: the state is 32-bit integer arithmetic, and V8 computes Math.log, exp and cos
 * with its own portable implementation, not the platform's.
 */

const UINT32 = 0x1_0000_0000;

export class SeededRandom {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  /** Any number or string seeds a generator; equal seeds give equal sequences. */
  constructor(seed: number | string) {
    [this.a, this.b, this.c, this.d] = hashToState(String(seed));
    // The first outputs of sfc32 still correlate with the seed; discard them.
    for (let i = 0; i < 12; i++) this.nextUint32();
  }

  /** An independent generator for a named sub-task, so one part's draws never shift another's. */
  fork(label: string): SeededRandom {
    return new SeededRandom(`${this.nextUint32()}:${label}`);
  }

  nextUint32(): number {
    const a = this.a, b = this.b, c = this.c, d = this.d;
    const t = (((a + b) | 0) + d) | 0;
    this.d = (d + 1) | 0;
    this.a = b ^ (b >>> 9);
    this.b = (c + (c << 3)) | 0;
    this.c = ((c << 21) | (c >>> 11)) + t | 0;
    return t >>> 0;
  }

  /** Uniform in [0, 1). */
  next(): number {
    return this.nextUint32() / UINT32;
  }

  /** Uniform in [min, max). */
  uniform(min: number, max: number): number {
    return min + (max - min) * this.next();
  }

  /** A uniform integer in [min, max], both included. */
  int(min: number, max: number): number {
    if (max < min) throw new RangeError(`int(${min}, ${max}): max is below min`);
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  pick<T>(list: readonly T[]): T {
    if (list.length === 0) throw new RangeError('pick from an empty list');
    return list[Math.floor(this.next() * list.length)]!;
  }

  /** An element drawn with probability proportional to its weight (weights >= 0, not all 0). */
  weightedPick<T>(list: readonly T[], weights: readonly number[]): T {
    return list[this.weightedIndex(weights)]!;
  }

  weightedIndex(weights: readonly number[]): number {
    let total = 0;
    for (const weight of weights) total += weight;
    if (!(total > 0)) throw new RangeError('weightedIndex needs a positive total weight');
    let remaining = this.next() * total;
    for (let i = 0; i < weights.length; i++) {
      remaining -= weights[i]!;
      if (remaining < 0) return i;
    }
    return weights.length - 1;
  }

  /** A shuffled copy (Fisher-Yates); the input is left untouched. */
  shuffle<T>(list: readonly T[]): T[] {
    const result = list.slice();
    for (let i = result.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      [result[i], result[j]] = [result[j]!, result[i]!];
    }
    return result;
  }

  /** `count` distinct elements in random order (all of them when the list is shorter). */
  sample<T>(list: readonly T[], count: number): T[] {
    return this.shuffle(list).slice(0, Math.max(0, count));
  }

  /** Standard normal (Box-Muller). */
  normal(): number {
    const u = 1 - this.next(); // in (0, 1], so the log is finite
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * this.next());
  }

  /** Log-normal with the given median; sigma is the spread of its logarithm. */
  logNormal(median: number, sigma: number): number {
    return median * Math.exp(sigma * this.normal());
  }

  /** Exponentially distributed with the given mean (waiting times between independent events). */
  exponential(mean: number): number {
    return -mean * Math.log(1 - this.next());
  }
}

/** Many weighted draws from one fixed list: cumulative weights and a binary search per draw. */
export class WeightedChoice<T> {
  private readonly cumulative: number[] = [];

  constructor(private readonly items: readonly T[], weights: readonly number[]) {
    let total = 0;
    for (const weight of weights) this.cumulative.push((total += weight));
    if (!(total > 0)) throw new RangeError('WeightedChoice needs a positive total weight');
  }

  pick(rng: SeededRandom): T {
    const target = rng.next() * this.cumulative[this.cumulative.length - 1]!;
    let low = 0, high = this.cumulative.length - 1;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (this.cumulative[middle]! > target) high = middle;
      else low = middle + 1;
    }
    return this.items[low]!;
  }
}

/**
 * Power-law weights for ranks 1..count: weight(rank) = rank^-exponent. Exponents near 1
 * give "a few very engaged, a long tail".
 */
export function zipfWeights(count: number, exponent: number): number[] {
  return Array.from({ length: count }, (_, index) => (index + 1) ** -exponent);
}

/**
 * Splits `total` into integer shares proportional to `weights` (largest remainder), so
 * that the shares add up to exactly `total`.
 */
export function apportion(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((acc, weight) => acc + weight, 0);
  if (!(sum > 0) || total <= 0) return weights.map(() => 0);
  const exact = weights.map((weight) => (total * weight) / sum);
  const shares = exact.map(Math.floor);
  let left = total - shares.reduce((acc, share) => acc + share, 0);
  const byRemainder = exact.map((value, index) => ({ index, remainder: value - Math.floor(value) }))
    .sort((x, y) => y.remainder - x.remainder || x.index - y.index);
  for (const { index } of byRemainder) {
    if (left <= 0) break;
    shares[index]!++;
    left--;
  }
  return shares;
}

/** cyrb128: four well-mixed 32-bit words from a string. */
function hashToState(text: string): [number, number, number, number] {
  let h1 = 1779033703, h2 = 3144134277, h3 = 1013904242, h4 = 2773480762;
  for (let i = 0; i < text.length; i++) {
    const k = text.charCodeAt(i);
    h1 = h2 ^ Math.imul(h1 ^ k, 597399067);
    h2 = h3 ^ Math.imul(h2 ^ k, 2869860233);
    h3 = h4 ^ Math.imul(h3 ^ k, 951274213);
    h4 = h1 ^ Math.imul(h4 ^ k, 2716044179);
  }
  h1 = Math.imul(h3 ^ (h1 >>> 18), 597399067);
  h2 = Math.imul(h4 ^ (h2 >>> 22), 2869860233);
  h3 = Math.imul(h1 ^ (h3 >>> 17), 951274213);
  h4 = Math.imul(h2 ^ (h4 >>> 19), 2716044179);
  h1 ^= h2 ^ h3 ^ h4;
  h2 ^= h1;
  h3 ^= h1;
  h4 ^= h1;
  return [h1 | 0, h2 | 0, h3 | 0, h4 | 0];
}

/**
 * A token bucket in exact integer arithmetic, clock passed in. Built from a window limit
 * ("at most `limit` in any `windowMs`") with a burst: capacity `burst`, refilled at
 * `(limit - burst) / windowMs`. Then any closed window of `windowMs` sees at most
 * `burst + (limit - burst) = limit` takes, which a bucket of capacity `limit` refilled at
 * `limit / windowMs` would not guarantee (it allows up to twice the limit).
 */

export interface WindowLimit {
  limit: number;
  windowMs: number;
  /** Takes allowed back to back; 1 gives the highest sustained rate, `limit - 1` at most. */
  burst: number;
}

export class TokenBucket {
  /** Tokens are counted in units of 1/windowMs of a token, so refill per ms is an integer. */
  readonly #unitsPerToken: number;
  readonly #refillPerMs: number;
  readonly #capacity: number;
  #units: number;
  #updatedAt: number;

  constructor(readonly window: WindowLimit, now: number) {
    const { limit, windowMs, burst } = window;
    if (!Number.isInteger(limit) || !Number.isInteger(windowMs) || !Number.isInteger(burst)) throw new RangeError('bucket limits must be integers');
    if (limit < 1 || windowMs < 1 || burst < 1 || burst >= limit) throw new RangeError(`need 1 <= burst < limit, got burst ${burst}, limit ${limit}`);
    this.#unitsPerToken = windowMs;
    this.#refillPerMs = limit - burst;
    this.#capacity = burst * windowMs;
    this.#units = this.#capacity;
    this.#updatedAt = now;
  }

  /** Milliseconds until a token is available at `now` (0 when one is). */
  waitMs(now: number): number {
    this.#refill(now);
    const missing = this.#unitsPerToken - this.#units;
    return missing <= 0 ? 0 : Math.ceil(missing / this.#refillPerMs);
  }

  /** Takes a token if one is available at `now`. */
  tryTake(now: number): boolean {
    if (this.waitMs(now) > 0) return false;
    this.#units -= this.#unitsPerToken;
    return true;
  }

  /** Empties the bucket until `until`: nothing is taken before then (a 429's Retry-After). */
  blockUntil(until: number, now: number): void {
    this.#refill(now);
    // A negative level that refills to exactly one token at `until`.
    const units = this.#unitsPerToken - Math.max(0, until - now) * this.#refillPerMs;
    this.#units = Math.min(this.#units, units);
  }

  #refill(now: number): void {
    // A clock that steps back (or a caller passing an older time) never mints tokens.
    const elapsed = Math.max(0, now - this.#updatedAt);
    this.#units = Math.min(this.#capacity, this.#units + elapsed * this.#refillPerMs);
    this.#updatedAt = Math.max(this.#updatedAt, now);
  }
}

/**
 * What to do after a failed send. 429 waits for its Retry-After (or backs off when it has
 * none); 412, 502, 503, 504 and network errors back off exponentially with full jitter;
 * anything else is permanent. After `maxAttempts` attempts an entry is dead-lettered.
 */

export interface RetryPolicy {
  maxAttempts: number;
  baseDelayMs: number;
  maxDelayMs: number;
  /** A Retry-After longer than this is cut to it (a misbehaving server must not park an entry for days). */
  maxRetryAfterMs: number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = { maxAttempts: 8, baseDelayMs: 500, maxDelayMs: 60_000, maxRetryAfterMs: 15 * 60_000 };

/** A send that did not go through. No status code means the request never got an HTTP answer. */
export interface SendFailure {
  statusCode?: number;
  retryAfterMs?: number;
  error: string;
}

export type RetryDecision =
  | { kind: 'retry'; delayMs: number; throttled: boolean }
  | { kind: 'dead'; reason: string };

const TRANSIENT_STATUS = new Set([412, 502, 503, 504]);

/** Whether Teams may accept the same send later. */
export function isRetryable(statusCode: number | undefined): boolean {
  return statusCode === undefined || statusCode === 429 || TRANSIENT_STATUS.has(statusCode);
}

/**
 * `attempts` counts the attempts made so far, this failed one included. `random` returns
 * a number in [0, 1).
 */
export function decideRetry(failure: SendFailure, attempts: number, policy: RetryPolicy, random: () => number): RetryDecision {
  const { statusCode } = failure;
  const label = statusCode === undefined ? failure.error : `${statusCode} ${failure.error}`;
  if (!isRetryable(statusCode)) return { kind: 'dead', reason: `permanent: ${label}` };
  if (attempts >= policy.maxAttempts) return { kind: 'dead', reason: `gave up after ${attempts} attempts: ${label}` };
  if (statusCode === 429 && failure.retryAfterMs !== undefined) {
    return { kind: 'retry', delayMs: Math.min(Math.max(0, failure.retryAfterMs), policy.maxRetryAfterMs), throttled: true };
  }
  return { kind: 'retry', delayMs: backoffMs(attempts, policy, random), throttled: statusCode === 429 };
}

/** Full jitter: uniform in [0, min(max, base * 2^(attempts - 1))). */
export function backoffMs(attempts: number, policy: RetryPolicy, random: () => number): number {
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** Math.max(0, attempts - 1));
  return Math.floor(random() * ceiling);
}

/** An HTTP Retry-After value (delta seconds, or an HTTP date) in ms from `now`; undefined when absent or unreadable. */
export function parseRetryAfter(value: string | null | undefined, now: number): number | undefined {
  if (value === null || value === undefined) return undefined;
  const text = value.trim();
  if (/^\d+(\.\d+)?$/.test(text)) return Math.round(Number(text) * 1000);
  const date = Date.parse(text);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

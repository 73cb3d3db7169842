import { describe, expect, it } from 'vitest';
import { backoffMs, decideRetry, parseRetryAfter, type RetryPolicy } from '../../src/alerts/retryPolicy.js';

const policy: RetryPolicy = { maxAttempts: 5, baseDelayMs: 500, maxDelayMs: 4_000, maxRetryAfterMs: 60_000 };
const half = () => 0.5;

describe('decideRetry', () => {
  it('429 waits exactly its Retry-After, capped', () => {
    expect(decideRetry({ statusCode: 429, retryAfterMs: 2_000, error: 'TooManyRequests' }, 1, policy, half)).toEqual({ kind: 'retry', delayMs: 2_000, throttled: true });
    expect(decideRetry({ statusCode: 429, retryAfterMs: 3_600_000, error: 'x' }, 1, policy, half)).toEqual({ kind: 'retry', delayMs: 60_000, throttled: true });
  });

  it('429 without Retry-After and 412/502/503/504 back off with full jitter: random × min(max, base × 2^(attempts-1))', () => {
    expect(decideRetry({ statusCode: 429, error: 'x' }, 1, policy, half)).toEqual({ kind: 'retry', delayMs: 250, throttled: true });
    for (const statusCode of [412, 502, 503, 504]) {
      expect(decideRetry({ statusCode, error: 'x' }, 3, policy, half)).toEqual({ kind: 'retry', delayMs: 1_000, throttled: false });
    }
    expect(decideRetry({ error: 'ECONNRESET' }, 2, policy, () => 0.999)).toEqual({ kind: 'retry', delayMs: 999, throttled: false });
    expect(backoffMs(4, policy, half)).toBe(2_000);
    expect(backoffMs(10, policy, half)).toBe(2_000); // capped at 4000 × 0.5
    expect(backoffMs(1, policy, () => 0)).toBe(0);
  });

  it('dead-letters permanent errors at once and transient ones after maxAttempts', () => {
    expect(decideRetry({ statusCode: 403, error: 'ConversationBlockedByUser' }, 1, policy, half)).toEqual({ kind: 'dead', reason: 'permanent: 403 ConversationBlockedByUser' });
    expect(decideRetry({ statusCode: 500, error: 'x' }, 1, policy, half).kind).toBe('dead');
    expect(decideRetry({ statusCode: 503, error: 'ServiceUnavailable' }, 5, policy, half)).toEqual({ kind: 'dead', reason: 'gave up after 5 attempts: 503 ServiceUnavailable' });
    expect(decideRetry({ statusCode: 503, error: 'x' }, 4, policy, half).kind).toBe('retry');
  });
});

describe('parseRetryAfter', () => {
  const now = Date.parse('2026-01-01T00:00:00Z');
  it('reads delta seconds and HTTP dates', () => {
    expect(parseRetryAfter('2', now)).toBe(2_000);
    expect(parseRetryAfter(' 0.25 ', now)).toBe(250);
    expect(parseRetryAfter('Thu, 01 Jan 2026 00:00:30 GMT', now)).toBe(30_000);
    expect(parseRetryAfter('Wed, 31 Dec 2025 23:00:00 GMT', now)).toBe(0);
  });
  it('ignores absent and unreadable values', () => {
    expect(parseRetryAfter(undefined, now)).toBeUndefined();
    expect(parseRetryAfter(null, now)).toBeUndefined();
    expect(parseRetryAfter('soon', now)).toBeUndefined();
  });
});

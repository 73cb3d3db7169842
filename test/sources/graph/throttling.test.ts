import { describe, expect, it } from 'vitest';
import { GraphAuthError } from '../../../src/sources/graph/authErrors.js';
import { GraphRequestError, parseRetryAfter } from '../../../src/sources/graph/graphRequestError.js';
import { backoffDelay, failureKind } from '../../../src/sources/graph/retryPolicy.js';
import { Throttle, type RetryEvent } from '../../../src/sources/graph/throttling.js';

/** A clock that moves only when the code under test sleeps. */
function fakeClock(start = 1_000_000) {
  let now = start;
  const sleeps: number[] = [];
  return {
    now: () => now,
    sleep: async (ms: number) => {
      sleeps.push(ms);
      now += ms;
    },
    sleeps,
  };
}

const throttled = (retryAfterMs: number | null = null) => new GraphRequestError(429, 'TooManyRequests', 'HTTP 429', retryAfterMs);
const notFound = () => new GraphRequestError(404, 'ErrorItemNotFound', 'HTTP 404');

/** A request that fails with the given errors, in order, then answers `value`. */
function failingThen<T>(errors: unknown[], value: T) {
  let calls = 0;
  const send = async () => {
    calls++;
    if (calls <= errors.length) throw errors[calls - 1];
    return value;
  };
  return { send, calls: () => calls };
}

describe('Retry-After', () => {
  it('reads delay-seconds and HTTP dates', () => {
    const now = Date.parse('2024-05-01T10:00:00Z');
    expect(parseRetryAfter('7', now)).toBe(7_000);
    expect(parseRetryAfter(' 0 ', now)).toBe(0);
    expect(parseRetryAfter('Wed, 01 May 2024 10:00:30 GMT', now)).toBe(30_000);
    expect(parseRetryAfter('Wed, 01 May 2024 09:00:00 GMT', now)).toBe(0);
    expect(parseRetryAfter('soon', now)).toBeNull();
    expect(parseRetryAfter(null, now)).toBeNull();
  });
});

describe('failureKind', () => {
  it('tells throttling, transient, refused-token, resync, permanent and fatal failures apart', () => {
    expect(failureKind(new GraphRequestError(429, 'TooManyRequests', ''))).toBe('throttled');
    expect(failureKind(new GraphRequestError(503, 'ServiceUnavailable', ''))).toBe('throttled');
    expect(failureKind(new GraphRequestError(504, 'GatewayTimeout', ''))).toBe('throttled');
    expect(failureKind(new GraphRequestError(0, 'NetworkError', ''))).toBe('transient');
    expect(failureKind(new GraphRequestError(401, 'InvalidAuthenticationToken', ''))).toBe('token-rejected');
    expect(failureKind(new GraphRequestError(410, 'Gone', ''))).toBe('resync');
    expect(failureKind(new GraphRequestError(400, 'SyncStateNotFound', ''))).toBe('resync');
    expect(failureKind(new GraphRequestError(404, 'ErrorItemNotFound', ''))).toBe('permanent');
    expect(failureKind(new GraphRequestError(403, 'ErrorAccessDenied', ''))).toBe('permanent');
    expect(failureKind(new GraphAuthError('tenant-unreachable', ''))).toBe('transient');
    expect(failureKind(new GraphAuthError('expired-secret', ''))).toBe('fatal');
    expect(failureKind(new TypeError('bug'))).toBe('fatal');
  });
});

describe('backoffDelay', () => {
  it('is full jitter over an exponentially growing, capped ceiling', () => {
    const options = { baseDelayMs: 500, maxDelayMs: 4_000 };
    expect(backoffDelay(1, { ...options, random: () => 0.999 })).toBe(499);
    expect(backoffDelay(2, { ...options, random: () => 0.5 })).toBe(500);
    expect(backoffDelay(3, { ...options, random: () => 0.5 })).toBe(1_000);
    expect(backoffDelay(10, { ...options, random: () => 0.5 })).toBe(2_000);
    expect(backoffDelay(3, { ...options, random: () => 0 })).toBe(0);
  });
});

describe('Throttle.run', () => {
  it('honours Retry-After on 429, then succeeds', async () => {
    const clock = fakeClock();
    const throttle = new Throttle({ ...clock, random: () => 0.5 });
    const request = failingThen([throttled(3_000), throttled(1_000)], 'page');
    await expect(throttle.run('a@contoso.com', request.send)).resolves.toBe('page');
    expect(request.calls()).toBe(3);
    expect(clock.sleeps).toEqual([3_000, 1_000]);
    expect(throttle.requestsFor('a@contoso.com')).toBe(3);
  });

  it('backs off with jitter when there is no Retry-After (503, 504, network)', async () => {
    const clock = fakeClock();
    const throttle = new Throttle({ ...clock, random: () => 0.5, baseDelayMs: 100, maxDelayMs: 10_000 });
    const errors = [new GraphRequestError(503, 'ServiceUnavailable', ''), new GraphRequestError(504, 'GatewayTimeout', ''), new GraphRequestError(0, 'NetworkError', '')];
    const request = failingThen(errors, 'ok');
    await expect(throttle.run('a@contoso.com', request.send)).resolves.toBe('ok');
    expect(clock.sleeps).toEqual([50, 100, 200]);
  });

  it('gives up after maxAttempts and throws the last error', async () => {
    const clock = fakeClock();
    const events: RetryEvent[] = [];
    const throttle = new Throttle({ ...clock, random: () => 0, maxAttempts: 4, onRetry: (event) => events.push(event) });
    const request = failingThen(Array.from({ length: 10 }, () => throttled(10)), 'never');
    await expect(throttle.run('a@contoso.com', request.send)).rejects.toMatchObject({ status: 429 });
    expect(request.calls()).toBe(4);
    expect(events.map((event) => event.attempt)).toEqual([1, 2, 3]);
  });

  it('does not retry permanent errors', async () => {
    const throttle = new Throttle({ ...fakeClock() });
    const request = failingThen([notFound()], 'never');
    await expect(throttle.run('a@contoso.com', request.send)).rejects.toMatchObject({ status: 404 });
    expect(request.calls()).toBe(1);
  });

  it('retries a refused token once, immediately', async () => {
    const clock = fakeClock();
    const throttle = new Throttle({ ...clock });
    const refused = () => new GraphRequestError(401, 'InvalidAuthenticationToken', '');
    const once = failingThen([refused()], 'ok');
    await expect(throttle.run('a@contoso.com', once.send)).resolves.toBe('ok');
    expect(clock.sleeps).toEqual([]);
    const twice = failingThen([refused(), refused()], 'ok');
    await expect(throttle.run('a@contoso.com', twice.send)).rejects.toMatchObject({ status: 401 });
    expect(twice.calls()).toBe(2);
  });

  it('keeps at most 4 requests in flight per mailbox and 16 overall, and releases slots while waiting to retry', async () => {
    const throttle = new Throttle({ sleep: async () => {}, random: () => 0 });
    const inFlight = new Map<string, number>();
    let total = 0;
    let maxTotal = 0;
    const maxByMailbox = new Map<string, number>();
    let calls = 0;
    const send = (mailbox: string) => async () => {
      calls++;
      total++;
      inFlight.set(mailbox, (inFlight.get(mailbox) ?? 0) + 1);
      maxTotal = Math.max(maxTotal, total);
      maxByMailbox.set(mailbox, Math.max(maxByMailbox.get(mailbox) ?? 0, inFlight.get(mailbox)!));
      await new Promise((resolve) => setTimeout(resolve, 1));
      total--;
      inFlight.set(mailbox, inFlight.get(mailbox)! - 1);
      if (calls % 3 === 0) throw throttled(0);
      return mailbox;
    };
    const mailboxes = Array.from({ length: 10 }, (_, index) => `user${index}@contoso.com`);
    const results = await Promise.all(mailboxes.flatMap((mailbox) => Array.from({ length: 12 }, () => throttle.run(mailbox, send(mailbox)))));
    expect(results).toHaveLength(120);
    expect(maxTotal).toBe(16);
    expect(Math.max(...maxByMailbox.values())).toBe(4);
  });

  it('applies only the global limit to directory requests', async () => {
    const throttle = new Throttle({ globalConcurrency: 6 });
    let inFlight = 0;
    let max = 0;
    const send = async () => {
      max = Math.max(max, ++inFlight);
      await new Promise((resolve) => setTimeout(resolve, 1));
      inFlight--;
    };
    await Promise.all(Array.from({ length: 20 }, () => throttle.run(null, send)));
    expect(max).toBe(6);
  });

  it('keeps each mailbox within its request budget over a sliding window', async () => {
    const clock = fakeClock(0);
    const throttle = new Throttle({ ...clock, mailboxBudget: { requests: 3, windowMs: 1_000 } });
    const startedAt: number[] = [];
    for (let i = 0; i < 7; i++) await throttle.run('a@contoso.com', async () => startedAt.push(clock.now()));
    expect(startedAt).toEqual([0, 0, 0, 1_000, 1_000, 1_000, 2_000]);
    // Another mailbox has its own budget.
    await throttle.run('b@contoso.com', async () => startedAt.push(clock.now()));
    expect(startedAt.at(-1)).toBe(2_000);
  });
});

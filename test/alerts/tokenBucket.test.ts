import { describe, expect, it } from 'vitest';
import { RateLimits, TEAMS_RATE_LIMITS } from '../../src/alerts/rateLimits.js';
import { TokenBucket } from '../../src/alerts/tokenBucket.js';
import { highestInWindow } from './fakeConnector.js';
import { manualClock } from './manualClock.js';

/** Takes greedily at every millisecond for `durationMs`; returns the take times. */
function greedyTakes(bucket: TokenBucket, start: number, durationMs: number): number[] {
  const times: number[] = [];
  for (let t = start; t < start + durationMs; t++) while (bucket.tryTake(t)) times.push(t);
  return times;
}

describe('TokenBucket', () => {
  it('7 per second with burst 1: one now, then one every 1000/6 ms', () => {
    const bucket = new TokenBucket({ limit: 7, windowMs: 1_000, burst: 1 }, 0);
    expect(bucket.tryTake(0)).toBe(true);
    expect(bucket.waitMs(0)).toBe(167); // 1000 units missing, 6 units per ms → ceil(166.67)
    expect(bucket.tryTake(166)).toBe(false);
    expect(bucket.tryTake(167)).toBe(true);
    expect(bucket.waitMs(200)).toBe(134); // 33 ms × 6 = 198 units; 802 missing → ceil(133.67)
  });

  it('never lets more than the limit into any window, however greedy the taker', () => {
    const perSecond = new TokenBucket({ limit: 7, windowMs: 1_000, burst: 1 }, 0);
    const second = greedyTakes(perSecond, 0, 10_000);
    expect(highestInWindow(second, 1_001)).toBeLessThanOrEqual(7); // closed 1 s windows
    expect(second).toHaveLength(60); // 1 + floor(9999 ms × 6 units / 1000 units per token)
    const perHalfMinute = new TokenBucket({ limit: 60, windowMs: 30_000, burst: 10 }, 0);
    const halfMinute = greedyTakes(perHalfMinute, 0, 90_000);
    expect(halfMinute.slice(0, 10)).toEqual(Array(10).fill(0)); // the burst
    expect(halfMinute[10]).toBe(600); // then 50 per 30 s: one per 600 ms
    expect(highestInWindow(halfMinute, 30_001)).toBe(60);
  });

  it('blockUntil holds every take until then, then refills from zero', () => {
    const bucket = new TokenBucket({ limit: 7, windowMs: 1_000, burst: 1 }, 0);
    bucket.blockUntil(2_000, 0);
    expect(bucket.waitMs(0)).toBe(2_000);
    expect(bucket.tryTake(1_999)).toBe(false);
    expect(bucket.tryTake(2_000)).toBe(true);
    expect(bucket.waitMs(2_000)).toBe(167);
  });

  it('refuses limits that cannot hold', () => {
    expect(() => new TokenBucket({ limit: 7, windowMs: 1_000, burst: 7 }, 0)).toThrow(RangeError);
    expect(() => new TokenBucket({ limit: 7, windowMs: 0, burst: 1 }, 0)).toThrow(RangeError);
  });
});

describe('RateLimits', () => {
  it('grants a conversation and the tenant together, spacing one conversation by its bucket', async () => {
    const clock = manualClock(0);
    const limits = new RateLimits(TEAMS_RATE_LIMITS, clock);
    const granted: [string, number][] = [];
    const ask = (key: string) => void limits.acquire(key).then(() => granted.push([key, clock.now()]));
    ask('a');
    ask('a');
    ask('b');
    await clock.advance(0);
    expect(granted).toEqual([['a', 0]]); // the tenant's burst is 1: b waits for a tenant token
    await clock.advance(21);
    expect(granted).toEqual([['a', 0], ['b', 21]]); // a's second waits for a's bucket; b goes past it at ceil(1000/49) ms
    await clock.advance(200);
    expect(granted).toEqual([['a', 0], ['b', 21], ['a', 167]]);
  });

  it('a throttled conversation waits for its Retry-After while others go on', async () => {
    const clock = manualClock(0);
    const limits = new RateLimits({ conversation: TEAMS_RATE_LIMITS.conversation, tenant: [{ limit: 1000, windowMs: 1000, burst: 100 }] }, clock);
    limits.throttle('a', 3_000);
    expect(limits.conversationReadyInMs('a')).toBe(3_000);
    const granted: string[] = [];
    void limits.acquire('a').then(() => granted.push('a'));
    void limits.acquire('b').then(() => granted.push('b'));
    await clock.advance(2_999);
    expect(granted).toEqual(['b']);
    await clock.advance(1);
    expect(granted).toEqual(['b', 'a']);
  });
});

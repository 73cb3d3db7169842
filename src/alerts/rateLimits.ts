/**
 * Teams' limits for proactive messages as token buckets: per conversation at most 7 sends in
 * any second and 60 in any 30 s, and per app per tenant at most 50 requests in any second.
 *
 * A request takes its conversation's tokens and a tenant token at the same instant, right
 * before it goes out. Taking them earlier (before a store write or another wait) would let
 * that wait's jitter bunch requests that the buckets spaced apart.
 */
import type { Clock } from './clock.js';
import { TokenBucket, type WindowLimit } from './tokenBucket.js';

export interface RateLimitConfig {
  conversation: readonly WindowLimit[];
  tenant: readonly WindowLimit[];
}

/** Burst 1 on the per-second limits gives the highest steady rate (6/s and 49/s); burst 10 on 60/30 s lets a handful of alerts go at once. */
export const TEAMS_RATE_LIMITS: RateLimitConfig = {
  conversation: [
    { limit: 7, windowMs: 1_000, burst: 1 },
    { limit: 60, windowMs: 30_000, burst: 10 },
  ],
  tenant: [{ limit: 50, windowMs: 1_000, burst: 1 }],
};

interface Waiter {
  conversationKey: string;
  grant: () => void;
}

/** Buckets of conversations idle this long are full again and can be forgotten. */
const IDLE_FORGET_MS = 60 * 60_000;

export class RateLimits {
  readonly #tenant: TokenBucket[];
  readonly #conversations = new Map<string, { buckets: TokenBucket[]; usedAt: number }>();
  readonly #waiters: Waiter[] = [];
  #cancelTimer: AbortController | null = null;
  #timerAt = Number.POSITIVE_INFINITY;

  constructor(readonly config: RateLimitConfig, private readonly clock: Clock) {
    const now = clock.now();
    this.#tenant = config.tenant.map((limit) => new TokenBucket(limit, now));
  }

  /** Resolves once a request to the conversation may go out; its tokens are taken. Waiters are served first come, first served per conversation. */
  acquire(conversationKey: string): Promise<void> {
    return new Promise<void>((grant) => {
      this.#waiters.push({ conversationKey, grant });
      this.#pump();
    });
  }

  /** Milliseconds until the conversation's buckets would let a request go (the tenant's aside). Takes nothing. */
  conversationReadyInMs(conversationKey: string): number {
    return maxWait(this.#conversation(conversationKey, this.clock.now()), this.clock.now());
  }

  /** A 429 for the conversation: nothing more goes to it before `until`. */
  throttle(conversationKey: string, until: number): void {
    const now = this.clock.now();
    for (const bucket of this.#conversation(conversationKey, now)) bucket.blockUntil(until, now);
    this.#pump();
  }

  /** Requests waiting for tokens. */
  get waiting(): number {
    return this.#waiters.length;
  }

  #pump(): void {
    const now = this.clock.now();
    let nextCheck = Number.POSITIVE_INFINITY;
    const busy = new Set<string>();
    for (let i = 0; i < this.#waiters.length; ) {
      const tenantWait = maxWait(this.#tenant, now);
      if (tenantWait > 0) {
        nextCheck = Math.min(nextCheck, now + tenantWait);
        break;
      }
      const waiter = this.#waiters[i]!;
      // Later waiters of a conversation queue behind its first one.
      if (busy.has(waiter.conversationKey)) {
        i++;
        continue;
      }
      const buckets = this.#conversation(waiter.conversationKey, now);
      const conversationWait = maxWait(buckets, now);
      if (conversationWait > 0) {
        busy.add(waiter.conversationKey);
        nextCheck = Math.min(nextCheck, now + conversationWait);
        i++;
        continue;
      }
      for (const bucket of [...buckets, ...this.#tenant]) bucket.tryTake(now);
      this.#waiters.splice(i, 1);
      waiter.grant();
    }
    this.#forgetIdle(now);
    if (this.#waiters.length > 0) this.#schedule(nextCheck);
  }

  #schedule(at: number): void {
    if (at >= this.#timerAt) return;
    this.#cancelTimer?.abort();
    this.#timerAt = at;
    const cancel = new AbortController();
    this.#cancelTimer = cancel;
    void this.clock.sleep(at - this.clock.now(), cancel.signal).then(() => {
      if (cancel.signal.aborted) return;
      this.#cancelTimer = null;
      this.#timerAt = Number.POSITIVE_INFINITY;
      this.#pump();
    });
  }

  #conversation(key: string, now: number): TokenBucket[] {
    let entry = this.#conversations.get(key);
    if (!entry) this.#conversations.set(key, (entry = { buckets: this.config.conversation.map((limit) => new TokenBucket(limit, now)), usedAt: now }));
    entry.usedAt = now;
    return entry.buckets;
  }

  #forgetIdle(now: number): void {
    if (this.#conversations.size < 10_000) return;
    for (const [key, entry] of this.#conversations) if (now - entry.usedAt > IDLE_FORGET_MS) this.#conversations.delete(key);
  }
}

function maxWait(buckets: readonly TokenBucket[], now: number): number {
  let wait = 0;
  for (const bucket of buckets) wait = Math.max(wait, bucket.waitMs(now));
  return wait;
}

/**
 * The one retry and pacing policy for Graph requests. Every attempt takes a slot of its
 * mailbox (at most 4 in flight, Graph's per-mailbox limit), then a global slot, and counts
 * against its mailbox's request budget. Slots are given back before waiting to retry, so a
 * throttled mailbox never holds up the others.
 */
import { RequestBudget } from './requestBudget.js';
import { failureKind, retryDelay, type FailureKind } from './retryPolicy.js';
import { Semaphore } from './semaphore.js';

export interface ThrottleOptions {
  /** Requests in flight over all mailboxes. Default 16. */
  globalConcurrency?: number;
  /** Requests in flight per mailbox. Default 4. */
  perMailboxConcurrency?: number;
  /** Requests started per mailbox per window. Default 10,000 per 10 minutes. */
  mailboxBudget?: { requests: number; windowMs: number };
  /** Attempts per request, the first included. Default 10. */
  maxAttempts?: number;
  /** Backoff when the service gives no Retry-After. Defaults 500 ms, doubling, at most 60 s. */
  baseDelayMs?: number;
  maxDelayMs?: number;
  random?: () => number;
  sleep?: (ms: number) => Promise<void>;
  now?: () => number;
  /** Called before each wait to retry. */
  onRetry?: (event: RetryEvent) => void;
}

export interface RetryEvent {
  mailbox: string | null;
  attempt: number;
  kind: FailureKind;
  delayMs: number;
  error: unknown;
}

export const DEFAULT_GLOBAL_CONCURRENCY = 16;
export const DEFAULT_MAILBOX_CONCURRENCY = 4;
export const DEFAULT_MAILBOX_BUDGET = Object.freeze({ requests: 10_000, windowMs: 10 * 60_000 });
export const DEFAULT_MAX_ATTEMPTS = 10;

export const realSleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

export class Throttle {
  private readonly global: Semaphore;
  private readonly perMailbox = new Map<string, Semaphore>();
  private readonly attempts = new Map<string, number>();
  private readonly budget: RequestBudget;
  private readonly options: Required<Omit<ThrottleOptions, 'onRetry'>> & Pick<ThrottleOptions, 'onRetry'>;

  constructor(options: ThrottleOptions = {}) {
    this.options = {
      globalConcurrency: options.globalConcurrency ?? DEFAULT_GLOBAL_CONCURRENCY,
      perMailboxConcurrency: options.perMailboxConcurrency ?? DEFAULT_MAILBOX_CONCURRENCY,
      mailboxBudget: options.mailboxBudget ?? DEFAULT_MAILBOX_BUDGET,
      maxAttempts: options.maxAttempts ?? DEFAULT_MAX_ATTEMPTS,
      baseDelayMs: options.baseDelayMs ?? 500,
      maxDelayMs: options.maxDelayMs ?? 60_000,
      random: options.random ?? Math.random,
      sleep: options.sleep ?? realSleep,
      now: options.now ?? Date.now,
      onRetry: options.onRetry,
    };
    if (!Number.isInteger(this.options.maxAttempts) || this.options.maxAttempts < 1) throw new RangeError(`maxAttempts must be a whole number of at least 1, got ${this.options.maxAttempts}`);
    if (!Number.isInteger(this.options.perMailboxConcurrency) || this.options.perMailboxConcurrency < 1) {
      throw new RangeError(`perMailboxConcurrency must be a whole number of at least 1, got ${this.options.perMailboxConcurrency}`);
    }
    this.global = new Semaphore(this.options.globalConcurrency);
    this.budget = new RequestBudget({ ...this.options.mailboxBudget, now: this.options.now, sleep: this.options.sleep });
  }

  get globalConcurrency(): number {
    return this.options.globalConcurrency;
  }

  get perMailboxConcurrency(): number {
    return this.options.perMailboxConcurrency;
  }

  /**
   * Runs `send` until it succeeds, retrying throttled and transient failures (and a refused
   * token once). `mailbox` null is a directory request: only the global limit applies.
   */
  async run<T>(mailbox: string | null, send: () => Promise<T>): Promise<T> {
    let tokenRetried = false;
    for (let attempt = 1; ; attempt++) {
      let delayMs = 0;
      const release = await this.acquire(mailbox);
      try {
        return await send();
      } catch (error) {
        const kind = failureKind(error);
        const retryable = kind === 'throttled' || kind === 'transient' || (kind === 'token-rejected' && !tokenRetried);
        if (!retryable || attempt >= this.options.maxAttempts) throw error;
        if (kind === 'token-rejected') tokenRetried = true;
        delayMs = retryDelay(kind, error, attempt, this.options);
        this.options.onRetry?.({ mailbox, attempt, kind, delayMs, error });
      } finally {
        release();
      }
      if (delayMs > 0) await this.options.sleep(delayMs);
    }
  }

  /** Attempts made for a mailbox so far, retries included. */
  requestsFor(mailbox: string): number {
    return this.attempts.get(mailbox) ?? 0;
  }

  /** Drops a finished mailbox's bookkeeping (not its request count). */
  forget(mailbox: string): void {
    const slots = this.perMailbox.get(mailbox);
    if (slots && slots.inUse === 0) this.perMailbox.delete(mailbox);
    this.budget.forget(mailbox);
  }

  private async acquire(mailbox: string | null): Promise<() => void> {
    if (mailbox === null) {
      await this.global.acquire();
      return () => this.global.release();
    }
    await this.budget.take(mailbox);
    let slots = this.perMailbox.get(mailbox);
    if (!slots) this.perMailbox.set(mailbox, (slots = new Semaphore(this.options.perMailboxConcurrency)));
    await slots.acquire();
    await this.global.acquire();
    this.attempts.set(mailbox, (this.attempts.get(mailbox) ?? 0) + 1);
    const mailboxSlots = slots;
    return () => {
      this.global.release();
      mailboxSlots.release();
    };
  }
}

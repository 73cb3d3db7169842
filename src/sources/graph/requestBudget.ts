/**
 * A sliding-window request budget per key: at most `requests` started in any `windowMs`.
 * Graph allows an app 10,000 requests per mailbox per 10 minutes; staying under it avoids
 * being throttled for minutes at a time.
 */
export interface BudgetOptions {
  requests: number;
  windowMs: number;
  now: () => number;
  sleep: (ms: number) => Promise<void>;
}

export class RequestBudget {
  private readonly started = new Map<string, number[]>();

  constructor(private readonly options: BudgetOptions) {
    if (!(options.requests >= 1) || !(options.windowMs > 0)) throw new RangeError('a request budget needs at least 1 request over a positive window');
  }

  /** Resolves when a request for `key` may start, and counts it. */
  async take(key: string): Promise<void> {
    let times = this.started.get(key);
    if (!times) this.started.set(key, (times = []));
    for (;;) {
      const now = this.options.now();
      while (times.length > 0 && times[0]! <= now - this.options.windowMs) times.shift();
      if (times.length < this.options.requests) {
        times.push(now);
        return;
      }
      await this.options.sleep(times[0]! + this.options.windowMs - now);
    }
  }

  forget(key: string): void {
    this.started.delete(key);
  }
}

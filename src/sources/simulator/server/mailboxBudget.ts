/** Graph's per-app, per-mailbox request budget: a number of requests per time window. */
export interface MailboxLimits {
  /** Requests one mailbox may have in flight at once. */
  concurrentRequests: number;
  requestsPerWindow: number;
  windowMs: number;
}

/** What Exchange Online allows one app per mailbox. */
export const GRAPH_MAILBOX_LIMITS: Readonly<MailboxLimits> = Object.freeze({ concurrentRequests: 4, requestsPerWindow: 10_000, windowMs: 600_000 });

interface Window {
  start: number;
  used: number;
}

/** Fixed windows starting at a mailbox's first request, as a simple stand-in for Exchange's accounting. */
export class MailboxBudget {
  private readonly windows = new Map<string, Window>();

  constructor(
    private readonly limits: MailboxLimits,
    private readonly now: () => number,
  ) {}

  /** Spends one request of the mailbox's budget; null when allowed, else the seconds until the window ends. */
  spend(mailbox: string): number | null {
    const now = this.now();
    let window = this.windows.get(mailbox);
    if (window === undefined || now - window.start >= this.limits.windowMs) {
      window = { start: now, used: 0 };
      this.windows.set(mailbox, window);
    }
    if (window.used >= this.limits.requestsPerWindow) return Math.max(1, Math.ceil((window.start + this.limits.windowMs - now) / 1000));
    window.used++;
    return null;
  }
}

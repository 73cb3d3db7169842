/** The faults a test can switch on at runtime, and their defaults (all off but Graph's own limits). */
export interface FaultSettings {
  /** 0..1 share of API requests answered 429 with Retry-After. */
  throttleRate: number;
  /** The Retry-After, in seconds, of injected 429s and 503s. */
  retryAfterSeconds: number;
  /** 0..1 share of API requests answered 503. */
  unavailableRate: number;
  /** Added to every API request. */
  latencyMs: number;
  /** More than 4 requests in flight for one mailbox: the extra ones get 429. */
  enforceMailboxConcurrency: boolean;
  /** More than 10,000 requests in 10 minutes for one mailbox: 429 until the window ends. */
  enforceMailboxBudget: boolean;
  /** The token endpoint issues tokens that have already expired. */
  expiredTokens: boolean;
  /** The token endpoint answers AADSTS7000222 to the (correct) client secret. */
  expiredSecret: boolean;
  /** Addresses whose mailbox endpoints answer 404. */
  missingMailboxes: string[];
}

export function faultSettings(overrides: Partial<FaultSettings> = {}): FaultSettings {
  return {
    throttleRate: 0,
    retryAfterSeconds: 1,
    unavailableRate: 0,
    latencyMs: 0,
    enforceMailboxConcurrency: true,
    enforceMailboxBudget: true,
    expiredTokens: false,
    expiredSecret: false,
    ...overrides,
    missingMailboxes: [...(overrides.missingMailboxes ?? [])],
  };
}

export function isMissingMailbox(faults: FaultSettings, address: string): boolean {
  const wanted = address.trim().toLowerCase();
  return faults.missingMailboxes.some((missing) => missing.trim().toLowerCase() === wanted);
}

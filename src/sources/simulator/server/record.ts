/** What the simulator saw: evidence for tests of what a client asked for and how hard it pushed. */
export interface SimulatorRecord {
  /** Every `$select` seen, by request path (no query), in arrival order. */
  selects: { path: string; select: string[] }[];
  /** API requests (token requests not included). */
  requests: number;
  requestsByMailbox: Map<string, number>;
  /** The highest number of requests in flight at once for each mailbox, refused ones included. */
  maxInFlightByMailbox: Map<string, number>;
  /** The highest number of API requests in flight at once. */
  maxInFlight: number;
  /** Requests answered 429, for any reason. */
  throttled: number;
  /** Requests answered 503. */
  unavailable: number;
}

export function emptyRecord(): SimulatorRecord {
  return { selects: [], requests: 0, requestsByMailbox: new Map(), maxInFlightByMailbox: new Map(), maxInFlight: 0, throttled: 0, unavailable: 0 };
}

/** Empties the record in place, so references to it stay valid. */
export function clearRecord(record: SimulatorRecord): void {
  record.selects.length = 0;
  record.requests = 0;
  record.requestsByMailbox.clear();
  record.maxInFlightByMailbox.clear();
  record.maxInFlight = 0;
  record.throttled = 0;
  record.unavailable = 0;
}

/** Counts requests in flight, overall and per mailbox, and keeps the highest counts in the record. */
export class TrafficMeter {
  private inFlight = 0;
  private readonly inFlightByMailbox = new Map<string, number>();

  constructor(private readonly record: SimulatorRecord) {}

  /** Marks a request in flight (for a mailbox, when it targets one); the returned function marks it done. */
  begin(mailbox: string | null): () => void {
    const { record } = this;
    record.requests++;
    this.inFlight++;
    record.maxInFlight = Math.max(record.maxInFlight, this.inFlight);
    if (mailbox !== null) {
      record.requestsByMailbox.set(mailbox, (record.requestsByMailbox.get(mailbox) ?? 0) + 1);
      const count = (this.inFlightByMailbox.get(mailbox) ?? 0) + 1;
      this.inFlightByMailbox.set(mailbox, count);
      record.maxInFlightByMailbox.set(mailbox, Math.max(record.maxInFlightByMailbox.get(mailbox) ?? 0, count));
    }
    let ended = false;
    return () => {
      if (ended) return;
      ended = true;
      this.inFlight--;
      if (mailbox === null) return;
      const remaining = (this.inFlightByMailbox.get(mailbox) ?? 1) - 1;
      if (remaining > 0) this.inFlightByMailbox.set(mailbox, remaining);
      else this.inFlightByMailbox.delete(mailbox);
    };
  }

  inFlightFor(mailbox: string): number {
    return this.inFlightByMailbox.get(mailbox) ?? 0;
  }
}

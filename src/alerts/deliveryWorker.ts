/**
 * Drains the outbox: due entries are sent through a transport, at most `concurrency`
 * recipients at a time and one message at a time per recipient, within the rate limits.
 *
 * Each send is bracketed by two durable marks: `attempting` before the request, the
 * outcome (sent, retry, dead, unreachable) right after the answer. Stopping (abort) lets
 * the sends under way finish and be marked, so a stopped worker loses nothing and a new
 * one sends nothing twice. A process that dies between a request and its `sent` mark
 * leaves the entry `attempting`; the next worker cannot know whether Teams got it (Bot
 * Framework has no lookup by our key) and sends it again: at least once, with that
 * entry counted as `interrupted` in the delivery status. The window is one request's
 * answer plus one write.
 */
import { setMaxListeners } from 'node:events';
import { systemClock, type Clock } from './clock.js';
import { RateLimits, TEAMS_RATE_LIMITS } from './rateLimits.js';
import { decideRetry, DEFAULT_RETRY_POLICY, type RetryPolicy } from './retryPolicy.js';
import type { OutboxEntry, OutboxRepository } from '../store/delivery/deliveryStore.js';

export interface OutboundMessage {
  key: string;
  recipientKey: string;
  conversationId?: string;
  /** The Adaptive Card. */
  payload: unknown;
}

export type SendOutcome =
  | { kind: 'sent'; conversationId?: string }
  | { kind: 'failed'; statusCode?: number; retryAfterMs?: number; error: string }
  | { kind: 'unreachable'; reason: string };

export interface DeliveryTransport {
  /**
   * Sends one message. Await `beforeRequest()` right before each HTTP request it makes: it
   * holds the request until the rate limits let it go. Failures are returned, not thrown.
   */
  send(message: OutboundMessage, beforeRequest: () => Promise<void>): Promise<SendOutcome>;
}

/** What the worker did, for logs: ids and status codes only, never message content. */
export type DeliveryEvent =
  | { event: 'recovered'; count: number }
  | { event: 'retry'; key: string; recipientKey: string; attempts: number; statusCode?: number; delayMs: number }
  | { event: 'deadLettered'; key: string; recipientKey: string; attempts: number; statusCode?: number; reason: string }
  | { event: 'unreachable'; key: string; recipientKey: string; reason: string }
  /** A started worker's loop stopped on an error (a store write failed: disk full, ...); it starts again after `restartInMs`. */
  | { event: 'failed'; error: string; restartInMs: number };

export interface DeliveryWorkerOptions {
  outbox: OutboxRepository;
  transport: DeliveryTransport;
  clock?: Clock;
  /** Uniform in [0, 1), for the backoff jitter. */
  random: () => number;
  limits?: RateLimits;
  retry?: RetryPolicy;
  /** Recipients served at once (each sends one message at a time). */
  concurrency?: number;
  log?: (event: DeliveryEvent) => void;
  /** Wait before a started worker whose loop failed starts again: doubles from `baseMs` up to `maxMs` while it keeps failing. */
  restartBackoff?: { baseMs: number; maxMs: number };
}

export interface DrainSummary {
  sent: number;
  retried: number;
  dead: number;
  unreachable: number;
  /** Entries found mid-send when the worker started, sent again. */
  recovered: number;
}

export const DEFAULT_CONCURRENCY = 64;
/** Longest nap with nothing to do before the outbox is looked at again. */
const IDLE_RECHECK_MS = 60_000;
export const DEFAULT_RESTART_BACKOFF = { baseMs: 1_000, maxMs: 5 * 60_000 };

export class DeliveryWorker {
  readonly #outbox: OutboxRepository;
  readonly #transport: DeliveryTransport;
  readonly #clock: Clock;
  readonly #random: () => number;
  readonly #limits: RateLimits;
  readonly #retry: RetryPolicy;
  readonly #concurrency: number;
  readonly #log: (event: DeliveryEvent) => void;
  readonly #restartBackoff: { baseMs: number; maxMs: number };
  #recoveredOnce = false;
  #wakeUp: (() => void) | null = null;
  #running: { controller: AbortController; done: Promise<DrainSummary> } | null = null;

  constructor(options: DeliveryWorkerOptions) {
    this.#outbox = options.outbox;
    this.#transport = options.transport;
    this.#clock = options.clock ?? systemClock;
    this.#random = options.random;
    this.#limits = options.limits ?? new RateLimits(TEAMS_RATE_LIMITS, this.#clock);
    this.#retry = options.retry ?? DEFAULT_RETRY_POLICY;
    this.#concurrency = options.concurrency ?? DEFAULT_CONCURRENCY;
    this.#log = options.log ?? (() => undefined);
    this.#restartBackoff = options.restartBackoff ?? DEFAULT_RESTART_BACKOFF;
  }

  /** Sends until nothing is pending (waiting out retries), or until `signal` aborts (then the sends under way finish first). */
  async drain(signal?: AbortSignal): Promise<DrainSummary> {
    const summary = emptySummary();
    await this.#run(signal ?? new AbortController().signal, true, summary);
    return summary;
  }

  /**
   * Keeps delivering in the background until `stop()`: call `notify()` after enqueueing. A
   * failure (a store write refused) is logged as `failed`, and the loop starts again after a
   * backoff, first turning the entries it left `attempting` back into pending ones.
   */
  start(): void {
    if (this.#running) return;
    const controller = new AbortController();
    this.#running = { controller, done: this.#keepRunning(controller.signal) };
  }

  /** Wakes a started worker to look at the outbox now. */
  notify(): void {
    this.#wakeUp?.();
  }

  /** Stops a started worker once the sends under way are marked. */
  async stop(): Promise<DrainSummary | null> {
    const running = this.#running;
    if (!running) return null;
    running.controller.abort();
    this.#running = null;
    return running.done;
  }

  /** Runs until `signal` aborts, starting again after each failure. */
  async #keepRunning(signal: AbortSignal): Promise<DrainSummary> {
    const summary = emptySummary();
    let failures = 0;
    while (!signal.aborted) {
      const startedAt = this.#clock.now();
      try {
        await this.#run(signal, false, summary);
      } catch (error) {
        // A loop that ran a good while before failing starts over from the shortest wait.
        failures = this.#clock.now() - startedAt > this.#restartBackoff.maxMs ? 1 : failures + 1;
        const restartInMs = Math.min(this.#restartBackoff.maxMs, this.#restartBackoff.baseMs * 2 ** Math.min(failures - 1, 30));
        this.#log({ event: 'failed', error: error instanceof Error ? error.message : String(error), restartInMs });
        await this.#clock.sleep(restartInMs, signal);
        // Its lanes have all ended, so an entry still `attempting` is one whose mark was not written.
        this.#recoveredOnce = false;
      }
    }
    return summary;
  }

  async #run(signal: AbortSignal, untilIdle: boolean, summary: DrainSummary): Promise<void> {
    if (!this.#recoveredOnce) {
      this.#recoveredOnce = true;
      const recovered = await this.#outbox.recoverInterrupted(this.#clock.now());
      summary.recovered += recovered;
      if (recovered > 0) this.#log({ event: 'recovered', count: recovered });
    }
    const lanes = new Map<string, Promise<void>>();
    let failure: { error: unknown } | null = null;
    const stopOnError = new AbortController();
    const stopped = AbortSignal.any([signal, stopOnError.signal]);
    // Each lane waiting out a rate limit listens on it (plus the worker's own pause): not a leak.
    setMaxListeners(this.#concurrency + 2, stopped);
    while (!stopped.aborted) {
      const now = this.#clock.now();
      // Every lane busy: whatever is due waits for one to finish, so it is not looked up.
      const due = lanes.size < this.#concurrency ? this.#outbox.due(now) : [];
      for (const [recipientKey, entries] of groupByRecipient(due)) {
        if (lanes.size >= this.#concurrency) break;
        if (lanes.has(recipientKey)) continue;
        const lane = this.#lane(recipientKey, entries, stopped, summary)
          .catch((error: unknown) => {
            failure ??= { error };
            stopOnError.abort();
          })
          .finally(() => lanes.delete(recipientKey));
        lanes.set(recipientKey, lane);
      }
      const nextDue = this.#outbox.nextDueAt(now);
      if (lanes.size === 0 && nextDue === null && untilIdle && this.#outbox.due(now).length === 0) break;
      const napMs = nextDue === null ? IDLE_RECHECK_MS : Math.min(IDLE_RECHECK_MS, nextDue - now);
      await this.#pause(napMs, stopped, lanes.values());
    }
    await Promise.all(lanes.values());
    if (failure) throw (failure as { error: unknown }).error;
  }

  /** Until `ms` pass, a lane finishes, `notify()` is called or `signal` aborts. */
  async #pause(ms: number, signal: AbortSignal, lanes: Iterable<Promise<void>>): Promise<void> {
    const wake = new AbortController();
    const onAbort = (): void => wake.abort();
    signal.addEventListener('abort', onAbort, { once: true });
    this.#wakeUp = onAbort;
    try {
      await Promise.race([this.#clock.sleep(Math.max(0, ms), wake.signal), ...lanes]);
    } finally {
      wake.abort();
      signal.removeEventListener('abort', onAbort);
      this.#wakeUp = null;
    }
  }

  /** One recipient's due entries, one after the other. */
  async #lane(recipientKey: string, keys: readonly string[], signal: AbortSignal, summary: DrainSummary): Promise<void> {
    for (const key of keys) {
      // Waiting here, before `attempting` is written, keeps throttled entries out of the crash window.
      await this.#clock.sleep(this.#limits.conversationReadyInMs(recipientKey), signal);
      if (signal.aborted) return;
      const entry = this.#outbox.get(key);
      if (!entry || entry.status !== 'pending' || entry.nextAttemptAt > this.#clock.now()) continue;
      const attempting = await this.#outbox.markAttempting(key, this.#clock.now());
      const outcome = await this.#send(attempting);
      await this.#record(attempting, outcome, summary);
    }
  }

  async #send(entry: Readonly<OutboxEntry>): Promise<SendOutcome> {
    const message: OutboundMessage = { key: entry.key, recipientKey: entry.recipientKey, payload: entry.payload };
    if (entry.conversationId !== undefined) message.conversationId = entry.conversationId;
    try {
      return await this.#transport.send(message, () => this.#limits.acquire(entry.recipientKey));
    } catch (error) {
      // A transport should not throw; if one does, treat it like a request that got no answer.
      return { kind: 'failed', error: error instanceof Error ? error.message : String(error) };
    }
  }

  async #record(entry: Readonly<OutboxEntry>, outcome: SendOutcome, summary: DrainSummary): Promise<void> {
    const { key, recipientKey, attempts } = entry;
    const at = this.#clock.now();
    if (outcome.kind === 'sent') {
      await this.#outbox.markSent(key, outcome.conversationId === undefined ? { at } : { at, conversationId: outcome.conversationId });
      summary.sent++;
      return;
    }
    if (outcome.kind === 'unreachable') {
      await this.#outbox.markUnreachable(key, { at, error: outcome.reason });
      summary.unreachable++;
      this.#log({ event: 'unreachable', key, recipientKey, reason: outcome.reason });
      return;
    }
    const status = outcome.statusCode === undefined ? {} : { statusCode: outcome.statusCode };
    const decision = decideRetry(outcome, attempts, this.#retry, this.#random);
    if (decision.kind === 'dead') {
      await this.#outbox.markDead(key, { at, error: decision.reason, ...status });
      summary.dead++;
      this.#log({ event: 'deadLettered', key, recipientKey, attempts, reason: decision.reason, ...status });
      return;
    }
    if (decision.throttled) this.#limits.throttle(recipientKey, at + decision.delayMs);
    await this.#outbox.markRetry(key, { at, error: outcome.error, nextAttemptAt: at + decision.delayMs, ...status });
    summary.retried++;
    this.#log({ event: 'retry', key, recipientKey, attempts, delayMs: decision.delayMs, ...status });
  }
}

function emptySummary(): DrainSummary {
  return { sent: 0, retried: 0, dead: 0, unreachable: 0, recovered: 0 };
}

function groupByRecipient(entries: readonly Readonly<OutboxEntry>[]): Map<string, string[]> {
  const groups = new Map<string, string[]>();
  for (const entry of entries) {
    let keys = groups.get(entry.recipientKey);
    if (!keys) groups.set(entry.recipientKey, (keys = []));
    keys.push(entry.key);
  }
  return groups;
}

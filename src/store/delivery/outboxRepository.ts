/**
 * The outbox: one entry per recipient and message, found by its idempotency key. Each
 * transition is persisted before its promise resolves, so what a worker has seen finish
 * survives a crash.
 */
import type { DeliveryDb } from './deliveryDb.js';
import type { NewOutboxEntry, OutboxEntry, OutboxStatus } from './deliverySchema.js';

export interface SentMark {
  at: number;
  /** The conversation it went to, when the transport learned it (a new 1:1 chat). */
  conversationId?: string;
}

export interface FailureMark {
  at: number;
  error: string;
  statusCode?: number;
}

export interface OutboxRepository {
  /** Adds the entries whose keys are new (in order); resolves with how many were added. */
  enqueue(entries: readonly NewOutboxEntry[], now: number): Promise<number>;
  get(key: string): Readonly<OutboxEntry> | undefined;
  /** Pending entries due at `now`, soonest first (then in enqueue order). Do not mutate them. */
  due(now: number): Readonly<OutboxEntry>[];
  /** The earliest `nextAttemptAt` of a pending entry (only those later than `after`, when given), or null. */
  nextDueAt(after?: number): number | null;
  /** pending → attempting, one attempt more. Persisted before the request goes out. */
  markAttempting(key: string, now: number): Promise<Readonly<OutboxEntry>>;
  /** attempting → sent; the payload is dropped. */
  markSent(key: string, mark: SentMark): Promise<void>;
  /** attempting → pending, due at `nextAttemptAt`. */
  markRetry(key: string, mark: FailureMark & { nextAttemptAt: number }): Promise<void>;
  /** attempting → dead (dead letter: not retried). */
  markDead(key: string, mark: FailureMark): Promise<void>;
  /** attempting → unreachable: the recipient has no conversation with the bot. */
  markUnreachable(key: string, mark: FailureMark): Promise<void>;
  /**
   * attempting → pending, due now: for entries a stopped process left mid-send. Each is
   * counted in `interrupted`, since it may already have reached Teams. Resolves with how many.
   */
  recoverInterrupted(now: number): Promise<number>;
  /** unreachable → pending for a recipient who can now be reached (they installed the app). */
  requeueUnreachable(recipientKey: string, now: number): Promise<number>;
  /** Removes sent, dead and unreachable entries that finished before `before`. */
  prune(before: number): Promise<number>;
  all(): readonly Readonly<OutboxEntry>[];
}

export function outboxRepository(db: DeliveryDb): OutboxRepository {
  const byKey = new Map<string, OutboxEntry>();
  const reindex = (): void => {
    byKey.clear();
    for (const entry of db.data.outbox) byKey.set(entry.key, entry);
  };
  reindex();

  const entryIn = (key: string, status: OutboxStatus): OutboxEntry => {
    const entry = byKey.get(key);
    if (!entry) throw new Error(`no outbox entry ${key}`);
    if (entry.status !== status) throw new Error(`outbox entry ${key} is ${entry.status}, not ${status}`);
    return entry;
  };

  const finish = (key: string, status: 'dead' | 'unreachable', mark: FailureMark): Promise<void> => {
    const entry = entryIn(key, 'attempting');
    return db.update(() => {
      entry.status = status;
      entry.finishedAt = mark.at;
      recordFailure(entry, mark);
    });
  };

  return {
    enqueue(entries, now) {
      return db.update((data) => {
        let added = 0;
        for (const next of entries) {
          if (byKey.has(next.key)) continue;
          const entry: OutboxEntry = { ...next, status: 'pending', attempts: 0, createdAt: now, nextAttemptAt: now };
          data.outbox.push(entry);
          byKey.set(entry.key, entry);
          added++;
        }
        return added;
      });
    },

    get: (key) => byKey.get(key),

    due(now) {
      const due = db.data.outbox.filter((entry) => entry.status === 'pending' && entry.nextAttemptAt <= now);
      // A stable sort keeps enqueue order among entries due at the same time.
      return due.sort((a, b) => a.nextAttemptAt - b.nextAttemptAt);
    },

    nextDueAt(after = Number.NEGATIVE_INFINITY) {
      let earliest: number | null = null;
      for (const entry of db.data.outbox) {
        if (entry.status !== 'pending' || entry.nextAttemptAt <= after) continue;
        if (earliest === null || entry.nextAttemptAt < earliest) earliest = entry.nextAttemptAt;
      }
      return earliest;
    },

    async markAttempting(key, now) {
      const entry = entryIn(key, 'pending');
      await db.update(() => {
        entry.status = 'attempting';
        entry.attempts++;
        entry.nextAttemptAt = now;
      });
      return entry;
    },

    markSent(key, mark) {
      const entry = entryIn(key, 'attempting');
      return db.update(() => {
        entry.status = 'sent';
        entry.sentAt = mark.at;
        entry.payload = null;
        if (mark.conversationId !== undefined) entry.conversationId = mark.conversationId;
      });
    },

    markRetry(key, mark) {
      const entry = entryIn(key, 'attempting');
      return db.update(() => {
        entry.status = 'pending';
        entry.nextAttemptAt = mark.nextAttemptAt;
        recordFailure(entry, mark);
      });
    },

    markDead: (key, mark) => finish(key, 'dead', mark),
    markUnreachable: (key, mark) => finish(key, 'unreachable', mark),

    recoverInterrupted(now) {
      return db.update((data) => {
        let recovered = 0;
        for (const entry of data.outbox) {
          if (entry.status !== 'attempting') continue;
          entry.status = 'pending';
          entry.nextAttemptAt = now;
          entry.interrupted = (entry.interrupted ?? 0) + 1;
          recovered++;
        }
        return recovered;
      });
    },

    requeueUnreachable(recipientKey, now) {
      return db.update((data) => {
        let requeued = 0;
        for (const entry of data.outbox) {
          if (entry.status !== 'unreachable' || entry.recipientKey !== recipientKey) continue;
          entry.status = 'pending';
          entry.nextAttemptAt = now;
          delete entry.finishedAt;
          requeued++;
        }
        return requeued;
      });
    },

    prune(before) {
      return db.update((data) => {
        const kept = data.outbox.filter((entry) => !isFinishedBefore(entry, before));
        const removed = data.outbox.length - kept.length;
        data.outbox = kept;
        reindex();
        return removed;
      });
    },

    all: () => db.data.outbox,
  };
}

function recordFailure(entry: OutboxEntry, mark: FailureMark): void {
  entry.lastError = mark.error;
  if (mark.statusCode === undefined) delete entry.lastStatusCode;
  else entry.lastStatusCode = mark.statusCode;
}

function isFinishedBefore(entry: OutboxEntry, before: number): boolean {
  if (entry.status === 'sent') return (entry.sentAt ?? 0) < before;
  if (entry.status === 'dead' || entry.status === 'unreachable') return (entry.finishedAt ?? 0) < before;
  return false;
}

/**
 * The outbox: one entry per recipient and message, found by its idempotency key. Each
 * transition is one journal record of the entry's new state, persisted before its promise
 * resolves, so what a worker has seen finish survives a crash.
 */
import type { DeliveryDb } from './deliveryDb.js';
import type { NewOutboxEntry, OutboxEntry, OutboxStatus } from './deliverySchema.js';
import { stateOf, type EntryState, type JournalOp } from './journalOps.js';

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
  /** Removes sent, dead and unreachable entries that finished before `before` (expired snoozes: `alerts.pruneExpiredSnoozes`). */
  prune(before: number): Promise<number>;
  all(): readonly Readonly<OutboxEntry>[];
}

export function outboxRepository(db: DeliveryDb): OutboxRepository {
  const entryIn = (key: string, status: OutboxStatus): OutboxEntry => {
    const entry = db.entry(key);
    if (!entry) throw new Error(`no outbox entry ${key}`);
    if (entry.status !== status) throw new Error(`outbox entry ${key} is ${entry.status}, not ${status}`);
    return entry;
  };

  const finish = async (key: string, status: 'dead' | 'unreachable', mark: FailureMark): Promise<void> => {
    const entry = entryIn(key, 'attempting');
    await db.commit([transition(entry, { ...failure(mark), status, finishedAt: mark.at })]);
  };

  return {
    async enqueue(entries, now) {
      const ops = additions(db, entries, now);
      await db.commit(ops);
      return ops.length;
    },

    get: (key) => db.entry(key),

    due(now) {
      const due: OutboxEntry[] = [];
      for (const entry of db.pending()) if (entry.nextAttemptAt <= now) due.push(entry);
      return due.sort((a, b) => a.nextAttemptAt - b.nextAttemptAt || db.orderOf(a.key) - db.orderOf(b.key));
    },

    nextDueAt(after = Number.NEGATIVE_INFINITY) {
      let earliest: number | null = null;
      for (const entry of db.pending()) {
        if (entry.nextAttemptAt <= after) continue;
        if (earliest === null || entry.nextAttemptAt < earliest) earliest = entry.nextAttemptAt;
      }
      return earliest;
    },

    async markAttempting(key, now) {
      const entry = entryIn(key, 'pending');
      await db.commit([transition(entry, { status: 'attempting', attempts: entry.attempts + 1, nextAttemptAt: now })]);
      return entry;
    },

    async markSent(key, mark) {
      const entry = entryIn(key, 'attempting');
      const conversation = mark.conversationId === undefined ? {} : { conversationId: mark.conversationId };
      await db.commit([transition(entry, { status: 'sent', sentAt: mark.at, ...conversation })]);
    },

    async markRetry(key, mark) {
      const entry = entryIn(key, 'attempting');
      await db.commit([transition(entry, { ...failure(mark), status: 'pending', nextAttemptAt: mark.nextAttemptAt })]);
    },

    markDead: (key, mark) => finish(key, 'dead', mark),
    markUnreachable: (key, mark) => finish(key, 'unreachable', mark),

    async recoverInterrupted(now) {
      const interrupted = db.data.outbox.filter((entry) => entry.status === 'attempting');
      await db.commit(interrupted.map((entry) => transition(entry, { status: 'pending', nextAttemptAt: now, interrupted: (entry.interrupted ?? 0) + 1 })));
      return interrupted.length;
    },

    async requeueUnreachable(recipientKey, now) {
      const unreachable = db.data.outbox.filter((entry) => entry.status === 'unreachable' && entry.recipientKey === recipientKey);
      await db.commit(unreachable.map((entry) => transition(entry, { status: 'pending', nextAttemptAt: now, finishedAt: undefined })));
      return unreachable.length;
    },

    async prune(before) {
      const keys = db.data.outbox.filter((entry) => isFinishedBefore(entry, before)).map((entry) => entry.key);
      await db.commit(keys.length === 0 ? [] : [{ op: 'remove', keys }]);
      return keys.length;
    },

    all: () => db.data.outbox,
  };
}

/** `add` ops for the entries whose keys are new (in order, each key once). */
export function additions(db: DeliveryDb, entries: readonly NewOutboxEntry[], now: number): JournalOp[] {
  const seen = new Set<string>();
  const ops: JournalOp[] = [];
  for (const next of entries) {
    if (db.entry(next.key) || seen.has(next.key)) continue;
    seen.add(next.key);
    ops.push({ op: 'add', entry: { ...next, status: 'pending', attempts: 0, createdAt: now, nextAttemptAt: now } });
  }
  return ops;
}

/** A `set` op: the entry's state with `change` over it (an undefined field is cleared). */
function transition(entry: OutboxEntry, change: Partial<EntryState>): JournalOp {
  return { op: 'set', key: entry.key, state: { ...stateOf(entry), ...change } };
}

function failure(mark: FailureMark): Partial<EntryState> {
  return { lastError: mark.error, lastStatusCode: mark.statusCode };
}

function isFinishedBefore(entry: OutboxEntry, before: number): boolean {
  if (entry.status === 'sent') return (entry.sentAt ?? 0) < before;
  if (entry.status === 'dead' || entry.status === 'unreachable') return (entry.finishedAt ?? 0) < before;
  return false;
}

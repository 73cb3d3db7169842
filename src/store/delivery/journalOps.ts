/**
 * The changes the delivery journal records, and how one is applied to the data in memory.
 * The same `applyOp` runs live (when a change is made) and on replay (when the store opens),
 * so what is replayed is what was seen. Every op is an assignment (an entry's whole state, a
 * set of removals, the whole alert memory), never an increment.
 */
import { z } from 'zod';
import { memorySchema, outboxEntrySchema, type AlertMemory, type DeliveryData, type OutboxEntry } from './deliverySchema.js';

/** What a transition changes in an entry; the rest (recipient, kind, payload, createdAt) is fixed at enqueue. */
export type EntryState = Pick<OutboxEntry, (typeof STATE_FIELDS)[number]>;

export const STATE_FIELDS = [
  'status', 'attempts', 'nextAttemptAt', 'conversationId', 'lastError', 'lastStatusCode', 'sentAt', 'finishedAt', 'interrupted',
] as const satisfies readonly (keyof OutboxEntry)[];

export type JournalOp =
  | { op: 'add'; entry: OutboxEntry }
  /** The entry's whole state after a transition; a sent entry's payload is dropped. */
  | { op: 'set'; key: string; state: EntryState }
  | { op: 'remove'; keys: string[] }
  | { op: 'memory'; memory: AlertMemory };

const entryStateSchema = outboxEntrySchema.pick({
  status: true, attempts: true, nextAttemptAt: true, conversationId: true, lastError: true, lastStatusCode: true, sentAt: true, finishedAt: true, interrupted: true,
});

const opSchema = z.discriminatedUnion('op', [
  z.object({ op: z.literal('add'), entry: outboxEntrySchema }),
  z.object({ op: z.literal('set'), key: z.string().min(1), state: entryStateSchema }),
  z.object({ op: z.literal('remove'), keys: z.array(z.string().min(1)) }),
  z.object({ op: z.literal('memory'), memory: memorySchema }),
]);

/** One journal line: the ops of one commit, applied all or not at all. */
export const journalLineSchema = z.object({ ops: z.array(opSchema) });

/** The data plus its indexes, kept in step by `applyOp`. */
export interface DeliveryState {
  data: DeliveryData;
  byKey: Map<string, OutboxEntry>;
  /** Pending entries only, so that looking for due ones does not walk the sent. */
  pending: Map<string, OutboxEntry>;
  /** Enqueue order, for breaking ties between entries due at the same time. */
  order: Map<string, number>;
  enqueued: number;
}

export function indexState(data: DeliveryData): DeliveryState {
  const state: DeliveryState = { data, byKey: new Map(), pending: new Map(), order: new Map(), enqueued: 0 };
  for (const entry of data.outbox) index(state, entry);
  return state;
}

function index(state: DeliveryState, entry: OutboxEntry): void {
  state.byKey.set(entry.key, entry);
  state.order.set(entry.key, state.enqueued++);
  trackPending(state, entry);
}

function trackPending(state: DeliveryState, entry: OutboxEntry): void {
  if (entry.status === 'pending') state.pending.set(entry.key, entry);
  else state.pending.delete(entry.key);
}

/** The entry's current state, for building a `set` op. */
export function stateOf(entry: Readonly<OutboxEntry>): EntryState {
  const state: Partial<Record<keyof EntryState, unknown>> = {};
  for (const field of STATE_FIELDS) if (entry[field] !== undefined) state[field] = entry[field];
  return state as EntryState;
}

/** Applies one op; false when it names an entry that is not there (the op is then skipped). */
export function applyOp(state: DeliveryState, op: JournalOp): boolean {
  switch (op.op) {
    case 'add': {
      const existing = state.byKey.get(op.entry.key);
      if (!existing) {
        state.data.outbox.push(op.entry);
        index(state, op.entry);
        return true;
      }
      // The outbox adds new keys only; should a journal add a key twice, the later entry wins, in place.
      for (const field of Object.keys(existing) as (keyof OutboxEntry)[]) delete existing[field];
      Object.assign(existing, op.entry);
      trackPending(state, existing);
      return true;
    }
    case 'set': {
      const entry = state.byKey.get(op.key);
      if (!entry) return false;
      const target = entry as unknown as Record<string, unknown>;
      for (const field of STATE_FIELDS) {
        if (op.state[field] === undefined) delete target[field];
        else target[field] = op.state[field];
      }
      if (op.state.status === 'sent') entry.payload = null;
      trackPending(state, entry);
      return true;
    }
    case 'remove': {
      const removed = new Set(op.keys);
      state.data.outbox = state.data.outbox.filter((entry) => !removed.has(entry.key));
      for (const key of op.keys) {
        state.byKey.delete(key);
        state.pending.delete(key);
        state.order.delete(key);
      }
      return true;
    }
    case 'memory':
      state.data.memory = op.memory;
      return true;
  }
}

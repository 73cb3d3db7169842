/**
 * The changes the delivery journal records, and how one is applied to the data in memory.
 * The same `applyOp` runs live (when a change is made) and on replay (when the store opens),
 * so what is replayed is what was seen. Every op is an assignment (an entry's whole state, a
 * set of removals, the whole alert memory), never an increment.
 */
import { z } from 'zod';
import { memorySchema, outboxEntrySchema, type AlertMemory, type DeliveryData, type OutboxEntry } from './deliverySchema.js';

export const STATE_FIELDS = [
  'status', 'attempts', 'nextAttemptAt', 'conversationId', 'lastError', 'lastStatusCode', 'sentAt', 'finishedAt', 'interrupted',
] as const satisfies readonly (keyof OutboxEntry)[];

type StateField = (typeof STATE_FIELDS)[number];

/** What a transition changes in an entry; the rest (recipient, kind, payload, createdAt) is fixed at enqueue. */
export type EntryState = Pick<OutboxEntry, StateField>;

export type JournalOp =
  | { op: 'add'; entry: OutboxEntry }
  /** The entry's whole state after a transition; a sent entry's payload is dropped. */
  | { op: 'set'; key: string; state: EntryState }
  | { op: 'remove'; keys: string[] }
  | { op: 'memory'; memory: AlertMemory };

const entryStateSchema = outboxEntrySchema.pick(Object.fromEntries(STATE_FIELDS.map((field) => [field, true])) as Record<StateField, true>);

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

/**
 * Why the ops cannot be committed as one record, or null when they can: each must fit the
 * entries as the ops before it leave them (an `add` of a new key, a `set` of a present one),
 * and the record must read back as it was written. Checked before any op is applied.
 */
export function commitProblem(state: DeliveryState, ops: readonly JournalOp[], text: string): string | null {
  const presentInBatch = new Map<string, boolean>();
  const present = (key: string): boolean => presentInBatch.get(key) ?? state.byKey.has(key);
  for (const op of ops) {
    if (op.op === 'add') {
      if (present(op.entry.key)) return `outbox entry ${op.entry.key} is already there`;
      presentInBatch.set(op.entry.key, true);
    } else if (op.op === 'set') {
      if (!present(op.key)) return `no outbox entry ${op.key}`;
    } else if (op.op === 'remove') {
      for (const key of op.keys) presentInBatch.set(key, false);
    }
  }
  const parsed = journalLineSchema.safeParse(JSON.parse(text));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return `not a valid delivery journal record (${issue ? `${issue.path.join('.')}: ${issue.message}` : 'invalid'})`;
  }
  return null;
}

/** Applies one op; false when it does not fit the entries (an `add` of a key already there, a `set` of one that is not), and it is then skipped. */
export function applyOp(state: DeliveryState, op: JournalOp): boolean {
  switch (op.op) {
    case 'add': {
      if (state.byKey.has(op.entry.key)) return false;
      state.data.outbox.push(op.entry);
      index(state, op.entry);
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

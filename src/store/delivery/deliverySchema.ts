/**
 * The delivery snapshot `delivery.json` (schema version 1): the outbox of proactive messages
 * and the alert memory. Kept apart from `rapport.json` because it changes on every send; the
 * changes go to a journal beside it (see deliveryFiles.ts and journalOps.ts), named by the snapshot's `journal`.
 */
import { z } from 'zod';

export const DELIVERY_VERSION = 1;

/**
 * pending → attempting → sent | pending (retry) | dead | unreachable.
 * `attempting` is written before the request and replaced right after its answer, so one
 * found on open marks a send the process did not see finish.
 */
export type OutboxStatus = 'pending' | 'attempting' | 'sent' | 'dead' | 'unreachable';

export interface OutboxEntry {
  /** Unique: the same key is never enqueued twice. */
  key: string;
  /** A user key (or `channel:<conversation id>` for a channel). */
  recipientKey: string;
  conversationId?: string;
  /** What the message is (e.g. `staleAlert`, `digest`), for the delivery status. */
  kind: string;
  accountId?: string;
  /** The Adaptive Card; dropped (null) once sent, kept while it may still go out. */
  payload: unknown;
  status: OutboxStatus;
  attempts: number;
  createdAt: number;
  nextAttemptAt: number;
  lastError?: string;
  lastStatusCode?: number;
  sentAt?: number;
  /** When it became dead or unreachable. */
  finishedAt?: number;
  /** Times it was found `attempting` on open: it may have reached Teams before the process stopped. */
  interrupted?: number;
}

/** What a caller enqueues; the outbox adds the delivery bookkeeping. */
export type NewOutboxEntry = Pick<OutboxEntry, 'key' | 'recipientKey' | 'conversationId' | 'kind' | 'accountId' | 'payload'>;

export interface Snooze {
  userKey: string;
  accountId: string;
  /** Epoch ms; the snooze holds while `now < until`. */
  until: number;
}

export interface Mute {
  userKey: string;
  accountId: string;
}

export interface PlannedRun {
  runId: string;
  plannedAt: number;
  staleAccountIds: string[];
}

export interface AlertMemory {
  /** Runs whose alerts were planned, oldest first (the last few). */
  runs: PlannedRun[];
  snoozes: Snooze[];
  mutes: Mute[];
  lastDigestAt: number | null;
}

export interface DeliveryData {
  version: typeof DELIVERY_VERSION;
  outbox: OutboxEntry[];
  memory: AlertMemory;
}

export function emptyDelivery(): DeliveryData {
  return { version: DELIVERY_VERSION, outbox: [], memory: { runs: [], snoozes: [], mutes: [], lastDigestAt: null } };
}

const time = z.number().int().nonnegative();
const text = z.string().min(1);

export const outboxEntrySchema = z.object({
  key: text,
  recipientKey: text,
  conversationId: text.optional(),
  kind: text,
  accountId: text.optional(),
  payload: z.unknown(),
  status: z.enum(['pending', 'attempting', 'sent', 'dead', 'unreachable']),
  attempts: z.number().int().nonnegative(),
  createdAt: time,
  nextAttemptAt: time,
  lastError: z.string().optional(),
  lastStatusCode: z.number().int().optional(),
  sentAt: time.optional(),
  finishedAt: time.optional(),
  interrupted: z.number().int().positive().optional(),
});

const pair = { userKey: text, accountId: text };

export const memorySchema = z.object({
  runs: z.array(z.object({ runId: text, plannedAt: time, staleAccountIds: z.array(text) })),
  snoozes: z.array(z.object({ ...pair, until: time })),
  mutes: z.array(z.object(pair)),
  lastDigestAt: time.nullable(),
});

export const deliverySchema = z.object({
  version: z.literal(DELIVERY_VERSION),
  outbox: z.array(outboxEntrySchema),
  memory: memorySchema,
  /** The generation of the journal that continues this snapshot; absent (0) in files written before the journal. */
  journal: time.optional(),
}).superRefine((data, context) => {
  const keys = new Set<string>();
  data.outbox.forEach((entry, index) => {
    if (keys.has(entry.key)) context.addIssue({ code: 'custom', path: ['outbox', index, 'key'], message: `duplicate idempotency key ${entry.key}` });
    keys.add(entry.key);
  });
});

/**
 * The delivery store, `DATA_DIR/delivery.json` and its journal: the outbox and the alert
 * memory. A run's plan (its stale set, its messages, the digest time) is committed as one
 * journal record, so a run is either planned with all its messages or not at all.
 */
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { alertMemoryRepository, plannedMemory, type AlertMemoryRepository } from './alertMemoryRepository.js';
import { openDeliveryDb, type DeliveryDbOptions } from './deliveryDb.js';
import type { NewOutboxEntry } from './deliverySchema.js';
import { additions, outboxRepository, type OutboxRepository } from './outboxRepository.js';

export type { AlertMemoryRepository } from './alertMemoryRepository.js';
export type { DeliveryWriteStep } from './deliveryDb.js';
export type { Mute, NewOutboxEntry, OutboxEntry, OutboxStatus, PlannedRun, Snooze } from './deliverySchema.js';
export type { FailureMark, OutboxRepository, SentMark } from './outboxRepository.js';

export const DELIVERY_FILE_NAME = 'delivery.json';

export interface RunPlan {
  runId: string;
  staleAccountIds: readonly string[];
  entries: readonly NewOutboxEntry[];
  /** Whether the plan holds the weekly digest (then the digest time is now). */
  includesDigest: boolean;
}

export interface DeliveryStore {
  outbox: OutboxRepository;
  alerts: AlertMemoryRepository;
  /** Records a run's plan and enqueues its messages in one write; null when the run was planned before (nothing changes). */
  commitRun(plan: RunPlan): Promise<{ enqueued: number } | null>;
  /** Waits for writes under way and folds the journal into the snapshot; later changes are refused with `StoreClosedError`. */
  close(): Promise<void>;
}

export interface DeliveryStoreOptions extends DeliveryDbOptions {
  now?: () => number;
}

export async function openDeliveryStore(dataDir: string, options: DeliveryStoreOptions = {}): Promise<DeliveryStore> {
  const now = options.now ?? Date.now;
  await mkdir(dataDir, { recursive: true });
  const db = await openDeliveryDb(join(dataDir, DELIVERY_FILE_NAME), options);
  const outbox = outboxRepository(db);
  const alerts = alertMemoryRepository(db);
  return {
    outbox,
    alerts,
    async commitRun(plan) {
      if (alerts.hasPlanned(plan.runId)) return null;
      const at = now();
      const added = additions(db, plan.entries, at);
      const run = { runId: plan.runId, plannedAt: at, staleAccountIds: [...plan.staleAccountIds] };
      await db.commit([...added, { op: 'memory', memory: plannedMemory(db.data.memory, run, plan.includesDigest) }]);
      return { enqueued: added.length };
    },
    close: () => db.close(),
  };
}

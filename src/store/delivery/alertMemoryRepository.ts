/** What the alerts remember between runs: the stale set each run was compared on, snoozes, mutes, the last digest. */
import type { DeliveryDb } from './deliveryDb.js';
import type { Mute, PlannedRun, Snooze } from './deliverySchema.js';

/** Planned runs kept: enough to see the last comparisons, not a history. */
export const PLANNED_RUNS_KEPT = 10;

export interface AlertMemoryRepository {
  /** The last run whose alerts were planned, or null before the first. */
  lastRun(): PlannedRun | null;
  hasPlanned(runId: string): boolean;
  snoozes(): Snooze[];
  /** Snoozes the account for the user until `until` (replacing an earlier snooze). */
  snooze(userKey: string, accountId: string, until: number): Promise<void>;
  mutes(): Mute[];
  /** False when it was already muted. */
  mute(userKey: string, accountId: string): Promise<boolean>;
  /** False when it was not muted. */
  unmute(userKey: string, accountId: string): Promise<boolean>;
  lastDigestAt(): number | null;
}

const samePair = (a: { userKey: string; accountId: string }, userKey: string, accountId: string): boolean =>
  a.userKey === userKey && a.accountId === accountId;

export function alertMemoryRepository(db: DeliveryDb): AlertMemoryRepository {
  const memory = () => db.data.memory;
  return {
    lastRun() {
      const last = memory().runs.at(-1);
      return last ? structuredClone(last) : null;
    },

    hasPlanned: (runId) => memory().runs.some((run) => run.runId === runId),

    snoozes: () => memory().snoozes.map((snooze) => ({ ...snooze })),

    snooze(userKey, accountId, until) {
      return db.update((data) => {
        const others = data.memory.snoozes.filter((snooze) => !samePair(snooze, userKey, accountId));
        data.memory.snoozes = [...others, { userKey, accountId, until }];
      });
    },

    mutes: () => memory().mutes.map((mute) => ({ ...mute })),

    mute(userKey, accountId) {
      return db.update((data) => {
        if (data.memory.mutes.some((mute) => samePair(mute, userKey, accountId))) return false;
        data.memory.mutes.push({ userKey, accountId });
        return true;
      });
    },

    unmute(userKey, accountId) {
      return db.update((data) => {
        const before = data.memory.mutes.length;
        data.memory.mutes = data.memory.mutes.filter((mute) => !samePair(mute, userKey, accountId));
        return data.memory.mutes.length < before;
      });
    },

    lastDigestAt: () => memory().lastDigestAt,
  };
}

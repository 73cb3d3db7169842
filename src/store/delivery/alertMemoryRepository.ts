/** What the alerts remember between runs: the stale set each run was compared on, snoozes, mutes, the last digest. */
import type { DeliveryDb } from './deliveryDb.js';
import type { AlertMemory, Mute, PlannedRun, Snooze } from './deliverySchema.js';

/** Planned runs kept: enough to see the last comparisons, not a history. */
export const PLANNED_RUNS_KEPT = 10;

export interface AlertMemoryRepository {
  /** The last run whose alerts were planned, or null before the first. */
  lastRun(): PlannedRun | null;
  hasPlanned(runId: string): boolean;
  snoozes(): Snooze[];
  /** Snoozes the account for the user until `until` (replacing an earlier snooze). */
  snooze(userKey: string, accountId: string, until: number): Promise<void>;
  /** Forgets the snoozes that no longer hold at `now` (`until <= now`); resolves with how many. */
  pruneExpiredSnoozes(now: number): Promise<number>;
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
  /** The whole memory after `change`, as one journal record. Shallow: nothing changes the memory's arrays in place. */
  const remember = (change: Partial<AlertMemory>): Promise<void> => db.commit([{ op: 'memory', memory: { ...memory(), ...change } }]);
  return {
    lastRun() {
      const last = memory().runs.at(-1);
      return last ? structuredClone(last) : null;
    },

    hasPlanned: (runId) => memory().runs.some((run) => run.runId === runId),

    snoozes: () => memory().snoozes.map((snooze) => ({ ...snooze })),

    snooze(userKey, accountId, until) {
      const others = memory().snoozes.filter((snooze) => !samePair(snooze, userKey, accountId));
      return remember({ snoozes: [...others, { userKey, accountId, until }] });
    },

    async pruneExpiredSnoozes(now) {
      const holding = memory().snoozes.filter((snooze) => now < snooze.until);
      const expired = memory().snoozes.length - holding.length;
      if (expired > 0) await remember({ snoozes: holding });
      return expired;
    },

    mutes: () => memory().mutes.map((mute) => ({ ...mute })),

    async mute(userKey, accountId) {
      if (memory().mutes.some((mute) => samePair(mute, userKey, accountId))) return false;
      await remember({ mutes: [...memory().mutes, { userKey, accountId }] });
      return true;
    },

    async unmute(userKey, accountId) {
      const kept = memory().mutes.filter((mute) => !samePair(mute, userKey, accountId));
      if (kept.length === memory().mutes.length) return false;
      await remember({ mutes: kept });
      return true;
    },

    lastDigestAt: () => memory().lastDigestAt,
  };
}

/** The memory after a run's plan is recorded: the last few runs, and the digest time when the plan holds one. */
export function plannedMemory(current: AlertMemory, run: PlannedRun, includesDigest: boolean): AlertMemory {
  return {
    ...current,
    runs: [...current.runs, { ...run, staleAccountIds: [...run.staleAccountIds] }].slice(-PLANNED_RUNS_KEPT),
    lastDigestAt: includesDigest ? run.plannedAt : current.lastDigestAt,
  };
}

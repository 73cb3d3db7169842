/** Per person, what they saw the last time they asked "what's new": one snapshot each, replaced every time. */
import type { SeenSnapshot } from './stateSchema.js';
import type { StateDb } from './stateDb.js';

/** Accounts kept per person: the ones they own or watch, up to this many. */
export const SEEN_ACCOUNTS_KEPT = 500;

export interface SeenRepository {
  lastSeen(userKey: string): SeenSnapshot | undefined;
  /** Replaces the person's snapshot (accounts beyond SEEN_ACCOUNTS_KEPT are not kept). */
  record(snapshot: SeenSnapshot): Promise<void>;
}

export function seenRepository(state: StateDb): SeenRepository {
  return {
    lastSeen(userKey) {
      const snapshot = state.data.seen.find((seen) => seen.userKey === userKey);
      return snapshot ? structuredClone(snapshot) : undefined;
    },

    record(snapshot) {
      const kept: SeenSnapshot = { ...snapshot, accounts: snapshot.accounts.slice(0, SEEN_ACCOUNTS_KEPT).map((account) => ({ ...account })) };
      return state.update((data) => {
        data.seen = [...data.seen.filter((seen) => seen.userKey !== snapshot.userKey), kept];
      });
    },
  };
}

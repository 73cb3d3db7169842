/** Per-user choices: opting out of being suggested as an introducer, and watched accounts. */
import { normalizeAddress } from '../engagement/activity.js';
import type { StateDb } from './stateDb.js';

export interface PreferencesRepository {
  /** Email compared case-insensitively. */
  isOptedOut(email: string): boolean;
  setOptedOut(email: string, optedOut: boolean): Promise<void>;
  /** Opted-out emails, lower-cased and sorted. */
  optedOut(): string[];
  watches(userKey: string): string[];
  /** False when the user already watched the account. */
  watch(userKey: string, accountId: string): Promise<boolean>;
  /** False when the user did not watch the account. */
  unwatch(userKey: string, accountId: string): Promise<boolean>;
  /** User keys of everyone watching the account. */
  watchersOf(accountId: string): string[];
}

export function preferencesRepository(state: StateDb): PreferencesRepository {
  return {
    isOptedOut(email) {
      return state.data.optedOut.includes(normalizeAddress(email));
    },

    async setOptedOut(email, optedOut) {
      const address = normalizeAddress(email);
      if (address === '') throw new TypeError('an email is needed to opt out');
      await state.update((data) => {
        const others = data.optedOut.filter((existing) => existing !== address);
        data.optedOut = optedOut ? [...others, address].sort() : others;
      });
    },

    optedOut() {
      return [...state.data.optedOut];
    },

    watches(userKey) {
      return state.data.watches.filter((watch) => watch.userKey === userKey).map((watch) => watch.accountId);
    },

    watch(userKey, accountId) {
      return state.update((data) => {
        if (data.watches.some((watch) => watch.userKey === userKey && watch.accountId === accountId)) return false;
        data.watches.push({ userKey, accountId });
        return true;
      });
    },

    unwatch(userKey, accountId) {
      return state.update((data) => {
        const before = data.watches.length;
        data.watches = data.watches.filter((watch) => !(watch.userKey === userKey && watch.accountId === accountId));
        return data.watches.length < before;
      });
    },

    watchersOf(accountId) {
      return state.data.watches.filter((watch) => watch.accountId === accountId).map((watch) => watch.userKey);
    },
  };
}

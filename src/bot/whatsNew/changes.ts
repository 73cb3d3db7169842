/**
 * What changed among a person's accounts between the results they last saw and the current
 * ones: accounts that went quiet, accounts active again, and the biggest score moves. Pure.
 */
import type { SeenAccount } from '../../store/rapportStore.js';

/** A score move smaller than this is noise between two weekly runs, not news. */
export const MINIMUM_SCORE_MOVE = 5;
export const MOVES_SHOWN = 5;

export interface ScoreMove {
  accountId: string;
  from: number;
  to: number;
}

export interface AccountChanges {
  /** Stale now, not stale before. */
  newlyStale: string[];
  /** Stale before, not stale now. */
  backToLife: string[];
  /** Biggest moves first (ties by account id), at least MINIMUM_SCORE_MOVE points. */
  moves: ScoreMove[];
}

/** Compares the accounts present in both; an account new to the person's list has no "before" and is left out. */
export function changesBetween(before: readonly SeenAccount[], now: readonly SeenAccount[]): AccountChanges {
  const earlier = new Map(before.map((account) => [account.accountId, account]));
  const newlyStale: string[] = [];
  const backToLife: string[] = [];
  const moves: ScoreMove[] = [];
  for (const account of now) {
    const seen = earlier.get(account.accountId);
    if (!seen) continue;
    if (account.stale && !seen.stale) newlyStale.push(account.accountId);
    if (!account.stale && seen.stale) backToLife.push(account.accountId);
    if (Math.abs(account.score - seen.score) >= MINIMUM_SCORE_MOVE) moves.push({ accountId: account.accountId, from: seen.score, to: account.score });
  }
  moves.sort((a, b) => Math.abs(b.to - b.from) - Math.abs(a.to - a.from) || a.accountId.localeCompare(b.accountId));
  return { newlyStale, backToLife, moves: moves.slice(0, MOVES_SHOWN) };
}

/**
 * Deterministic synthetic accounts for the scale tests: pronounceable names from syllables,
 * an industry word and a legal suffix, each with its own domain. Core names are unique.
 */

import type { AccountCandidate } from '../../../src/bot/accountSearch.js';

const SYLLABLES = ['ka', 'lo', 'mi', 'ra', 'ven', 'tor', 'sel', 'dra', 'qui', 'zen', 'bar', 'tel', 'nor', 'fis', 'gal', 'pex', 'wyn', 'hol', 'cres', 'jun'];
const INDUSTRIES = ['Bank', 'Logistics', 'Health', 'Energy', 'Foods', 'Systems', 'Partners', 'Media', 'Labs', 'Motors'];
const SUFFIXES = ['Inc', 'Ltd', 'GmbH', 'LLC', 'Corp', 'AG', 'S.A.', 'PLC', ''];

/** A small linear congruential generator: the same accounts on every run. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

export function generateAccounts(count: number, seed = 42): AccountCandidate[] {
  const next = random(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
  const seen = new Set<string>();
  const accounts: AccountCandidate[] = [];
  while (accounts.length < count) {
    const syllableCount = 2 + Math.floor(next() * 3);
    const stem = Array.from({ length: syllableCount }, () => pick(SYLLABLES)).join('');
    const industry = pick(INDUSTRIES);
    const core = `${stem} ${industry}`;
    if (seen.has(core)) continue;
    seen.add(core);
    const name = `${stem.charAt(0).toUpperCase()}${stem.slice(1)} ${industry} ${pick(SUFFIXES)}`.trim();
    accounts.push({ id: `gen-${accounts.length}`, name, domains: [`${stem}-${industry.toLowerCase()}.example`] });
  }
  return accounts;
}

/**
 * Forgiving account lookup for the bot: "contoso", "Contoso, Inc.", "contoso.com",
 * "jane@contoso.com", "Contso" and "Woodgrove" (for "Woodgrove Bank") all find their account.
 * Pure and in memory: built once from the accounts, then any number of lookups.
 *
 * Tiers, best first; the first tier with a candidate decides. One candidate (or one with the
 * smallest edit distance) is found, several equally good ones are ambiguous (at most 5):
 *
 *   1. exact     the name as written (case and white space aside), or the account id
 *   2. full      the name with punctuation and spacing ignored ("Contoso, Ltd." = "contoso ltd"),
 *                or a domain / e-mail domain of the account (most specific parent domain wins)
 *   3. core      also ignoring a leading "the" and trailing legal suffixes ("A. Datum Corp" = "a datum corporation")
 *   4. prefix    leading whole words of a longer name ("Woodgrove" → "Woodgrove Bank")
 *   5. typo      Damerau-Levenshtein to the core: at most 1 for cores of ≤ 5 characters, else 2
 *   6. typo      the same against the leading words ("Wodgrove" → "Woodgrove Bank")
 *
 * Speed: tiers 1-4 are map lookups. The typo tiers only compare keys whose length is within
 * the allowance, and first compare two 32-bit masks, "which characters occur" and "which occur
 * more than once" (a character sets bit code point mod 32). An edit changes a character's count
 * by one in at most two places, so it flips at most two bits of the pair; a key whose masks
 * differ in more than 2 × allowance bits cannot match and its edit distance is never computed.
 */

import { damerauLevenshtein } from './intents/editDistance.js';
import { domainAndParents } from '../engagement/activity.js';
import { exactKey, nameKeys, queryDomain } from './intents/accountNames.js';

export interface AccountCandidate {
  id: string;
  name: string;
  domains: readonly string[];
}

export type AccountMatch<T extends AccountCandidate = AccountCandidate> =
  | { kind: 'found'; account: T }
  | { kind: 'ambiguous'; candidates: T[] }
  | { kind: 'none'; query: string };

export const MAXIMUM_CANDIDATES = 5;

/** The edit distance a key of this many characters tolerates. */
function typoAllowance(keyLength: number): number {
  return keyLength <= 5 ? 1 : 2;
}

/** A candidate within a tier: its edit distance (0 outside the typo tiers). */
interface Scored {
  readonly account: number;
  readonly distance: number;
}

export class AccountIndex<T extends AccountCandidate = AccountCandidate> {
  private readonly accounts: readonly T[];
  private readonly byExactNameOrId = new Map<string, number[]>();
  private readonly byFullName = new Map<string, number[]>();
  private readonly byDomain = new Map<string, number[]>();
  private readonly byCoreName = new Map<string, number[]>();
  private readonly byPrefix = new Map<string, number[]>();
  private readonly coreTypos = new TypoIndex();
  private readonly prefixTypos = new TypoIndex();

  constructor(accounts: readonly T[]) {
    this.accounts = [...accounts];
    this.accounts.forEach((account, index) => {
      const keys = nameKeys(account.name);
      addTo(this.byExactNameOrId, keys.exact, index);
      addTo(this.byExactNameOrId, exactKey(account.id), index);
      addTo(this.byFullName, keys.full, index);
      addTo(this.byCoreName, keys.core, index);
      for (const domain of account.domains) addTo(this.byDomain, domain.trim().toLowerCase(), index);
      for (const prefix of keys.prefixes) {
        addTo(this.byPrefix, prefix, index);
        this.prefixTypos.add(prefix, index);
      }
      this.coreTypos.add(keys.core, index);
    });
  }

  find(query: string): AccountMatch<T> {
    const exact = exactKey(query);
    if (exact === '') return { kind: 'none', query };
    const keys = nameKeys(query);
    const tiers: readonly (() => Scored[])[] = [
      () => exactly(this.byExactNameOrId.get(exact)),
      () => unique([...exactly(this.byFullName.get(keys.full)), ...this.domainMatches(query)]),
      () => exactly(this.byCoreName.get(keys.core)),
      () => exactly(this.byPrefix.get(keys.core)),
      () => this.coreTypos.near(keys.core),
      () => this.prefixTypos.near(keys.core),
    ];
    for (const tier of tiers) {
      const scored = tier();
      if (scored.length > 0) return this.decide(scored);
    }
    return { kind: 'none', query };
  }

  /**
   * The accounts with names nearest to a query that found none, nearest first, for "no
   * account matched; did you mean …": a looser typo bound (40% of the name) over the same keys.
   */
  closest(query: string, limit: number = MAXIMUM_CANDIDATES): T[] {
    const { core } = nameKeys(query);
    if (core === '') return [];
    const bound = Math.max(2, Math.ceil(codePointLength(core) * 0.4));
    const scored = unique([...this.coreTypos.near(core, bound), ...this.prefixTypos.near(core, bound)]);
    return scored
      .sort((a, b) => a.distance - b.distance || this.compareAccounts(a.account, b.account))
      .slice(0, limit)
      .map(({ account }) => this.accounts[account]!);
  }

  private domainMatches(query: string): Scored[] {
    const domain = queryDomain(query);
    if (domain === null) return [];
    // A bare top-level label ("com") is never an account's domain.
    for (const candidate of domainAndParents(domain).slice(0, -1)) {
      const owners = this.byDomain.get(candidate);
      if (owners !== undefined) return exactly(owners);
    }
    return [];
  }

  private decide(scored: readonly Scored[]): AccountMatch<T> {
    const ranked = [...scored].sort((a, b) => a.distance - b.distance || this.compareAccounts(a.account, b.account));
    const [best, second] = ranked;
    if (best !== undefined && (second === undefined || second.distance > best.distance)) {
      return { kind: 'found', account: this.accounts[best.account]! };
    }
    return { kind: 'ambiguous', candidates: ranked.slice(0, MAXIMUM_CANDIDATES).map(({ account }) => this.accounts[account]!) };
  }

  /** Order of equally good candidates: shorter names first, then alphabetical. */
  private compareAccounts(a: number, b: number): number {
    const first = this.accounts[a]!;
    const second = this.accounts[b]!;
    return (
      first.name.length - second.name.length ||
      first.name.localeCompare(second.name) ||
      first.id.localeCompare(second.id)
    );
  }
}

function addTo(map: Map<string, number[]>, key: string, account: number): void {
  if (key === '') return;
  const accounts = map.get(key);
  if (accounts === undefined) map.set(key, [account]);
  else if (accounts.at(-1) !== account) accounts.push(account);
}

function exactly(accounts: readonly number[] | undefined): Scored[] {
  return (accounts ?? []).map((account) => ({ account, distance: 0 }));
}

/** Each account once, at its best distance. */
function unique(scored: readonly Scored[]): Scored[] {
  const best = new Map<number, Scored>();
  for (const candidate of scored) {
    const known = best.get(candidate.account);
    if (known === undefined || candidate.distance < known.distance) best.set(candidate.account, candidate);
  }
  return [...best.values()];
}

/** Keys grouped by length, each with its letter mask and accounts, for typo-tolerant lookup. */
class TypoIndex {
  private readonly buckets = new Map<number, { keys: string[]; onceMasks: number[]; twiceMasks: number[]; accounts: number[][] }>();
  private readonly positions = new Map<string, { length: number; slot: number }>();

  add(key: string, account: number): void {
    if (key === '') return;
    const known = this.positions.get(key);
    if (known !== undefined) {
      const accounts = this.buckets.get(known.length)!.accounts[known.slot]!;
      if (accounts.at(-1) !== account) accounts.push(account);
      return;
    }
    const length = codePointLength(key);
    let bucket = this.buckets.get(length);
    if (bucket === undefined) {
      bucket = { keys: [], onceMasks: [], twiceMasks: [], accounts: [] };
      this.buckets.set(length, bucket);
    }
    this.positions.set(key, { length, slot: bucket.keys.length });
    bucket.keys.push(key);
    const [once, twice] = characterMasks(key);
    bucket.onceMasks.push(once);
    bucket.twiceMasks.push(twice);
    bucket.accounts.push([account]);
  }

  /** Accounts whose key is within its typo allowance (or `maxDistance`) of `query`, with their distances. */
  near(query: string, maxDistance?: number): Scored[] {
    if (query === '') return [];
    const queryLength = codePointLength(query);
    const [queryOnce, queryTwice] = characterMasks(query);
    const found: Scored[] = [];
    const reach = maxDistance ?? 2;
    for (let length = Math.max(1, queryLength - reach); length <= queryLength + reach; length++) {
      const bucket = this.buckets.get(length);
      const allowance = maxDistance ?? typoAllowance(length);
      if (bucket === undefined || Math.abs(length - queryLength) > allowance) continue;
      for (let slot = 0; slot < bucket.keys.length; slot++) {
        const differingBits = bitCount(bucket.onceMasks[slot]! ^ queryOnce) + bitCount(bucket.twiceMasks[slot]! ^ queryTwice);
        if (differingBits > 2 * allowance) continue;
        const distance = damerauLevenshtein(query, bucket.keys[slot]!, allowance);
        if (distance > allowance) continue;
        for (const account of bucket.accounts[slot]!) found.push({ account, distance });
      }
    }
    return unique(found);
  }
}

function codePointLength(text: string): number {
  let length = text.length;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code >= 0xd800 && code <= 0xdbff) length--;
  }
  return length;
}

/** Bit (code point mod 32) set for every character that occurs, and for every one that occurs again. */
function characterMasks(text: string): [once: number, twice: number] {
  let once = 0;
  let twice = 0;
  for (let index = 0; index < text.length; index++) {
    const code = text.codePointAt(index)!;
    if (code > 0xffff) index++;
    const bit = 1 << (code & 31);
    twice |= once & bit;
    once |= bit;
  }
  return [once, twice];
}

function bitCount(value: number): number {
  let bits = value - ((value >>> 1) & 0x55555555);
  bits = (bits & 0x33333333) + ((bits >>> 2) & 0x33333333);
  return (((bits + (bits >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

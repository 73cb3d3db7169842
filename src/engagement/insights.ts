/**
 * What the bot shows about an account, precomputed once per run so that answering a
 * seller is a lookup: the table's rows for charts, health with trend and drivers, KPIs,
 * and who knows someone there.
 */
import type { Timestamp } from './activity.js';
import type { EngagementRow } from './columns.js';
import type { Account } from './customers.js';
import type { AccountHealth, EngagementResult } from './engine.js';
import { relationshipKpis, type RelationshipKpis } from './health.js';
import { dataWindow } from './periods.js';
import { computeTies, whoKnows, type Introducer } from './ties.js';

/** Introducers kept per account or person: enough to fill a card after filtering opt-outs and the asker. */
export const INTRODUCERS_KEPT = 20;

export interface AccountInsight {
  account: Account;
  year: EngagementRow;
  /** Month and Week rows, oldest first (only periods with activity). */
  months: EngagementRow[];
  weeks: EngagementRow[];
  health: AccountHealth;
  kpis: RelationshipKpis;
  /** Ranked by the spec (strongest tie, then sum, then address); opt-outs are filtered when shown. */
  introducers: Introducer[];
}

export interface EnrichmentInsights {
  asOf: Timestamp;
  /** Start of the data window (`asOf - 365 d`). */
  windowStart: Timestamp;
  accounts: AccountInsight[];
  /** For each external person with at least one "knows" tie: who knows them, ranked. */
  knownBy: Record<string, Introducer[]>;
  /** Display names of internal people by address, where the directory gave one. */
  colleagueNames: Record<string, string>;
}

export function buildInsights(result: EngagementResult, colleagueNames: ReadonlyMap<string, string> = new Map()): EnrichmentInsights {
  const { index } = result;
  const ties = computeTies(index);
  const rowsByAccount = new Map<string, EngagementRow[]>();
  for (const row of result.rows) {
    let rows = rowsByAccount.get(row.AccountId);
    if (!rows) rowsByAccount.set(row.AccountId, (rows = []));
    rows.push(row);
  }
  const peopleByAccount = index.accounts.map((): number[] => []);
  index.classOf.forEach((owner, person) => {
    if (owner >= 0) peopleByAccount[owner]!.push(person);
  });
  const accounts = index.accounts.map((activity, accountIndex): AccountInsight => {
    const rows = rowsByAccount.get(activity.account.id) ?? [];
    const year = rows.find((row) => row.AggregationLevel === 'Year');
    if (!year) throw new RangeError(`no Year row for account ${activity.account.id}`);
    return {
      account: activity.account,
      year,
      months: rows.filter((row) => row.AggregationLevel === 'Month'),
      weeks: rows.filter((row) => row.AggregationLevel === 'Week'),
      health: result.health[accountIndex]!,
      kpis: relationshipKpis(index, accountIndex),
      introducers: whoKnows(index, ties, peopleByAccount[accountIndex]!).slice(0, INTRODUCERS_KEPT),
    };
  });
  const knownBy: Record<string, Introducer[]> = {};
  index.classOf.forEach((owner, external) => {
    if (owner < 0) return;
    const introducers = whoKnows(index, ties, [external]).slice(0, INTRODUCERS_KEPT);
    if (introducers.length > 0) knownBy[index.addresses.address(external)] = introducers;
  });
  return { asOf: index.asOf, windowStart: dataWindow(index.asOf).start, accounts, knownBy, colleagueNames: Object.fromEntries(colleagueNames) };
}

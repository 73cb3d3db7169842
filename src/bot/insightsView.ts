/** Lookups over the current run's insights: what every seller question is answered from. */
import { DAY_MS, normalizeAddress } from '../engagement/activity.js';
import type { EngagementRow } from '../engagement/columns.js';
import type { AccountInsight, EnrichmentInsights } from '../engagement/insights.js';
import { filterSegment, type Segment } from '../engagement/segments.js';
import type { Introducer } from '../engagement/ties.js';
import { AccountIndex, type AccountCandidate, type AccountMatch } from './accountSearch.js';

export class InsightsView {
  private readonly byId: ReadonlyMap<string, AccountInsight>;
  private readonly search: AccountIndex;
  private readonly ranked: readonly AccountInsight[];
  readonly colleagueNames: ReadonlyMap<string, string>;

  constructor(readonly insights: EnrichmentInsights) {
    this.colleagueNames = new Map(Object.entries(insights.colleagueNames ?? {}));
    this.byId = new Map(insights.accounts.map((insight) => [insight.account.id, insight]));
    this.search = new AccountIndex(insights.accounts.map(({ account }) => ({ id: account.id, name: account.name, domains: account.domains })));
    this.ranked = [...insights.accounts]
      .filter((insight) => insight.year.EngagementScore > 0)
      .sort((a, b) => b.year.EngagementScore - a.year.EngagementScore || a.account.name.localeCompare(b.account.name));
  }

  get asOf(): number {
    return this.insights.asOf;
  }

  get windowDays(): number {
    return Math.round((this.insights.asOf - this.insights.windowStart) / DAY_MS);
  }

  account(id: string): AccountInsight | undefined {
    return this.byId.get(id);
  }

  find(name: string): AccountMatch {
    return this.search.find(name);
  }

  /** The accounts with names nearest to one that matched none. */
  closest(name: string): AccountCandidate[] {
    return this.search.closest(name);
  }

  /** Accounts with activity, highest score first (ties by name). */
  byScore(): AccountInsight[] {
    return [...this.ranked];
  }

  /** Stale accounts, longest silence first. */
  stale(): AccountInsight[] {
    const silence = (row: EngagementRow) => Math.min(row.DaysSinceLastEmail ?? Infinity, row.DaysSinceLastMeeting ?? Infinity);
    return this.insights.accounts.filter((insight) => insight.health.stale).sort((a, b) => silence(b.year) - silence(a.year) || a.account.name.localeCompare(b.account.name));
  }

  /** Accounts whose Year row matches, in score order. */
  segment(segment: Segment): AccountInsight[] {
    const matching = new Set(filterSegment(this.insights.accounts.map((insight) => insight.year), segment).map((row) => row.AccountId));
    return this.insights.accounts.filter((insight) => matching.has(insight.account.id)).sort((a, b) => b.year.EngagementScore - a.year.EngagementScore);
  }

  knownBy(email: string): Introducer[] {
    return this.insights.knownBy[normalizeAddress(email)] ?? [];
  }
}

/** One call from a finished fold to everything Rapport shows: rows, health, ties. */
import type { AggregationLevel, EngagementRow } from './columns.js';
import { engagementRows } from './aggregate.js';
import type { Attribution } from './attribution.js';
import type { ActivityFold } from './fold.js';
import { DEFAULT_HEALTH_SETTINGS, relationshipHealth, type HealthSettings, type RelationshipHealth } from './health.js';
import { indexActivity, type ActivityIndex } from './interactions.js';
import { DEFAULT_STALE_DAYS, isStale } from './segments.js';

export interface EngagementOptions {
  levels?: readonly AggregationLevel[];
  health?: HealthSettings;
  staleAfterDays?: number;
}

export interface AccountHealth extends RelationshipHealth {
  stale: boolean;
}

export interface EngagementResult {
  index: ActivityIndex;
  rows: EngagementRow[];
  health: AccountHealth[];
}

export function computeEngagement(fold: ActivityFold, attribution: Attribution, options: EngagementOptions = {}): EngagementResult {
  const index = indexActivity(fold, attribution);
  const levels = options.levels ?? ['Year', 'Month', 'Week'];
  const rows = engagementRows(index, levels.includes('Year') ? levels : ['Year', ...levels]);
  const yearRows = new Map(rows.filter((row) => row.AggregationLevel === 'Year').map((row) => [row.AccountId, row]));
  const health = index.accounts.map((activity, accountIndex) => ({
    ...relationshipHealth(index, accountIndex, options.health ?? DEFAULT_HEALTH_SETTINGS),
    stale: isStale(yearRows.get(activity.account.id)!, options.staleAfterDays ?? DEFAULT_STALE_DAYS),
  }));
  const requested = new Set(levels);
  return { index, rows: rows.filter((row) => requested.has(row.AggregationLevel)), health };
}

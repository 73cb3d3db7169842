/** One enrichment run: read the sources, compute the table, ties and insights, and persist them. */
import { randomUUID } from 'node:crypto';
import type { Timestamp } from '../engagement/activity.js';
import type { Attribution } from '../engagement/attribution.js';
import { buildInsights, type EnrichmentInsights } from '../engagement/insights.js';
import type { RapportStore } from '../store/rapportStore.js';
import { runAggregation, type ActivitySource, type RunSummary } from './aggregateRun.js';

export interface EnrichmentRunInput {
  sources: readonly ActivitySource[];
  attribution: Attribution;
  asOf: Timestamp;
  store: RapportStore;
  /** Internal people's display names (from the directory), shown instead of addresses. */
  colleagueNames?: ReadonlyMap<string, string>;
  now?: () => number;
}

export interface EnrichmentRunResult {
  runId: string;
  insights: EnrichmentInsights;
  summary: RunSummary;
}

export async function runEnrichment(input: EnrichmentRunInput): Promise<EnrichmentRunResult> {
  const now = input.now ?? Date.now;
  const runId = randomUUID();
  const startedAt = now();
  try {
    const { result, summary } = await runAggregation({ sources: input.sources, monitored: null, asOf: input.asOf, attribution: input.attribution });
    const insights = buildInsights(result, input.colleagueNames);
    await input.store.insights.saveForRun(runId, insights);
    await input.store.runs.record({
      id: runId, startedAt, finishedAt: now(), status: 'succeeded', mailboxes: summary.mailboxes,
      emails: summary.distinctEmails, meetings: summary.distinctMeetings, accounts: insights.accounts.length,
    });
    return { runId, insights, summary };
  } catch (error) {
    await input.store.runs.record({
      id: runId, startedAt, finishedAt: now(), status: 'failed', mailboxes: 0, emails: 0, meetings: 0, accounts: 0,
      error: (error as Error).message,
    });
    throw error;
  }
}

/**
 * After a run: the stale plan against the previous planned run (whose stale accounts the
 * delivery store remembers, so a restart in between changes nothing), rendered and committed
 * to the outbox in one write. A run is planned once, however often this is called for it.
 * The worker is woken by the caller.
 */
import type { EnrichmentInsights } from '../engagement/insights.js';
import type { DeliveryStore } from '../store/delivery/deliveryStore.js';
import { outboxEntries, planStaleAlerts, type AlertMessage } from './staleAlerts.js';

export interface RunAlertsDependencies {
  delivery: DeliveryStore;
  watchersOf(accountId: string): readonly string[];
  /** An account owner's address as a recipient key: their user key once they talked to Rapport, else the address. */
  recipientOf(ownerAddress: string): string;
  render(message: AlertMessage): unknown;
  conversationIdFor(recipientKey: string): string | undefined;
  thresholdDays: number;
  /** A channel's conversation id that gets the weekly digest too. */
  digestChannel?: string;
  now(): number;
}

export interface FinishedRun {
  runId: string;
  current: EnrichmentInsights;
}

/** Messages enqueued for the run; 0 when it was planned before. */
export async function enqueueRunAlerts(deps: RunAlertsDependencies, run: FinishedRun): Promise<number> {
  const { delivery } = deps;
  const owners = new Map<string, string>();
  for (const insight of run.current.accounts) {
    if (insight.account.owner) owners.set(insight.account.id, deps.recipientOf(insight.account.owner));
  }
  if (delivery.alerts.hasPlanned(run.runId)) return 0;
  const before = delivery.alerts.lastRun();
  const plan = planStaleAlerts({
    runId: run.runId, staleBefore: before ? new Set(before.staleAccountIds) : null, current: run.current, thresholdDays: deps.thresholdDays, owners,
    watchersOf: deps.watchersOf, snoozes: delivery.alerts.snoozes(), mutes: delivery.alerts.mutes(),
    now: deps.now(), lastDigestAt: delivery.alerts.lastDigestAt(),
    ...(deps.digestChannel ? { digestChannel: deps.digestChannel } : {}),
  });
  const committed = await delivery.commitRun({
    runId: run.runId, staleAccountIds: plan.staleAccountIds, includesDigest: plan.includesDigest,
    entries: outboxEntries(plan, deps.render, deps.conversationIdFor),
  });
  return committed?.enqueued ?? 0;
}

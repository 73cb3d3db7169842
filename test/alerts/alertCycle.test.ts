import { describe, expect, it } from 'vitest';
import { outboxEntries, planStaleAlerts, staleAccountIds } from '../../src/alerts/staleAlerts.js';
import { catalogFor } from '../../src/bot/catalog/catalog.js';
import { alertCard } from '../../src/bot/cardData/staleAlert.js';
import { DAY_MS } from '../../src/engagement/activity.js';
import type { EnrichmentInsights } from '../../src/engagement/insights.js';
import { openDeliveryStore, type DeliveryStore } from '../../src/store/delivery/deliveryStore.js';
import { tempDataDir } from '../store/storeFixtures.js';
import { AS_OF, insightsAt } from './insightsFixtures.js';

const catalog = catalogFor('en');

/** What the lead's after-run hook does: plan against the previous run, render, commit. */
async function afterRun(delivery: DeliveryStore, runId: string, previous: EnrichmentInsights | null, current: EnrichmentInsights, now: number) {
  const plan = planStaleAlerts({
    runId, staleBefore: previous && staleAccountIds(previous), current, now, lastDigestAt: delivery.alerts.lastDigestAt(),
    owners: new Map([['contoso', 'ann'], ['fabrikam', 'ann']]), watchersOf: () => ['bo'],
    snoozes: delivery.alerts.snoozes(), mutes: delivery.alerts.mutes(),
  });
  await delivery.commitRun({ runId, staleAccountIds: plan.staleAccountIds, includesDigest: plan.includesDigest, entries: outboxEntries(plan, (message) => alertCard(message, catalog), () => undefined) });
}

describe('snooze and mute between runs', () => {
  it('hold on the next run, read back from the delivery file', async () => {
    const dir = await tempDataDir();
    const run1 = insightsAt(AS_OF, [{ id: 'contoso', email: 5, meeting: 5 }, { id: 'fabrikam', email: 5, meeting: 5 }]);
    const run2 = insightsAt(AS_OF + 60 * DAY_MS, [{ id: 'contoso', email: 65, meeting: 65 }, { id: 'fabrikam', email: 65, meeting: 65 }]);
    const first = await openDeliveryStore(dir);
    await afterRun(first, 'r1', null, run1, AS_OF);
    expect(first.outbox.all()).toEqual([]);
    // Card actions between the runs: Ann snoozes Contoso for 30 days, Bo mutes Fabrikam.
    await first.alerts.snooze('ann', 'contoso', AS_OF + 30 * DAY_MS + 60 * DAY_MS);
    await first.alerts.mute('bo', 'fabrikam');
    await first.close();

    const second = await openDeliveryStore(dir);
    await afterRun(second, 'r2', run1, run2, AS_OF + 60 * DAY_MS);
    expect(second.outbox.all().map((entry) => `${entry.kind} ${entry.accountId} → ${entry.recipientKey}`)).toEqual([
      'staleAlert contoso → bo',
      'staleAlert fabrikam → ann',
    ]);
    expect(second.outbox.all()[0]!.payload).toMatchObject({ type: 'AdaptiveCard', version: '1.5' });
    await second.close();
  });
});

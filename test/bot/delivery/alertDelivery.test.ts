/**
 * Alerts wired into the bot: a finished run's alerts reach the owner and the watchers once
 * through the real CloudAdapter and a fake connector; snooze and mute from the card hold at
 * the next run; an unreachable watcher is reported, then served once they install the app;
 * introductions ride the same outbox.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { deliveryStatus } from '../../../src/alerts/deliveryStatus.js';
import { catalogFor } from '../../../src/bot/catalog/catalog.js';
import { AlertDelivery } from '../../../src/bot/delivery/alertDelivery.js';
import { DAY_MS } from '../../../src/engagement/activity.js';
import type { EnrichmentInsights } from '../../../src/engagement/insights.js';
import { openDeliveryStore, type DeliveryStore } from '../../../src/store/delivery/deliveryStore.js';
import type { RapportStore } from '../../../src/store/rapportStore.js';
import { deliveryRig, personalConversation, savePersonalReference } from '../../alerts/deliveryHarness.js';
import { startAlertConnector, type AlertConnector } from '../../alerts/fakeConnector.js';
import { AS_OF, insightsAt } from '../../alerts/insightsFixtures.js';
import { openTestStore, tempDataDir } from '../../store/storeFixtures.js';
import { silentLog } from '../conversations/fixtures.js';

const catalog = catalogFor('en-GB');
const running: { close(): Promise<void> }[] = [];
afterEach(async () => {
  for (const item of running.splice(0).reverse()) await item.close();
});

/** Contoso (owned by Ann, watched by Bo) and Fabrikam (watched by Bo), `daysQuiet` days after their last contact. */
function run(asOf: number, daysQuiet: number): EnrichmentInsights {
  const insights = insightsAt(asOf, [{ id: 'contoso', name: 'Contoso', email: daysQuiet, meeting: daysQuiet }, { id: 'fabrikam', name: 'Fabrikam', email: daysQuiet, meeting: daysQuiet }]);
  insights.accounts[0]!.account.owner = 'ann';
  return insights;
}

async function rigged(): Promise<{ store: RapportStore; delivery: DeliveryStore; connector: AlertConnector; alerts: AlertDelivery; setNow(to: number): void }> {
  const connector = await startAlertConnector();
  running.push(connector);
  const dir = await tempDataDir();
  const store = await openTestStore(dir);
  const delivery = await openDeliveryStore(dir);
  running.push(delivery);
  for (const user of ['ann', 'bo']) await savePersonalReference(store, connector, user);
  await store.preferences.watch('bo', 'contoso');
  await store.preferences.watch('bo', 'fabrikam');
  let now = AS_OF;
  const alerts = new AlertDelivery({ adapter: deliveryRig(store).adapter, appId: '', store, delivery, log: silentLog, thresholdDays: 60, now: () => now });
  return { store, delivery, connector, alerts, setNow: (to) => void (now = to) };
}

const sentTo = (delivery: DeliveryStore) => delivery.outbox.all().filter((entry) => entry.status === 'sent').map((entry) => `${entry.kind} ${entry.accountId ?? '-'} → ${entry.recipientKey}`).sort();

describe('alert delivery in the bot', () => {
  it('alerts the owner and the watchers of a newly stale account once, however often the run is reported', async () => {
    const { delivery, connector, alerts } = await rigged();
    await alerts.afterRun({ runId: 'r1', current: run(AS_OF, 5) });
    expect(await alerts.afterRun({ runId: 'r2', current: run(AS_OF + 61 * DAY_MS, 66) })).toBe(3);
    expect(await alerts.afterRun({ runId: 'r2', current: run(AS_OF + 61 * DAY_MS, 66) })).toBe(0);
    await alerts.worker.drain();
    expect(sentTo(delivery)).toEqual(['staleAlert contoso → ann', 'staleAlert contoso → bo', 'staleAlert fabrikam → bo']);
    expect(connector.accepted()).toBe(3);
    expect(connector.duplicates()).toBe(0);
    expect(connector.sendTimes.get(personalConversation('bo'))).toHaveLength(2);
  });

  it('plans, at start, a run saved just before a stop that never got its alerts, and only once', async () => {
    const { store, delivery, alerts } = await rigged();
    await alerts.afterRun({ runId: 'r1', current: run(AS_OF, 5) });
    const stale = run(AS_OF + 61 * DAY_MS, 66);
    await store.insights.saveForRun('r2', stale);
    await store.runs.record({ id: 'r2', startedAt: AS_OF, finishedAt: AS_OF, status: 'succeeded', mailboxes: 2, emails: 1, meetings: 1, accounts: 2 });
    expect(await alerts.catchUp()).toBe(3);
    expect(await alerts.catchUp()).toBe(0);
    await alerts.worker.drain();
    expect(sentTo(delivery)).toEqual(['staleAlert contoso → ann', 'staleAlert contoso → bo', 'staleAlert fabrikam → bo']);
  });

  it('honours snooze and mute (from the alert card or typed) at the next run', async () => {
    const { delivery, alerts } = await rigged();
    await alerts.afterRun({ runId: 'r1', current: run(AS_OF, 5) });
    expect(catalog.formatDate(await alerts.snooze('ann', 'contoso', 30))).toBe('3 Dec 2026');
    expect(await alerts.mute('bo', 'fabrikam')).toBe(true);
    expect(await alerts.mute('bo', 'fabrikam')).toBe(false);
    await alerts.afterRun({ runId: 'r2', current: run(AS_OF + 10 * DAY_MS, 66) });
    await alerts.worker.drain();
    expect(sentTo(delivery)).toEqual(['staleAlert contoso → bo']);
  });

  it('reports a watcher without a conversation as unreachable, and serves them once they install the app', async () => {
    const { store, delivery, connector, alerts } = await rigged();
    await store.preferences.watch('cy', 'contoso');
    await alerts.afterRun({ runId: 'r1', current: run(AS_OF, 5) });
    await alerts.afterRun({ runId: 'r2', current: run(AS_OF + 61 * DAY_MS, 66) });
    await alerts.worker.drain();
    expect(deliveryStatus(delivery.outbox.all())).toMatchObject({ unreachableUsers: ['cy'], unreachableMessages: 1 });

    await savePersonalReference(store, connector, 'cy');
    await alerts.reachable({ userKey: 'cy', name: 'Cy' });
    await alerts.worker.drain();
    expect(sentTo(delivery)).toContain('staleAlert contoso → cy');
    expect(deliveryStatus(delivery.outbox.all()).unreachableUsers).toEqual([]);
  });

  it('sends each introduction message through the outbox once, and says when the person cannot be reached', async () => {
    const { delivery, connector, alerts } = await rigged();
    const proactive = alerts.proactive();
    const card = { card: { type: 'AdaptiveCard' as const, version: '1.5', body: [{ type: 'TextBlock', text: 'Can you introduce me?' }] } };
    expect(await proactive.sendTo('ann', card)).toBe(true);
    expect(await proactive.sendTo('ann', card)).toBe(true);
    expect(await proactive.sendTo('nobody@contoso.example', card)).toBe(false);
    await alerts.worker.drain();
    expect(sentTo(delivery)).toEqual(['introduction - → ann', 'introduction - → ann']);
    expect(connector.accepted()).toBe(2);
    expect(connector.duplicates()).toBe(0);
  });

  it('keeps an admin notice for someone not reachable yet, and delivers it once they install the app', async () => {
    const { store, delivery, connector, alerts } = await rigged();
    const notice = { text: 'Please give consent.' };
    expect(await alerts.notify('ga', notice)).toBe(false);
    await alerts.worker.drain();
    expect(deliveryStatus(delivery.outbox.all()).unreachableUsers).toEqual(['ga']);
    await savePersonalReference(store, connector, 'ga');
    await alerts.reachable({ userKey: 'ga', name: 'Grace' });
    await alerts.worker.drain();
    expect(sentTo(delivery)).toEqual(['adminNotice - → ga']);
  });

  it('drops entries finished more than 30 days ago after a run, and keeps the rest', async () => {
    const { delivery, alerts, setNow } = await rigged();
    await alerts.proactive().sendTo('ann', { text: 'old' });
    await alerts.worker.drain();
    // The worker marks sends by the wall clock; 31 days later by that clock.
    setNow(Date.now() + 31 * DAY_MS);
    await alerts.proactive().sendTo('bo', { text: 'new' });
    await alerts.afterRun({ runId: 'r1', current: run(AS_OF + 31 * DAY_MS, 5) });
    expect(delivery.outbox.all().map((entry) => entry.recipientKey)).toEqual(['bo']);
  });
});

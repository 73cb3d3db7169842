import { afterEach, describe, expect, it } from 'vitest';
import { deliveryStatus } from '../../src/alerts/deliveryStatus.js';
import { openDeliveryStore } from '../../src/store/delivery/deliveryStore.js';
import { openTestStore, tempDataDir } from '../store/storeFixtures.js';
import { alertEntry, deliveryRig, saveGroupReference, savePersonalReference, teamsUserId } from './deliveryHarness.js';
import { startAlertConnector, type AlertConnector, type AlertConnectorOptions } from './fakeConnector.js';

const connectors: AlertConnector[] = [];
afterEach(async () => {
  await Promise.all(connectors.splice(0).map((connector) => connector.close()));
});

async function connector(options: AlertConnectorOptions): Promise<AlertConnector> {
  const started = await startAlertConnector(options);
  connectors.push(started);
  return started;
}

const FAST_TENANT = { conversation: [{ limit: 7, windowMs: 1_000, burst: 1 }, { limit: 60, windowMs: 30_000, burst: 10 }], tenant: [{ limit: 1_000, windowMs: 1_000, burst: 50 }] };

describe('the delivery worker through CloudAdapter and a fake connector', () => {
  it('delivers every alert exactly once through 429s and 503s, never faster than 7 a second per conversation', async () => {
    const faulty = (key: string | undefined) => Number(key?.split('-').at(-1) ?? 0);
    const fake = await connector({
      latencyMs: 5,
      fault: ({ key, attempt }) => {
        if (attempt > 1) return null;
        if (faulty(key) % 5 === 0) return { status: 429, retryAfter: '0.3' };
        if (faulty(key) % 7 === 0) return { status: 503 };
        return null;
      },
    });
    const dir = await tempDataDir();
    const store = await openTestStore(dir);
    const users = Array.from({ length: 12 }, (_, i) => `user-${i}`);
    for (const user of users) await savePersonalReference(store, fake, user);
    const delivery = await openDeliveryStore(dir);
    const keys = users.flatMap((user) => Array.from({ length: 8 }, (_, i) => `${user}-alert-${i}`));
    await delivery.outbox.enqueue(keys.map((key) => alertEntry(key, key.split('-alert-')[0]!)), Date.now());
    const rig = deliveryRig(store);

    const summary = await rig.worker(delivery).drain();

    expect(fake.faultsInjected).toBeGreaterThan(20);
    expect([...fake.deliveries.keys()].sort()).toEqual([...keys].sort());
    expect(fake.duplicates()).toBe(0);
    expect(fake.highestConversationRate(1_000)).toBeLessThanOrEqual(7);
    expect(summary).toMatchObject({ sent: 96, dead: 0, unreachable: 0 });
    expect(summary.retried).toBe(fake.faultsInjected);
    expect(deliveryStatus(delivery.outbox.all())).toMatchObject({ total: 96, sent: 96, pending: 0, retrying: 0, dead: 0 });
    expect(rig.turnErrors).toEqual([]);
    await delivery.close();
  });

  it('dead-letters after the last attempt, reports the unreachable, and opens a 1:1 chat where the app is installed', async () => {
    const fake = await connector({
      installed: [teamsUserId('only-group')],
      fault: ({ conversationId }) => {
        if (conversationId === 'a:1-always-busy') return { status: 503 };
        if (conversationId === 'a:1-blocked') return { status: 403 };
        return null;
      },
    });
    const dir = await tempDataDir();
    const store = await openTestStore(dir);
    await savePersonalReference(store, fake, 'always-busy');
    await savePersonalReference(store, fake, 'blocked');
    await saveGroupReference(store, fake, 'only-group');
    await saveGroupReference(store, fake, 'not-installed');
    const delivery = await openDeliveryStore(dir);
    await delivery.outbox.enqueue([
      alertEntry('k-busy', 'always-busy'), alertEntry('k-blocked', 'blocked'), alertEntry('k-group-1', 'only-group'), alertEntry('k-group-2', 'only-group'),
      alertEntry('k-stranger', 'never-seen'), alertEntry('k-not-installed', 'not-installed'),
    ], Date.now());
    const rig = deliveryRig(store);

    await rig.worker(delivery, { limits: FAST_TENANT, retry: { maxAttempts: 3, baseDelayMs: 10, maxDelayMs: 40, maxRetryAfterMs: 1_000 } }).drain();

    const status = deliveryStatus(delivery.outbox.all());
    expect(status).toMatchObject({ sent: 2, dead: 2, unreachableUsers: ['never-seen', 'not-installed'], unreachableMessages: 2 });
    expect(status.deadReasons.map((reason) => reason.reason).sort()).toEqual(['gave up after 3 attempts: 503 ServiceUnavailable', 'permanent: 403 ServiceUnavailable']);
    expect(delivery.outbox.get('k-busy')).toMatchObject({ status: 'dead', attempts: 3, lastStatusCode: 503 });
    // The first message opened the chat and stored it; the second went through the stored reference.
    expect(fake.conversationsCreated).toEqual([`a:created-${teamsUserId('only-group')}`]);
    expect(store.references.personalFor('only-group')?.reference).toMatchObject({ conversation: { id: `a:created-${teamsUserId('only-group')}` } });
    expect(fake.deliveries).toEqual(new Map([['k-group-1', 1], ['k-group-2', 1]]));
    expect(rig.events.filter((event) => event.event === 'deadLettered').map((event) => event.key).sort()).toEqual(['k-blocked', 'k-busy']);
    expect(rig.turnErrors).toEqual([]);
    await delivery.close();
  });

  it('a worker stopped mid-batch and a new one on the reopened store deliver everything once', async () => {
    const fake = await connector({ latencyMs: 5 });
    const dir = await tempDataDir();
    const store = await openTestStore(dir);
    const users = Array.from({ length: 30 }, (_, i) => `user-${i}`);
    for (const user of users) await savePersonalReference(store, fake, user);
    const keys = users.flatMap((user) => Array.from({ length: 10 }, (_, i) => `${user}-alert-${i}`));
    const first = await openDeliveryStore(dir);
    await first.outbox.enqueue(keys.map((key) => alertEntry(key, key.split('-alert-')[0]!)), Date.now());
    const rig = deliveryRig(store);

    const stop = new AbortController();
    const draining = rig.worker(first, { limits: FAST_TENANT }).drain(stop.signal);
    while (fake.accepted() < 100) await new Promise((resolve) => setTimeout(resolve, 5));
    stop.abort();
    const firstSummary = await draining;
    await first.close();
    expect(firstSummary.sent).toBeLessThan(keys.length);
    expect(firstSummary.sent).toBe(fake.accepted());

    const second = await openDeliveryStore(dir);
    expect(deliveryStatus(second.outbox.all())).toMatchObject({ sent: firstSummary.sent, pending: keys.length - firstSummary.sent });
    const secondSummary = await rig.worker(second, { limits: FAST_TENANT }).drain();
    expect(secondSummary).toMatchObject({ recovered: 0, sent: keys.length - firstSummary.sent });
    expect(fake.deliveries.size).toBe(keys.length);
    expect(fake.duplicates()).toBe(0);
    await second.close();
  });
});

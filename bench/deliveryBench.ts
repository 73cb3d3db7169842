/**
 * Proactive delivery: BENCH_ALERTS alerts (10,000) to BENCH_USERS users (2,000) through the
 * real path (delivery store on disk, DeliveryWorker, Teams transport, CloudAdapter) to a
 * fake connector with 20 ms latency. Prints delivered/s, duplicates, the highest
 * per-conversation count in any 1 s window, and wall time over the lower bound the limits
 * allow: max(requests / 50 per s, the slowest conversation's own bound) + one latency.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TEAMS_RATE_LIMITS } from '../src/alerts/rateLimits.js';
import type { AlertMessage } from '../src/alerts/staleAlerts.js';
import { idempotencyKey } from '../src/alerts/staleAlerts.js';
import { catalogFor } from '../src/bot/catalog/catalog.js';
import { alertCard } from '../src/bot/cardData/staleAlert.js';
import { openDeliveryStore } from '../src/store/delivery/deliveryStore.js';
import { openStore } from '../src/store/rapportStore.js';
import { deliveryRig, savePersonalReference } from '../test/alerts/deliveryHarness.js';
import { startAlertConnector } from '../test/alerts/fakeConnector.js';
import { report } from './report.js';

const alerts = Number(process.env['BENCH_ALERTS'] ?? 10_000);
const users = Number(process.env['BENCH_USERS'] ?? 2_000);
const LATENCY_MS = 20;
const AS_OF = Date.parse('2026-11-03T00:00:00Z');

/** The least time `messages` sends to one conversation take under its window limits. */
function conversationBoundMs(messages: number): number {
  return Math.max(0, ...TEAMS_RATE_LIMITS.conversation.map(({ limit, windowMs }) => Math.floor((messages - 1) / limit) * windowMs));
}

const dataDir = await mkdtemp(join(tmpdir(), 'rapport-delivery-bench-'));
const connector = await startAlertConnector({ latencyMs: LATENCY_MS });
try {
  const store = await openStore(dataDir);
  const userKeys = Array.from({ length: users }, (_, i) => `user-${i}`);
  await Promise.all(userKeys.map((userKey) => savePersonalReference(store, connector, userKey)));
  const catalog = catalogFor('en');
  const perUser = new Map<string, number>();
  const entries = Array.from({ length: alerts }, (_, i) => {
    const recipientKey = userKeys[i % users]!;
    perUser.set(recipientKey, (perUser.get(recipientKey) ?? 0) + 1);
    const accountId = `account-${i}`;
    const message: AlertMessage = {
      kind: 'staleAlert', key: idempotencyKey('bench', 'staleAlert', accountId, recipientKey), recipientKey, asOf: AS_OF, windowDays: 365, thresholdDays: 60,
      account: { accountId, accountName: `Account ${i} Holdings`, daysSinceLastEmail: 61 + (i % 30), daysSinceLastMeeting: null, lastContact: { address: `seller${i % 50}@us.example`, name: `Seller ${i % 50}`, at: AS_OF - 61 * 86_400_000 } },
    };
    return { key: message.key, recipientKey, kind: 'staleAlert', accountId, payload: alertCard(message, catalog) };
  });
  const delivery = await openDeliveryStore(dataDir);
  await delivery.outbox.enqueue(entries, Date.now());
  const rig = deliveryRig(store);

  const started = performance.now();
  const summary = await rig.worker(delivery).drain();
  const wallMs = performance.now() - started;

  const tenantBoundMs = (alerts / 50) * 1000;
  const lowerBoundMs = Math.max(tenantBoundMs, conversationBoundMs(Math.max(...perUser.values()))) + LATENCY_MS;
  report('delivery', {
    alerts, users, latencyMs: LATENCY_MS,
    delivered: connector.accepted(),
    deliveredPerSecond: Math.round((connector.accepted() / wallMs) * 1000 * 10) / 10,
    duplicates: connector.duplicates(),
    highestPerConversationIn1s: connector.highestConversationRate(1_000),
    highestTenantIn1s: connector.highestTenantRate(1_000),
    wallSeconds: Math.round(wallMs / 100) / 10,
    lowerBoundSeconds: Math.round(lowerBoundMs / 100) / 10,
    ratioToLowerBound: Math.round((wallMs / lowerBoundMs) * 100) / 100,
    dead: summary.dead,
    unreachable: summary.unreachable,
  });
  await delivery.close();
  await store.close();
} finally {
  await connector.close();
  await rm(dataDir, { recursive: true, force: true });
}

/**
 * The whole delivery path for tests and the benchmark: the real delivery store on disk,
 * the real Rapport store's conversation references, a real anonymous CloudAdapter, the
 * Teams transport, and the fake connector over HTTP.
 */
import { CloudAdapter, ConfigurationBotFrameworkAuthentication } from 'botbuilder';
import { systemClock } from '../../src/alerts/clock.js';
import { DeliveryWorker, type DeliveryEvent } from '../../src/alerts/deliveryWorker.js';
import { RateLimits, type RateLimitConfig } from '../../src/alerts/rateLimits.js';
import type { RetryPolicy } from '../../src/alerts/retryPolicy.js';
import { teamsTransport, type TeamsTransport } from '../../src/bot/delivery/teamsTransport.js';
import type { DeliveryStore, NewOutboxEntry } from '../../src/store/delivery/deliveryStore.js';
import type { RapportStore } from '../../src/store/rapportStore.js';
import type { AlertConnector } from './fakeConnector.js';

export const TENANT_ID = '11111111-2222-3333-4444-555555555555';
export const BOT = { id: '28:rapport-bot', name: 'Rapport' };

export const personalConversation = (userKey: string): string => `a:1-${userKey}`;
export const teamsUserId = (userKey: string): string => `29:${userKey}`;

function reference(connector: AlertConnector, userKey: string, conversation: { id: string; conversationType: string; isGroup: boolean }) {
  return {
    serviceUrl: connector.serviceUrl, channelId: 'msteams', bot: BOT,
    user: { id: teamsUserId(userKey), name: userKey, aadObjectId: userKey },
    conversation: { ...conversation, tenantId: TENANT_ID, name: '' },
  };
}

/** The user's 1:1 chat with the bot, as RapportBot stores it on install. */
export function savePersonalReference(store: RapportStore, connector: AlertConnector, userKey: string): Promise<void> {
  return store.references.save({
    userKey, aadObjectId: userKey, conversationType: 'personal', updatedAt: 1,
    reference: reference(connector, userKey, { id: personalConversation(userKey), conversationType: 'personal', isGroup: false }),
  });
}

/** Only a group chat the user wrote in: no 1:1 chat yet. */
export function saveGroupReference(store: RapportStore, connector: AlertConnector, userKey: string): Promise<void> {
  return store.references.save({
    userKey, aadObjectId: userKey, conversationType: 'groupChat', updatedAt: 1,
    reference: reference(connector, userKey, { id: `19:group-${userKey}@thread.v2`, conversationType: 'groupChat', isGroup: true }),
  });
}

export function alertEntry(key: string, recipientKey: string): NewOutboxEntry {
  return { key, recipientKey, kind: 'staleAlert', accountId: 'acc', payload: { type: 'AdaptiveCard', version: '1.5', body: [{ type: 'TextBlock', text: key }] } };
}

export interface DeliveryRig {
  adapter: CloudAdapter;
  transport: TeamsTransport;
  /** Errors the adapter handed to onTurnError (the transport must leave none). */
  turnErrors: Error[];
  events: DeliveryEvent[];
  worker(delivery: DeliveryStore, options?: { limits?: RateLimitConfig; retry?: RetryPolicy; concurrency?: number }): DeliveryWorker;
}

export function deliveryRig(store: RapportStore): DeliveryRig {
  const adapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication({}));
  const turnErrors: Error[] = [];
  adapter.onTurnError = async (_context, error) => void turnErrors.push(error);
  const transport = teamsTransport({ adapter, references: store.references, appId: '', now: Date.now });
  const events: DeliveryEvent[] = [];
  let seed = 42;
  const random = (): number => ((seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31);
  return {
    adapter, transport, turnErrors, events,
    worker: (delivery, options = {}) => new DeliveryWorker({
      outbox: delivery.outbox, transport, random, log: (event) => events.push(event),
      ...(options.limits ? { limits: new RateLimits(options.limits, systemClock) } : {}),
      ...(options.retry ? { retry: options.retry } : {}),
      ...(options.concurrency ? { concurrency: options.concurrency } : {}),
    }),
  };
}

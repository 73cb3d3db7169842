/**
 * Proactive delivery wired into the bot: the worker over the Teams transport, the alerts a
 * finished run causes, snooze and mute from the alert card, a recipient who installs the app
 * getting what could not reach them, and introductions sent through the same outbox.
 */
import { createHash, randomInt } from 'node:crypto';
import type { CloudAdapter } from 'botbuilder';
import type { Logger } from 'pino';
import { deliveryStatus, type DeliveryStatus } from '../../alerts/deliveryStatus.js';
import { DeliveryWorker } from '../../alerts/deliveryWorker.js';
import { enqueueRunAlerts, type FinishedRun } from '../../alerts/runAlerts.js';
import { DAY_MS } from '../../engagement/activity.js';
import type { DeliveryStore } from '../../store/delivery/deliveryStore.js';
import type { RapportStore } from '../../store/rapportStore.js';
import type { ActionOutcome } from '../cardActions.js';
import type { Catalog } from '../catalog/catalog.js';
import { catalogFor } from '../catalog/catalog.js';
import { alertCard, SNOOZE_DAYS } from '../cardData/staleAlert.js';
import type { Proactive } from '../proactive.js';
import type { Asker, Reply } from '../turn.js';
import { renderCard } from '../cards.js';
import { messageCardData } from '../cardData/message.js';
import { teamsTransport, type TeamsTransport } from './teamsTransport.js';

export interface AlertDeliveryOptions {
  adapter: CloudAdapter;
  appId: string;
  store: RapportStore;
  delivery: DeliveryStore;
  log: Logger;
  thresholdDays: number;
  digestChannel?: string;
  now?: () => number;
}

const ALERT_VERBS = new Set(['snoozeAccount', 'muteAccount']);
const MAX_SNOOZE_DAYS = 365;

export class AlertDelivery {
  readonly worker: DeliveryWorker;
  private readonly transport: TeamsTransport;
  private readonly now: () => number;

  constructor(private readonly options: AlertDeliveryOptions) {
    this.now = options.now ?? Date.now;
    this.transport = teamsTransport({ adapter: options.adapter, references: options.store.references, appId: options.appId, now: this.now });
    this.worker = new DeliveryWorker({
      outbox: options.delivery.outbox, transport: this.transport, random: () => randomInt(1_000_000) / 1_000_000,
      log: (event) => (event.event === 'retry' ? options.log.debug(event, 'delivery retry') : options.log.info(event, 'delivery')),
    });
  }

  start(): void {
    this.worker.start();
  }

  async stop(): Promise<void> {
    await this.worker.stop();
  }

  /** Plans and enqueues the run's alerts, then wakes the worker. */
  async afterRun(run: FinishedRun): Promise<number> {
    const { store, delivery } = this.options;
    const catalog = catalogFor(undefined);
    const enqueued = await enqueueRunAlerts({
      delivery, thresholdDays: this.options.thresholdDays, now: this.now,
      watchersOf: (accountId) => store.preferences.watchersOf(accountId),
      recipientOf: (owner) => store.references.personalFor(owner)?.userKey ?? owner.toLowerCase(),
      render: (message) => alertCard(message, catalog),
      conversationIdFor: (recipientKey) => this.transport.conversationIdFor(recipientKey),
      ...(this.options.digestChannel ? { digestChannel: this.options.digestChannel } : {}),
    }, run);
    this.options.log.info({ runId: run.runId, enqueued }, 'alerts planned');
    this.worker.notify();
    return enqueued;
  }

  /** The user installed the app (or wrote to it): what could not reach them is sent now. */
  async reachable(asker: Asker): Promise<void> {
    const outbox = this.options.delivery.outbox;
    let requeued = 0;
    for (const key of new Set([asker.userKey, asker.email, asker.aadObjectId].filter((key): key is string => Boolean(key)))) {
      requeued += await outbox.requeueUnreachable(key, this.now());
    }
    if (requeued > 0) this.worker.notify();
  }

  status(): DeliveryStatus {
    return deliveryStatus(this.options.delivery.outbox.all());
  }

  handlesVerb(verb: string): boolean {
    return ALERT_VERBS.has(verb);
  }

  /** Snooze and mute are the asker's own: they hold from the next run on. */
  async handleAction(verb: string, data: Record<string, unknown>, asker: Asker, catalog: Catalog): Promise<ActionOutcome> {
    const accountId = typeof data.accountId === 'string' ? data.accountId : '';
    if (!accountId) return { notice: catalog.t('error.generic') };
    const account = (await this.options.store.insights.current())?.accounts.find((insight) => insight.account.id === accountId)?.account.name ?? accountId;
    if (verb === 'muteAccount') {
      await this.options.delivery.alerts.mute(asker.userKey, accountId);
      return { notice: catalog.t('alert.muted', { account }) };
    }
    const days = Math.min(MAX_SNOOZE_DAYS, Math.max(1, Math.round(Number(data.days) || SNOOZE_DAYS)));
    const until = this.now() + days * DAY_MS;
    await this.options.delivery.alerts.snooze(asker.userKey, accountId, until);
    return { notice: catalog.t('alert.snoozed', { account, date: catalog.formatDate(until) }) };
  }

  /** Introduction requests and answers ride the outbox: exactly once, within the limits, retried. */
  proactive(): Proactive {
    return {
      sendTo: async (personKey: string, reply: Reply) => {
        const references = this.options.store.references;
        const known = references.personalFor(personKey) ?? references.all().find((ref) => ref.userKey === personKey || ref.email === personKey.toLowerCase());
        if (!known) return false;
        const payload = 'card' in reply ? reply.card : renderCard('message', messageCardData({ title: 'Rapport', text: reply.text }));
        const key = `intro:${createHash('sha256').update(`${known.userKey}\n${JSON.stringify(payload)}`).digest('base64url')}`;
        const conversationId = this.transport.conversationIdFor(known.userKey);
        await this.options.delivery.outbox.enqueue([{
          key, recipientKey: known.userKey, kind: 'introduction', payload, ...(conversationId ? { conversationId } : {}),
        }], this.now());
        this.worker.notify();
        return true;
      },
    };
  }
}

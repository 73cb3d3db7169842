/**
 * Proactive delivery wired into the bot: the worker over the Teams transport, the alerts a
 * finished run causes, snooze and mute (from the alert card or typed), a recipient who installs the app
 * getting what could not reach them, and introductions sent through the same outbox.
 */
import { randomInt, randomUUID } from 'node:crypto';
import type { CloudAdapter } from 'botbuilder';
import type { Logger } from 'pino';
import { deliveryStatus, type DeliveryStatus } from '../../alerts/deliveryStatus.js';
import { DeliveryWorker } from '../../alerts/deliveryWorker.js';
import { enqueueRunAlerts, type FinishedRun } from '../../alerts/runAlerts.js';
import { DAY_MS } from '../../engagement/activity.js';
import type { DeliveryStore } from '../../store/delivery/deliveryStore.js';
import type { RapportStore } from '../../store/rapportStore.js';
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

const MAX_SNOOZE_DAYS = 365;
/** Finished entries (sent, dead, unreachable) are kept this long for "delivery status", then dropped. */
const OUTBOX_RETENTION_MS = 30 * DAY_MS;

export class AlertDelivery {
  readonly worker: DeliveryWorker;
  private readonly transport: TeamsTransport;
  private readonly now: () => number;

  constructor(private readonly options: AlertDeliveryOptions) {
    this.now = options.now ?? Date.now;
    this.transport = teamsTransport({ adapter: options.adapter, references: options.store.references, appId: options.appId, now: this.now });
    this.worker = new DeliveryWorker({
      outbox: options.delivery.outbox, transport: this.transport, random: () => randomInt(1_000_000) / 1_000_000,
      log: (event) => {
        if (event.event === 'retry') options.log.debug(event, 'delivery retry');
        else if (event.event === 'failed') options.log.error(event, 'delivery worker failed; restarting');
        else options.log.info(event, 'delivery');
      },
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
    const pruned = await delivery.outbox.prune(this.now() - OUTBOX_RETENTION_MS) + await delivery.alerts.pruneExpiredSnoozes(this.now());
    this.options.log.info({ runId: run.runId, enqueued, pruned }, 'alerts planned');
    this.worker.notify();
    return enqueued;
  }

  /** Plans the latest succeeded run if it never was (the process stopped between saving it and planning its alerts). */
  async catchUp(): Promise<number> {
    const { store } = this.options;
    const run = store.runs.history(20).find((record) => record.status === 'succeeded');
    const current = run ? await store.insights.current() : null;
    return run && current ? this.afterRun({ runId: run.id, current }) : 0;
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

  /** Snoozes the account's alerts for the user (clamped to 1..365 days); resolves with the time it ends. Holds from the next run on. */
  async snooze(userKey: string, accountId: string, days: number = SNOOZE_DAYS): Promise<number> {
    const until = this.now() + Math.min(MAX_SNOOZE_DAYS, Math.max(1, Math.round(days))) * DAY_MS;
    await this.options.delivery.alerts.snooze(userKey, accountId, until);
    return until;
  }

  /** False when the user had already muted the account. */
  mute(userKey: string, accountId: string): Promise<boolean> {
    return this.options.delivery.alerts.mute(userKey, accountId);
  }

  /** False when the user had not muted the account. */
  unmute(userKey: string, accountId: string): Promise<boolean> {
    return this.options.delivery.alerts.unmute(userKey, accountId);
  }

  /**
   * Introduction requests and answers ride the outbox: exactly once, within the limits,
   * retried. Someone Rapport has never talked with is not reachable (false, nothing queued).
   */
  proactive(): Proactive {
    return {
      sendTo: async (personKey: string, reply: Reply) => {
        const known = this.options.store.references.anyFor(personKey);
        if (!known) return false;
        await this.enqueue(known.userKey, 'introduction', reply);
        return true;
      },
    };
  }

  /**
   * An admin notification (a consent request): queued even for someone Rapport cannot reach
   * yet, who gets it once they install the app. False when it could not go out now.
   */
  async notify(personKey: string, reply: Reply): Promise<boolean> {
    const known = this.options.store.references.personalFor(personKey);
    await this.enqueue(known?.userKey ?? personKey.toLowerCase(), 'adminNotice', reply);
    return known !== undefined;
  }

  private async enqueue(recipientKey: string, kind: string, reply: Reply): Promise<void> {
    const payload = 'card' in reply ? reply.card : renderCard('message', messageCardData({ title: 'Rapport', text: reply.text }));
    const conversationId = this.transport.conversationIdFor(recipientKey);
    // Each call is one message: a second, identical answer to another request is a message of its own.
    await this.options.delivery.outbox.enqueue([{
      key: `${kind}:${randomUUID()}`, recipientKey, kind, payload, ...(conversationId ? { conversationId } : {}),
    }], this.now());
    this.worker.notify();
  }
}

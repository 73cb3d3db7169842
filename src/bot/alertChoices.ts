/**
 * Snoozing, muting and unmuting an account's stale alerts: typed ("snooze Woodgrove",
 * "mute Contoso") or from the alert card's buttons, with the same effect through AlertDelivery.
 */
import type { ActionOutcome } from './cardActions.js';
import type { Catalog } from './catalog/catalog.js';
import type { AlertDelivery } from './delivery/alertDelivery.js';
import type { InsightsView } from './insightsView.js';
import type { AccountQuestion, SellerAnswers } from './sellerAnswers.js';
import { message, type Asker, type Reply } from './turn.js';

export type AlertChoice = { kind: 'snooze'; days?: number } | { kind: 'mute' } | { kind: 'unmute' };

export interface AlertChoiceDependencies {
  /** Without delivery (no outbox configured) there are no alerts to snooze or mute. */
  delivery: AlertDelivery | null;
  answers: SellerAnswers;
  view(): InsightsView | null;
}

export class AlertChoices {
  constructor(private readonly deps: AlertChoiceDependencies) {}

  async typed(choice: AlertChoice, question: AccountQuestion, asker: Asker, catalog: Catalog): Promise<Reply> {
    const delivery = this.deps.delivery;
    if (!delivery) return message(catalog.t('commands.alertsOffTitle'), catalog.t('commands.alertsOff'), 'neutral');
    return this.deps.answers.withAccount(question, catalog, async (_view, insight) => {
      const { text, changed } = await this.apply(delivery, choice, insight.account.id, insight.account.name, asker, catalog);
      return message(catalog.t(changed ? 'confirm.title' : 'watches.title'), text, changed ? 'success' : 'neutral');
    });
  }

  /** The alert card's buttons: the account may have left the results since; its id is what the alerts know. */
  async fromCard(choice: AlertChoice, accountId: string, asker: Asker, catalog: Catalog): Promise<ActionOutcome> {
    const delivery = this.deps.delivery;
    if (!delivery) return { notice: catalog.t('commands.alertsOff') };
    const account = this.deps.view()?.account(accountId)?.account.name ?? accountId;
    return { notice: (await this.apply(delivery, choice, accountId, account, asker, catalog)).text };
  }

  private async apply(delivery: AlertDelivery, choice: AlertChoice, accountId: string, account: string, asker: Asker, catalog: Catalog): Promise<{ text: string; changed: boolean }> {
    switch (choice.kind) {
      case 'snooze': {
        const until = await delivery.snooze(asker.userKey, accountId, choice.days);
        return { text: catalog.t('alert.snoozed', { account, date: catalog.formatDate(until) }), changed: true };
      }
      case 'mute':
        await delivery.mute(asker.userKey, accountId);
        return { text: catalog.t('alert.muted', { account }), changed: true };
      case 'unmute': {
        const unmuted = await delivery.unmute(asker.userKey, accountId);
        return { text: catalog.t(unmuted ? 'commands.unmuted' : 'commands.notMuted', { account }), changed: unmuted };
      }
    }
  }
}

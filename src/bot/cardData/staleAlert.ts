/** Data for `cards/staleAlert.json` (an account went quiet), the "back to life" note, and the outbox payload of each planned message. */
import type { AlertMessage, LastContact } from '../../alerts/staleAlerts.js';
import type { Catalog } from '../catalog/catalog.js';
import { escapeMarkdown, renderCard, type AdaptiveCard } from '../cards.js';
import { messageCardData, type MessageInput } from './message.js';
import { staleDigestCardData } from './staleDigest.js';
import { clipText, daysAgo, fallbackText, freshnessText, type Fact } from './shared.js';

export const SNOOZE_DAYS = 30;
/** Cut like the lists do: the account's own card shows the whole name. */
export const ALERT_NAME_MAX_LENGTH = 100;

type StaleAlertMessage = Extract<AlertMessage, { kind: 'staleAlert' }>;
type BackToLifeMessage = Extract<AlertMessage, { kind: 'backToLife' }>;

export interface StaleAlertCardData {
  fallbackText: string;
  title: string;
  text: string;
  facts: Fact[];
  freshness: string;
  accountId: string;
  snoozeDays: number;
  snoozeTitle: string;
  muteTitle: string;
  whoKnowsTitle: string;
  engagementTitle: string;
}

export function staleAlertCardData(message: StaleAlertMessage, catalog: Catalog): StaleAlertCardData {
  const { account } = message;
  const name = escapeMarkdown(clipText(account.accountName, ALERT_NAME_MAX_LENGTH));
  const title = catalog.t('alert.staleTitle', { account: name });
  const text = catalog.t('alert.staleText', { account: name, days: message.thresholdDays });
  return {
    fallbackText: fallbackText(title, text),
    title,
    text,
    facts: [
      { title: catalog.t('alert.lastEmail'), value: catalog.formatRelativeDays(account.daysSinceLastEmail) },
      { title: catalog.t('alert.lastMeeting'), value: catalog.formatRelativeDays(account.daysSinceLastMeeting) },
      { title: catalog.t('alert.lastContact'), value: lastContactText(account.lastContact, message.asOf, catalog) },
    ],
    freshness: freshnessText(catalog, message.asOf, message.windowDays),
    accountId: account.accountId,
    snoozeDays: SNOOZE_DAYS,
    snoozeTitle: catalog.t('alert.snooze'),
    muteTitle: catalog.t('alert.mute'),
    whoKnowsTitle: catalog.t('alert.whoKnows'),
    engagementTitle: catalog.t('alert.engagement'),
  };
}

/** For `cards/message.json`, which escapes its text itself. */
export function backToLifeMessage(message: BackToLifeMessage, catalog: Catalog): MessageInput {
  const account = clipText(message.account.accountName, ALERT_NAME_MAX_LENGTH);
  return { title: catalog.t('alert.backTitle', { account }), text: catalog.t('alert.backText', { account, days: message.thresholdDays }), tone: 'success' };
}

/** The Adaptive Card a planned message is sent as (the outbox entry's payload). */
export function alertCard(message: AlertMessage, catalog: Catalog): AdaptiveCard {
  switch (message.kind) {
    case 'staleAlert': return renderCard('staleAlert', staleAlertCardData(message, catalog));
    case 'backToLife': return renderCard('message', messageCardData(backToLifeMessage(message, catalog)));
    case 'digest': return renderCard('staleDigest', staleDigestCardData(message, catalog));
  }
}

function lastContactText(contact: LastContact | null, asOf: number, catalog: Catalog): string {
  if (contact === null) return catalog.t('alert.nobody');
  const name = escapeMarkdown(clipText(contact.name ?? contact.address, ALERT_NAME_MAX_LENGTH));
  return catalog.t('alert.lastContactValue', { name, when: catalog.formatRelativeDays(daysAgo(contact.at, asOf)) });
}

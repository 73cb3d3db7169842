/** Data for `cards/staleDigest.json`: the weekly list of accounts still quiet, for a person or a channel. */
import type { AlertMessage } from '../../alerts/staleAlerts.js';
import type { Catalog } from '../catalog/catalog.js';
import { escapeMarkdown } from '../cards.js';
import { clipText, fallbackText, freshnessText } from './shared.js';

type DigestMessage = Extract<AlertMessage, { kind: 'digest' }>;

export const DIGEST_MAX_ROWS = 20;
export const DIGEST_NAME_MAX_LENGTH = 100;

export interface StaleDigestCardData {
  fallbackText: string;
  title: string;
  text: string;
  rows: { accountId: string; name: string; detail: string }[];
  hasMore: boolean;
  moreText: string;
  freshness: string;
}

export function staleDigestCardData(message: DigestMessage, catalog: Catalog): StaleDigestCardData {
  const shown = message.accounts.slice(0, DIGEST_MAX_ROWS);
  const hidden = message.accounts.length - shown.length;
  const title = catalog.t(message.audience === 'channel' ? 'digest.channelTitle' : 'digest.title');
  const text = catalog.t('digest.text', { days: message.thresholdDays });
  return {
    fallbackText: fallbackText(title, text),
    title,
    text,
    rows: shown.map((account) => ({
      accountId: account.accountId,
      name: escapeMarkdown(clipText(account.accountName, DIGEST_NAME_MAX_LENGTH)),
      detail: catalog.t('digest.row', {
        email: catalog.formatRelativeDays(account.daysSinceLastEmail),
        meeting: catalog.formatRelativeDays(account.daysSinceLastMeeting),
      }),
    })),
    hasMore: hidden > 0,
    moreText: hidden > 0 ? catalog.t('digest.more', { count: hidden }) : '',
    freshness: freshnessText(catalog, message.asOf, message.windowDays),
  };
}

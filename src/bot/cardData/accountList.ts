/** Data for `cards/accountList.json`: "stale accounts", "top accounts", "segment EXPRESSION". */
import type { Timestamp } from '../../engagement/activity.js';
import type { EngagementRow } from '../../engagement/columns.js';
import type { Catalog } from '../catalog/catalog.js';
import { escapeMarkdown } from '../cards.js';
import { clipText, fallbackText, freshnessText } from './shared.js';

export const ACCOUNT_LIST_MAX_ROWS = 20;
/**
 * Names are cut in the list (the account's own card shows them whole): twenty rows of
 * 256-character names in a three-byte script would leave the card barely under Teams' limit.
 */
export const LIST_NAME_MAX_LENGTH = 100;

export type AccountListKind =
  | { kind: 'stale'; thresholdDays: number }
  | { kind: 'top' }
  | { kind: 'segment'; expression: string; csvUrl?: string };

export type AccountListInput = AccountListKind & {
  /** Year rows, in the order to show; only the first 20 are listed. */
  rows: readonly EngagementRow[];
  asOf: Timestamp;
  windowDays: number;
};

export interface AccountListCardData {
  fallbackText: string;
  title: string;
  countText: string;
  rows: { accountId: string; name: string; detail: string }[];
  isEmpty: boolean;
  emptyText: string;
  hasCsv: boolean;
  csvTitle: string;
  csvUrl: string;
  freshness: string;
}

function titleOf(list: AccountListKind, catalog: Catalog): string {
  switch (list.kind) {
    case 'stale': return catalog.t('list.staleTitle', { days: list.thresholdDays });
    case 'top': return catalog.t('list.topTitle');
    case 'segment': return catalog.t('list.segmentTitle', { expression: escapeMarkdown(list.expression) });
  }
}

export function accountListCardData(list: AccountListInput, catalog: Catalog): AccountListCardData {
  const shown = list.rows.slice(0, ACCOUNT_LIST_MAX_ROWS);
  const total = catalog.t('list.count', { count: list.rows.length });
  const csvUrl = list.kind === 'segment' ? list.csvUrl ?? '' : '';
  const title = titleOf(list, catalog);
  const countText = shown.length < list.rows.length ? catalog.t('list.showing', { shown: shown.length, total }) : total;
  return {
    fallbackText: fallbackText(title, countText),
    title,
    countText,
    rows: shown.map((row) => ({
      accountId: row.AccountId,
      name: escapeMarkdown(clipText(row.AccountName, LIST_NAME_MAX_LENGTH)),
      detail: catalog.t('list.rowDetail', {
        score: row.EngagementScore,
        email: catalog.formatRelativeDays(row.DaysSinceLastEmail),
        meeting: catalog.formatRelativeDays(row.DaysSinceLastMeeting),
      }),
    })),
    isEmpty: shown.length === 0,
    emptyText: catalog.t('list.empty'),
    hasCsv: csvUrl !== '',
    csvTitle: catalog.t('list.downloadCsv'),
    csvUrl,
    freshness: freshnessText(catalog, list.asOf, list.windowDays),
  };
}

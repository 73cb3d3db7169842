/** Data for `cards/accountList.json`: "stale accounts", "top 10", "which accounts need attention?", "segment EXPRESSION". */
import type { Timestamp } from '../../engagement/activity.js';
import type { EngagementRow } from '../../engagement/columns.js';
import type { Catalog } from '../catalog/catalog.js';
import { escapeMarkdown } from '../cards.js';
import { clipText, fallbackText, freshnessText } from './shared.js';

/** Rows a list shows unless asked for another number ("top 10"). */
export const ACCOUNT_LIST_MAX_ROWS = 20;
/** The most rows a list shows when asked for more ("top 500" shows this many, and says so). */
export const ACCOUNT_LIST_LIMIT = 40;
/**
 * Names are cut in the list (the account's own card shows them whole): twenty rows of
 * 256-character names in a three-byte script would leave the card barely under Teams' limit,
 * and a longer list cuts them shorter.
 */
export const LIST_NAME_MAX_LENGTH = 100;
const LONG_LIST_NAME_MAX_LENGTH = 40;

export type AccountListKind =
  | { kind: 'stale'; thresholdDays: number }
  | { kind: 'attention'; thresholdDays: number }
  | { kind: 'top' }
  | { kind: 'segment'; expression: string; csvUrl?: string };

export type AccountListInput = AccountListKind & {
  /** Year rows, in the order to show; only the first `limit` are listed. */
  rows: readonly EngagementRow[];
  asOf: Timestamp;
  windowDays: number;
  /** How many rows to show: 20 unless the person asked for a number (at most ACCOUNT_LIST_LIMIT). */
  limit?: number;
  /** A line under the count: what became of the number asked for. */
  note?: string;
};

export interface AccountListCardData {
  fallbackText: string;
  title: string;
  countText: string;
  rows: { accountId: string; name: string; detail: string }[];
  isEmpty: boolean;
  emptyText: string;
  hasNote: boolean;
  note: string;
  hasCsv: boolean;
  csvTitle: string;
  csvUrl: string;
  freshness: string;
}

function titleOf(list: AccountListKind, catalog: Catalog): string {
  switch (list.kind) {
    case 'stale': return catalog.t('list.staleTitle', { days: list.thresholdDays });
    case 'attention': return catalog.t('commands.attentionTitle', { days: list.thresholdDays });
    case 'top': return catalog.t('list.topTitle');
    case 'segment': return catalog.t('list.segmentTitle', { expression: escapeMarkdown(list.expression) });
  }
}

export function accountListCardData(list: AccountListInput, catalog: Catalog): AccountListCardData {
  const limit = Math.min(list.limit ?? ACCOUNT_LIST_MAX_ROWS, ACCOUNT_LIST_LIMIT);
  const shown = list.rows.slice(0, limit);
  const nameLength = limit > ACCOUNT_LIST_MAX_ROWS ? LONG_LIST_NAME_MAX_LENGTH : LIST_NAME_MAX_LENGTH;
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
      name: escapeMarkdown(clipText(row.AccountName, nameLength)),
      detail: catalog.t('list.rowDetail', {
        score: row.EngagementScore,
        email: catalog.formatRelativeDays(row.DaysSinceLastEmail),
        meeting: catalog.formatRelativeDays(row.DaysSinceLastMeeting),
      }),
    })),
    isEmpty: shown.length === 0,
    emptyText: catalog.t('list.empty'),
    hasNote: list.note !== undefined,
    note: list.note ?? '',
    hasCsv: csvUrl !== '',
    csvTitle: catalog.t('list.downloadCsv'),
    csvUrl,
    freshness: freshnessText(catalog, list.asOf, list.windowDays),
  };
}

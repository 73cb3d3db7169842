/** Data for `cards/whatsNew.json`: what changed among the asker's accounts since they last asked. */
import type { Timestamp } from '../../engagement/activity.js';
import type { AccountInsight } from '../../engagement/insights.js';
import type { Catalog } from '../catalog/catalog.js';
import { escapeMarkdown } from '../cards.js';
import type { AccountChanges } from '../whatsNew/changes.js';
import { LIST_NAME_MAX_LENGTH } from './accountList.js';
import { clipText, fallbackText, freshnessText } from './shared.js';

/** Rows per section: a seller with many accounts sees the first ones; the lists have the rest. */
export const WHATS_NEW_ROWS = 10;

export type WhatsNewInput =
  /** The first time they ask: where their accounts stand (those going quiet). */
  | { kind: 'first'; quiet: readonly AccountInsight[]; accounts: number }
  /** No run since they last asked. */
  | { kind: 'sameRun'; since: Timestamp }
  | { kind: 'changes'; since: Timestamp; changes: AccountChanges; accounts: number; account(id: string): AccountInsight | undefined };

export interface WhatsNewCardData {
  fallbackText: string;
  title: string;
  subtitle: string;
  sections: { title: string; rows: { accountId: string; name: string; detail: string }[] }[];
  isEmpty: boolean;
  emptyText: string;
  freshness: string;
}

type Row = WhatsNewCardData['sections'][number]['rows'][number];

function row(insight: AccountInsight, detail: string): Row {
  return { accountId: insight.account.id, name: escapeMarkdown(clipText(insight.account.name, LIST_NAME_MAX_LENGTH)), detail: escapeMarkdown(detail) };
}

function lastContact(insight: AccountInsight, catalog: Catalog): string {
  return catalog.t('digest.row', { email: catalog.formatRelativeDays(insight.year.DaysSinceLastEmail), meeting: catalog.formatRelativeDays(insight.year.DaysSinceLastMeeting) });
}

function whatsNewContent(input: WhatsNewInput, catalog: Catalog, results: { asOf: Timestamp; windowDays: number }): Omit<WhatsNewCardData, 'fallbackText'> {
  const base = { title: catalog.t('commands.whatsNew.title'), freshness: freshnessText(catalog, results.asOf, results.windowDays) };
  if (input.kind === 'first') {
    const rows = input.quiet.slice(0, WHATS_NEW_ROWS).map((insight) => row(insight, lastContact(insight, catalog)));
    return {
      ...base, subtitle: catalog.t('commands.whatsNew.first'),
      sections: rows.length > 0 ? [{ title: catalog.t('commands.whatsNew.quietNow'), rows }] : [],
      isEmpty: rows.length === 0, emptyText: catalog.t('commands.whatsNew.noneQuiet', { count: input.accounts }),
    };
  }
  const subtitle = catalog.t('commands.whatsNew.since', { date: catalog.formatDate(input.since) });
  if (input.kind === 'sameRun') return { ...base, subtitle, sections: [], isEmpty: true, emptyText: catalog.t('commands.whatsNew.noNewRun') };
  const rowsOf = (ids: readonly string[], detail: (insight: AccountInsight) => string) => ids
    .map((id) => input.account(id)).filter((insight): insight is AccountInsight => insight !== undefined)
    .slice(0, WHATS_NEW_ROWS).map((insight) => row(insight, detail(insight)));
  const moves = new Map(input.changes.moves.map((move) => [move.accountId, move]));
  const sections = [
    { title: catalog.t('commands.whatsNew.newlyStale'), rows: rowsOf(input.changes.newlyStale, (insight) => lastContact(insight, catalog)) },
    { title: catalog.t('commands.whatsNew.backToLife'), rows: rowsOf(input.changes.backToLife, (insight) => lastContact(insight, catalog)) },
    {
      title: catalog.t('commands.whatsNew.moves'),
      rows: rowsOf(input.changes.moves.map((move) => move.accountId), (insight) => {
        const { from, to } = moves.get(insight.account.id)!;
        return catalog.t(to > from ? 'commands.whatsNew.up' : 'commands.whatsNew.down', { points: Math.abs(to - from), score: to });
      }),
    },
  ].filter((section) => section.rows.length > 0);
  return { ...base, subtitle, sections, isEmpty: sections.length === 0, emptyText: catalog.t('commands.whatsNew.nothing', { count: input.accounts }) };
}

export function whatsNewCardData(input: WhatsNewInput, catalog: Catalog, results: { asOf: Timestamp; windowDays: number }): WhatsNewCardData {
  const content = whatsNewContent(input, catalog, results);
  const counts = content.sections.map((section) => catalog.t('card.fact', { title: section.title, value: catalog.formatNumber(section.rows.length) }));
  return { fallbackText: fallbackText(content.title, content.subtitle, ...(content.isEmpty ? [content.emptyText] : counts)), ...content };
}

/**
 * Data for `cards/results.json` ("results": totals, accounts per run, run history, a page of
 * the output table, the monitored mailboxes, the CSV link) and `cards/resultsRows.json` (the
 * next page of the table, for "show more").
 */
import { DAY_MS } from '../../engagement/activity.js';
import type { EngagementRow } from '../../engagement/columns.js';
import type { EnrichmentInsights } from '../../engagement/insights.js';
import type { DirectoryEntity, RunRecord } from '../../store/rapportStore.js';
import type { Catalog } from '../catalog/catalog.js';
import { escapeMarkdown } from '../cards.js';
import { formatDateTime, formatDayOfMonth, formatShortDateTime, formatShortDateTimeRange } from '../admin/adminFormat.js';
import { chartPoints, type ChartSeries } from './activitySeries.js';
import { clipText, factLine, fallbackText, freshnessText, type Fact } from './shared.js';

export const RESULTS_PAGE_SIZE = 10;
export const RUNS_SHOWN = 5;
export const CHART_RUNS = 12;
export const DIRECTORY_SHOWN = 10;
const NAME_MAX_LENGTH = 100;
const ERROR_MAX_LENGTH = 300;
const ADDRESS_MAX_LENGTH = 254;
const OBJECT_ID_MAX_LENGTH = 64;

export interface ResultsInput {
  enrichmentName: string;
  outputTable: string;
  insights: EnrichmentInsights;
  /** Newest first. */
  runs: readonly RunRecord[];
  directory: readonly DirectoryEntity[] | null;
  csv: { url: string; expiresAt: number } | null;
  timeZone: string;
}

export interface RowsPageData {
  rowsRange: string;
  hasRows: boolean;
  header: Record<'account' | 'score' | 'emails' | 'meetings' | 'lastEmail' | 'mailbox' | 'objectId', string>;
  rows: { account: string; score: string; emails: string; meetings: string; lastEmail: string }[];
  noRowsText: string;
  hasMore: boolean;
  moreTitle: string;
  moreOffset: number;
  freshness: string;
}

/** The output table's Year rows, in the table's order. */
export function yearRows(insights: EnrichmentInsights): EngagementRow[] {
  return insights.accounts.map((insight) => insight.year);
}

export function windowDaysOf(insights: EnrichmentInsights): number {
  return Math.round((insights.asOf - insights.windowStart) / DAY_MS);
}

/** Days from the earliest activity in the window to the data's `asOf`. */
export function daysCovered(insights: EnrichmentInsights): number {
  const starts = yearRows(insights).map((row) => row.EngagementStartDate).filter((start): start is string => start !== null);
  if (starts.length === 0) return 0;
  const earliest = Math.max(Date.parse(`${starts.reduce((a, b) => (a < b ? a : b))}T00:00:00Z`), insights.windowStart);
  return Math.max(0, Math.ceil((insights.asOf - earliest) / DAY_MS));
}

export function rowsPageData(insights: EnrichmentInsights, offset: number, catalog: Catalog): RowsPageData {
  const all = yearRows(insights);
  const start = Math.min(Math.max(0, Math.floor(offset)), all.length);
  const page = all.slice(start, start + RESULTS_PAGE_SIZE);
  const count = (value: number) => catalog.formatNumber(value);
  const next = start + page.length;
  return {
    rowsRange: page.length > 0 ? catalog.t('results.rowsRange', { from: start + 1, to: next, total: all.length }) : catalog.t('results.noMoreRows'),
    hasRows: page.length > 0,
    header: {
      account: catalog.t('results.column.account'), score: catalog.t('results.column.score'), emails: catalog.t('results.column.emails'),
      meetings: catalog.t('results.column.meetings'), lastEmail: catalog.t('results.column.lastEmail'),
      mailbox: catalog.t('results.column.mailbox'), objectId: catalog.t('results.column.objectId'),
    },
    rows: page.map((row) => ({
      account: escapeMarkdown(clipText(row.AccountName, NAME_MAX_LENGTH)),
      score: count(row.EngagementScore),
      emails: count(row.NoOfEmails_ToAccount + row.NoOfEmails_FromAccount),
      meetings: count(row.NoOfMeetings_ToAccount + row.NoOfMeetings_FromAccount),
      lastEmail: catalog.formatRelativeDays(row.DaysSinceLastEmail),
    })),
    noRowsText: all.length === 0 ? catalog.t('results.noRows') : catalog.t('results.noMoreRows'),
    hasMore: next < all.length,
    moreTitle: catalog.t('results.showMore'),
    moreOffset: next,
    freshness: freshnessText(catalog, insights.asOf, windowDaysOf(insights)),
  };
}

function runEntry(run: RunRecord, catalog: Catalog, timeZone: string) {
  return {
    line: catalog.t('results.runLine', {
      start: formatDateTime(run.startedAt, catalog, timeZone),
      end: formatDateTime(run.finishedAt, catalog, timeZone),
      status: catalog.t(run.status === 'succeeded' ? 'results.runSucceeded' : 'results.runFailed'),
    }),
    color: run.status === 'succeeded' ? 'Default' : 'Attention',
    detail: catalog.t('results.runDetail', { mailboxes: run.mailboxes, emails: run.emails, meetings: run.meetings, accounts: run.accounts }),
    hasError: Boolean(run.error),
    error: run.error ? catalog.t('results.runErrors', { error: escapeMarkdown(clipText(run.error, ERROR_MAX_LENGTH)) }) : '',
  };
}

export function resultsCardData(input: ResultsInput, catalog: Catalog) {
  const { insights, timeZone } = input;
  const count = (value: number) => catalog.formatNumber(value);
  const latest = input.runs.find((run) => run.status === 'succeeded');
  const notAvailable = catalog.t('common.notAvailable');
  const totals: Fact[] = [
    { title: catalog.t('results.accounts'), value: count(insights.accounts.length) },
    { title: catalog.t('results.emails'), value: latest ? count(latest.emails) : notAvailable },
    { title: catalog.t('results.meetings'), value: latest ? count(latest.meetings) : notAvailable },
    { title: catalog.t('results.daysCovered'), value: count(daysCovered(insights)) },
    { title: catalog.t('results.lastRun'), value: latest ? formatDateTime(latest.finishedAt, catalog, timeZone) : notAvailable },
  ];
  const charted = input.runs.filter((run) => run.status === 'succeeded').slice(0, CHART_RUNS).reverse();
  const points = chartPoints(charted, (run) => formatDayOfMonth(run.finishedAt, catalog, timeZone), (run) => run.accounts);
  const chartSeries: ChartSeries[] = [{ legend: catalog.t('results.chartLegend'), values: points }];
  const [firstCharted] = charted;
  const lastCharted = charted.at(-1);
  const directory = input.directory ?? [];
  const shownDirectory = directory.slice(0, DIRECTORY_SHOWN);
  const title = catalog.t('results.title');
  const subtitle = catalog.t('results.subtitle', {
    name: escapeMarkdown(clipText(input.enrichmentName, NAME_MAX_LENGTH)),
    table: escapeMarkdown(clipText(input.outputTable, NAME_MAX_LENGTH)),
  });
  return {
    fallbackText: fallbackText(title, subtitle, ...totals.map((fact) => factLine(fact, catalog))),
    title,
    subtitle,
    totals,
    hasChart: points.length > 0,
    chartTitle: catalog.t('results.chartTitle'),
    chartSeries,
    chartAxis: firstCharted && lastCharted
      ? formatShortDateTimeRange(firstCharted.finishedAt, lastCharted.finishedAt, catalog, timeZone)
      : '',
    chartFacts: charted.map((run) => ({
      title: formatShortDateTime(run.finishedAt, catalog, timeZone), value: count(run.accounts),
    })),
    historyTitle: catalog.t('results.historyTitle'),
    runs: input.runs.slice(0, RUNS_SHOWN).map((run) => runEntry(run, catalog, timeZone)),
    rowsTitle: catalog.t('results.rowsTitle'),
    ...rowsPageData(insights, 0, catalog),
    directoryTitle: catalog.t('results.directoryTitle'),
    hasDirectory: shownDirectory.length > 0,
    directoryCount: catalog.t('results.directoryCount', { shown: shownDirectory.length, total: directory.length }),
    directory: shownDirectory.map((entity) => ({
      address: escapeMarkdown(clipText(entity.address, ADDRESS_MAX_LENGTH)),
      objectId: escapeMarkdown(clipText(entity.objectId, OBJECT_ID_MAX_LENGTH)),
    })),
    noDirectoryText: catalog.t('results.noDirectory'),
    hasCsv: input.csv !== null,
    csvTitle: catalog.t('results.downloadCsv'),
    csvUrl: input.csv?.url ?? '',
    csvExpires: input.csv ? catalog.t('results.csvExpires', { when: formatDateTime(input.csv.expiresAt, catalog, timeZone) }) : '',
  };
}

/** The "show more" page: the table's rows from `offset` on. */
export function resultsRowsCardData(insights: EnrichmentInsights, offset: number, catalog: Catalog) {
  const page = rowsPageData(insights, offset, catalog);
  const title = catalog.t('results.rowsTitle');
  return { fallbackText: fallbackText(title, page.rowsRange), title, ...page };
}

/**
 * Emails and meetings per Month or Week row, laid out on every period of a range (zero
 * where the engine wrote no row, since it writes rows only for periods with activity).
 */
import { DAY_MS, utcDate, type Timestamp } from '../../engagement/activity.js';
import type { EngagementRow } from '../../engagement/columns.js';
import { isoWeekStart, monthStart } from '../../engagement/periods.js';
import type { Catalog } from '../catalog/catalog.js';
import type { Fact } from './shared.js';

export const WEEKS_SHOWN = 12;

export interface ChartPoint {
  x: string;
  y: number;
}

/** One series of `Chart.Line` or `Chart.VerticalBar.Grouped`. */
export interface ChartSeries {
  legend: string;
  values: ChartPoint[];
}

export interface PeriodCounts {
  /** `AggregationStartDate` of the period. */
  start: string;
  emails: number;
  meetings: number;
}

/** The first days of the calendar months the window `[asOf - windowDays, asOf)` touches (12 or 13). */
export function windowMonths(asOf: Timestamp, windowDays: number): string[] {
  const months: string[] = [];
  const last = monthStart(asOf - 1);
  for (let month = monthStart(asOf - windowDays * DAY_MS); month <= last; ) {
    months.push(utcDate(month));
    const date = new Date(month);
    month = Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 1);
  }
  return months;
}

/** The Mondays of the `count` ISO weeks ending with the one holding the window's last instant. */
export function lastWeeks(asOf: Timestamp, count: number = WEEKS_SHOWN): string[] {
  const lastWeek = isoWeekStart(asOf - 1);
  return Array.from({ length: count }, (_, i) => utcDate(lastWeek - (count - 1 - i) * 7 * DAY_MS));
}

export function periodCounts(starts: readonly string[], rows: readonly EngagementRow[]): PeriodCounts[] {
  const byStart = new Map(rows.map((row) => [row.AggregationStartDate, row]));
  return starts.map((start) => {
    const row = byStart.get(start);
    return {
      start,
      emails: row ? row.NoOfEmails_ToAccount + row.NoOfEmails_FromAccount : 0,
      meetings: row ? row.NoOfMeetings_ToAccount + row.NoOfMeetings_FromAccount : 0,
    };
  });
}

export function emailAndMeetingSeries(counts: readonly PeriodCounts[], label: (start: string) => string, catalog: Catalog): ChartSeries[] {
  return [
    { legend: catalog.t('chart.emails'), values: counts.map((period) => ({ x: label(period.start), y: period.emails })) },
    { legend: catalog.t('chart.meetings'), values: counts.map((period) => ({ x: label(period.start), y: period.meetings })) },
  ];
}

/** What the chart shows, as facts, for hosts without native charts. */
export function emailAndMeetingFacts(counts: readonly PeriodCounts[], label: (start: string) => string, catalog: Catalog): Fact[] {
  return counts.map((period) => ({
    title: label(period.start),
    value: catalog.t('chart.emailsAndMeetings', { emails: catalog.t('count.emails', { count: period.emails }), meetings: catalog.t('count.meetings', { count: period.meetings }) }),
  }));
}

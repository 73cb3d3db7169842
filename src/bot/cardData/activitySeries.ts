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

/** U+2060 WORD JOINER: no width, no glyph, no line break. */
const INVISIBLE_MARK = '\u2060';

/**
 * Points of one series, labelled for the axis (short labels: a chart in a 450-pixel card has
 * about 20 pixels for each). Teams draws a chart's points by label, so two months both
 * labelled "J" would become one bar: each repeat of a label gets one more invisible mark,
 * and looks the same while staying a point of its own.
 */
export function chartPoints<T>(
  items: readonly T[], axisLabel: (item: T) => string, value: (item: T) => number,
): ChartPoint[] {
  const seen = new Map<string, number>();
  return items.map((item) => {
    const label = axisLabel(item);
    const repeats = seen.get(label) ?? 0;
    seen.set(label, repeats + 1);
    return { x: label + INVISIBLE_MARK.repeat(repeats), y: value(item) };
  });
}

export function emailAndMeetingSeries(
  counts: readonly PeriodCounts[], axisLabel: (start: string) => string, catalog: Catalog,
): ChartSeries[] {
  const label = (period: PeriodCounts) => axisLabel(period.start);
  return [
    { legend: catalog.t('chart.emails'), values: chartPoints(counts, label, (period) => period.emails) },
    { legend: catalog.t('chart.meetings'), values: chartPoints(counts, label, (period) => period.meetings) },
  ];
}

/** What a chart of periods covers, for its axis title: "Dec 2025 – Nov 2026"; empty without periods. */
export function periodRange(starts: readonly string[], range: (from: string, to: string) => string): string {
  const [first] = starts;
  const last = starts.at(-1);
  return first === undefined || last === undefined ? '' : range(first, last);
}

/** What the chart shows, as facts, for hosts without native charts. */
export function emailAndMeetingFacts(counts: readonly PeriodCounts[], label: (start: string) => string, catalog: Catalog): Fact[] {
  return counts.map((period) => ({
    title: label(period.start),
    value: catalog.t('chart.emailsAndMeetings', { emails: catalog.t('count.emails', { count: period.emails }), meetings: catalog.t('count.meetings', { count: period.meetings }) }),
  }));
}

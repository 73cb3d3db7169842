/**
 * Calendar dates in a locale's own words, in UTC (engagement dates are UTC days): whole dates
 * for facts and tables, and the short forms a chart axis in a 450-pixel card has room for.
 */
import type { Timestamp } from '../../engagement/activity.js';

/** A timestamp or a `YYYY-MM-DD` day. */
export type CalendarDate = Timestamp | string;

export interface DateFormats {
  /** "3 Nov 2026" in en-GB. */
  formatDate(date: CalendarDate): string;
  /** "Nov 2026". */
  formatMonth(date: CalendarDate): string;
  /** "3 Nov". */
  formatDayMonth(date: CalendarDate): string;
  /** A month on a chart axis: "N" in English, "NV" in Catalan, "Қ" in Kazakh (CLDR's narrow names). */
  formatMonthInitial(date: CalendarDate): string;
  /** A day on a chart axis: "3". */
  formatDayOfMonth(date: CalendarDate): string;
  /** "Dec 2025 – Nov 2026": what a chart of months covers. */
  formatMonthRange(from: CalendarDate, to: CalendarDate): string;
  /** "14 Sept – 30 Nov 2026": what a chart of days or weeks covers. */
  formatDateRange(from: CalendarDate, to: CalendarDate): string;
}

const toTime = (date: CalendarDate): number => (typeof date === 'string' ? Date.parse(`${date}T00:00:00Z`) : date);

export function dateFormats(locale: string): DateFormats {
  const format = (options: Intl.DateTimeFormatOptions) =>
    new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' });
  const date = format({ day: 'numeric', month: 'short', year: 'numeric' });
  const month = format({ month: 'short', year: 'numeric' });
  const dayMonth = format({ day: 'numeric', month: 'short' });
  const monthInitial = format({ month: 'narrow' });
  const dayOfMonth = format({ day: 'numeric' });
  return {
    formatDate: (value) => date.format(toTime(value)),
    formatMonth: (value) => month.format(toTime(value)),
    formatDayMonth: (value) => dayMonth.format(toTime(value)),
    formatMonthInitial: (value) => monthInitial.format(toTime(value)),
    formatDayOfMonth: (value) => dayOfMonth.format(toTime(value)),
    formatMonthRange: (from, to) => month.formatRange(toTime(from), toTime(to)),
    formatDateRange: (from, to) => date.formatRange(toTime(from), toTime(to)),
  };
}

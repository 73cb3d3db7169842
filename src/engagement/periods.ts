/** The periods of the engagement table: the Year window, UTC calendar months, ISO weeks. */
import { DAY_MS, utcDate, type Timestamp } from './activity.js';
import type { AggregationLevel } from './columns.js';

export const WINDOW_DAYS = 365;

/** A half-open time range `[start, end)`. */
export interface TimeRange {
  start: Timestamp;
  end: Timestamp;
}

export interface Period extends TimeRange {
  level: AggregationLevel;
  /** `AggregationStartDate`: the first day of the period (of the month or week, even when the window opens later). */
  startDate: string;
}

/** The data window `[asOf - 365 d, asOf)`. */
export function dataWindow(asOf: Timestamp): TimeRange {
  return { start: asOf - WINDOW_DAYS * DAY_MS, end: asOf };
}

export function yearPeriod(asOf: Timestamp): Period {
  const window = dataWindow(asOf);
  return { level: 'Year', ...window, startDate: utcDate(window.start) };
}

export function monthStart(time: Timestamp): Timestamp {
  const date = new Date(time);
  return Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), 1);
}

function nextMonthStart(time: Timestamp): Timestamp {
  const date = new Date(time);
  return Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 1);
}

/** Monday 00:00 UTC of the ISO week holding `time`. */
export function isoWeekStart(time: Timestamp): Timestamp {
  const day = Math.floor(time / DAY_MS);
  const daysSinceMonday = (day + 3) % 7; // 1970-01-01 was a Thursday
  return (day - daysSinceMonday) * DAY_MS;
}

/**
 * The Month or Week period holding `time`, clipped to end at `asOf`: the period's end
 * is the next period's start or `asOf`, whichever is earlier.
 */
export function calendarPeriod(level: 'Month' | 'Week', time: Timestamp, asOf: Timestamp): Period {
  const start = level === 'Month' ? monthStart(time) : isoWeekStart(time);
  const naturalEnd = level === 'Month' ? nextMonthStart(time) : start + 7 * DAY_MS;
  return { level, start, end: Math.min(naturalEnd, asOf), startDate: utcDate(start) };
}

/** Whole days from `time` to `end`: `floor((end - time) / 86,400,000 ms)`. */
export function wholeDaysBetween(time: Timestamp, end: Timestamp): number {
  return Math.floor((end - time) / DAY_MS);
}

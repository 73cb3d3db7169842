/** Times, durations and schedules in words, for the admin's cards (in the tenant's time zone). */
import type { StoredSchedule } from '../../store/rapportStore.js';
import type { Catalog } from '../catalog/catalog.js';

const formats = new Map<string, Intl.DateTimeFormat>();

const STYLES = {
  long: { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' },
  short: { day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' },
  weekday: { weekday: 'long' },
  day: { day: 'numeric' },
} as const satisfies Record<string, Intl.DateTimeFormatOptions>;

/** One formatter per locale, zone and style, made on first use. */
function dateTimeFormat(locale: string, timeZone: string, style: keyof typeof STYLES): Intl.DateTimeFormat {
  const key = `${locale}|${timeZone}|${style}`;
  let format = formats.get(key);
  if (!format) {
    const options = STYLES[style];
    try {
      format = new Intl.DateTimeFormat(locale, { ...options, timeZone });
    } catch {
      // An unknown zone was refused when the configuration loaded; UTC keeps a card readable regardless.
      format = new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' });
    }
    formats.set(key, format);
  }
  return format;
}

/** "Mon 9 Nov 2026, 06:00" in `timeZone`. */
export function formatDateTime(at: number, catalog: Catalog, timeZone: string): string {
  return dateTimeFormat(catalog.locale, timeZone, 'long').format(at);
}

/** "42 s", "3 min 5 s", "1 h 20 min". */
export function formatDuration(ms: number, catalog: Catalog): string {
  const total = Math.max(0, Math.round(ms / 1000));
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = total % 60;
  if (hours > 0) return catalog.t('duration.hours', { hours, minutes });
  if (minutes > 0) return catalog.t('duration.minutes', { minutes, seconds });
  return catalog.t('duration.seconds', { seconds });
}

/** 1 Jan 2024 was a Monday: the weekday names in the catalog's language, from it. */
const MONDAY = Date.UTC(2024, 0, 1);
const DAY_INDEX = { Monday: 0, Tuesday: 1, Wednesday: 2, Thursday: 3, Friday: 4, Saturday: 5, Sunday: 6 } as const;

export function weekdayName(day: keyof typeof DAY_INDEX, catalog: Catalog): string {
  return dateTimeFormat(catalog.locale, 'UTC', 'weekday').format(MONDAY + DAY_INDEX[day] * 86_400_000);
}

/** "Enrichment runs every Monday at 06:00 (Europe/London)." */
export function scheduleText(schedule: StoredSchedule, catalog: Catalog, timeZone: string): string {
  switch (schedule.cadence) {
    case 'weekly': return catalog.t('schedule.weekly', { day: weekdayName(schedule.day, catalog), time: schedule.time, timeZone });
    case 'daily': return catalog.t('schedule.daily', { time: schedule.time, timeZone });
    case 'off': return catalog.t('schedule.off');
  }
}

/** "3 Nov, 06:00" in `timeZone`: chart labels. */
export function formatShortDateTime(at: number, catalog: Catalog, timeZone: string): string {
  return dateTimeFormat(catalog.locale, timeZone, 'short').format(at);
}

/** "3" in `timeZone`: a day on a chart axis, which has room for little more. */
export function formatDayOfMonth(at: number, catalog: Catalog, timeZone: string): string {
  return dateTimeFormat(catalog.locale, timeZone, 'day').format(at);
}

/** "3 Nov, 06:00 – 14 Nov, 06:00" in `timeZone`: what a chart of runs covers. */
export function formatShortDateTimeRange(from: number, to: number, catalog: Catalog, timeZone: string): string {
  return dateTimeFormat(catalog.locale, timeZone, 'short').formatRange(Math.min(from, to), Math.max(from, to));
}

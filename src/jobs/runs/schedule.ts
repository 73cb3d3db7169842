/**
 * When enrichment runs: a plain description (weekly on a day, daily, or off), its cron
 * pattern, and the next run time after a given moment. Pure: no timers are started.
 */
import { Cron } from 'croner';

export const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

export type RunSchedule =
  | { cadence: 'weekly'; day: Weekday; time: string }
  | { cadence: 'daily'; time: string }
  | { cadence: 'off' };

export const DEFAULT_SCHEDULE: RunSchedule = Object.freeze({ cadence: 'weekly', day: 'Monday', time: '06:00' });

/** Hours between consent being recorded and the first run: none, the first insights come the same hour. */
export const FIRST_RUN_DELAY_HOURS = 0;

const TIME_PATTERN = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** `HH:MM` (24-hour) → hour and minute; throws a RangeError for anything else. */
export function parseTimeOfDay(time: string): { hour: number; minute: number } {
  const match = TIME_PATTERN.exec(time);
  if (!match) throw new RangeError(`time ${JSON.stringify(time)} is not HH:MM (24-hour)`);
  return { hour: Number(match[1]), minute: Number(match[2]) };
}

/** The schedule as a 5-field cron pattern (minute hour day-of-month month day-of-week); null when off. */
export function cronPattern(schedule: RunSchedule): string | null {
  if (schedule.cadence === 'off') return null;
  const { hour, minute } = parseTimeOfDay(schedule.time);
  if (schedule.cadence === 'daily') return `${minute} ${hour} * * *`;
  const day = WEEKDAYS.indexOf(schedule.day);
  if (day < 0) throw new RangeError(`day ${JSON.stringify(schedule.day)} is not a weekday name`);
  return `${minute} ${hour} * * ${day}`;
}

/** The first scheduled time strictly after `from` (ms since the epoch) in `timeZone`; null when off. */
export function nextRunAt(schedule: RunSchedule, from: number, timeZone = 'UTC'): number | null {
  const pattern = cronPattern(schedule);
  if (pattern === null) return null;
  const next = new Cron(pattern, { timezone: timeZone, paused: true }).nextRun(new Date(from));
  return next ? next.getTime() : null;
}

/** When the first run starts: `delayHours` after consent was recorded. */
export function firstRunAt(consentRecordedAt: number, delayHours = FIRST_RUN_DELAY_HOURS): number {
  if (!Number.isFinite(consentRecordedAt)) throw new RangeError('consentRecordedAt must be a finite timestamp');
  if (!(delayHours >= 0)) throw new RangeError(`delayHours must be 0 or more, got ${delayHours}`);
  return consentRecordedAt + delayHours * 3_600_000;
}

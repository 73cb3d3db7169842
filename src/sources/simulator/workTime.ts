/** When people work: weekdays, office hours (in UTC; the simulated company works in one zone). */
import { DAY_MS, startOfUtcDay, type Timestamp } from '../../engagement/activity.js';
import type { SeededRandom } from './random.js';

export const HOUR_MS = 3_600_000;
export const MINUTE_MS = 60_000;
const ATTEMPTS = 8;

/** Relative likelihood of an email being written in each hour 7..19. */
const EMAIL_HOUR_WEIGHTS: readonly number[] = [2, 6, 9, 10, 9, 6, 7, 9, 9, 8, 6, 3, 1];
const FIRST_EMAIL_HOUR = 7;
const FIRST_MEETING_HOUR = 8;
const LAST_MEETING_HOUR = 16;

function isWeekend(time: Timestamp): boolean {
  // 1970-01-01 was a Thursday: day 0 is weekday 4 (Sunday = 0).
  const weekday = (((Math.floor(time / DAY_MS) + 4) % 7) + 7) % 7;
  return weekday === 0 || weekday === 6;
}

/** `YYYYMMDD` of a timestamp's UTC date. */
export function compactUtcDate(time: Timestamp): string {
  return new Date(time).toISOString().slice(0, 10).replaceAll('-', '');
}

/**
 * A moment in [from, to) when someone would write an email: mostly a weekday during office
 * hours. Falls back to any minute in the range when it is too short to find one.
 */
export function emailTime(rng: SeededRandom, from: Timestamp, to: Timestamp): Timestamp {
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    const day = startOfUtcDay(rng.uniform(from, to));
    if (isWeekend(day) && !rng.chance(0.08)) continue;
    const hour = FIRST_EMAIL_HOUR + rng.weightedIndex(EMAIL_HOUR_WEIGHTS);
    const time = day + hour * HOUR_MS + rng.int(0, 59) * MINUTE_MS + rng.int(0, 59) * 1000;
    if (time >= from && time < to) return time;
  }
  return anyMinute(rng, from, to);
}

/** A meeting start in [from, to): a weekday, on the hour or half hour, 08:00 to 16:30. */
export function meetingStart(rng: SeededRandom, from: Timestamp, to: Timestamp): Timestamp {
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    const day = startOfUtcDay(rng.uniform(from, to));
    if (isWeekend(day)) continue;
    const halfHours = rng.int(FIRST_MEETING_HOUR * 2, LAST_MEETING_HOUR * 2 + 1);
    const time = day + halfHours * 30 * MINUTE_MS;
    if (time >= from && time < to) return time;
  }
  return anyMinute(rng, from, to);
}

/** The start (00:00 UTC) of a weekday in [from, to), for all-day events; null when none was found. */
export function weekdayStart(rng: SeededRandom, from: Timestamp, to: Timestamp): Timestamp | null {
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    const day = startOfUtcDay(rng.uniform(from, to));
    if (!isWeekend(day) && day >= from) return day;
  }
  return null;
}

function anyMinute(rng: SeededRandom, from: Timestamp, to: Timestamp): Timestamp {
  const minutes = Math.max(1, Math.floor((to - from) / MINUTE_MS));
  return from + rng.int(0, minutes - 1) * MINUTE_MS;
}

const OFFICE_OPENS_HOUR = 7;
const OFFICE_CLOSES_HOUR = 19;

/**
 * `time` itself when it is in office hours on a weekday (or, now and then, anyway: people
 * answer mail in the evening); otherwise a moment early on the next working day.
 */
export function officeHoursFrom(rng: SeededRandom, time: Timestamp): Timestamp {
  const day = startOfUtcDay(time);
  const hour = (time - day) / HOUR_MS;
  if (!isWeekend(day) && hour >= OFFICE_OPENS_HOUR && hour < OFFICE_CLOSES_HOUR) return time;
  if (rng.chance(0.1)) return time;
  let next = hour < OFFICE_OPENS_HOUR ? day : day + DAY_MS;
  while (isWeekend(next)) next += DAY_MS;
  return next + OFFICE_OPENS_HOUR * HOUR_MS + rng.int(0, 150) * MINUTE_MS + rng.int(0, 59) * 1000;
}

/**
 * The arguments of `schedule …`: `weekly Monday 06:00`, `daily 07:30`, `off`.
 *
 * Accepted forms: day names in full or abbreviated (`mon`, `tues`, `thurs`), day and time in
 * either order, fillers `on`, `at`, `every`, `each` (`every Monday at 6am`; `every day` is daily;
 * a day without `weekly` is weekly), times as `6:00`, `06:00`, `0600`, `6.30`, `18h30`, `7`
 * (24-hour) or `6am`, `6:30 pm`. `off`, `none`, `never`, `disable(d)`, `stop`, `pause(d)`
 * turn it off. The time is always returned as 24-hour `HH:MM`.
 *
 * Anything else is rejected with the closest valid command as a suggestion, built part by
 * part: a misspelled day becomes the nearest day name (`Funday` → `Sunday`), a missing or
 * bad time becomes 06:00, a missing day Monday.
 */

import { damerauLevenshtein } from './editDistance.js';

export type Weekday = 'Monday' | 'Tuesday' | 'Wednesday' | 'Thursday' | 'Friday' | 'Saturday' | 'Sunday';

export const WEEKDAYS: readonly Weekday[] = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

export type Schedule = { cadence: 'weekly'; day: Weekday; time: string } | { cadence: 'daily'; time: string } | { cadence: 'off' };

export type ScheduleParse = { ok: true; schedule: Schedule } | { ok: false; suggestion: string };

const DEFAULT_DAY: Weekday = 'Monday';
const DEFAULT_TIME = '06:00';

const FILLERS = new Set(['on', 'at', 'every', 'each', '@']);
const OFF_WORDS = new Set(['off', 'none', 'never', 'disable', 'disabled', 'stop', 'pause', 'paused']);
const WEEKLY_WORDS = new Set(['weekly', 'week']);
const DAILY_WORDS = new Set(['daily', 'day', 'everyday']);

const DAY_ABBREVIATIONS: Readonly<Record<string, Weekday>> = {
  mon: 'Monday', tue: 'Tuesday', tues: 'Tuesday', wed: 'Wednesday', weds: 'Wednesday', thu: 'Thursday',
  thur: 'Thursday', thurs: 'Thursday', fri: 'Friday', sat: 'Saturday', sun: 'Sunday',
};

/** The canonical command text for a schedule, e.g. `schedule weekly Monday 06:00`. */
export function formatSchedule(schedule: Schedule): string {
  if (schedule.cadence === 'off') return 'schedule off';
  if (schedule.cadence === 'daily') return `schedule daily ${schedule.time}`;
  return `schedule weekly ${schedule.day} ${schedule.time}`;
}

/** Parses what follows the word `schedule` (any case). */
export function parseScheduleArguments(text: string): ScheduleParse {
  const words = tokenize(text);
  if (words.length === 1 && OFF_WORDS.has(words[0]!)) return { ok: true, schedule: { cadence: 'off' } };

  let cadence: 'weekly' | 'daily' | null = null;
  let day: Weekday | null = null;
  let time: string | null = null;
  let understood = true;
  for (const word of words) {
    if (cadence === null && WEEKLY_WORDS.has(word)) cadence = 'weekly';
    else if (cadence === null && DAILY_WORDS.has(word)) cadence = 'daily';
    else if (day === null && weekdayOf(word) !== null) day = weekdayOf(word);
    else if (time === null && parseTime(word) !== null) time = parseTime(word);
    else understood = false;
  }

  if (understood && time !== null) {
    if (cadence === 'daily' && day === null) return { ok: true, schedule: { cadence: 'daily', time } };
    if (cadence !== 'daily' && day !== null) return { ok: true, schedule: { cadence: 'weekly', day, time } };
  }
  return { ok: false, suggestion: suggestSchedule(words) };
}

function tokenize(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/\b(\d{1,2}(?:[:.h]\d{2})?)\s+([ap])\.?m\b\.?/g, '$1$2m') // "6 am", "6:30 p.m." → "6am", "6:30pm"
    .split(/[\s,]+/)
    .filter((word) => word !== '' && !FILLERS.has(word));
}

function weekdayOf(word: string): Weekday | null {
  const exact = WEEKDAYS.find((day) => day.toLowerCase() === word);
  return exact ?? DAY_ABBREVIATIONS[word] ?? (word.endsWith('s') ? WEEKDAYS.find((day) => `${day.toLowerCase()}s` === word) ?? null : null);
}

/** `HH:MM` for a time of day, or null. */
export function parseTime(word: string): string | null {
  const match = /^(\d{1,2})(?:[:.h](\d{2}))?(am|pm)?$/.exec(word) ?? /^(\d{2})(\d{2})$/.exec(word);
  if (match === null) return null;
  let hours = Number(match[1]);
  const minutes = match[2] === undefined ? 0 : Number(match[2]);
  const meridiem = match[3];
  if (minutes > 59) return null;
  if (meridiem !== undefined) {
    if (hours < 1 || hours > 12) return null;
    hours = (hours % 12) + (meridiem === 'pm' ? 12 : 0);
  } else if (hours > 23) {
    return null;
  }
  return `${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`;
}

function suggestSchedule(words: readonly string[]): string {
  if (words.some((word) => OFF_WORDS.has(word) || closeTo(word, 'off'))) return formatSchedule({ cadence: 'off' });
  const time = words.map(parseTime).find((parsed) => parsed !== null) ?? DEFAULT_TIME;
  const daily = words.some((word) => DAILY_WORDS.has(word) || closeTo(word, 'daily'));
  const day = words.map(nearestWeekday).find((found) => found !== null) ?? null;
  if (daily && day === null) return formatSchedule({ cadence: 'daily', time });
  return formatSchedule({ cadence: 'weekly', day: day ?? DEFAULT_DAY, time });
}

function nearestWeekday(word: string): Weekday | null {
  const exact = weekdayOf(word);
  if (exact !== null || word.length < 3 || /\d/.test(word)) return exact;
  let best: { day: Weekday; distance: number } | null = null;
  for (const day of WEEKDAYS) {
    const distance = damerauLevenshtein(word, day.toLowerCase(), 2);
    if (distance <= 2 && (best === null || distance < best.distance)) best = { day, distance };
  }
  return best?.day ?? null;
}

function closeTo(word: string, keyword: string): boolean {
  return word.length >= 3 && damerauLevenshtein(word, keyword, 1) <= 1;
}

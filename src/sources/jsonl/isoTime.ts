import { DAY_MS, type Timestamp } from '../../engagement/activity.js';

/**
 * Parses an ISO 8601 date-time that states its zone (`Z` or an offset) into epoch
 * milliseconds, or returns null. A time without a zone is rejected: its instant would
 * depend on the zone of whoever reads it.
 */
export function parseIsoTime(text: string): Timestamp | null {
  return parseCanonicalTime(text) ?? parseAnyIsoTime(text);
}

/** The canonical JSON form: `2001-05-31T17:04:00.000Z`. */
export function formatIsoTime(time: Timestamp): string {
  return new Date(time).toISOString();
}

/** The form this project writes, `2001-05-31T17:04:00.000Z`, read without a regular expression. */
function parseCanonicalTime(text: string): Timestamp | null {
  if (
    text.length !== 24 ||
    text.charCodeAt(4) !== 0x2d || // -
    text.charCodeAt(7) !== 0x2d ||
    text.charCodeAt(10) !== 0x54 || // T
    text.charCodeAt(13) !== 0x3a || // :
    text.charCodeAt(16) !== 0x3a ||
    text.charCodeAt(19) !== 0x2e || // .
    text.charCodeAt(23) !== 0x5a // Z
  ) {
    return null;
  }
  const year = digits(text, 0, 4);
  const month = digits(text, 5, 2);
  const day = digits(text, 8, 2);
  const hour = digits(text, 11, 2);
  const minute = digits(text, 14, 2);
  const second = digits(text, 17, 2);
  const millis = digits(text, 20, 3);
  if (millis < 0 || !isValidDateTime(year, month, day, hour, minute, second)) return null;
  return utcTime(year, month, day, hour, minute, second, millis);
}

// Seconds and fractions are optional; a fraction beyond milliseconds is truncated. The
// zone is `Z` or an offset written ±HH:MM, ±HHMM or ±HH.
const ISO_DATE_TIME =
  /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?(?:(Z)|([+-])(\d{2})(?::?(\d{2}))?)$/;

function parseAnyIsoTime(text: string): Timestamp | null {
  const match = ISO_DATE_TIME.exec(text);
  if (match === null) return null;
  const [, year, month, day, hour, minute, second = '0', fraction = '', zulu, sign, offsetHours, offsetMinutes = '0'] =
    match;
  const y = Number(year);
  const mo = Number(month);
  const d = Number(day);
  const h = Number(hour);
  const mi = Number(minute);
  const s = Number(second);
  if (!isValidDateTime(y, mo, d, h, mi, s)) return null;
  const time = utcTime(y, mo, d, h, mi, s, Number(fraction.slice(0, 3).padEnd(3, '0')));
  if (zulu !== undefined) return time;
  const oh = Number(offsetHours);
  const om = Number(offsetMinutes);
  if (oh > 23 || om > 59) return null;
  const offset = (oh * 60 + om) * 60_000;
  return sign === '+' ? time - offset : time + offset;
}

/** The decimal value of `count` ASCII digits at `start`; negative when one is not a digit. */
function digits(text: string, start: number, count: number): number {
  let value = 0;
  for (let i = start; i < start + count; i++) {
    const digit = text.charCodeAt(i) - 0x30;
    if (digit < 0 || digit > 9) return -1;
    value = value * 10 + digit;
  }
  return value;
}

function isValidDateTime(year: number, month: number, day: number, hour: number, minute: number, second: number) {
  return (
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth(year, month) &&
    hour >= 0 &&
    hour <= 23 &&
    minute >= 0 &&
    minute <= 59 &&
    second >= 0 &&
    second <= 59
  );
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function daysInMonth(year: number, month: number): number {
  if (month === 2 && isLeapYear(year)) return 29;
  return DAYS_IN_MONTH[month - 1] ?? 0;
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function utcTime(year: number, month: number, day: number, hour: number, minute: number, second: number, millis: number) {
  return daysSinceEpoch(year, month, day) * DAY_MS + ((hour * 60 + minute) * 60 + second) * 1000 + millis;
}

/**
 * Days from 1970-01-01 to a proleptic Gregorian date by plain arithmetic (H. Hinnant's
 * days_from_civil): much cheaper than Date.UTC, and right for years 0..99 too, which
 * Date.UTC maps to 1900..1999.
 */
function daysSinceEpoch(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

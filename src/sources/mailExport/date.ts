/**
 * The `Date` header (RFC 5322 section 3.3 with the obsolete forms of section 4.3), read as
 * epoch milliseconds. A date without a zone is UTC (engagement-spec.md, section 1).
 */
import type { Timestamp } from '../../engagement/activity.js';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const FULL_MONTHS = [
  'january', 'february', 'march', 'april', 'may', 'june',
  'july', 'august', 'september', 'october', 'november', 'december',
];
const DAY_NAMES = new Set([
  'mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
]);

/** Offsets in minutes of the obsolete named zones of RFC 5322 section 4.3. */
const NAMED_ZONES: Readonly<Record<string, number>> = {
  ut: 0, gmt: 0, z: 0,
  est: -300, edt: -240, cst: -360, cdt: -300, mst: -420, mdt: -360, pst: -480, pdt: -420,
};

/** Matched against the value with comments removed and white space runs collapsed to one space. */
const DATE_TIME = new RegExp(
  '^(?:([a-z]+) ?,? ?)?' + // optional day name
    '(\\d{1,2}) ([a-z]+) (\\d{2,4}) ' + // day month year
    '(\\d{1,2}) ?: ?(\\d{2})(?: ?: ?(\\d{2}))?' + // hour:minute[:second]
    '(?: ?([+-])(\\d{2})(\\d{2})| ?([a-z]+))?$', // optional zone
  'i',
);

/** Replaces comments (nested, with backslash-quoted characters) by a space; an unclosed one runs to the end. */
export function stripComments(value: string): string {
  let result = '';
  let depth = 0;
  for (let i = 0; i < value.length; i++) {
    const char = value[i];
    if (depth > 0 && char === '\\') i++;
    else if (char === '(') {
      if (depth === 0) result += ' ';
      depth++;
    } else if (char === ')' && depth > 0) depth--;
    else if (depth === 0) result += char;
  }
  return result;
}

/** Full year under the obsolete rules: two digits below 50 are 20xx, others 19xx; three digits add 1900. */
function fullYear(digits: string): number | null {
  const year = Number(digits);
  if (digits.length === 2) return year < 50 ? 2000 + year : 1900 + year;
  if (digits.length === 3) return 1900 + year;
  return year >= 1900 ? year : null;
}

function monthIndex(name: string): number | null {
  const lower = name.toLowerCase();
  const index = lower.length === 3 ? MONTHS.indexOf(lower) : FULL_MONTHS.indexOf(lower);
  return index < 0 ? null : index;
}

/**
 * Zone offset in minutes east of UTC. Military letters (except J) and unknown alphabetic
 * zones count as UTC, as RFC 5322 section 4.3 asks: RFC 822 defined the letters with the
 * wrong sign, so their meaning cannot be trusted.
 */
function namedZoneOffset(name: string): number | null {
  const lower = name.toLowerCase();
  const known = NAMED_ZONES[lower];
  if (known !== undefined) return known;
  if (lower.length === 1) return lower === 'j' ? null : 0;
  return lower.length <= 5 ? 0 : null;
}

function numericZoneOffset(sign: string, hours: string, minutes: string): number | null {
  const minutesPart = Number(minutes);
  if (minutesPart >= 60) return null;
  const offset = Number(hours) * 60 + minutesPart;
  return sign === '-' ? -offset : offset;
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
}

/** Epoch milliseconds of an RFC 5322 date-time, or null when it cannot be parsed or is impossible. */
export function parseMailDate(value: string): Timestamp | null {
  const match = DATE_TIME.exec(stripComments(value).replace(/\s+/g, ' ').trim());
  if (match === null) return null;
  const [, dayName, dayText, monthText, yearText, hourText, minuteText, secondText] = match;
  const [zoneSign, zoneHours, zoneMinutes, zoneName] = match.slice(8);
  if (dayName !== undefined && !DAY_NAMES.has(dayName.toLowerCase())) return null;
  const month = monthIndex(monthText!);
  const year = fullYear(yearText!);
  if (month === null || year === null) return null;
  const day = Number(dayText);
  const hour = Number(hourText);
  const minute = Number(minuteText);
  const second = secondText === undefined ? 0 : Number(secondText);
  if (day < 1 || day > daysInMonth(year, month)) return null;
  if (hour > 23 || minute > 59 || second > 60) return null;
  let offset: number | null = 0;
  if (zoneSign !== undefined) offset = numericZoneOffset(zoneSign, zoneHours!, zoneMinutes!);
  else if (zoneName !== undefined) offset = namedZoneOffset(zoneName);
  if (offset === null) return null;
  return Date.UTC(year, month, day, hour, minute, second) - offset * 60_000;
}

/**
 * The arguments of `schedule …` in each language: `weekly Monday 06:00`, `daily 07:30`, `off`
 * (Swedish `varje måndag 06:00`, Catalan `cada dilluns a les 06:00`, Indonesian `setiap Senin
 * pukul 06.00`, Kazakh `әр дүйсенбі сағат 06:00`).
 *
 * Accepted forms: day names in full or abbreviated (`mon`, `tues`, `sön`, `dl`), day and time in
 * either order, the language's fillers (`on`, `at`, `every`; `kl`, `varje`; `a les`, `cada`;
 * `pukul`, `setiap`; `сағат`, `әр`), a day without a cadence word is weekly, times as `6:00`,
 * `06:00`, `0600`, `6.30`, `18h30`, `7` (24-hour) or `6am`, `6:30 pm`. The off words (`off`,
 * `none`, `av`, `desactivat`, `mati`, `өшіру`, ...) turn it off. The time is always returned as
 * 24-hour `HH:MM`, and the day as its English name (the stored form).
 *
 * Anything else is rejected with the closest valid command, in the same language, as a
 * suggestion, built part by part: a misspelled day becomes the nearest day name (`Funday` →
 * `Sunday`), a missing or bad time becomes 06:00, a missing day Monday.
 */
import type { Language } from '../catalog/catalog.js';
import { fold } from '../commands/fold.js';
import { grammarOf, type ScheduleWords } from '../commands/grammar.js';
import { damerauLevenshtein } from './editDistance.js';

export type Weekday = 'Monday' | 'Tuesday' | 'Wednesday' | 'Thursday' | 'Friday' | 'Saturday' | 'Sunday';

export const WEEKDAYS: readonly Weekday[] = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

export type Schedule = { cadence: 'weekly'; day: Weekday; time: string } | { cadence: 'daily'; time: string } | { cadence: 'off' };

export type ScheduleParse = { ok: true; schedule: Schedule } | { ok: false; suggestion: string };

const DEFAULT_DAY: Weekday = 'Monday';
const DEFAULT_TIME = '06:00';

/** The canonical command text for a schedule, e.g. `schedule weekly Monday 06:00`, `schemalägg varje måndag 06:00`. */
export function formatSchedule(schedule: Schedule, language: Language = 'en'): string {
  const { weekdays, schedule: words } = grammarOf(language);
  const time = (value: string) => value.replace(':', words.timeSeparator);
  if (schedule.cadence === 'off') return words.format.off;
  if (schedule.cadence === 'daily') return words.format.daily.replace('{time}', time(schedule.time));
  return words.format.weekly.replace('{day}', weekdays[schedule.day][0]!).replace('{time}', time(schedule.time));
}

interface Vocabulary {
  words: ScheduleWords;
  days: ReadonlyMap<string, Weekday>;
  set(list: readonly string[]): ReadonlySet<string>;
}

const vocabularies = new Map<Language, Vocabulary>();

function vocabularyOf(language: Language): Vocabulary {
  let vocabulary = vocabularies.get(language);
  if (!vocabulary) {
    const { weekdays, schedule } = grammarOf(language);
    const days = new Map<string, Weekday>(WEEKDAYS.flatMap((day) => weekdays[day].map((name): [string, Weekday] => [fold(name), day])));
    const sets = new Map<readonly string[], ReadonlySet<string>>();
    vocabulary = {
      words: schedule, days,
      set: (list) => sets.get(list) ?? sets.set(list, new Set(list.map(fold))).get(list)!,
    };
    vocabularies.set(language, vocabulary);
  }
  return vocabulary;
}

/** Parses what follows the schedule command (any case, accents optional). */
export function parseScheduleArguments(text: string, language: Language = 'en'): ScheduleParse {
  const vocabulary = vocabularyOf(language);
  const { words: scheduleWords, days } = vocabulary;
  const weekly = vocabulary.set(scheduleWords.weekly);
  const daily = vocabulary.set(scheduleWords.daily);
  const off = vocabulary.set(scheduleWords.off);
  const words = tokenize(text, vocabulary.set(scheduleWords.fillers));
  if (words.length === 1 && off.has(words[0]!)) return { ok: true, schedule: { cadence: 'off' } };

  const dayNoun = scheduleWords.dayNoun === undefined ? undefined : fold(scheduleWords.dayNoun);
  const hasDay = words.some((word) => days.has(word) || pluralDay(word, days) !== null);
  let cadence: 'weekly' | 'daily' | null = null;
  let day: Weekday | null = null;
  let time: string | null = null;
  let understood = true;
  for (const word of words) {
    const weekday = days.get(word) ?? pluralDay(word, days);
    // Indonesian "hari Senin" is "Monday"; "setiap hari" alone is daily.
    if (word === dayNoun && hasDay) continue;
    if (cadence === null && weekly.has(word)) cadence = 'weekly';
    else if (cadence === null && daily.has(word)) cadence = 'daily';
    else if (day === null && weekday !== null) day = weekday;
    else if (time === null && parseTime(word) !== null) time = parseTime(word);
    else understood = false;
  }

  if (understood && time !== null) {
    if (cadence === 'daily' && day === null) return { ok: true, schedule: { cadence: 'daily', time } };
    if (cadence !== 'daily' && day !== null) return { ok: true, schedule: { cadence: 'weekly', day, time } };
  }
  return { ok: false, suggestion: suggestSchedule(words, vocabulary, language) };
}

function tokenize(text: string, fillers: ReadonlySet<string>): string[] {
  return fold(text)
    .replace(/\b(\d{1,2}(?:[:.h]\d{2})?)\s+([ap])\.?m\b\.?/g, '$1$2m') // "6 am", "6:30 p.m." → "6am", "6:30pm"
    .split(/[\s,]+/)
    .filter((word) => word !== '' && !fillers.has(word));
}

/** "mondays", "måndagar": a day name with an ending the list does not spell out. */
function pluralDay(word: string, days: ReadonlyMap<string, Weekday>): Weekday | null {
  for (const [name, day] of days) if (name.length >= 5 && word.startsWith(name) && word.length - name.length <= 2) return day;
  return null;
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

function suggestSchedule(words: readonly string[], vocabulary: Vocabulary, language: Language): string {
  const { words: scheduleWords } = vocabulary;
  const off = vocabulary.set(scheduleWords.off);
  const daily = vocabulary.set(scheduleWords.daily);
  if (words.some((word) => off.has(word) || closeToAny(word, off))) return formatSchedule({ cadence: 'off' }, language);
  const time = words.map(parseTime).find((parsed) => parsed !== null) ?? DEFAULT_TIME;
  const isDaily = words.some((word) => daily.has(word) || closeToAny(word, daily));
  const day = words.map((word) => nearestWeekday(word, vocabulary.days)).find((found) => found !== null) ?? null;
  if (isDaily && day === null) return formatSchedule({ cadence: 'daily', time }, language);
  return formatSchedule({ cadence: 'weekly', day: day ?? DEFAULT_DAY, time }, language);
}

function nearestWeekday(word: string, days: ReadonlyMap<string, Weekday>): Weekday | null {
  const exact = days.get(word) ?? pluralDay(word, days);
  if (exact !== null || word.length < 3 || /\d/.test(word)) return exact;
  let best: { day: Weekday; distance: number } | null = null;
  for (const [name, day] of days) {
    if (name.length < 4) continue;
    const distance = damerauLevenshtein(word, name, 2);
    if (distance <= 2 && (best === null || distance < best.distance)) best = { day, distance };
  }
  return best?.day ?? null;
}

/** Within one edit of a word of three letters or more: "of" is not "off", "dialy" is "daily". */
function closeToAny(word: string, keywords: ReadonlySet<string>): boolean {
  if (word.length < 3) return false;
  for (const keyword of keywords) if (keyword.length >= 3 && damerauLevenshtein(word, keyword, 1) <= 1) return true;
  return false;
}

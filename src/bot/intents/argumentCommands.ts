/** Mistyped commands that take an argument: "shedule daily 7:30" → "schedule daily 07:30". */
import { ENGAGEMENT_COLUMNS } from '../../engagement/columns.js';
import { damerauLevenshtein } from './editDistance.js';
import { formatSchedule, parseScheduleArguments } from './schedule.js';

/** A saved segment's name: letters, digits, `_` and `-`. */
export const SEGMENT_NAME = /^[\p{L}\p{Nd}_-]+$/u;

interface ArgumentCommand {
  readonly keyword: string;
  /** The corrected command for this argument, or null when the argument does not fit; by default keyword and argument. */
  readonly correct?: (argument: string) => string | null;
}

const COLUMN_NAMES = ['AccountId', 'AccountName', ...ENGAGEMENT_COLUMNS.map((column) => column.name)].map((name) => name.toLowerCase());

function looksLikeExpression(text: string): boolean {
  return /[<>=]|\bis (?:not )?null\b/i.test(text) || text.toLowerCase().split(/[^a-z_]+/).some((word) => COLUMN_NAMES.includes(word));
}

const withExpression = (keyword: string) => (argument: string) => (looksLikeExpression(argument) ? `${keyword} ${argument}` : null);

/**
 * Keywords of seven or more letters only: shorter ones ("watch") are too often the first word
 * of a real account name. Where the argument has a recognizable shape it must have it, so
 * "Segmint Corp" stays an account while "segmnet DaysSinceLastEmail > 60" is corrected.
 */
const ARGUMENT_COMMANDS: readonly ArgumentCommand[] = [
  { keyword: 'how engaged is' },
  { keyword: 'engagement' },
  { keyword: 'who knows' },
  { keyword: 'relationship' },
  { keyword: 'unwatch' },
  { keyword: 'save segment', correct: withExpression('save segment') },
  { keyword: 'run segment', correct: (argument) => (SEGMENT_NAME.test(argument) ? `run segment ${argument}` : null) },
  { keyword: 'segment', correct: withExpression('segment') },
  {
    keyword: 'schedule',
    correct: (argument) => {
      const parsed = parseScheduleArguments(argument);
      return parsed.ok ? formatSchedule(parsed.schedule) : null;
    },
  },
];

/** "shedule daily 7:30" → "schedule daily 07:30": a command word within 1 edit (7 letters) or 2 (longer). */
export function correctedCommandWithArgument(text: string): string | null {
  const words = text.split(' ');
  for (const command of ARGUMENT_COMMANDS) {
    const keywordWords = command.keyword.split(' ').length;
    if (words.length <= keywordWords) continue;
    const typed = words.slice(0, keywordWords).join(' ').toLowerCase();
    const allowance = command.keyword.length <= 7 ? 1 : 2;
    const distance = damerauLevenshtein(typed, command.keyword, allowance);
    if (distance === 0 || distance > allowance) continue;
    const argument = words.slice(keywordWords).join(' ');
    const corrected = command.correct === undefined ? `${command.keyword} ${argument}` : command.correct(argument);
    if (corrected !== null) return corrected;
  }
  return null;
}

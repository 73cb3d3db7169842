/**
 * What the parser knows of a language beyond its commands' own phrases: the small words
 * around a request (greetings, "show", "please"), what makes a message a sentence rather than
 * an account name, the nouns that may surround an account name, weekday names and the words
 * of a schedule, and how an argument is shown in a suggestion. One file per language in
 * `grammar/`; everything here is matched folded (fold.ts).
 */
import type { Language } from '../catalog/catalog.js';
import type { Weekday } from '../intents/schedule.js';
import { en } from './grammar/en.js';
import { sv } from './grammar/sv.js';
import { ca } from './grammar/ca.js';
import { id } from './grammar/id.js';
import { kk } from './grammar/kk.js';
import type { WordLists } from './template.js';

export interface ScheduleWords {
  /** The words (after the command) that make a schedule weekly, daily or off. */
  weekly: readonly string[];
  daily: readonly string[];
  off: readonly string[];
  /** Words a schedule may contain that mean nothing by themselves: "on", "at", "every". */
  fillers: readonly string[];
  /** How a schedule is said back, as a whole command: `{day}` and `{time}` are filled in. */
  format: { weekly: string; daily: string; off: string };
  /** A word that alone means "daily" but before a weekday only "day" (Indonesian "hari Senin"). */
  dayNoun?: string;
  /** How a time of day is written: `06:00`, or `06.00` in Indonesian. */
  timeSeparator: ':' | '.';
}

export interface LanguageGrammar {
  readonly language: Language;
  /** Greetings, the bot's name and courtesies that may open a request (templates, no slots). */
  readonly leadingCourtesies: readonly string[];
  /** Courtesies that may close one ("thanks"). */
  readonly trailingCourtesies: readonly string[];
  /** Whole messages that are small talk: answered with help, never offered as a correction. */
  readonly smallTalk: readonly string[];
  /** Words that introduce another request ("show", "tell me about"): what follows is parsed again. */
  readonly lookupPrefixes: readonly string[];
  /** Words that may end a request and ask to show what comes before them (Kazakh "Contoso көрсет"). */
  readonly lookupSuffixes: readonly string[];
  /** First words of a question or a request that is no account name. */
  readonly sentenceStarts: readonly string[];
  /** Words that make a message about the people talking, not about an account. */
  readonly pronouns: readonly string[];
  /** Words that stand for "someone" rather than an account: "who knows someone" names nobody. */
  readonly people: readonly string[];
  /** Nouns that, after another word, are not part of an account's name: "the Contoso account". */
  readonly accountNouns: readonly string[];
  /** Nouns that, after a possessive ("Contoso's emails"), are not part of an account's name. */
  readonly aboutNouns: readonly string[];
  /** A leading article dropped with an account noun ("the Contoso account"). */
  readonly articles: readonly string[];
  /** The possessive ending of a folded word ("contoso's"), dropped from the name. */
  readonly possessive: RegExp | null;
  /** Whether `aboutNouns` need a possessive before them (English, Swedish) or carry it themselves (Kazakh "хаттары"). */
  readonly aboutNounsNeedPossessive: boolean;
  /** Case endings a name takes (Kazakh "Contoso-да", "Contosoмен"), on the folded word, dropped. */
  readonly caseEndings: RegExp | null;
  /** Weekday names, full name first, then the abbreviations and plurals people type. */
  readonly weekdays: Readonly<Record<Weekday, readonly string[]>>;
  readonly schedule: ScheduleWords;
  /** Named word lists the language's templates use as `<name>`. */
  readonly lists: WordLists;
  /** How a missing argument is shown in a suggestion: "who knows someone at <account>". */
  readonly placeholders: { account: string; name: string };
  /** Arguments help and the menu use in their examples. */
  readonly examples: { account: string; email: string; segmentName: string; count: number };
}

const GRAMMARS: Readonly<Record<Language, LanguageGrammar>> = { en, sv, ca, id, kk };

export function grammarOf(language: Language): LanguageGrammar {
  return GRAMMARS[language];
}

/**
 * Mistyped commands: the known phrase closest to a message ("stale acounts" → "stale accounts",
 * "inaktiva kotnon" → "inaktiva konton"), and a mistyped keyword before its argument
 * ("shedule daily 7:30" → "schedule daily 07:30"). Suggestions only: a typo is never acted on.
 */
import { phraseKey } from '../commands/fold.js';
import type { ReadContext } from '../commands/command.js';
import type { Phrasebook } from '../commands/phrasebook.js';
import { commandOf } from '../commands/registry.js';
import { damerauLevenshtein } from './editDistance.js';

/** How many edits a typed phrase may be away from a known phrase of this length. */
export function typoAllowance(phraseLength: number): number {
  if (phraseLength <= 5) return 1;
  return phraseLength <= 15 ? 2 : 3;
}

/**
 * The known phrase nearest to the message within `typoAllowance`, as the registry writes it, or
 * null. A single word shorter than `minimumSingleWordLength` is never corrected (short words
 * are too often real names: "Bach" is not "back"). Ties go to the phrase listed first.
 */
export function closestCommandPhrase(text: string, book: Phrasebook, minimumSingleWordLength: number): string | null {
  const key = phraseKey(text);
  if (!key.includes(' ') && key.length < minimumSingleWordLength) return null;
  let best: { display: string; distance: number } | null = null;
  for (const phrase of book.correctable) {
    const allowance = typoAllowance(phrase.key.length);
    const distance = damerauLevenshtein(key, phrase.key, allowance);
    if (distance <= allowance && (best === null || distance < best.distance)) best = { display: phrase.display, distance };
  }
  return best?.display ?? null;
}

/** Keywords shorter than this are too often the first word of a real account name ("watch"). */
const MINIMUM_KEYWORD_LENGTH = 7;

/**
 * "shedule daily 7:30" → "schedule daily 07:30": a keyword within 1 edit (7 letters) or 2
 * (longer). Where the argument has a recognizable shape it must have it, so "Segmint Corp"
 * stays an account while "segmnet DaysSinceLastEmail > 60" is corrected.
 */
export function correctedCommandWithArgument(text: string, book: Phrasebook, context: ReadContext): string | null {
  const words = text.split(' ');
  for (const keyword of book.keywords) {
    if (keyword.key.length < MINIMUM_KEYWORD_LENGTH) continue;
    const keywordWords = keyword.key.split(' ').length;
    if (words.length <= keywordWords) continue;
    const typed = phraseKey(words.slice(0, keywordWords).join(' '));
    const allowance = keyword.key.length <= 7 ? 1 : 2;
    const distance = damerauLevenshtein(typed, keyword.key, allowance);
    if (distance === 0 || distance > allowance) continue;
    const argument = words.slice(keywordWords).join(' ');
    const fits = commandOf(keyword.command).fitsArgument;
    const corrected = fits === undefined ? `${keyword.display} ${argument}` : fits(argument, context);
    if (corrected !== null) return corrected;
  }
  return null;
}

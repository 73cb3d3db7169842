/**
 * The account a phrase names, as typed: trailing punctuation and surrounding quotes removed,
 * and the words around a name that are not part of it: a trailing "account" after another word
 * ("the Contoso account"), a possessive with the noun after it ("Contoso's emails",
 * "Contosos mejl"), a Kazakh case ending ("Contoso-да"). Pure.
 */
import { fold, foldWithOrigins } from '../commands/fold.js';
import type { LanguageGrammar } from '../commands/grammar.js';
import { stripTrailingPunctuation } from './cleanText.js';

const QUOTE_PAIRS: ReadonlyMap<string, string> = new Map([['"', '"'], ["'", "'"], ['\u201C', '\u201D'], ['\u2018', '\u2019'], ['\u00AB', '\u00BB'], ['\u201D', '\u201D']]);

const EMAIL = /^[a-z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)+$/i;

/** A valid e-mail address, lower-cased, also when written `mailto:…` or `<…>`; otherwise null. */
export function emailAddress(text: string): string | null {
  const candidate = stripTrailingPunctuation(text.trim()).replace(/^mailto:/i, '').replace(/^<(.*)>$/, '$1');
  return EMAIL.test(candidate) ? candidate.toLowerCase() : null;
}

/** The word without the part of it `ending` matches on its folded form (null: nothing to cut). */
function cutEnding(word: string, ending: RegExp | null): string | null {
  if (ending === null) return null;
  const folded = foldWithOrigins(word);
  const match = ending.exec(folded.text);
  if (!match || match.index === 0) return null;
  return word.slice(0, folded.origins[match.index]);
}

export function accountName(target: string, grammar: LanguageGrammar): string | null {
  let name = stripTrailingPunctuation(target.trim());
  const closing = QUOTE_PAIRS.get(name.charAt(0));
  if (closing !== undefined && name.length > 1 && name.endsWith(closing)) name = name.slice(1, -1).trim();
  const words = name.split(' ').filter((word) => word !== '');
  const is = (word: string | undefined, list: readonly string[]) => word !== undefined && list.some((entry) => fold(entry) === fold(word));

  if (words.length > 1 && is(words.at(-1), grammar.accountNouns)) {
    words.pop();
    if (words.length > 1 && is(words[0], grammar.articles)) words.shift();
  }
  // "Contoso's emails": nouns after a possessive go, and so does the possessive.
  let nouns = 0;
  while (words.length - nouns > 1 && is(words[words.length - 1 - nouns], grammar.aboutNouns)) nouns++;
  if (nouns > 0) {
    const before = words[words.length - 1 - nouns]!;
    const owner = cutEnding(before, grammar.possessive) ?? (grammar.aboutNounsNeedPossessive ? null : cutEnding(before, grammar.caseEndings) ?? before);
    if (owner !== null) words.splice(words.length - 1 - nouns, nouns + 1, owner);
  } else if (words.length > 0) {
    const last = words.at(-1)!;
    // A possessive at the very end is cut only where it is marked ("Contoso's"), never a plain "s".
    const owner = /['’:]/.test(last) ? cutEnding(last, grammar.possessive) : null;
    const withoutCase = cutEnding(owner ?? last, grammar.caseEndings);
    words[words.length - 1] = withoutCase ?? owner ?? last;
  }
  name = words.join(' ').trim();
  return name === '' ? null : name;
}

/**
 * What a message to Rapport asks for. Pure: message text and the asker's language in, an
 * Intent out; the bot handler does the lookups, checks permissions and compiles segment
 * expressions. Every phrase comes from the command registry (commands/registry.ts); the words
 * around a request (greetings, "show", sentence starts) from the language's grammar
 * (commands/grammar/).
 *
 * Languages: the asker's language first, then English, which works in every locale. At each
 * step below, the asker's language is tried before English, so it wins where both read a
 * message. Matching ignores case, accents and the Kazakh letters a Russian keyboard lacks
 * (commands/fold.ts); arguments keep what was typed.
 *
 * Before parsing: @mentions and HTML are removed (cleanMessageText), then a leading `/`, the
 * bot's name and greetings or courtesies ("hi", "please", "can you", "hej", "si us plau"),
 * trailing courtesies ("thanks", "tack") and trailing sentence punctuation.
 *
 * Precedence, first match wins:
 *
 *   #  | rule                                               | examples
 *   ---+----------------------------------------------------+-------------------------------------------------
 *   1  | nothing left, or no letter or digit at all          | "", "hi", "thanks!", "👍" → help
 *   2  | segment commands (rawPhrases: expression as typed)   | "save segment cold X > 60", "segments", "segment X > 60",
 *      |                                                    | "segment cold" / "run segment cold" → runSegment
 *   3  | a whole known phrase (a command's phrases without    | "help", "hjälp", "stale accounts", "top accounts", "run now",
 *      | arguments, then small talk → help)                  | "what's new", "which accounts need attention", "back", ...
 *   4  | a phrase with arguments, command by command in      | "top 10", "opt out of introductions", "schedule daily 07:30",
 *      | ARGUMENT_PRECEDENCE's order                         | "snooze Contoso", "watch Contoso", "who knows someone at
 *      |                                                    | Contoso", "relationship Contoso", "how engaged is Contoso"
 *   5  | show / find / tell me about <rest> (and a Kazakh    | "show stale accounts" → staleAccounts,
 *      | "… көрсет"): the rest is parsed by 3..4, else it is  | "show me contoso's emails" → engagement Contoso
 *      | an account                                          |
 *   6  | a bare e-mail address                               | "jane@contoso.com" → whoKnowsPerson
 *   7  | a command started but not finished                  | "who knows", "watch" → unknown, with an example
 *   8  | a mistyped command                                  | "stale acounts" → unknown, suggestion "stale accounts"
 *   9  | a sentence: more than 8 words, or 3+ words that      | "what is the weather like", "book me a flight"
 *      | start with a question word or contain me/you/we...  | → unknown, suggestion null
 *   10 | anything else is an account name                    | "Contoso?", "Fabrikam Inc" → engagement
 *
 * So a command word wins over an account with the same name ("Results"); such an account is
 * reached with an explicit question ("how engaged is Results"). A command whose arguments are
 * wrong ("schedule weekly Funday 06:00", "opt out of emails") is unknown with the corrected
 * command as suggestion ("schedule weekly Sunday 06:00"), in the language it was typed in.
 */
import type { Language } from './catalog/catalog.js';
import { canonicalPhrase } from './commands/canonical.js';
import type { CommandId, ReadContext, Reading } from './commands/command.js';
import { fold, foldWithOrigins, phraseKey } from './commands/fold.js';
import { matchTemplate, phrasebookOf, type Phrasebook } from './commands/phrasebook.js';
import { commandOf } from './commands/registry.js';
import { accountName, emailAddress } from './intents/accountTarget.js';
import { cleanMessageText, stripTrailingPunctuation, stripTrailingPunctuationOutsideQuotes } from './intents/cleanText.js';
import type { Schedule } from './intents/schedule.js';
import { closestCommandPhrase, correctedCommandWithArgument } from './intents/typos.js';

export { cleanMessageText } from './intents/cleanText.js';
export type { Schedule, Weekday } from './intents/schedule.js';

export type Intent =
  | { kind: 'engagement'; account: string }
  | { kind: 'whoKnows'; account: string }
  | { kind: 'whoKnowsPerson'; email: string }
  | { kind: 'relationship'; account: string }
  | { kind: 'staleAccounts'; count?: number }
  | { kind: 'topAccounts'; count?: number }
  | { kind: 'needsAttention' }
  | { kind: 'whatsNew' }
  | { kind: 'segment'; expression: string }
  | { kind: 'saveSegment'; name: string; expression: string }
  | { kind: 'listSegments' }
  | { kind: 'runSegment'; name: string }
  | { kind: 'watch'; account: string }
  | { kind: 'unwatch'; account: string }
  | { kind: 'listWatches' }
  | { kind: 'snooze'; account: string; days?: number }
  | { kind: 'mute'; account: string }
  | { kind: 'unmute'; account: string }
  | { kind: 'optOut' }
  | { kind: 'optIn' }
  | { kind: 'help' }
  | { kind: 'configureEngagement' }
  | { kind: 'enableRelationshipIntelligence' }
  | { kind: 'runNow' }
  | { kind: 'consentStatus' }
  | { kind: 'schedule'; schedule: Schedule }
  | { kind: 'results' }
  | { kind: 'deliveryStatus' }
  | { kind: 'cancel' }
  | { kind: 'back' }
  | { kind: 'unknown'; text: string; suggestion: string | null };

/** Rule 4's order: the commands whose phrases take an argument. */
export const ARGUMENT_PRECEDENCE: readonly CommandId[] = [
  'topAccounts', 'staleAccounts', 'optOut', 'optIn', 'schedule', 'snooze', 'mute', 'unmute', 'unwatch', 'watch', 'runSegment',
  'whoKnows', 'relationship', 'engagement',
];

/** A message longer than this many words is a sentence, not an account name. */
export const MAXIMUM_NAME_WORDS = 8;

const HELP: Intent = { kind: 'help' };

type Unknown = (suggestion: string | null) => Intent;

/** The languages a message is read in: the asker's, then English. */
function languagesFor(language: Language): Language[] {
  return language === 'en' ? ['en'] : [language, 'en'];
}

export function parseIntent(text: string, language: Language = 'en'): Intent {
  const books = languagesFor(language).map(phrasebookOf);
  const cleaned = cleanMessageText(text);
  const request = stripCourtesies(cleaned, books);
  if (!/[\p{L}\p{N}]/u.test(request)) return HELP;
  const unknown: Unknown = (suggestion) => ({ kind: 'unknown', text: cleaned, suggestion });
  return parseSegmentCommand(request, books, unknown) ?? parseCommand(commandText(request), books, unknown, true);
}

/**
 * The known command phrase closest to a message, in the asker's language or English, for a
 * handler that found no account by that name ("hlep" is read as an account; this says "help").
 */
export function suggestCommand(text: string, language: Language = 'en'): string | null {
  const books = languagesFor(language).map(phrasebookOf);
  const request = commandText(stripCourtesies(cleanMessageText(text), books));
  for (const book of books) {
    const phrase = closestCommandPhrase(request, book, 1);
    if (phrase !== null) return phrase;
  }
  return null;
}

// ---- preparing the text -------------------------------------------------------------------

/** Removes greetings, the bot's name and courtesies at either end; what is left is the request. */
function stripCourtesies(text: string, books: readonly Phrasebook[]): string {
  let request = text;
  for (let previous = ''; previous !== request; ) {
    previous = request;
    for (const book of books) {
      const folded = foldWithOrigins(request);
      const leading = book.leadingCourtesy.exec(folded.text);
      if (leading) request = request.slice(folded.origins[leading[0].length]);
      const foldedRest = foldWithOrigins(request);
      const trailing = book.trailingCourtesy.exec(foldedRest.text);
      if (trailing) request = request.slice(0, foldedRest.origins[trailing.index]);
      request = stripTrailingPunctuationOutsideQuotes(request).trim();
    }
  }
  return request;
}

/** Single spaces, straight apostrophes, no trailing punctuation: the text commands are matched on. */
function commandText(request: string): string {
  return stripTrailingPunctuation(request.replace(/[\u2018\u2019\u02BC]/g, "'").replace(/\s+/g, ' ').trim());
}

function contextOf(book: Phrasebook): ReadContext {
  return { language: book.language, grammar: book.grammar, canonical: (id, args) => canonicalPhrase(id, book.language, args) };
}

/** A reading as an intent; null when the phrase turned out not to be this command. */
function intentOf(reading: Reading, unknown: Unknown): Intent | null {
  if (reading === null) return null;
  return 'suggest' in reading ? unknown(reading.suggest) : reading;
}

// ---- 2: segments --------------------------------------------------------------------------

/**
 * Segment commands read the request before white space is collapsed, so an expression is
 * passed on as typed. Its only changes (segmentExpression): trailing `?`, `!`, `.` outside
 * quotes are dropped (the grammar can never end with them), and smart quotes become plain when
 * no plain quote is used.
 */
function parseSegmentCommand(request: string, books: readonly Phrasebook[], unknown: Unknown): Intent | null {
  for (const book of books) {
    for (const compiled of book.raw) {
      // An expression ends as typed (segmentExpression drops what may go); a phrase without one, without its "?".
      const slots = matchTemplate(compiled, request) ?? matchTemplate(compiled, stripTrailingPunctuation(request));
      if (slots === null) continue;
      const intent = intentOf(compiled.command.read ? compiled.command.read(slots, contextOf(book), compiled.template) : { kind: compiled.command.id } as Intent, unknown);
      if (intent !== null) return intent;
    }
  }
  return null;
}

// ---- 3..10 --------------------------------------------------------------------------------

function parseCommand(text: string, books: readonly Phrasebook[], unknown: Unknown, mayBeLookup: boolean): Intent {
  const key = phraseKey(text);
  for (const book of books) {
    const phrase = book.whole.get(key);
    if (phrase === undefined) continue;
    const entry = commandOf(phrase.command);
    const reading = entry.read ? entry.read({}, contextOf(book), phrase.template) : ({ kind: phrase.command } as Intent);
    const intent = intentOf(reading, unknown);
    if (intent !== null) return intent;
  }
  for (const book of books) {
    for (const id of ARGUMENT_PRECEDENCE) {
      for (const compiled of book.templates.get(id) ?? []) {
        const slots = matchTemplate(compiled, text);
        if (slots === null) continue;
        const intent = intentOf(compiled.command.read?.(slots, contextOf(book), compiled.template) ?? null, unknown);
        if (intent !== null) return intent;
      }
    }
  }
  if (mayBeLookup) {
    for (const book of books) {
      for (const lookup of book.lookups) {
        const rest = matchTemplate(lookup, text)?.rest;
        if (rest) return parseCommand(rest, books, unknown, false);
      }
    }
  }

  const email = emailAddress(text);
  if (email !== null) return { kind: 'whoKnowsPerson', email };
  for (const book of books) {
    const incomplete = book.incomplete.get(key);
    if (incomplete !== undefined) return unknown(canonicalPhrase(incomplete, book.language));
  }
  for (const book of books) {
    const correction = closestCommandPhrase(text, book, 5) ?? correctedCommandWithArgument(text, book, contextOf(book));
    if (correction !== null) return unknown(correction);
  }
  if (books.some((book) => isSentence(key, book))) return unknown(null);
  // The words around a name in the asker's language, then in English ("show me contoso's emails" anywhere).
  const account = books.reduce<string | null>((name, book) => (name === null ? null : accountName(name, book.grammar)), text);
  return account === null ? HELP : { kind: 'engagement', account };
}

/** A sentence rather than a name: very long, or 3+ words that start like a question or speak of "me" or "you". */
function isSentence(key: string, book: Phrasebook): boolean {
  const words = key.split(' ');
  if (words.length > MAXIMUM_NAME_WORDS) return true;
  if (words.length < 3) return false;
  const twoWords = `${words[0]} ${words[1]}`;
  return book.sentenceStarts.has(words[0]!) || book.sentenceStarts.has(twoWords) || words.some((word) => book.pronouns.has(fold(word)));
}

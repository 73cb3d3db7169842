/**
 * What a message to Rapport asks for. Pure: message text in, an Intent out; the bot handler
 * does the lookups, checks permissions and compiles segment expressions.
 *
 * Before parsing: @mentions and HTML are removed (cleanMessageText), then a leading `/`, the
 * bot's name and greetings or courtesies ("hi", "please", "can you"), trailing courtesies
 * ("thanks") and trailing sentence punctuation. Matching ignores case; arguments keep it.
 *
 * Precedence, first match wins:
 *
 *   #  | rule                                              | examples
 *   ---+---------------------------------------------------+-------------------------------------------------
 *   1  | nothing left, or no letter or digit at all        | "", "hi", "thanks!", "👍" → help
 *   2  | segment commands (expression kept as typed)        | "save segment cold X > 60", "segments", "segment X > 60",
 *      |                                                   | "segment cold" / "run segment cold" → runSegment
 *   3  | a whole known phrase (commandPhrases.ts)           | "help", "cancel", "back", "stale accounts", "top accounts",
 *      |                                                   | "my watches", "run now", "consent status", "results", ...
 *   4  | top N, opt out/in, schedule                        | "top 10", "opt out of introductions", "schedule daily 07:30"
 *   5  | unwatch / watch <account>                          | "stop watching Contoso", "watch Contoso"
 *   6  | run <segment name>                                | "run cold"
 *   7  | who knows <account or e-mail>                      | "who knows someone at Contoso?", "who knows jane@contoso.com"
 *   8  | relationship <account>                             | "relationship with Contoso", "health of Contoso"
 *   9  | engagement <account>                               | "how engaged is Contoso", "how is Contoso doing"
 *   10 | show / find / tell me about <rest>: the rest is     | "show stale accounts" → staleAccounts,
 *      | parsed by 3..9, else it is an account              | "show Contoso" → engagement Contoso
 *   11 | a bare e-mail address                              | "jane@contoso.com" → whoKnowsPerson
 *   12 | a command started but not finished                 | "who knows", "watch" → unknown, with an example
 *   13 | a mistyped command                                 | "stale acounts" → unknown, suggestion "stale accounts"
 *   14 | a sentence: more than 8 words, or 3+ words that    | "what is the weather like", "book me a flight"
 *      | start with a question word or contain me/you/we... | → unknown, suggestion null
 *   15 | anything else is an account name                   | "Contoso?", "Fabrikam Inc" → engagement
 *
 * So a command word wins over an account with the same name ("Results"); such an account is
 * reached with an explicit question ("how engaged is Results"). A command whose arguments are
 * wrong ("schedule weekly Funday 06:00", "opt out of emails") is unknown with the corrected
 * command as suggestion ("schedule weekly Sunday 06:00"); there is no separate error intent.
 */

import { cleanMessageText, straightenQuotes, stripTrailingPunctuation, stripTrailingPunctuationOutsideQuotes } from './intents/cleanText.js';
import { closestCommandPhrase, phraseCommandKind } from './intents/commandPhrases.js';
import { correctedCommandWithArgument, SEGMENT_NAME } from './intents/argumentCommands.js';
import {
  ENGAGEMENT_PATTERNS, INCOMPLETE_COMMANDS, LOOKUP_PREFIX, MAXIMUM_NAME_WORDS, PEOPLE_WORDS, RELATIONSHIP_PATTERNS,
  PERSONAL_PRONOUNS, SENTENCE_STARTS, UNWATCH_PATTERNS, WATCH_PATTERNS, WHO_KNOWS_PATTERNS,
} from './intents/patterns.js';
import { parseScheduleArguments } from './intents/schedule.js';
import type { Weekday } from './intents/schedule.js';

export { cleanMessageText } from './intents/cleanText.js';
export type { Schedule, Weekday } from './intents/schedule.js';

export type Intent =
  | { kind: 'engagement'; account: string }
  | { kind: 'whoKnows'; account: string }
  | { kind: 'whoKnowsPerson'; email: string }
  | { kind: 'relationship'; account: string }
  | { kind: 'staleAccounts' }
  | { kind: 'topAccounts' }
  | { kind: 'segment'; expression: string }
  | { kind: 'saveSegment'; name: string; expression: string }
  | { kind: 'listSegments' }
  | { kind: 'runSegment'; name: string }
  | { kind: 'watch'; account: string }
  | { kind: 'unwatch'; account: string }
  | { kind: 'listWatches' }
  | { kind: 'optOut' }
  | { kind: 'optIn' }
  | { kind: 'help' }
  | { kind: 'configureEngagement' }
  | { kind: 'enableRelationshipIntelligence' }
  | { kind: 'runNow' }
  | { kind: 'consentStatus' }
  | { kind: 'schedule'; schedule: { cadence: 'weekly'; day: Weekday; time: string } | { cadence: 'daily'; time: string } | { cadence: 'off' } }
  | { kind: 'results' }
  | { kind: 'deliveryStatus' }
  | { kind: 'cancel' }
  | { kind: 'back' }
  | { kind: 'unknown'; text: string; suggestion: string | null };

const HELP: Intent = { kind: 'help' };
const EXAMPLE_EXPRESSION = 'DaysSinceLastEmail > 60';

const EMAIL = /^[a-z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)+$/i;

export function parseIntent(text: string): Intent {
  const cleaned = cleanMessageText(text);
  const request = stripCourtesies(cleaned);
  if (!/[\p{L}\p{N}]/u.test(request)) return HELP;
  const unknown = (suggestion: string | null): Intent => ({ kind: 'unknown', text: cleaned, suggestion });
  return parseSegmentCommand(request, unknown) ?? parseCommand(commandText(request), unknown, true);
}

/**
 * The known command phrase closest to a message, for a handler that found no account by that
 * name ("hlep" is read as an account; this says "help"). Null when nothing is close.
 */
export function suggestCommand(text: string): string | null {
  return closestCommandPhrase(commandText(stripCourtesies(cleanMessageText(text))).toLowerCase(), 1);
}

// ---- preparing the text -------------------------------------------------------------------

/** A leading `/`, or the bot's name, a greeting or a courtesy as a whole word ("Hi-Tech Corp" keeps its "Hi"). */
const LEADING_COURTESY =
  /^(?:\/|(?:@?rapport|hi|hello|hey|hiya|howdy|greetings|good (?:morning|afternoon|evening|day)|please|pls|plz|kindly|(?:can|could|would|will) (?:you|u)|thanks|thank you|thx|cheers)(?=[\s,;:!.]|$))[\s,;:!.]*/i;
const TRAILING_COURTESY = /[\s,;]+(?:please|pls|plz|thanks|thank you|thx|cheers)$/i;

/** Removes greetings, the bot's name and courtesies at either end; what is left is the request. */
function stripCourtesies(text: string): string {
  let request = text;
  for (let previous = ''; previous !== request; ) {
    previous = request;
    request = stripTrailingPunctuationOutsideQuotes(request.replace(LEADING_COURTESY, '').replace(TRAILING_COURTESY, '')).trim();
  }
  return request;
}

/** Single spaces, straight apostrophes, no trailing punctuation: the text commands are matched on. */
function commandText(request: string): string {
  return stripTrailingPunctuation(request.replace(/[\u2018\u2019\u02BC]/g, "'").replace(/\s+/g, ' ').trim());
}

// ---- segments -----------------------------------------------------------------------------

const SAVE_SEGMENT = /^save\s+(?:(?:a|the|this|new|my)\s+)?segment(?:\s+(?:named|called))?(?:\s+|$)(?<rest>[\s\S]*)$/i;
const SEGMENT = /^(?:(?<verb>show|run|apply|open|execute)\s+(?:me\s+)?(?:(?:the|a|my|saved|our)\s+)*)?segment(?:\s*:\s*|\s+|$)(?<rest>[\s\S]*)$/i;
const LIST_SEGMENTS = /^(?:(?:list|show|view|see)\s+)?(?:(?:me|my|all|the|saved|our)\s+)*segments$/i;

type Unknown = (suggestion: string | null) => Intent;

/**
 * Segment commands read the request before white space is collapsed, so an expression is
 * passed on as typed. Its only changes: trailing `?`, `!`, `.` outside quotes are dropped (the
 * grammar can never end with them), and smart quotes become plain when no plain quote is used.
 * A single name-like word after `segment` names a saved segment: `segment cold` runs it.
 */
function parseSegmentCommand(request: string, unknown: Unknown): Intent | null {
  if (LIST_SEGMENTS.test(commandText(request))) return { kind: 'listSegments' };
  const save = SAVE_SEGMENT.exec(request);
  if (save !== null) return parseSaveSegment(save.groups?.['rest'] ?? '', unknown);
  const segment = SEGMENT.exec(request);
  if (segment === null) return null;
  const rest = segmentExpression(segment.groups?.['rest'] ?? '');
  if (rest === '') return unknown(segment.groups?.['verb'] === undefined ? `segment ${EXAMPLE_EXPRESSION}` : 'run segment <name>');
  if (SEGMENT_NAME.test(rest)) return { kind: 'runSegment', name: rest };
  return { kind: 'segment', expression: rest };
}

function parseSaveSegment(rest: string, unknown: Unknown): Intent {
  const match = /^(?<name>[^\s:]*)\s*(?::|\s+as\s+|\s|$)(?<expression>[\s\S]*)$/i.exec(rest.trim());
  const name = match?.groups?.['name'] ?? '';
  const expression = segmentExpression(match?.groups?.['expression'] ?? '');
  if (SEGMENT_NAME.test(name) && expression !== '') return { kind: 'saveSegment', name, expression };
  const suggestedName = name.replace(/[^\p{L}\p{Nd}_-]+/gu, '-').replace(/^-+|-+$/g, '') || 'cold';
  return unknown(`save segment ${suggestedName} ${expression || EXAMPLE_EXPRESSION}`);
}

function segmentExpression(text: string): string {
  return straightenQuotes(stripTrailingPunctuationOutsideQuotes(text.trim()));
}

// ---- everything else ----------------------------------------------------------------------

type Rule = (text: string, unknown: Unknown) => Intent | null;

const RULES: readonly Rule[] = [
  parseTopNumber,
  parseOptCommand,
  parseScheduleCommand,
  (text, unknown) => accountRule(UNWATCH_PATTERNS, text, unknown, (account) => ({ kind: 'unwatch', account })),
  (text, unknown) => accountRule(WATCH_PATTERNS, text, unknown, (account) => ({ kind: 'watch', account })),
  parseRunSegmentName,
  parseWhoKnows,
  (text, unknown) => accountRule(RELATIONSHIP_PATTERNS, text, unknown, (account) => ({ kind: 'relationship', account })),
  (text, unknown) => accountRule(ENGAGEMENT_PATTERNS, text, unknown, (account) => ({ kind: 'engagement', account })),
];

function parseCommand(text: string, unknown: Unknown, mayBeLookup: boolean): Intent {
  const lower = text.toLowerCase();
  const phraseKind = phraseCommandKind(lower);
  if (phraseKind !== null) return { kind: phraseKind };
  for (const rule of RULES) {
    const intent = rule(text, unknown);
    if (intent !== null) return intent;
  }
  const lookup = mayBeLookup ? LOOKUP_PREFIX.exec(text) : null;
  if (lookup !== null) return parseCommand(text.slice(lookup[0].length), unknown, false);

  const email = emailAddress(text);
  if (email !== null) return { kind: 'whoKnowsPerson', email };
  const incomplete = INCOMPLETE_COMMANDS.get(lower);
  if (incomplete !== undefined) return unknown(incomplete);
  const correction = closestCommandPhrase(lower, 5) ?? correctedCommandWithArgument(text);
  if (correction !== null) return unknown(correction);
  if (isSentence(lower)) return unknown(null);
  const account = accountName(text);
  return account === null ? HELP : { kind: 'engagement', account };
}

/** "top 10", "the top 5 accounts": the list has its own length, the number is only how it is asked. */
function parseTopNumber(text: string): Intent | null {
  return /^(?:the )?top \d{1,3}(?: (?:accounts|customers))?$/i.test(text) ? { kind: 'topAccounts' } : null;
}

/** "run cold": a single segment-name word after "run" ("run now" is matched before, as a phrase). */
function parseRunSegmentName(text: string): Intent | null {
  const name = /^run (?<name>\S+)$/i.exec(text)?.groups?.['name'];
  return name !== undefined && SEGMENT_NAME.test(name) ? { kind: 'runSegment', name } : null;
}

function parseOptCommand(text: string, unknown: Unknown): Intent | null {
  const match = /^opt[ -]?(?<direction>out|in)\b ?(?<rest>.*)$/i.exec(text);
  if (match === null) return null;
  const optOut = match.groups?.['direction']?.toLowerCase() === 'out';
  const rest = match.groups?.['rest'] ?? '';
  if (rest === '' || /^(?:(?:of|from|to|for|into) )?(?:(?:all|the) )?(?:introductions?|intros?|who knows)$/i.test(rest)) {
    return { kind: optOut ? 'optOut' : 'optIn' };
  }
  return unknown(optOut ? 'opt out of introductions' : 'opt in to introductions');
}

function parseScheduleCommand(text: string, unknown: Unknown): Intent | null {
  const match = /^schedule\b:? ?(?<rest>.*)$/i.exec(text);
  if (match === null) return null;
  const parsed = parseScheduleArguments(match.groups?.['rest'] ?? '');
  return parsed.ok ? { kind: 'schedule', schedule: parsed.schedule } : unknown(parsed.suggestion);
}

function parseWhoKnows(text: string, unknown: Unknown): Intent | null {
  const target = firstTarget(WHO_KNOWS_PATTERNS, text);
  if (target === null) return null;
  const email = emailAddress(target);
  if (email !== null) return { kind: 'whoKnowsPerson', email };
  const account = accountName(target);
  if (account === null || PEOPLE_WORDS.has(account.toLowerCase())) return unknown('who knows someone at <account>');
  return { kind: 'whoKnows', account };
}

function accountRule(patterns: readonly RegExp[], text: string, unknown: Unknown, intent: (account: string) => Intent): Intent | null {
  const target = firstTarget(patterns, text);
  if (target === null) return null;
  const account = accountName(target);
  return account === null ? unknown(null) : intent(account);
}

function firstTarget(patterns: readonly RegExp[], text: string): string | null {
  for (const pattern of patterns) {
    const target = pattern.exec(text)?.groups?.['target'];
    if (target !== undefined) return target;
  }
  return null;
}

const QUOTE_PAIRS: ReadonlyMap<string, string> = new Map([['"', '"'], ["'", "'"], ['\u201C', '\u201D'], ['\u2018', '\u2019'], ['\u00AB', '\u00BB']]);

/**
 * The account as asked about: trailing punctuation and surrounding quotes removed, and a
 * trailing "account" or "customer" after another word ("the Contoso account" → "Contoso").
 */
function accountName(target: string): string | null {
  let name = stripTrailingPunctuation(target.trim());
  const closing = QUOTE_PAIRS.get(name.charAt(0));
  if (closing !== undefined && name.length > 1 && name.endsWith(closing)) name = name.slice(1, -1).trim();
  const words = name.split(' ');
  if (words.length > 1 && /^(?:account|customer)s?$/i.test(words.at(-1) ?? '')) {
    words.pop();
    if (words.length > 1 && words[0]?.toLowerCase() === 'the') words.shift();
  }
  name = words.join(' ');
  return name === '' ? null : name;
}

/** A valid e-mail address, lower-cased, also when written `mailto:…` or `<…>`; otherwise null. */
function emailAddress(text: string): string | null {
  const candidate = stripTrailingPunctuation(text.trim()).replace(/^mailto:/i, '').replace(/^<(.*)>$/, '$1');
  return EMAIL.test(candidate) ? candidate.toLowerCase() : null;
}

/** A sentence rather than a name: very long, or 3+ words that start like a question or speak of "me" or "you". */
function isSentence(lower: string): boolean {
  const words = lower.split(' ');
  if (words.length > MAXIMUM_NAME_WORDS) return true;
  return words.length >= 3 && (SENTENCE_STARTS.has(words[0] ?? '') || words.some((word) => PERSONAL_PRONOUNS.has(word)));
}

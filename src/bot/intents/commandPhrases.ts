/**
 * The commands that take no argument, the phrases that name them, and the closest known
 * command for a mistyped one ("stale acounts" → "stale accounts").
 *
 * Phrases are lower case with single spaces and straight apostrophes, as the parser
 * prepares its text. The first phrase of each command is the one help shows.
 */

import { damerauLevenshtein } from './editDistance.js';

export type PhraseCommandKind =
  | 'help' | 'cancel' | 'back'
  | 'staleAccounts' | 'topAccounts' | 'listSegments' | 'listWatches' | 'optOut' | 'optIn'
  | 'configureEngagement' | 'enableRelationshipIntelligence' | 'runNow' | 'consentStatus' | 'results' | 'deliveryStatus';

/** Greetings and small talk: answered with help, never offered as a correction. */
const SMALL_TALK: readonly string[] = [
  'hi', 'hello', 'hey', 'hiya', 'howdy', 'yo', 'sup', "what's up", 'whats up', 'how are you', "how's it going",
  'good morning', 'good afternoon', 'good evening', 'thanks', 'thank you', 'thx', 'ty', 'cheers',
  'ok', 'okay', 'cool', 'great', 'bye', 'goodbye', 'show', 'show me', 'list',
];

const COMMAND_PHRASES: Readonly<Record<PhraseCommandKind, readonly string[]>> = {
  help: ['help', 'commands', 'menu', 'options', 'what can you do', 'what can i ask', 'what can i ask you', 'what do you do', 'how does this work', 'how do i use this', 'who are you', 'get started', 'usage'],
  cancel: ['cancel', 'stop', 'never mind', 'nevermind', 'abort', 'quit', 'exit', 'forget it'],
  back: ['back', 'go back', 'previous'],
  staleAccounts: ['stale accounts', 'stale', 'stale customers', 'which accounts are stale', 'accounts going cold', 'cold accounts'],
  topAccounts: ['top accounts', 'top', 'top customers', 'most engaged accounts', 'most engaged', 'best accounts', 'which accounts are most engaged'],
  listSegments: ['segments', 'my segments', 'saved segments', 'my saved segments', 'list segments', 'all segments'],
  listWatches: ['my watches', 'watches', 'watchlist', 'my watchlist', 'watch list', 'my watch list', 'list watches', 'what am i watching', 'watching'],
  optOut: ['opt out of introductions', 'opt out', 'opt-out', 'optout'],
  optIn: ['opt in to introductions', 'opt in', 'opt-in', 'optin'],
  configureEngagement: ['configure engagement', 'configure', 'setup', 'set up', 'set up engagement', 'setup engagement', 'engagement settings', 'configure account engagement', 'settings'],
  enableRelationshipIntelligence: ['enable relationship intelligence', 'turn on relationship intelligence', 'set up relationship intelligence', 'configure relationship intelligence', 'relationship intelligence'],
  runNow: ['run now', 'run it now', 'run engagement now', 'run the aggregation now', 'refresh', 'refresh now'],
  consentStatus: ['consent status', 'consent', 'check consent', 'admin consent', 'admin consent status', 'permissions'],
  results: ['results', 'show results', 'latest results', 'engagement results', 'view results', 'last results', 'my enrichments', 'my enrichment', 'enrichments', 'show enrichments'],
  deliveryStatus: ['delivery status', 'delivery', 'deliveries', 'delivery report', 'report delivery status'],
};

const KIND_BY_PHRASE: ReadonlyMap<string, PhraseCommandKind> = new Map([
  ...SMALL_TALK.map((phrase): [string, PhraseCommandKind] => [phrase, 'help']),
  ...Object.entries(COMMAND_PHRASES).flatMap(([kind, phrases]) => phrases.map((phrase): [string, PhraseCommandKind] => [phrase, kind as PhraseCommandKind])),
]);

/** Every command phrase a typo may be corrected to (small talk is left out). */
const CORRECTABLE_PHRASES: readonly string[] = Object.values(COMMAND_PHRASES).flat();

/** The command a whole message names, e.g. `stale accounts` → staleAccounts. */
export function phraseCommandKind(lowerText: string): PhraseCommandKind | null {
  return KIND_BY_PHRASE.get(lowerText) ?? null;
}

/** How many edits a typed phrase may be away from a known phrase of this length. */
export function typoAllowance(phraseLength: number): number {
  if (phraseLength <= 5) return 1;
  return phraseLength <= 15 ? 2 : 3;
}

/**
 * The known command phrase nearest to `lowerText` within `typoAllowance`, or null. A single
 * word shorter than `minimumSingleWordLength` is never corrected (short words are too often
 * real names: "Bach" is not "back"). Ties go to the phrase listed first.
 */
export function closestCommandPhrase(lowerText: string, minimumSingleWordLength: number): string | null {
  if (!lowerText.includes(' ') && lowerText.length < minimumSingleWordLength) return null;
  let best: { phrase: string; distance: number } | null = null;
  for (const phrase of CORRECTABLE_PHRASES) {
    const allowance = typoAllowance(phrase.length);
    const distance = damerauLevenshtein(lowerText, phrase, allowance);
    if (distance <= allowance && (best === null || distance < best.distance)) best = { phrase, distance };
  }
  return best?.phrase ?? null;
}

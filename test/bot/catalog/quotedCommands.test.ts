/**
 * Messages that tell a person what to say quote a command: in every language whose catalog is
 * registered, each quoted command parses, in that language, to the command the message means.
 * A translation that quotes a phrase Rapport does not understand fails here.
 */
import { describe, expect, it } from 'vitest';
import { availableLanguages, type Language, type MessageKey } from '../../../src/bot/catalog/catalog.js';
import { messagesOf } from '../../../src/bot/catalog/languages.js';
import { grammarOf } from '../../../src/bot/commands/grammar.js';
import { isTypedWord, type TypedWord } from '../../../src/bot/commands/wizardWords.js';
import { parseIntent, type Intent } from '../../../src/bot/intents.js';

/** What a quoted fragment must be: a command, a wizard's typed word, or a command that the message says to follow with an account. */
type Expected = Intent['kind'] | { word: TypedWord } | { withAccount: Intent['kind'] };

const QUOTING: Partial<Record<MessageKey, readonly Expected[]>> = {
  'segments.empty': ['segment'],
  'prompt.whichAccount': ['engagement'],
  'confirm.optedOut': ['optIn'],
  'confirm.segmentSaved': ['runSegment'],
  'watches.empty': ['watch'],
  'error.segmentNotFound': ['listSegments'],
  'wizard.renderFailed': [{ word: 'back' }, { word: 'cancel' }],
  'enrichment.consent.required': [{ word: 'agree' }],
  'enrichment.review.typeSave': [{ word: 'save' }],
  'ri.review.typeSave': [{ word: 'save' }],
  'ri.groups.unavailable': ['consentStatus'],
  'ri.status.notEnabled': ['enableRelationshipIntelligence'],
  'ri.status.turnOnAgain': ['enableRelationshipIntelligence'],
  'ri.consent.givenSwitchedOff': ['enableRelationshipIntelligence'],
  'ri.whoKnowsOff.exchangeOff': [{ withAccount: 'relationship' }],
  'run.notConfigured': ['configureEngagement'],
  'schedule.off': ['runNow', 'schedule'],
  'schedule.noneNotConfigured': ['configureEngagement'],
  'schedule.noneNoConsent': ['consentStatus'],
  'enrichment.noRunDue': ['runNow'],
  'consentRecorded.notConfigured': ['configureEngagement'],
  'consentRecorded.noRunDue': ['runNow'],
  'results.notConfigured': ['configureEngagement'],
  'results.noRunNext': ['runNow'],
};

const QUOTED = /[“”«"]([^“”«»"]+)[”»"]/gu;

/** The message with its placeholders filled as a person would see them, and what it quotes. */
function quotedIn(text: string, language: Language): { fragments: string[]; values: string[] } {
  const { account, segmentName } = grammarOf(language).examples;
  const values = [account, segmentName];
  const filled = text.replace(/\{(\w+)\}/g, (_whole, name: string) => (name === 'name' ? segmentName : name === 'account' ? account : '7'));
  return { fragments: [...filled.matchAll(QUOTED)].map((match) => match[1]!.trim()), values };
}

function fits(fragment: string, expected: Expected, language: Language): boolean {
  if (typeof expected === 'string') return parseIntent(fragment, language).kind === expected;
  if ('word' in expected) return isTypedWord(expected.word, fragment, language) || parseIntent(fragment, language).kind === expected.word;
  // Before or after the name, as the language orders it ("relationship Contoso", "Contoso бойынша қарым-қатынас").
  const { account } = grammarOf(language).examples;
  return [`${fragment} ${account}`, `${account} ${fragment}`].some((typed) => parseIntent(typed, language).kind === expected.withAccount);
}

describe.each(availableLanguages())('commands quoted in the %s catalog', (language) => {
  const messages = messagesOf(language)!;

  it.each(Object.entries(QUOTING) as [MessageKey, readonly Expected[]][])('%s', (key, expected) => {
    const { fragments, values } = quotedIn(messages[key], language);
    // A quoted name ("the segment “cold”"), button or feature ("«Сақтау» түймесі") may sit beside the commands.
    const quoted = fragments.filter((fragment) => !values.includes(fragment));
    for (const candidate of expected) {
      expect(quoted.some((fragment) => fits(fragment, candidate, language)), `${JSON.stringify(candidate)} in ${messages[key]}`).toBe(true);
    }
  });
});

/**
 * Every phrase of the command registry, in every language, parses back to its own command:
 * as written, without its accents (and Kazakh letters typed on a Russian keyboard), in capitals
 * with a question mark, and through a Teams mention. English phrases work in every locale.
 */
import { describe, expect, it } from 'vitest';
import { LANGUAGES, type Language } from '../../../src/bot/catalog/catalog.js';
import { canonicalTemplate, commandTitle } from '../../../src/bot/commands/canonical.js';
import type { AnyCommand } from '../../../src/bot/commands/command.js';
import { grammarOf } from '../../../src/bot/commands/grammar.js';
import { phrasebookOf } from '../../../src/bot/commands/phrasebook.js';
import { REGISTRY } from '../../../src/bot/commands/registry.js';
import { isPlainTemplate } from '../../../src/bot/commands/template.js';
import { parseIntent, type Intent } from '../../../src/bot/intents.js';
import { samplePhrases, sampleSlots } from './phraseSamples.js';

const SPOKEN = REGISTRY.filter((entry) => entry.audience !== 'wizard' && (entry.phrases || entry.rawPhrases));

/** Typed without accents, and Kazakh letters as a Russian keyboard types them. */
export function withoutDiacritics(text: string): string {
  const kazakh: Record<string, string> = { 'ә': 'а', 'ғ': 'г', 'қ': 'к', 'ң': 'н', 'ө': 'о', 'ұ': 'у', 'ү': 'у', 'һ': 'х', 'і': 'и', 'Ә': 'А', 'Қ': 'К', 'Ө': 'О', 'Ұ': 'У', 'Ү': 'У', 'І': 'И' };
  return [...text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/·/g, 'l')].map((char) => kazakh[char] ?? char).join('').replace(/ll+/g, 'll');
}

/** The kinds a phrase of this command may mean: the segment commands tell a name from an expression. */
function kindsOf(entry: AnyCommand): readonly string[] {
  if (entry.id === 'whoKnowsPerson') return ['whoKnows', 'whoKnowsPerson'];
  if (entry.id === 'segment' || entry.id === 'runSegment') return ['segment', 'runSegment'];
  return [entry.id];
}

/** A phrase typed without its argument ("save segment") is answered with the whole command: that is fine too. */
function means(intent: Intent, entry: AnyCommand, phrase: string, language: Language): boolean {
  if (kindsOf(entry).includes(intent.kind)) return true;
  const given = Object.values(sampleSlots(entry, language)).some((value) => phrase.includes(value!));
  if (intent.kind === 'unknown' && intent.suggestion !== null && !given) return true;
  // Swedish "segment" is also the plural: alone it lists the saved ones.
  return language === 'sv' && intent.kind === 'listSegments' && !given;
}

function phrasesOf(entry: AnyCommand, language: Language): string[] {
  const grammar = grammarOf(language);
  return [entry.phrases, entry.rawPhrases, entry.examples]
    .flatMap((table) => table?.[language] ?? [])
    .flatMap((template) => samplePhrases(template, grammar.lists, sampleSlots(entry, language)));
}

describe.each(LANGUAGES)('the registry in %s', (language) => {
  it('compiles: every template parses, every word list it names exists', () => {
    expect(() => phrasebookOf(language)).not.toThrow();
  });

  it('says every command it has phrases for with a plain first phrase, its argument at the end', () => {
    for (const entry of SPOKEN) {
      const template = canonicalTemplate(entry.id, language);
      expect(template, `${entry.id} in ${language}`).toBeDefined();
      expect(isPlainTemplate(template!), template).toBe(true);
      expect(template!.replace(/\{\w+\}/g, '{}'), template).toMatch(/^[^{]*(?:\{\}(?: \{\})*)?$/u);
      expect(commandTitle(entry.id, language), template).not.toBe('');
    }
  });

  it.each(SPOKEN.map((entry) => [entry.id, entry] as const))('reads every phrase of %s as that command, also without accents, in capitals and after a mention', (_id, entry) => {
    const wrong: string[] = [];
    for (const phrase of phrasesOf(entry, language)) {
      for (const variant of [phrase, withoutDiacritics(phrase), `${phrase.toLocaleUpperCase(language)}?`, `<at>Rapport</at> ${phrase}`]) {
        const intent = parseIntent(variant, language);
        if (!means(intent, entry, phrase, language)) wrong.push(`${JSON.stringify(variant)} → ${JSON.stringify(intent)}`);
      }
    }
    expect(wrong).toEqual([]);
  });
});

describe.each(LANGUAGES.filter((language) => language !== 'en'))('English in %s', (language) => {
  it('reads every English phrase as it does in English', () => {
    const differing: string[] = [];
    for (const entry of SPOKEN) {
      for (const phrase of phrasesOf(entry, 'en')) {
        const english = parseIntent(phrase, 'en');
        const local = parseIntent(phrase, language);
        if (english.kind !== 'unknown' && local.kind !== english.kind && !(language === 'sv' && local.kind === 'listSegments')) {
          differing.push(`${JSON.stringify(phrase)}: ${english.kind} in English, ${local.kind} in ${language}`);
        }
      }
    }
    expect(differing).toEqual([]);
  });
});

/**
 * The conversational layer's catalog section (commands.ts) in every language, registered or not
 * yet: the English keys, valid ICU, the same arguments, every plural category the language
 * needs, and nothing left in English but product names.
 */
import { describe, expect, it } from 'vitest';
import { COMMAND_SECTIONS } from '../../../src/bot/catalog/commandSections.js';
import { LANGUAGES, type Language } from '../../../src/bot/catalog/catalog.js';
import { messageShape, parseMessage } from '../../../src/bot/catalog/messageShape.js';

const english = COMMAND_SECTIONS.en;
const keys = Object.keys(english) as (keyof typeof english)[];
const shapeOf = (text: string) => messageShape(parseMessage(text));
/** The same in every language: the product's name. */
const SAME_EVERYWHERE = new Set(['manifest.name.short']);
/** Indonesian quotes with the same curly double quotes as English. */
const SAME_AS_ENGLISH: Partial<Record<Language, ReadonlySet<string>>> = { id: new Set(['commands.quoted']) };

describe.each(LANGUAGES.filter((language) => language !== 'en'))('the %s commands section', (language: Language) => {
  const messages = COMMAND_SECTIONS[language];

  it('has every English key and no other, none empty', () => {
    expect(Object.keys(messages).sort()).toEqual([...keys].sort());
    expect(keys.filter((key) => messages[key].trim() === '')).toEqual([]);
  });

  it('is valid ICU with exactly the English arguments', () => {
    expect(keys.filter((key) => {
      const mine = [...shapeOf(messages[key]).arguments].sort().join();
      return mine !== [...shapeOf(english[key]).arguments].sort().join();
    })).toEqual([]);
  });

  it('offers every plural category the language needs', () => {
    const needed = new Intl.PluralRules(language).resolvedOptions().pluralCategories;
    expect(keys.flatMap((key) => [...shapeOf(messages[key]).pluralOptions]
      .filter(([, options]) => needed.some((category) => !options.includes(category))).map(([name]) => `${key} {${name}}`))).toEqual([]);
  });

  it('leaves nothing in English', () => {
    const allowed = (key: string) => SAME_EVERYWHERE.has(key) || SAME_AS_ENGLISH[language]?.has(key) === true;
    expect(keys.filter((key) => !allowed(key) && messages[key] === english[key])).toEqual([]);
  });
});

describe('the Kazakh commands section', () => {
  it('is written in Cyrillic', () => {
    const kazakh = COMMAND_SECTIONS.kk;
    const latinOnly = keys.filter((key) => !SAME_EVERYWHERE.has(key) && key !== 'commands.quoted' && !/[\u0400-\u04FF]/u.test(kazakh[key]));
    expect(latinOnly).toEqual([]);
  });
});

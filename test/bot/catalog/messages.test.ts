/**
 * Every language's messages against English, the source: the same keys (the type checker
 * sees to that), valid ICU syntax, the same arguments, and every plural category the
 * locale's CLDR rules need (Catalan has `many`, Indonesian only `other`).
 */
import { describe, expect, it } from 'vitest';
import { availableLanguages, type Language, type MessageKey } from '../../../src/bot/catalog/catalog.js';
import { messagesOf } from '../../../src/bot/catalog/languages.js';
import { messageShape, parseMessage } from '../../../src/bot/catalog/messageShape.js';

const english = messagesOf('en')!;
const keys = Object.keys(english) as MessageKey[];
const shapeOf = (text: string) => messageShape(parseMessage(text));

describe.each(availableLanguages())('the %s messages', (language: Language) => {
  const messages = messagesOf(language)!;

  it('have every English key and no other', () => {
    expect(Object.keys(messages).sort()).toEqual([...keys].sort());
  });

  it('are none of them empty', () => {
    expect(keys.filter((key) => messages[key].trim() === '')).toEqual([]);
  });

  it('are all valid ICU messages', () => {
    const invalid = keys.filter((key) => {
      try {
        parseMessage(messages[key]);
        return false;
      } catch {
        return true;
      }
    });
    expect(invalid).toEqual([]);
  });

  it('take exactly the arguments of the English message', () => {
    const differing = keys.filter((key) => {
      const mine = [...shapeOf(messages[key]).arguments].sort();
      const source = [...shapeOf(english[key]).arguments].sort();
      return mine.join() !== source.join();
    });
    expect(differing).toEqual([]);
  });

  it('offer every plural category the language needs', () => {
    const needed = new Intl.PluralRules(language).resolvedOptions().pluralCategories;
    const lacking = keys.flatMap((key) => [...shapeOf(messages[key]).pluralOptions]
      .filter(([, options]) => needed.some((category) => !options.includes(category)))
      .map(([name]) => `${key} {${name}}`));
    expect(lacking).toEqual([]);
  });

  it('use no markdown, since cards escape only what is substituted into them', () => {
    expect(keys.filter((key) => /\*\*|__|\[[^\]]*\]\(|^#|`/.test(messages[key]))).toEqual([]);
  });
});

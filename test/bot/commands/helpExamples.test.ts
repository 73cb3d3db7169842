/**
 * Help in the reader's language: every example is a registry phrase of that language, quoted
 * the language's way, and means the command its topic is about; through the real bot, help and
 * did-you-mean answer in the asker's language.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { catalogFor, LANGUAGES, type Catalog, type Language } from '../../../src/bot/catalog/catalog.js';
import { COMMAND_SECTIONS } from '../../../src/bot/catalog/commandSections.js';
import { ADMIN_TOPIC, helpExample, SELLER_TOPICS, topicExamples } from '../../../src/bot/commands/help.js';
import { parseIntent } from '../../../src/bot/intents.js';
import { cardTexts, storeWithInsights, type TestStore } from '../conversations/fixtures.js';
import { Conversation, teamsUser } from '../conversations/teamsTestAdapter.js';

/** The pieces of a catalog help's examples use, in a language whose whole catalog may not be registered yet. */
function exampleCatalog(language: Language): Catalog {
  const quoted = COMMAND_SECTIONS[language]['commands.quoted'];
  return { ...catalogFor('en'), language, t: ((_key: string, params: { phrase: string }) => quoted.replace('{phrase}', params.phrase)) as Catalog['t'] };
}

describe.each(LANGUAGES)('help examples in %s', (language) => {
  const catalog = exampleCatalog(language);

  it('are phrases of the language that mean their topic’s commands', () => {
    for (const topic of [...SELLER_TOPICS, ADMIN_TOPIC]) {
      for (const example of topic.examples) {
        const phrase = helpExample(example, catalog);
        const intent = parseIntent(phrase, language);
        const expected = 'bareAccount' in example ? 'engagement' : example.id === 'whoKnowsPerson' ? 'whoKnowsPerson' : example.id;
        expect(intent.kind, `${phrase} (${topic.title})`).toBe(expected);
      }
    }
  });

  it('are quoted the language’s way', () => {
    const quoted = COMMAND_SECTIONS[language]['commands.quoted'];
    const [open, close] = quoted.split('{phrase}');
    expect(topicExamples(SELLER_TOPICS[0]!, catalog).startsWith(open!)).toBe(true);
    expect(topicExamples(SELLER_TOPICS[0]!, catalog)).toContain(`${close} · ${open}`);
  });
});

describe('help examples, language by language', () => {
  it('say each command the way its language does', () => {
    const engagement = (language: Language) => helpExample(SELLER_TOPICS[0]!.examples[0]!, exampleCatalog(language));
    expect(LANGUAGES.map(engagement)).toEqual([
      'how engaged is Contoso?', 'hur engagerat är Contoso?', 'quina interacció tenim amb Contoso?', 'seberapa terlibat Contoso?', 'өзара әрекеттестік Contoso',
    ]);
  });
});

describe('help and did-you-mean through the bot, in the asker’s language', () => {
  let env: TestStore;
  let bot: Conversation;
  beforeAll(async () => {
    env = await storeWithInsights();
    bot = await Conversation.start(env.store);
  });
  afterAll(async () => env.dispose());

  it.each([['en-US', 'help', 'stale acounts', 'stale accounts'], ['sv-SE', 'hjälp', 'inaktiva kotnon', 'inaktiva konton'], ['ca-ES', 'ajuda', 'comptes inactuis', 'comptes inactius'],
    ['id-ID', 'bantuan', 'apa cuaca hari ini di Jakarta', null], ['kk-KZ', 'көмек', 'белсенді емес аккаунтар', 'белсенді емес аккаунттар']] as const)(
    '%s', async (locale, help, mistyped, suggestion) => {
      const catalog = catalogFor(locale);
      const seller = teamsUser('Sofia Rossi', 'sofia.rossi@northwind.example');
      const texts = cardTexts(await bot.ask(seller, help, locale));
      expect(texts[0]).toBe(catalog.t('help.title'));
      expect(texts).toContain(topicExamples(SELLER_TOPICS[0]!, catalog));
      const unknown = cardTexts(await bot.ask(seller, mistyped, locale))[0];
      expect(unknown).toBe(suggestion === null
        ? catalog.t('help.unknown', { text: mistyped })
        : catalog.t('help.unknownWithSuggestion', { text: mistyped, suggestion }));
    },
  );
});

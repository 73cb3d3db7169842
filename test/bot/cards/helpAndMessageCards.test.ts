import { describe, expect, it } from 'vitest';
import { catalogFor } from '../../../src/bot/catalog/catalog.js';
import { escapeMarkdown, renderCard } from '../../../src/bot/cards.js';
import { helpCardData } from '../../../src/bot/cardData/help.js';
import { messageCardData } from '../../../src/bot/cardData/message.js';
import { expectValidCard, factsOf, ofType, textsOf } from './cardTree.js';
import { HOSTILE_NAME } from './fixtures.js';

const catalog = catalogFor('en-GB');

describe('the help card', () => {
  it('parses strictly, binds every field and fits Teams', () => {
    expectValidCard(renderCard('help', helpCardData({}, catalog)));
    expectValidCard(renderCard('help', helpCardData({ notUnderstood: 'how engagd is Contoso', suggestion: 'how engaged is Contoso?' }, catalog)));
  });

  it('lists what Rapport understands with example phrases', () => {
    const texts = textsOf(renderCard('help', helpCardData({}, catalog)));
    expect(texts[0]).toBe('Here is what I understand');
    for (const example of ['how engaged is Contoso?', 'who knows someone at Contoso?', 'who knows jane@contoso.com?', 'relationship Contoso', 'stale accounts', 'top accounts', 'top 10', "what's new?", 'segment DaysSinceLastEmail > 60', 'watch Contoso', 'snooze Contoso', 'opt out of introductions']) {
      expect(texts.some((text) => text.includes(`“${example}`)), example).toBe(true);
    }
  });

  it('starts with what it did not understand, and a suggestion when it has one', () => {
    const withSuggestion = textsOf(renderCard('help', helpCardData({ notUnderstood: 'how engagd is Contoso', suggestion: 'how engaged is Contoso?' }, catalog)));
    expect(withSuggestion[0]).toBe('I didn’t understand “how engagd is Contoso”. Did you mean “how engaged is Contoso?”?');
    const hostile = textsOf(renderCard('help', helpCardData({ notUnderstood: HOSTILE_NAME }, catalog)));
    expect(hostile[0]).toBe(`I didn’t understand “${escapeMarkdown(HOSTILE_NAME)}”.`);
    expect(textsOf(renderCard('help', helpCardData({}, catalog)))[0]).toBe('Here is what I understand');
  });

  it('quotes back at most 200 characters of what it did not understand', () => {
    const texts = textsOf(renderCard('help', helpCardData({ notUnderstood: 'blah '.repeat(5000) }, catalog)));
    expect(texts[0]!.length).toBeLessThan(260);
  });
});

describe('the message card', () => {
  it('parses strictly, binds every field and fits Teams', () => {
    expectValidCard(renderCard('message', messageCardData({ title: 'Done', text: catalog.t('confirm.watching', { account: 'Contoso' }), tone: 'success' })));
    expectValidCard(renderCard('message', messageCardData({ title: 'Oops', text: 'x', facts: [{ title: 'Line', value: '3' }], tone: 'error' })));
  });

  it('shows a title and text, with facts only when there are some', () => {
    const plain = renderCard('message', messageCardData({ title: catalog.t('confirm.title'), text: catalog.t('confirm.watching', { account: 'Contoso' }) }));
    expect(textsOf(plain)).toEqual(['Done', 'I’ll let you know when Contoso goes quiet\\.']);
    expect(ofType(plain, 'FactSet')).toEqual([]);
    const withFacts = renderCard('message', messageCardData({ title: 'Segment error', text: 'x', facts: [{ title: 'Column', value: HOSTILE_NAME }], tone: 'error' }));
    expect(factsOf(withFacts)).toEqual([{ title: 'Column', value: escapeMarkdown(HOSTILE_NAME) }]);
    expect(ofType(withFacts, 'Container')[0]).toMatchObject({ style: 'attention' });
  });
});

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { catalogFor } from '../../../src/bot/catalog/catalog.js';
import { CARD_NAMES, TEAMS_CARD_LIMIT_BYTES, escapeMarkdown, renderCard } from '../../../src/bot/cards.js';
import { messageCardData } from '../../../src/bot/cardData/message.js';
import { HOSTILE_NAME } from './fixtures.js';
import { textsOf } from './cardTree.js';
import { cardProblems } from './strictCardParser.js';

describe('renderCard', () => {
  it('names the field a template binds but the data does not supply', () => {
    expect(() => renderCard('message', { fallbackText: 'T', style: 'default', title: 'T', hasFacts: false, facts: [] })).toThrow('Card "message": the data supplies no value for ${text}');
  });

  it('refuses a card whose fallback text is blank: clients that cannot show it would show nothing', () => {
    expect(() => renderCard('message', { fallbackText: ' ', style: 'default', title: 'T', text: 'x', hasFacts: false, facts: [] })).toThrow('Card "message" has no fallbackText');
  });

  it('refuses null, which the engine would bind as null', () => {
    expect(() => renderCard('message', { style: 'default', title: null, text: 'x', hasFacts: false, facts: [] })).toThrow('Card "message": data.title is null');
  });

  it('lets data contain "${" literally: bound values are never evaluated', () => {
    const card = renderCard('message', messageCardData({ title: 'Saved', text: 'Segment ${EngagementScore} saved' }));
    expect(textsOf(card)).toContain('Segment ${EngagementScore} saved');
  });

  it('refuses a card over the Teams limit instead of letting Teams reject the message', () => {
    const text = 'x'.repeat(TEAMS_CARD_LIMIT_BYTES);
    expect(() => renderCard('message', messageCardData({ title: 'Big', text }))).toThrow(/Card "message" is \d+ bytes; Teams accepts at most 28672/);
  });

  it('has a template for every card name, each declaring schema 1.5 (what Teams renders on every client) and binding a fallback text', () => {
    for (const name of CARD_NAMES) {
      expect(() => renderCard(name, {})).toThrow(/supplies no value/);
      const template = JSON.parse(readFileSync(new URL(`../../../cards/${name}.json`, import.meta.url), 'utf8')) as Record<string, unknown>;
      expect(template, name).toMatchObject({ type: 'AdaptiveCard', version: '1.5', fallbackText: '${fallbackText}' });
    }
  });
});

describe('escapeMarkdown', () => {
  it('escapes every markdown-significant character', () => {
    expect(escapeMarkdown('\\*_[]()#+-.!|><~`')).toBe('\\\\\\*\\_\\[\\]\\(\\)\\#\\+\\-\\.\\!\\|\\>\\<\\~\\`');
    expect(escapeMarkdown('Contoso Ltd')).toBe('Contoso Ltd');
    expect(escapeMarkdown('Müller & Söhne')).toBe('Müller & Söhne');
  });

  it('makes a hostile name show literally: unescaping gives the name back, and no markdown token survives', () => {
    const escaped = escapeMarkdown(HOSTILE_NAME);
    expect(escaped.replace(/\\(.)/g, '$1')).toBe(HOSTILE_NAME);
    expect(escaped).not.toMatch(/(^|[^\\])[*_[\]()`#<>]/);
  });

  it('keeps a hostile name literal through a rendered card, which still parses cleanly', () => {
    const card = renderCard('message', messageCardData({ title: catalogFor('en').t('error.title'), text: catalogFor('en').t('error.accountNotFound', { name: HOSTILE_NAME }) }));
    expect(textsOf(card)).toContain(escapeMarkdown(`I couldn’t find an account called “${HOSTILE_NAME}”.`));
    expect(cardProblems(card)).toEqual([]);
  });
});

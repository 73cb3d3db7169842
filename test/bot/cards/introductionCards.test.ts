import { describe, expect, it } from 'vitest';
import { DAY_MS } from '../../../src/engagement/activity.js';
import type { Introducer } from '../../../src/engagement/ties.js';
import { catalogFor } from '../../../src/bot/catalog/catalog.js';
import { escapeMarkdown, renderCard } from '../../../src/bot/cards.js';
import { introAnswerCardData } from '../../../src/bot/cardData/introAnswer.js';
import { introductionsCardData, strengthBand } from '../../../src/bot/cardData/introductions.js';
import { introRequestCardData } from '../../../src/bot/cardData/introRequest.js';
import { actionsOf, expectValidCard, ofType, textsOf } from './cardTree.js';
import { AS_OF, HOSTILE_NAME, LONGEST_NOTE, WINDOW_DAYS, busiestDemoAccount, longestIntroducers } from './fixtures.js';

const catalog = catalogFor('en-GB');

function introducer(internal: string, strongest: number, daysAgo: number): Introducer {
  return { internal, strongest, strongestWith: 'jane@contoso.example', total: strongest * 3.21, lastInteraction: AS_OF - daysAgo * DAY_MS - 3_600_000 };
}

describe('the introductions card', () => {
  const insight = busiestDemoAccount();
  const base = { subject: insight.account.name, accountId: insight.account.id, asOf: AS_OF, windowDays: WINDOW_DAYS };

  it('parses strictly, binds every field and fits Teams, with colleagues, without, and with a notice', () => {
    expectValidCard(renderCard('introductions', introductionsCardData({ ...base, introducers: insight.introducers }, catalog)));
    expectValidCard(renderCard('introductions', introductionsCardData({ ...base, introducers: [], notice: { kind: 'exchangeOff' } }, catalog)));
  });

  it('lists at most five colleagues, each with a strength band and when they were last in touch, never a raw number', () => {
    const introducers = [
      introducer('ann@northwind.example', 17.25, 0), introducer('bob@northwind.example', 5, 1), introducer('cy@northwind.example', 4.99, 12),
      introducer('di@northwind.example', 2, 40), introducer('ed@northwind.example', 1.37, 300), introducer('fi@northwind.example', 1.2, 2),
    ];
    const card = renderCard('introductions', introductionsCardData({ ...base, introducers }, catalog));
    const rows = ofType(card, 'ColumnSet').map((row) => textsOf({ type: 'AdaptiveCard', version: '1.5', body: [row] }));
    expect(rows).toEqual([
      ['ann@northwind\\.example', 'Strong · last in touch today'],
      ['bob@northwind\\.example', 'Strong · last in touch yesterday'],
      ['cy@northwind\\.example', 'Medium · last in touch 12 days ago'],
      ['di@northwind\\.example', 'Medium · last in touch 40 days ago'],
      ['ed@northwind\\.example', 'Weak · last in touch 300 days ago'],
    ]);
    const everything = JSON.stringify(card);
    for (const { strongest, total } of introducers) {
      for (const shown of [strongest, total, Math.round(strongest), Math.round(total)]) expect(everything).not.toMatch(new RegExp(`[^\\d.]${String(shown).replace('.', '\\.')}[^\\d.]`));
    }
  });

  it('bands tie strength: Strong from 5, Medium from 2, Weak below', () => {
    expect([100, 5, 4.999, 2, 1.999, 1].map(strengthBand)).toEqual(['strong', 'strong', 'medium', 'medium', 'weak', 'weak']);
  });

  it('offers a request-introduction button per colleague carrying the account, the colleague and the person asked about', () => {
    const card = renderCard('introductions', introductionsCardData({ ...base, introducers: insight.introducers.slice(0, 2) }, catalog));
    expect(actionsOf(card).map((action) => [action.title, action.verb, action.data])).toEqual(insight.introducers.slice(0, 2).map((known) => (
      ['Request introduction', 'requestIntro', { accountId: insight.account.id, introducer: known.internal }]
    )));
    const aboutPerson = renderCard('introductions', introductionsCardData({ ...base, subject: 'jane@contoso.example', person: 'jane@contoso.example', introducers: insight.introducers.slice(0, 1) }, catalog));
    expect(textsOf(aboutPerson)[0]).toBe('Who knows jane@contoso\\.example?');
    expect(actionsOf(aboutPerson)[0]!.data).toEqual({ accountId: insight.account.id, introducer: insight.introducers[0]!.internal, person: 'jane@contoso.example' });
  });

  it('says so when nobody knows anyone there', () => {
    const card = renderCard('introductions', introductionsCardData({ ...base, subject: HOSTILE_NAME, introducers: [] }, catalog));
    expect(textsOf(card)).toContain(`Nobody in your organization knows anyone at ${escapeMarkdown(HOSTILE_NAME)} well enough yet.`);
    expect(actionsOf(card)).toEqual([]);
  });

  it('shows the reason why introductions may be missing', () => {
    const pending = renderCard('introductions', introductionsCardData({ ...base, introducers: [], notice: { kind: 'consentPending' } }, catalog));
    expect(textsOf(pending)[0]).toMatch(/^Relationship intelligence is waiting for your admin’s consent/);
    const off = renderCard('introductions', introductionsCardData({ ...base, introducers: insight.introducers, notice: { kind: 'exchangeOff' } }, catalog));
    expect(textsOf(off)[0]).toMatch(/^Exchange integration is turned off/);
    const plain = renderCard('introductions', introductionsCardData({ ...base, introducers: insight.introducers }, catalog));
    expect(textsOf(plain)[0]).toBe(`Who knows someone at ${escapeMarkdown(insight.account.name)}?`);
  });

  it('uses colleagues’ display names when it has them', () => {
    const introducers = longestIntroducers(1);
    const card = renderCard('introductions', introductionsCardData({ ...base, introducers, colleagueNames: new Map([[introducers[0]!.internal, 'Zoë *Admin*']]) }, catalog));
    expect(textsOf(card)).toContain('Zoë \\*Admin\\*');
  });
});

describe('the introduction request card', () => {
  const input = { requestId: 'req-42', requester: 'Sam Seller', accountName: 'Contoso Ltd.', note: 'Could you *please* help?' };

  it('parses strictly, binds every field and fits Teams', () => {
    expectValidCard(renderCard('introRequest', introRequestCardData(input, catalog)));
    expectValidCard(renderCard('introRequest', introRequestCardData({ ...input, note: undefined, person: 'jane@contoso.example' }, catalog)));
  });

  it('says who asks about which account or person, with the requester’s note', () => {
    const card = renderCard('introRequest', introRequestCardData(input, catalog));
    expect(textsOf(card)).toEqual(['Introduction request', 'Sam Seller asks whether you could introduce them to someone at Contoso Ltd\\..', 'Their note', 'Could you \\*please\\* help?']);
    const aboutPerson = renderCard('introRequest', introRequestCardData({ ...input, note: '  ', person: 'jane@contoso.example' }, catalog));
    expect(textsOf(aboutPerson)).toEqual(['Introduction request', 'Sam Seller asks whether you could introduce them to jane@contoso\\.example at Contoso Ltd\\..']);
  });

  it('takes an optional note back and answers with accept or decline for the request', () => {
    const card = renderCard('introRequest', introRequestCardData(input, catalog));
    expect(ofType(card, 'Input.Text')).toEqual([expect.objectContaining({ id: 'note', maxLength: 500, isMultiline: true, label: 'A note back (optional)' })]);
    expect(ofType(card, 'Input.Text')[0]).not.toHaveProperty('isRequired');
    expect(actionsOf(card).map((action) => [action.title, action.verb, action.data])).toEqual([
      ['Accept', 'introAccept', { requestId: 'req-42' }],
      ['Decline', 'introDecline', { requestId: 'req-42' }],
    ]);
  });

  it('clips a note that is longer than a note may be', () => {
    const card = renderCard('introRequest', introRequestCardData({ ...input, note: 'x'.repeat(2000) }, catalog));
    expect(textsOf(card)[3]).toBe(`${'x'.repeat(499)}…`);
  });
});

describe('the introduction answer card', () => {
  it('parses strictly, binds every field and fits Teams', () => {
    expectValidCard(renderCard('introAnswer', introAnswerCardData({ accepted: true, introducer: 'Ann', accountName: 'Contoso', note: LONGEST_NOTE }, catalog)));
    expectValidCard(renderCard('introAnswer', introAnswerCardData({ accepted: false, introducer: 'Ann', accountName: 'Contoso', person: 'jane@contoso.example' }, catalog)));
  });

  it('tells the requester who accepted, with the note', () => {
    const card = renderCard('introAnswer', introAnswerCardData({ accepted: true, introducer: 'Ann Lee', accountName: 'Contoso', note: 'Happy to_help' }, catalog));
    expect(textsOf(card)).toEqual(['Introduction accepted', 'Ann Lee will introduce you to someone at Contoso.', 'Their note', 'Happy to\\_help']);
    expect(ofType(card, 'Container')[0]).toMatchObject({ style: 'good' });
  });

  it('tells the requester who declined, without a note section when there is none', () => {
    const card = renderCard('introAnswer', introAnswerCardData({ accepted: false, introducer: 'Ann Lee', accountName: 'Contoso', person: 'jane@contoso.example' }, catalog));
    expect(textsOf(card)).toEqual(['Introduction declined', 'Ann Lee can’t help you meet jane@contoso\\.example at Contoso this time.']);
    expect(ofType(card, 'Container')[0]).toMatchObject({ style: 'attention' });
  });
});

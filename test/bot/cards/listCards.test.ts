import { describe, expect, it } from 'vitest';
import { catalogFor } from '../../../src/bot/catalog/catalog.js';
import { escapeMarkdown, renderCard } from '../../../src/bot/cards.js';
import { accountListCardData } from '../../../src/bot/cardData/accountList.js';
import { didYouMeanCardData } from '../../../src/bot/cardData/didYouMean.js';
import { segmentsCardData } from '../../../src/bot/cardData/segments.js';
import { actionsOf, expectValidCard, ofType, textsOf } from './cardTree.js';
import { AS_OF, HOSTILE_NAME, WINDOW_DAYS, demoInsights } from './fixtures.js';

const catalog = catalogFor('en-GB');
const years = () => demoInsights().accounts.map((insight) => insight.year);

describe('the account list card', () => {
  const rows = years().slice(0, 24);
  const common = { asOf: AS_OF, windowDays: WINDOW_DAYS };

  it('parses strictly, binds every field and fits Teams, for each kind of list', () => {
    expectValidCard(renderCard('accountList', accountListCardData({ kind: 'stale', thresholdDays: 60, rows, ...common }, catalog)));
    expectValidCard(renderCard('accountList', accountListCardData({ kind: 'top', rows: rows.slice(0, 3), ...common }, catalog)));
    expectValidCard(renderCard('accountList', accountListCardData({ kind: 'segment', expression: 'EngagementScore > 50', csvUrl: 'https://rapport.example/exports/s1.csv', rows: [], ...common }, catalog)));
  });

  it('shows a title, a count line and at most 20 rows, each tappable for the account’s card', () => {
    const card = renderCard('accountList', accountListCardData({ kind: 'stale', thresholdDays: 60, rows, ...common }, catalog));
    expect(textsOf(card).slice(0, 2)).toEqual(['Accounts going cold (no email or meeting for over 60 days)', 'Showing 20 of 24 accounts']);
    const tappable = ofType(card, 'Container').map((row) => row.selectAction as { verb: string; data: unknown });
    expect(tappable).toEqual(rows.slice(0, 20).map((row) => expect.objectContaining({ type: 'Action.Execute', verb: 'engagement', data: { accountId: row.AccountId } })));
  });

  it('gives each row the name, the score and the days since the last email and meeting', () => {
    const [first] = years();
    const card = renderCard('accountList', accountListCardData({ kind: 'top', rows: [{ ...first!, AccountName: HOSTILE_NAME, EngagementScore: 87, DaysSinceLastEmail: 3, DaysSinceLastMeeting: null }], ...common }, catalog));
    expect(textsOf(card)).toEqual(['Top accounts by engagement', '1 account', escapeMarkdown(HOSTILE_NAME), 'Score 87 · last email 3 days ago · last meeting never', 'Data as of 3 Nov 2026, covering 365 days']);
  });

  it('cuts names past 100 characters in the list: the account’s own card shows them whole', () => {
    const [first] = years();
    const card = renderCard('accountList', accountListCardData({ kind: 'top', rows: [{ ...first!, AccountName: 'N'.repeat(256) }], ...common }, catalog));
    expect(textsOf(card)[2]).toBe(`${'N'.repeat(99)}…`);
  });

  it('offers the CSV download for a segment only when there is a link', () => {
    const withCsv = renderCard('accountList', accountListCardData({ kind: 'segment', expression: 'DaysSinceLastEmail > 60', csvUrl: 'https://rapport.example/exports/s1.csv', rows, ...common }, catalog));
    expect(actionsOf(withCsv, 'Action.OpenUrl')).toEqual([expect.objectContaining({ title: 'Download CSV', url: 'https://rapport.example/exports/s1.csv' })]);
    expect(textsOf(withCsv)[0]).toBe('Segment: DaysSinceLastEmail \\> 60');
    const without = renderCard('accountList', accountListCardData({ kind: 'segment', expression: 'DaysSinceLastEmail > 60', rows, ...common }, catalog));
    expect(actionsOf(without, 'Action.OpenUrl')).toEqual([]);
  });

  it('says so when nothing matches', () => {
    const card = renderCard('accountList', accountListCardData({ kind: 'segment', expression: 'EngagementScore > 100', rows: [], ...common }, catalog));
    expect(textsOf(card)).toEqual(expect.arrayContaining(['0 accounts', 'No accounts match.']));
  });
});

describe('the saved segments card', () => {
  const segments = [
    { name: 'Going cold', expression: 'DaysSinceLastEmail > 60 and DaysSinceLastMeeting > 60', count: 7 },
    { name: 'Top_tier', expression: 'EngagementScore >= 80', count: 1 },
  ];

  it('parses strictly, binds every field and fits Teams', () => {
    expectValidCard(renderCard('segments', segmentsCardData(segments, catalog)));
    expectValidCard(renderCard('segments', segmentsCardData([], catalog)));
  });

  it('lists name, expression and count, each with a Run button carrying the segment’s own name', () => {
    const card = renderCard('segments', segmentsCardData(segments, catalog));
    expect(textsOf(card)).toEqual(['Saved segments', 'Going cold', 'DaysSinceLastEmail \\> 60 and DaysSinceLastMeeting \\> 60', '7 accounts', 'Top\\_tier', 'EngagementScore \\>= 80', '1 account']);
    expect(actionsOf(card).map((action) => [action.title, action.verb, action.data])).toEqual([['Run', 'segment', { name: 'Going cold' }], ['Run', 'segment', { name: 'Top_tier' }]]);
  });

  it('suggests how to make one when there are none', () => {
    expect(textsOf(renderCard('segments', segmentsCardData([], catalog)))).toEqual(['Saved segments', 'No saved segments yet. Try “segment DaysSinceLastEmail > 60”.']);
  });
});

describe('the did-you-mean card', () => {
  const candidates = demoInsights().accounts.slice(0, 7).map(({ account }) => ({ id: account.id, name: account.name }));

  it('parses strictly, binds every field and fits Teams', () => {
    expectValidCard(renderCard('didYouMean', didYouMeanCardData({ asked: 'Contso', candidates, verb: 'engagement', found: 'none' }, catalog)));
  });

  it('asks about the name it could not find and offers up to five accounts as buttons that ask the same question', () => {
    const card = renderCard('didYouMean', didYouMeanCardData({ asked: HOSTILE_NAME, candidates, verb: 'whoKnows', found: 'none' }, catalog));
    expect(textsOf(card)).toEqual([catalog.t('error.accountNotFound', { name: escapeMarkdown(HOSTILE_NAME) }), catalog.t('didYouMean.question')]);
    expect(actionsOf(card).map((action) => [action.title, action.verb, action.data])).toEqual(candidates.slice(0, 5).map((candidate) => [candidate.name, 'whoKnows', { accountId: candidate.id }]));
  });

  it('says so when several accounts match the name', () => {
    const card = renderCard('didYouMean', didYouMeanCardData({ asked: 'Contoso', candidates, verb: 'engagement', found: 'several' }, catalog));
    expect(textsOf(card)[0]).toBe(catalog.t('commands.severalAccounts', { name: 'Contoso' }));
  });
});

import { describe, expect, it } from 'vitest';
import { utcDate } from '../../../src/engagement/activity.js';
import { catalogFor } from '../../../src/bot/catalog/catalog.js';
import { escapeMarkdown, renderCard } from '../../../src/bot/cards.js';
import { customerCardData } from '../../../src/bot/cardData/customer.js';
import { windowMonths } from '../../../src/bot/cardData/activitySeries.js';
import { actionsOf, expectValidCard, factsOf, ofType, textsOf, visible } from './cardTree.js';
import { AS_OF, HOSTILE_NAME, WINDOW_DAYS, busiestDemoAccount, largestInsight, silentInsight } from './fixtures.js';

const catalog = catalogFor('en-GB');
const options = { windowDays: WINDOW_DAYS, asOf: AS_OF };

describe('the customer card', () => {
  const insight = busiestDemoAccount();
  const card = renderCard('customer', customerCardData(insight, catalog, options));

  it('parses strictly, binds every field and fits Teams', () => {
    expectValidCard(card);
    expectValidCard(renderCard('customer', customerCardData(silentInsight(), catalog, { ...options, notice: { kind: 'consentPending' } })));
  });

  it('shows the account name and the score as a gauge over the bands, with a text fallback', () => {
    expect(textsOf(card)[0]).toBe(escapeMarkdown(insight.account.name));
    const [gauge] = ofType(card, 'Chart.Gauge');
    expect(gauge).toMatchObject({ value: insight.year.EngagementScore, min: 0, max: 100 });
    expect((gauge!.segments as { legend: string; size: number }[]).map((segment) => [segment.legend, segment.size])).toEqual([['Low', 40], ['Medium', 20], ['High', 40]]);
    expect((gauge!.fallback as { text: string }).text).toBe(`Engagement score: ${insight.year.EngagementScore} / 100`);
  });

  it('shows the last year’s totals, the people on both sides and the timing', () => {
    const facts = Object.fromEntries(factsOf(card).map((fact) => [fact.title, fact.value]));
    const { year } = insight;
    expect(facts).toMatchObject({
      'Emails to them': catalog.formatNumber(year.NoOfEmails_ToAccount),
      'Emails from them': catalog.formatNumber(year.NoOfEmails_FromAccount),
      'Meetings we organized': String(year.NoOfMeetings_ToAccount),
      'Meetings they organized': String(year.NoOfMeetings_FromAccount),
      'Our people in emails': String(year.NoOfContactsInvolved_Emails),
      'Their people in meetings': String(year.NoOfAccountContactsInvolved_Meetings),
      'Last email': catalog.formatRelativeDays(year.DaysSinceLastEmail),
      'Last meeting': catalog.formatRelativeDays(year.DaysSinceLastMeeting),
      'Engaged since': catalog.formatDate(year.EngagementStartDate!),
    });
    expect(facts['Average meeting length']).toMatch(/^[\d.,]+ min$/);
    expect(facts['Average reply time']).toMatch(/^([\d.,]+ h|—)$/);
  });

  it('shows health with band, trend and the factors that moved it', () => {
    const texts = textsOf(card);
    expect(texts).toContain(`${insight.health.health} · Good`);
    expect(texts).toContain('→ Steady');
    expect(texts).toEqual(expect.arrayContaining(['Recency up 0.8 points', 'Reciprocity up 0.6 points']));
  });

  it('charts emails and meetings for every month of the window and each of the last 12 weeks, zero where there is no row', () => {
    const [months] = ofType(card, 'Chart.VerticalBar.Grouped');
    const monthSeries = months!.data as { legend: string; values: { x: string; y: number }[] }[];
    expect(monthSeries.map((series) => series.legend)).toEqual(['Emails', 'Meetings']);
    const monthStarts = windowMonths(AS_OF, WINDOW_DAYS);
    expect(monthStarts).toHaveLength(13);
    const emailsByMonth = new Map(insight.months.map((row) => [row.AggregationStartDate, row.NoOfEmails_ToAccount + row.NoOfEmails_FromAccount]));
    expect(monthSeries[0]!.values.map((point) => point.y)).toEqual(monthStarts.map((start) => emailsByMonth.get(start) ?? 0));

    const [weeks] = ofType(card, 'Chart.Line');
    const weekSeries = weeks!.data as { values: { x: string; y: number }[] }[];
    const meetingsByWeek = new Map(insight.weeks.map((row) => [row.AggregationStartDate, row.NoOfMeetings_ToAccount + row.NoOfMeetings_FromAccount]));
    const mondays = Array.from({ length: 12 }, (_, i) => utcDate(Date.parse('2026-08-17') + i * 7 * 86_400_000));
    expect(weekSeries[1]!.values.map((point) => point.y)).toEqual(mondays.map((monday) => meetingsByWeek.get(monday) ?? 0));
  });

  it('labels the axes so that they fit a card: month initials and the Mondays’ days, with the range they cover under them', () => {
    const [months] = ofType(card, 'Chart.VerticalBar.Grouped');
    const monthLabels = (months!.data as { values: { x: string }[] }[])[0]!.values.map((point) => point.x);
    expect(monthLabels.map(visible)).toEqual(['N', 'D', 'J', 'F', 'M', 'A', 'M', 'J', 'J', 'A', 'S', 'O', 'N']);
    expect(new Set(monthLabels).size, 'Teams merges points with the same label').toBe(13);
    expect(months!.xAxisTitle).toBe('Nov 2025\u2009–\u2009Nov 2026');

    const [weeks] = ofType(card, 'Chart.Line');
    const weekLabels = (weeks!.data as { values: { x: string }[] }[])[0]!.values.map((point) => point.x);
    expect(weekLabels.map(visible)).toEqual(['17', '24', '31', '7', '14', '21', '28', '5', '12', '19', '26', '2']);
    expect(weeks!.xAxisTitle).toBe('17 Aug\u2009–\u20092 Nov 2026');
    // The gauge spans the card, so that the legend of its three bands fits (beside the health column it read "Low +2 items").
    expect(card.body.map((element) => (element as { type: string }).type)).toContain('Chart.Gauge');
  });

  it('labels the axes in the reader’s language', () => {
    const catalan = renderCard('customer', customerCardData(insight, catalogFor('ca-ES'), options));
    const [months] = ofType(catalan, 'Chart.VerticalBar.Grouped');
    expect((months!.data as { values: { x: string }[] }[])[0]!.values.map((point) => visible(point.x)).slice(0, 3)).toEqual(['NV', 'DS', 'GN']);
    expect(months!.xAxisTitle).toBe('nov. del 2025\u2009–\u2009nov. del 2026');
  });

  it('fills a silent account’s charts with zeros and says so instead of a health number', () => {
    const silent = renderCard('customer', customerCardData(silentInsight(), catalog, options));
    const [months] = ofType(silent, 'Chart.VerticalBar.Grouped');
    expect((months!.data as { values: { y: number }[] }[]).flatMap((series) => series.values.map((point) => point.y)).every((y) => y === 0)).toBe(true);
    expect(textsOf(silent)).toContain('No emails or meetings in the last 365 days');
    expect(factsOf(silent)).toContainEqual({ title: 'Last email', value: 'never' });
    expect(factsOf(silent)).toContainEqual({ title: 'Engaged since', value: '—' });
  });

  it('offers who-knows, watch and relationship, each carrying the account id', () => {
    expect(actionsOf(card).map((action) => [action.verb, action.data])).toEqual([
      ['whoKnows', { accountId: insight.account.id }],
      ['watch', { accountId: insight.account.id }],
      ['relationship', { accountId: insight.account.id }],
    ]);
    expect(actionsOf(card).map((action) => action.title)).toEqual(['Who knows someone here?', 'Alert me about this account', 'Show relationship']);
  });

  it('states how fresh the data is', () => {
    expect(textsOf(card).at(-1)).toBe('Data as of 3 Nov 2026, covering 365 days');
  });

  it('shows the consent-pending banner only while consent is pending', () => {
    const banner = 'Relationship intelligence is waiting for your admin’s consent. Introductions and contact details appear once it is given.';
    expect(textsOf(card)).not.toContain(banner);
    const pending = renderCard('customer', customerCardData(insight, catalog, { ...options, notice: { kind: 'consentPending' } }));
    expect(textsOf(pending)[0]).toBe(banner);
    expect(ofType(pending, 'Container')[0]).toMatchObject({ style: 'warning' });
  });

  it('shows a hostile account name literally', () => {
    const hostile = renderCard('customer', customerCardData(largestInsight(HOSTILE_NAME, 'evil'), catalog, options));
    expect(textsOf(hostile)[0]).toBe(escapeMarkdown(HOSTILE_NAME));
    expect(textsOf(hostile)[0]).toContain('\\*Evil\\* \\[link\\]\\(http://x\\)');
    expect(actionsOf(hostile)[0]!.data).toEqual({ accountId: 'evil' });
  });
});

import { describe, expect, it } from 'vitest';
import { HEALTH_WEIGHTS } from '../../../src/engagement/health.js';
import { catalogFor } from '../../../src/bot/catalog/catalog.js';
import { escapeMarkdown, renderCard } from '../../../src/bot/cards.js';
import { relationshipCardData } from '../../../src/bot/cardData/relationship.js';
import { expectValidCard, factsOf, ofType, textsOf, visible } from './cardTree.js';
import { AS_OF, WINDOW_DAYS, busiestDemoAccount, largestInsight, silentInsight } from './fixtures.js';

const catalog = catalogFor('en-GB');
const options = { asOf: AS_OF, windowDays: WINDOW_DAYS };

describe('the relationship card', () => {
  const insight = busiestDemoAccount();
  const card = renderCard('relationship', relationshipCardData(insight, catalog, options));

  it('parses strictly, binds every field and fits Teams', () => {
    expectValidCard(card);
    expectValidCard(renderCard('relationship', relationshipCardData(silentInsight(), catalog, options)));
  });

  it('shows the health number, its band and the trend with an arrow', () => {
    const texts = textsOf(card);
    expect(texts[0]).toBe(`Relationship with ${escapeMarkdown(insight.account.name)}`);
    expect(texts.slice(1, 4)).toEqual([String(insight.health.health), 'Good', '→ Steady']);
    const improving = renderCard('relationship', relationshipCardData(largestInsight('Contoso'), catalog, options));
    expect(textsOf(improving).slice(1, 6)).toEqual(['100', 'Good', '↑ Improving', 'Recency down 12.3 points', 'Reciprocity up 9.9 points']);
  });

  it('charts the five weighted factors, which add up to the health, as bars with their names above (long names fit in every language)', () => {
    const [factors] = ofType(card, 'Chart.HorizontalBar');
    expect(factors).toMatchObject({ displayMode: 'AbsoluteNoAxis' });
    const bars = factors!.data as { x: string; y: number }[];
    expect(bars.map((bar) => bar.x)).toEqual(['Recency', 'Frequency', 'Reciprocity', 'Responsiveness', 'Breadth']);
    expect(Math.abs(bars.reduce((sum, bar) => sum + bar.y, 0) - insight.health.health!)).toBeLessThanOrEqual(0.5 + 0.25);
    expect((factors!.fallback as { facts: unknown[] }).facts).toContainEqual({ title: 'Recency', value: `${bars[0]!.y} of ${100 * HEALTH_WEIGHTS.R}` });
  });

  it('shows the last 90 days’ KPIs and the three most active contacts', () => {
    const facts = Object.fromEntries(factsOf(card).map((fact) => [fact.title, fact.value]));
    const { kpis } = insight;
    expect(facts).toMatchObject({
      'Emails sent': catalog.formatNumber(kpis.emailsSent),
      'Emails received': catalog.formatNumber(kpis.emailsReceived),
      Meetings: String(kpis.meetings),
      'Time spent': `${catalog.formatNumber(kpis.timeSpentMinutes / 60, 1)} h`,
      'Last interaction': catalog.formatRelativeDays(Math.floor((AS_OF - kpis.lastInteraction!) / 86_400_000)),
      'Next meeting': kpis.nextInteraction === null ? 'None scheduled' : catalog.formatDate(kpis.nextInteraction),
    });
    const texts = textsOf(card);
    const contactsAt = texts.indexOf('Most active contacts');
    expect(texts.slice(contactsAt + 1, contactsAt + 1 + kpis.topContacts.length)).toEqual(kpis.topContacts.map((contact) => escapeMarkdown(contact.address)));
  });

  it('charts emails sent, received and meetings per week', () => {
    const [weekly] = ofType(card, 'Chart.Line');
    const series = weekly!.data as { legend: string; values: { x: string; y: number }[] }[];
    expect(series.map((line) => line.legend)).toEqual(['Emails sent', 'Emails received', 'Meetings']);
    expect(series[0]!.values.map((point) => point.y)).toEqual(insight.kpis.weekly.map((week) => week.emailsSent));
    expect(series[2]!.values.map((point) => point.y)).toEqual(insight.kpis.weekly.map((week) => week.meetings));
  });

  it('labels the weeks with their Mondays’ days, distinct, and the range of Mondays under them', () => {
    const [weekly] = ofType(card, 'Chart.Line');
    const labels = (weekly!.data as { values: { x: string }[] }[])[0]!.values.map((point) => point.x);
    expect(labels.map(visible)).toEqual(insight.kpis.weekly.map((week) => String(new Date(week.weekStart).getUTCDate())));
    expect(new Set(labels).size).toBe(labels.length);
    const { weekly: weeks } = insight.kpis;
    expect(weekly!.xAxisTitle).toBe(catalog.formatDateRange(weeks[0]!.weekStart, weeks.at(-1)!.weekStart));
    expect(weekly!.xAxisTitle).toMatch(/^\d+ \w+\u2009–\u2009\d+ \w+ 2026$/);
  });

  it('says so for an account without activity instead of a health number', () => {
    const silent = renderCard('relationship', relationshipCardData(silentInsight(), catalog, options));
    expect(ofType(silent, 'Chart.HorizontalBar')).toEqual([]);
    expect(textsOf(silent)).toEqual(expect.arrayContaining(['No emails or meetings in the last 365 days', 'No contacts in the last 90 days']));
    expect(factsOf(silent)).toContainEqual({ title: 'Next meeting', value: 'None scheduled' });
    expect(factsOf(silent)).toContainEqual({ title: 'Last interaction', value: 'never' });
  });
});

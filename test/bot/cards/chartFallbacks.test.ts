/**
 * Issue 14 §5: Teams mobile and some other clients draw no charts and show each chart's
 * fallback instead. With every chart replaced by its fallback, each card must still show
 * the same figures, in every language, and still parse strictly.
 */
import { describe, expect, it } from 'vitest';
import { availableLanguages, catalogFor, type Catalog } from '../../../src/bot/catalog/catalog.js';
import { renderCard, type AdaptiveCard } from '../../../src/bot/cards.js';
import { periodCounts, windowMonths } from '../../../src/bot/cardData/activitySeries.js';
import { customerCardData } from '../../../src/bot/cardData/customer.js';
import { relationshipCardData } from '../../../src/bot/cardData/relationship.js';
import { resultsCardData } from '../../../src/bot/cardData/results.js';
import { nodesOf, withoutCharts, type CardNode } from './cardTree.js';
import { cardProblems } from './strictCardParser.js';
import { AS_OF, RUNS, WINDOW_DAYS, busiestDemoAccount, demoInsights, silentInsight } from './fixtures.js';

const options = { asOf: AS_OF, windowDays: WINDOW_DAYS };

function chartCards(catalog: Catalog): Record<string, AdaptiveCard> {
  const insight = busiestDemoAccount();
  return {
    customer: renderCard('customer', customerCardData(insight, catalog, options)),
    'customer without activity': renderCard('customer', customerCardData(silentInsight(), catalog, options)),
    relationship: renderCard('relationship', relationshipCardData(insight, catalog, options)),
    results: renderCard('results', resultsCardData({
      enrichmentName: 'Engagement', outputTable: 'AccountEngagement', insights: demoInsights(), runs: RUNS, directory: null, csv: null, timeZone: 'Europe/Stockholm',
    }, catalog)),
  };
}

const charts = (card: AdaptiveCard) => nodesOf(card).filter((node) => node.type.startsWith('Chart.'));

/** What a chart draws, position by position: the value of each series there. */
function chartFigures(chart: CardNode): number[][] {
  type Point = { y: number };
  switch (chart.type) {
    case 'Chart.Gauge': return [[chart.value as number]];
    case 'Chart.HorizontalBar': return (chart.data as Point[]).map((point) => [point.y]);
    default: {
      const series = chart.data as { values: Point[] }[];
      return (series[0]?.values ?? []).map((_, i) => series.map((line) => line.values[i]?.y ?? Number.NaN));
    }
  }
}

/** What the fallback shows, position by position: a fact's value (its title is the period), or the text. */
function fallbackRows(fallback: CardNode): string[] {
  if (fallback.type === 'FactSet') return (fallback.facts as { value: string }[]).map((fact) => fact.value);
  return [fallback.text as string];
}

/** `formatted` (a number as the locale writes it) stands in `text` as a whole number, not as part of a longer one. */
function showsNumber(text: string, formatted: string): boolean {
  const escaped = formatted.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?<!\\d|\\d[.,\\u00a0\\u202f])${escaped}(?![.,\\u00a0\\u202f]?\\d)`).test(text);
}

describe.each(availableLanguages())('cards on clients without charts (%s)', (language) => {
  const catalog = catalogFor(language);
  const cards = chartCards(catalog);

  it.each(Object.keys(cards))('the %s card shows every figure of every chart in the chart’s fallback', (name) => {
    const card = cards[name]!;
    expect(charts(card).length).toBeGreaterThan(0);
    for (const chart of charts(card)) {
      const fallback = chart.fallback as CardNode;
      const figures = chartFigures(chart);
      const rows = fallbackRows(fallback);
      expect(rows, `${chart.type}: one fallback row per position`).toHaveLength(figures.length);
      figures.forEach((values, i) => {
        for (const value of values) expect(showsNumber(rows[i]!, catalog.formatNumber(value, 1)), `${chart.type} row ${i}: ${rows[i]} shows ${value}`).toBe(true);
      });
    }
  });

  it.each(Object.keys(cards))('the %s card without its charts parses strictly and keeps everything else', (name) => {
    const card = cards[name]!;
    const chartless = withoutCharts(card);
    expect(charts(chartless)).toEqual([]);
    expect(cardProblems(chartless)).toEqual([]);
    const kept = JSON.stringify(nodesOf(chartless));
    for (const chart of charts(card)) expect(kept).toContain(JSON.stringify(chart.fallback));
    expect(chartless.fallbackText).toBe(card.fallbackText);
  });

  it('shows each month’s emails and meetings on the customer card without charts, as the engine counted them', () => {
    const insight = busiestDemoAccount();
    const months = periodCounts(windowMonths(AS_OF, WINDOW_DAYS), insight.months);
    const chartless = withoutCharts(cards.customer!);
    const monthFacts = nodesOf(chartless).filter((node) => node.type === 'FactSet').map((set) => set.facts as { title: string; value: string }[])
      .find((facts) => facts[0]?.title === catalog.formatMonth(months[0]!.start));
    expect(monthFacts?.map((fact) => fact.title)).toEqual(months.map((month) => catalog.formatMonth(month.start)));
    months.forEach((month, i) => {
      expect(showsNumber(monthFacts![i]!.value, catalog.formatNumber(month.emails))).toBe(true);
      expect(showsNumber(monthFacts![i]!.value, catalog.formatNumber(month.meetings))).toBe(true);
    });
  });

  it('keeps the engagement score and the accounts of each charted run without charts', () => {
    const score = busiestDemoAccount().year.EngagementScore;
    const texts = (card: AdaptiveCard) => nodesOf(card).flatMap((node) => [node.text, ...((node.facts as { value: string }[] | undefined) ?? []).map((fact) => fact.value)]).filter((text) => typeof text === 'string');
    expect(texts(withoutCharts(cards.customer!)).some((text) => showsNumber(text, catalog.formatNumber(score)))).toBe(true);
    const charted = RUNS.filter((run) => run.status === 'succeeded').slice(0, 12);
    const resultsTexts = texts(withoutCharts(cards.results!));
    for (const run of charted) expect(resultsTexts.some((text) => showsNumber(text, catalog.formatNumber(run.accounts))), `run ${run.id}`).toBe(true);
  });
});

describe('the number matcher of these tests', () => {
  it('finds a number only as a whole number', () => {
    expect(showsNumber('12 emails, 3 meetings', '3')).toBe(true);
    expect(showsNumber('12 emails, 30 meetings', '3')).toBe(false);
    expect(showsNumber('1,234 emails', '234')).toBe(false);
    expect(showsNumber('1\u00a0234 e-postmeddelanden', '1\u00a0234')).toBe(true);
    expect(showsNumber('4,2 av 35', '4')).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { catalogFor } from '../../../src/bot/catalog/catalog.js';
import { renderCard } from '../../../src/bot/cards.js';
import { CHART_RUNS, resultsCardData } from '../../../src/bot/cardData/results.js';
import { expectValidCard, ofType, visible } from './cardTree.js';
import { RUNS, demoInsights } from './fixtures.js';

const TIME_ZONE = 'Europe/Stockholm';

describe('the results card’s chart of enriched accounts per run', () => {
  const catalog = catalogFor('sv-SE');
  const card = renderCard('results', resultsCardData({
    enrichmentName: 'Engagemang', outputTable: 'AccountEngagement', insights: demoInsights(), runs: RUNS, directory: null, csv: null, timeZone: TIME_ZONE,
  }, catalog));
  const [chart] = ofType(card, 'Chart.Line');
  const points = (chart!.data as { values: { x: string; y: number }[] }[])[0]!.values;
  const charted = RUNS.filter((run) => run.status === 'succeeded').slice(0, CHART_RUNS).reverse();

  it('draws the last twelve successful runs, oldest first, each its own point even on the same day', () => {
    expectValidCard(card);
    expect(points.map((point) => point.y)).toEqual(charted.map((run) => run.accounts));
    expect(new Set(points.map((point) => point.x)).size).toBe(CHART_RUNS);
  });

  it('labels each run by its day of the month in the tenant’s time zone, with the first and last run under the axis', () => {
    const day = new Intl.DateTimeFormat('sv-SE', { day: 'numeric', timeZone: TIME_ZONE });
    expect(points.map((point) => visible(point.x))).toEqual(charted.map((run) => day.format(run.finishedAt)));
    const range = new Intl.DateTimeFormat('sv-SE', { day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: TIME_ZONE });
    expect(chart!.xAxisTitle).toBe(range.formatRange(charted[0]!.finishedAt, charted.at(-1)!.finishedAt));
  });
});

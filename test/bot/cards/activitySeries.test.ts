import { describe, expect, it } from 'vitest';
import { catalogFor } from '../../../src/bot/catalog/catalog.js';
import { chartPoints, emailAndMeetingFacts, periodRange } from '../../../src/bot/cardData/activitySeries.js';
import { visible } from './cardTree.js';

describe('chart facts (what hosts without native charts show)', () => {
  it('counts emails and meetings in the singular and the plural', () => {
    const catalog = catalogFor('en-US');
    const facts = emailAndMeetingFacts(
      [{ start: '2026-01-01', emails: 1, meetings: 1 }, { start: '2026-02-01', emails: 0, meetings: 3 }],
      (start) => start,
      catalog,
    );
    expect(facts.map((fact) => fact.value)).toEqual(['1 email, 1 meeting', '0 emails, 3 meetings']);
  });
});

describe('chart points', () => {
  it('keep repeated labels apart (Teams would merge them into one point) while they look the same', () => {
    const months = ['2026-05-01', '2026-06-01', '2026-07-01', '2026-08-01', '2026-09-01'];
    const points = chartPoints(months, catalogFor('en').formatMonthInitial, (start) => Number(start.slice(5, 7)));
    expect(points.map((point) => visible(point.x))).toEqual(['M', 'J', 'J', 'A', 'S']);
    expect(new Set(points.map((point) => point.x)).size).toBe(5);
    expect(points.map((point) => point.y)).toEqual([5, 6, 7, 8, 9]);
    expect(chartPoints(['a', 'a', 'a'], (label) => label, () => 0).map((point) => point.x)).toEqual(['a', 'a\u2060', 'a\u2060\u2060']);
  });

  it('say what a chart of periods covers, and nothing without periods', () => {
    const range = (from: string, to: string) => `${from}..${to}`;
    expect(periodRange(['2026-01-01', '2026-02-01', '2026-03-01'], range)).toBe('2026-01-01..2026-03-01');
    expect(periodRange([], range)).toBe('');
  });
});

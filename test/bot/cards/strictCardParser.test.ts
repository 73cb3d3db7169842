import { describe, expect, it } from 'vitest';
import { cardProblems } from './strictCardParser.js';

const card = (...body: object[]) => ({ type: 'AdaptiveCard', version: '1.5', body });
const gauge = (overrides: object = {}) => ({
  type: 'Chart.Gauge', value: 50, min: 0, max: 100, segments: [{ legend: 'All', size: 100, color: 'good' }],
  fallback: { type: 'TextBlock', text: '50' }, ...overrides,
});

describe('the strict card parser used by the card tests', () => {
  it('accepts a clean card with a chart and a fallback text', () => {
    expect(cardProblems({ ...card({ type: 'TextBlock', text: 'Hi', wrap: true }, gauge()), fallbackText: 'Hi' })).toEqual([]);
  });

  it('reports unknown elements, bad values and properties the parser would ignore', () => {
    expect(cardProblems(card({ type: 'Chart.Radar', data: [] }))).toContainEqual(expect.stringContaining('UnknownElementType'));
    expect(cardProblems(card({ type: 'TextBlock', text: 'x', size: 'Huge' }))).toContainEqual(expect.stringContaining('InvalidPropertyValue'));
    expect(cardProblems(card({ type: 'TextBlock', text: 'x', wrapp: true }))).toEqual(['round trip: .body[0].wrapp was ignored by the parser']);
    expect(cardProblems({ ...card({ type: 'TextBlock', text: 'x' }), actions: [{ type: 'Action.OpenUrl', title: 'x' }] })).toEqual([expect.stringContaining('PropertyCantBeNull')]);
  });

  it('holds a card to schema 1.5', () => {
    expect(cardProblems(card({ type: 'Container', items: [{ type: 'TextBlock', text: 'x' }], layouts: [{ type: 'Layout.Flow' }] }))).toContainEqual(expect.stringContaining('layouts'));
  });

  it('checks charts against the Teams shape and requires a valid fallback', () => {
    expect(cardProblems(card(gauge({ fallback: undefined })))).toEqual([expect.stringContaining('needs a fallback')]);
    expect(cardProblems(card(gauge({ fallback: { type: 'TextBlock', text: 'x', size: 'Huge' } })))).toContainEqual(expect.stringContaining('InvalidPropertyValue'));
    expect(cardProblems(card(gauge({ value: 150 })))).toEqual([expect.stringContaining('value 150')]);
    expect(cardProblems(card(gauge({ segments: [{ legend: 'Half', size: 50 }] })))).toEqual([expect.stringContaining('add up to 50')]);
    expect(cardProblems(card(gauge({ valueFormat: 'Percent' })))).toEqual([expect.stringContaining('valueFormat')]);
    expect(cardProblems(card(gauge({ colour: 'red' })))).toEqual([expect.stringContaining('unknown property "colour"')]);
    const line = { type: 'Chart.Line', data: [{ legend: 'A', values: [{ x: 'Mon', y: '3' }] }], fallback: { type: 'TextBlock', text: 'x' } };
    expect(cardProblems(card(line))).toEqual([expect.stringContaining('data[0].values[0].y must be a number')]);
    const bars = { type: 'Chart.VerticalBar.Grouped', data: [{ legend: 'A', values: [] }], fallback: { type: 'TextBlock', text: 'x' } };
    expect(cardProblems(card(bars))).toEqual([expect.stringContaining('non-empty array')]);
    const repeated = { ...bars, data: [{ legend: 'A', values: [{ x: 'J', y: 1 }, { x: 'F', y: 2 }, { x: 'J', y: 3 }] }] };
    expect(cardProblems(card(repeated))).toEqual(['parse: InvalidPropertyValue: Chart.VerticalBar.Grouped: data[0].values repeats x "J": Teams would draw the two as one point']);
  });
});

/**
 * Parses a rendered card with the adaptivecards JS library (schema 1.5) and returns every
 * problem it finds, so that a test can demand none.
 *
 * Charts: the library does not know Teams' `Chart.*` elements. Left unknown, each one logs
 * UnknownElementType and the parser silently swaps in its fallback, so the chart itself would
 * never be checked. Instead every chart type the cards use is registered as an element that
 * checks the chart against Teams' documented shape (types of `value`/`min`/`max`, `segments`
 * that add up to the range, `data` series of `{ x, y }` points with distinct x, ...), rejects
 * properties it does not know, requires a `fallback`, and parses that fallback through the same
 * strict context.
 * Both what Teams renders and what other hosts render are therefore validated.
 *
 * Beyond the parser's own events, a round trip catches what it ignores silently: every property
 * the card sets must come back from `toJSON()` (a misspelt or post-1.5 property would not).
 */
import * as AC from 'adaptivecards';

type Json = Record<string, unknown>;

const COMMON_CHART_PROPERTIES = ['type', 'id', 'fallback', 'title', 'colorSet', 'spacing', 'separator', 'height', 'horizontalAlignment', 'isVisible', 'requires'];

interface ChartShape {
  properties: string[];
  check(chart: Json): string[];
}

const isNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);
const isString = (value: unknown): value is string => typeof value === 'string';
const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

function checkPoints(points: unknown, where: string, allowNumericX: boolean): string[] {
  if (!Array.isArray(points) || points.length === 0) return [`${where} must be a non-empty array of { x, y }`];
  // Teams draws points by their x: a repeated x silently becomes one point.
  const xs = points.map((point: unknown) => (isObject(point) ? point.x : undefined));
  const repeated = xs.filter((x, i) => x !== undefined && xs.indexOf(x) !== i)
    .map((x) => `${where} repeats x ${JSON.stringify(x)}: Teams would draw the two as one point`);
  return [...repeated, ...points.flatMap((point, i) => {
    if (!isObject(point)) return [`${where}[${i}] is not an object`];
    const problems = Object.keys(point).filter((key) => !['x', 'y', 'color'].includes(key)).map((key) => `${where}[${i}] has unknown property "${key}"`);
    if (!(isString(point.x) || (allowNumericX && isNumber(point.x)))) problems.push(`${where}[${i}].x must be a ${allowNumericX ? 'string or number' : 'string'}`);
    if (!isNumber(point.y)) problems.push(`${where}[${i}].y must be a number`);
    return problems;
  })];
}

function checkSeries(data: unknown, allowNumericX: boolean): string[] {
  if (!Array.isArray(data) || data.length === 0) return ['data must be a non-empty array of series'];
  return data.flatMap((series, i) => {
    if (!isObject(series)) return [`data[${i}] is not an object`];
    const problems = Object.keys(series).filter((key) => !['legend', 'values', 'color'].includes(key)).map((key) => `data[${i}] has unknown property "${key}"`);
    if (!isString(series.legend) || series.legend === '') problems.push(`data[${i}].legend must be a non-empty string`);
    return [...problems, ...checkPoints(series.values, `data[${i}].values`, allowNumericX)];
  });
}

const CHART_SHAPES: Record<string, ChartShape> = {
  'Chart.Gauge': {
    properties: ['value', 'min', 'max', 'subLabel', 'showMinMax', 'showLegend', 'segments', 'valueFormat'],
    check(chart) {
      const problems: string[] = [];
      const min = chart.min ?? 0;
      const max = chart.max;
      if (!isNumber(min) || !isNumber(max) || min >= max) return ['min and max must be numbers with min < max'];
      if (!isNumber(chart.value) || chart.value < min || chart.value > max) problems.push(`value ${String(chart.value)} must be a number in [${min}, ${max}]`);
      if (chart.valueFormat !== undefined && !['Percentage', 'Fraction'].includes(chart.valueFormat as string)) problems.push('valueFormat must be Percentage or Fraction');
      if (chart.subLabel !== undefined && !isString(chart.subLabel)) problems.push('subLabel must be a string');
      const segments = chart.segments;
      if (!Array.isArray(segments) || segments.length === 0) return [...problems, 'segments must be a non-empty array'];
      segments.forEach((segment, i) => {
        if (!isObject(segment) || !isNumber(segment.size) || segment.size <= 0 || !isString(segment.legend)) problems.push(`segments[${i}] must be { size > 0, legend, color? }`);
        else if (Object.keys(segment).some((key) => !['size', 'legend', 'color'].includes(key))) problems.push(`segments[${i}] has an unknown property`);
      });
      const total = segments.reduce((sum: number, segment) => sum + (isObject(segment) && isNumber(segment.size) ? segment.size : 0), 0);
      if (total !== max - min) problems.push(`segments add up to ${total}, not to the range ${max - min}`);
      return problems;
    },
  },
  'Chart.Line': { properties: ['data', 'xAxisTitle', 'yAxisTitle', 'color'], check: (chart) => checkSeries(chart.data, true) },
  'Chart.VerticalBar.Grouped': { properties: ['data', 'xAxisTitle', 'yAxisTitle', 'color', 'stacked', 'showBarValues'], check: (chart) => checkSeries(chart.data, false) },
  'Chart.HorizontalBar': {
    properties: ['data', 'xAxisTitle', 'yAxisTitle', 'color', 'displayMode'],
    check(chart) {
      const modes = ['AbsoluteWithAxis', 'AbsoluteNoAxis', 'PartToWhole'];
      const mode = chart.displayMode === undefined || modes.includes(chart.displayMode as string) ? [] : [`displayMode must be one of ${modes.join(', ')}`];
      return [...mode, ...checkPoints(chart.data, 'data', false)];
    },
  },
};

function chartElementType(typeName: string, shape: ChartShape): new () => AC.CardElement {
  return class ChartElement extends AC.CardElement {
    private source: Json = {};

    override getJsonTypeName(): string {
      return typeName;
    }

    protected override internalRender(): undefined {
      return undefined;
    }

    protected override internalParse(source: Json, context: AC.SerializationContext): void {
      super.internalParse(source, context);
      this.source = source;
      const report = (message: string) => context.logParseEvent(this, AC.ValidationEvent.InvalidPropertyValue, `${typeName}: ${message}`);
      const known = new Set([...COMMON_CHART_PROPERTIES, ...shape.properties]);
      for (const key of Object.keys(source)) if (!known.has(key)) report(`unknown property "${key}"`);
      shape.check(source).forEach(report);
      if (!isObject(source.fallback)) report('needs a fallback element for hosts without charts');
      else if (!context.parseElement(this, source.fallback, [], false)) report('its fallback did not parse');
    }

    protected override internalToJSON(target: Json, context: AC.SerializationContext): void {
      super.internalToJSON(target, context);
      Object.assign(target, this.source);
    }
  };
}

function strictElementRegistry(): AC.CardObjectRegistry<AC.CardElement> {
  const registry = new AC.CardObjectRegistry<AC.CardElement>();
  AC.GlobalRegistry.populateWithDefaultElements(registry);
  for (const [typeName, shape] of Object.entries(CHART_SHAPES)) registry.register(typeName, chartElementType(typeName, shape), AC.Versions.v1_5);
  return registry;
}

/** Every `a.b[0].c` path to a value in a JSON tree. */
function propertyPaths(value: unknown, prefix = ''): string[] {
  if (Array.isArray(value)) return value.flatMap((item, i) => propertyPaths(item, `${prefix}[${i}]`));
  if (isObject(value)) return Object.entries(value).flatMap(([key, item]) => [`${prefix}.${key}`, ...propertyPaths(item, `${prefix}.${key}`)]);
  return [];
}

export function cardProblems(json: object): string[] {
  const card = new AC.AdaptiveCard();
  const context = new AC.SerializationContext(AC.Versions.v1_5);
  context.setElementRegistry(strictElementRegistry());
  card.parse(json, context);
  const problems: string[] = [];
  for (let i = 0; i < context.eventCount; i++) {
    const event = context.getEventAt(i);
    problems.push(`parse: ${AC.ValidationEvent[event.event]}: ${event.message}`);
  }
  for (const event of card.validateProperties().validationEvents) problems.push(`validate: ${AC.ValidationEvent[event.event]}: ${event.message}`);
  const kept = new Set(propertyPaths(card.toJSON(context)));
  for (const path of propertyPaths(json)) if (!kept.has(path)) problems.push(`round trip: ${path} was ignored by the parser`);
  return problems;
}

/**
 * Segments: a small filter language over the engagement table's column names, e.g.
 * `DaysSinceLastEmail > 60 and DaysSinceLastMeeting > 60`. The grammar lives in
 * segmentParser.ts; this file checks column names and literal types, and evaluates.
 */

import { AGGREGATION_LEVELS, ENGAGEMENT_COLUMNS } from './columns.js';
import type { ColumnType, EngagementRow } from './columns.js';
import { SegmentSyntaxError, parseSegment } from './segmentParser.js';
import type { ColumnReference, ComparisonOperator, Literal, SegmentNode } from './segmentParser.js';

export { SegmentSyntaxError } from './segmentParser.js';

export interface Segment {
  readonly expression: string;
  matches(row: EngagementRow): boolean;
}

export const DEFAULT_STALE_DAYS = 60;

interface SegmentColumn {
  readonly name: keyof EngagementRow;
  readonly type: ColumnType;
}

type Predicate = (row: EngagementRow) => boolean;

const SEGMENT_COLUMNS: readonly SegmentColumn[] = [
  { name: 'AccountId', type: 'text' },
  { name: 'AccountName', type: 'text' },
  ...ENGAGEMENT_COLUMNS,
];

const COLUMNS_BY_LOWER_NAME = new Map(SEGMENT_COLUMNS.map((column) => [column.name.toLowerCase(), column]));

const SIGN_TESTS: Readonly<Record<ComparisonOperator, (sign: number) => boolean>> = {
  '<': (sign) => sign < 0,
  '<=': (sign) => sign <= 0,
  '=': (sign) => sign === 0,
  '!=': (sign) => sign !== 0,
  '>=': (sign) => sign >= 0,
  '>': (sign) => sign > 0,
};

/**
 * Compiles a segment expression; throws SegmentSyntaxError (with a caret under the
 * mistake) for bad syntax, unknown columns and literals of the wrong type.
 *
 * Logic is two-valued: a comparison with a null value is false, so `not` of it is true
 * (`not (DaysSinceLastEmail > 60)` matches a row whose DaysSinceLastEmail is null).
 * Only `is null` / `is not null` test for null; they are allowed on every column and are
 * simply always false / always true on a column that is never null.
 * Numbers compare numerically, dates ('YYYY-MM-DD') as strings, text case-insensitively.
 */
export function compileSegment(expression: string): Segment {
  const predicate = compileNode(parseSegment(expression), expression);
  return { expression, matches: predicate };
}

/** The rows the segment matches, in their original order. */
export function filterSegment(rows: Iterable<EngagementRow>, segment: Segment): EngagementRow[] {
  const matching: EngagementRow[] = [];
  for (const row of rows) if (segment.matches(row)) matching.push(row);
  return matching;
}

/**
 * The spec's stale rule (section 5): account had counted activity in the window, and its Year row's
 * DaysSinceLastEmail and DaysSinceLastMeeting are both greater than the threshold (null counts as greater).
 */
export function isStale(yearRow: EngagementRow, thresholdDays: number = DEFAULT_STALE_DAYS): boolean {
  if (yearRow.AggregationLevel !== 'Year') {
    throw new Error(`isStale needs an account's Year row, got a ${yearRow.AggregationLevel} row for ${yearRow.AccountId}`);
  }
  if (!Number.isFinite(thresholdDays)) throw new RangeError(`Stale threshold must be a finite number of days, got ${thresholdDays}`);
  if (!hadCountedActivity(yearRow)) return false;
  return isLongerAgoThan(yearRow.DaysSinceLastEmail, thresholdDays) && isLongerAgoThan(yearRow.DaysSinceLastMeeting, thresholdDays);
}

function hadCountedActivity(row: EngagementRow): boolean {
  return row.NoOfEmails_ToAccount + row.NoOfEmails_FromAccount + row.NoOfMeetings_FromAccount + row.NoOfMeetings_ToAccount > 0;
}

const isLongerAgoThan = (days: number | null, thresholdDays: number): boolean => days === null || days > thresholdDays;

function compileNode(node: SegmentNode, expression: string): Predicate {
  switch (node.kind) {
    case 'and': {
      const [left, right] = [compileNode(node.left, expression), compileNode(node.right, expression)];
      return (row) => left(row) && right(row);
    }
    case 'or': {
      const [left, right] = [compileNode(node.left, expression), compileNode(node.right, expression)];
      return (row) => left(row) || right(row);
    }
    case 'not': {
      const operand = compileNode(node.operand, expression);
      return (row) => !operand(row);
    }
    case 'isNull': {
      const { name } = resolveColumn(node.column, expression);
      return node.negated ? (row) => row[name] != null : (row) => row[name] == null;
    }
    case 'compare':
      return compileComparison(resolveColumn(node.column, expression), node.operator, node.value, expression);
  }
}

function compileComparison(column: SegmentColumn, operator: ComparisonOperator, literal: Literal, expression: string): Predicate {
  switch (column.type) {
    case 'integer':
    case 'decimal':
      return comparing(numberReader(column), operator, numberLiteral(column, literal, expression));
    case 'date':
      return comparing(textReader(column, false), operator, dateLiteral(column, literal, expression));
    case 'text':
      return comparing(textReader(column, true), operator, textLiteral(column, literal, expression).toLowerCase());
  }
}

function comparing<T extends number | string>(read: (row: EngagementRow) => T | null, operator: ComparisonOperator, literal: T): Predicate {
  const accepts = SIGN_TESTS[operator];
  return (row) => {
    const value = read(row);
    return value !== null && accepts(value < literal ? -1 : value > literal ? 1 : 0);
  };
}

function numberReader({ name }: SegmentColumn): (row: EngagementRow) => number | null {
  return (row) => {
    const value = row[name];
    return typeof value === 'number' ? value : null;
  };
}

function textReader({ name }: SegmentColumn, ignoreCase: boolean): (row: EngagementRow) => string | null {
  return (row) => {
    const value = row[name];
    if (typeof value !== 'string') return null;
    return ignoreCase ? value.toLowerCase() : value;
  };
}

function resolveColumn(reference: ColumnReference, expression: string): SegmentColumn {
  const column = COLUMNS_BY_LOWER_NAME.get(reference.name.toLowerCase());
  if (column !== undefined) return column;
  const closest = closestColumnName(reference.name);
  const hint = closest === undefined ? '' : ` (did you mean ${closest}?)`;
  throw new SegmentSyntaxError(`Unknown column '${reference.name}'${hint}`, expression, reference.position);
}

function numberLiteral(column: SegmentColumn, literal: Literal, expression: string): number {
  if (literal.kind === 'number') return literal.value;
  throw new SegmentSyntaxError(`${column.name} holds numbers, so compare it with a number (no quotes)`, expression, literal.position);
}

function dateLiteral(column: SegmentColumn, literal: Literal, expression: string): string {
  if (literal.kind !== 'string') {
    throw new SegmentSyntaxError(`${column.name} holds dates, so compare it with a quoted date like '2024-01-31'`, expression, literal.position);
  }
  if (!isValidDate(literal.value)) {
    throw new SegmentSyntaxError(`${literal.text} is not a valid date (write dates as 'YYYY-MM-DD')`, expression, literal.position);
  }
  return literal.value;
}

function textLiteral(column: SegmentColumn, literal: Literal, expression: string): string {
  if (literal.kind !== 'string') {
    throw new SegmentSyntaxError(`${column.name} holds text, so put the value in quotes`, expression, literal.position);
  }
  const isKnownLevel = AGGREGATION_LEVELS.some((level) => level.toLowerCase() === literal.value.toLowerCase());
  if (column.name === 'AggregationLevel' && !isKnownLevel) {
    throw new SegmentSyntaxError(`AggregationLevel is 'Year', 'Month' or 'Week', not ${literal.text}`, expression, literal.position);
  }
  return literal.value;
}

function isValidDate(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (match === null) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

function daysInMonth(year: number, month: number): number {
  const isLeapYear = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const lengths = [31, isLeapYear ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  return lengths[month - 1] ?? 0;
}

/** The column name nearest to a misspelling, when it is close enough to be a typo. */
function closestColumnName(typed: string): string | undefined {
  const lowerTyped = typed.toLowerCase();
  const maxDistance = Math.max(1, Math.floor(typed.length / 3));
  let best: { name: string; distance: number } | undefined;
  for (const { name } of SEGMENT_COLUMNS) {
    const distance = editDistance(lowerTyped, name.toLowerCase());
    if (distance <= maxDistance && (best === undefined || distance < best.distance)) best = { name, distance };
  }
  return best?.name;
}

/** Optimal-string-alignment distance: insertions, deletions, substitutions and adjacent swaps. */
function editDistance(a: string, b: string): number {
  const width = b.length + 1;
  const cells: number[] = [];
  const at = (i: number, j: number): number => cells[i * width + j] ?? Number.POSITIVE_INFINITY;
  for (let i = 0; i <= a.length; i++) {
    for (let j = 0; j <= b.length; j++) {
      cells[i * width + j] = i === 0 || j === 0 ? i + j : cellDistance(a, b, i, j, at);
    }
  }
  return at(a.length, b.length);
}

function cellDistance(a: string, b: string, i: number, j: number, at: (i: number, j: number) => number): number {
  const substitution = a[i - 1] === b[j - 1] ? 0 : 1;
  const distance = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + substitution);
  const isSwap = i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1];
  return isSwap ? Math.min(distance, at(i - 2, j - 2) + 1) : distance;
}

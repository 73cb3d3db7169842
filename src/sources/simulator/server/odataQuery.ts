/** The OData query options the simulator understands: $select, $top, $skiptoken, $filter, $orderby. */
import { badRequest } from './graphErrors.js';

/** The property names of `$select`, as written, or null when there is none. */
export function selectedNames(query: URLSearchParams): string[] | null {
  const select = query.get('$select');
  if (select === null) return null;
  return select.split(',').map((name) => name.trim()).filter((name) => name.length > 0);
}

/** `$top`, clamped to the endpoint's maximum; the endpoint's default without one. */
export function pageSize(query: URLSearchParams, defaultSize: number, maxSize: number): number {
  const top = query.get('$top');
  if (top === null) return defaultSize;
  if (!/^\s*\d+\s*$/.test(top) || Number(top) < 1) throw badRequest(`Invalid value '${top}' for $top query option found. The $top query option requires a positive integer value.`);
  return Math.min(Number(top), maxSize);
}

/** The offset a `$skiptoken` stands for (0 without one). The token is opaque to clients. */
export function skipOffset(query: URLSearchParams): number {
  const token = query.get('$skiptoken');
  if (token === null) return 0;
  const match = /^o(\d+)$/.exec(Buffer.from(token, 'base64url').toString('latin1'));
  if (match === null) throw badRequest(`The skip token '${token}' is not valid.`, 'Request_BadRequest');
  return Number(match[1]);
}

export function encodeSkipToken(offset: number): string {
  return Buffer.from(`o${offset}`, 'latin1').toString('base64url');
}

/**
 * The absolute link to the page starting at `offset`: the same path and options, with a
 * new `$skiptoken`. Option names keep their `$`, as Graph's own links do.
 */
export function nextPageLink(origin: string, pathname: string, query: URLSearchParams, offset: number): string {
  const options: string[] = [];
  for (const [name, value] of query) {
    if (name !== '$skiptoken') options.push(`${name}=${encodeURIComponent(value)}`);
  }
  options.push(`$skiptoken=${encodeSkipToken(offset)}`);
  return `${origin}${pathname}?${options.join('&')}`;
}

const GRAPH_TIME = /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,7})?)?)?(?:Z|[+-]\d{2}:\d{2})?$/i;

/** An ISO 8601 time as Graph accepts it in filters and calendar views; no zone means UTC. */
export function parseGraphTime(text: string): number | null {
  const trimmed = text.trim();
  if (!GRAPH_TIME.test(trimmed)) return null;
  const needsZone = trimmed.includes('T') && !/(?:Z|[+-]\d{2}:\d{2})$/i.test(trimmed);
  // JavaScript's parser takes at most millisecond precision: Graph's seven fraction digits are cut to three.
  const normalized = trimmed.replace(/(\.\d{3})\d+/, '$1');
  const time = Date.parse(needsZone ? `${normalized}Z` : normalized);
  return Number.isNaN(time) ? null : time;
}

/** A half-open time range [from, until) in epoch milliseconds. */
export interface TimeRange {
  from: number;
  until: number;
}

const EVERYTHING: TimeRange = { from: -Infinity, until: Infinity };

const COMPARISON = /^\s*(\w+)\s+(ge|gt|le|lt|eq)\s+'?([^'\s]+)'?\s*$/i;

/**
 * The range a `$filter` of comparisons joined by `and` allows, each on one of `fields`
 * (e.g. `receivedDateTime ge 2024-01-01T00:00:00Z and receivedDateTime lt 2024-02-01T00:00:00Z`).
 * Times are whole milliseconds, so `gt t` is `ge t + 1`.
 */
export function timeFilterRange(filter: string | null, fields: readonly string[]): TimeRange {
  if (filter === null || filter.trim() === '') return EVERYTHING;
  const range = { ...EVERYTHING };
  for (const clause of filter.split(/\s+and\s+/i)) {
    const match = COMPARISON.exec(clause);
    if (match === null) throw badRequest(`Invalid filter clause: '${clause.trim()}'.`, 'ErrorInvalidUrlQueryFilter');
    const [, field, operator, value] = match as unknown as [string, string, string, string];
    if (!fields.some((known) => known.toLowerCase() === field.toLowerCase())) {
      throw badRequest(`The property '${field}' does not support filtering here; use one of ${fields.join(', ')}.`, 'ErrorInvalidUrlQueryFilter');
    }
    const time = parseGraphTime(value);
    if (time === null) throw badRequest(`The value '${value}' is not a valid DateTimeOffset.`, 'ErrorInvalidUrlQueryFilter');
    const operatorName = operator.toLowerCase();
    if (operatorName === 'ge' || operatorName === 'eq') range.from = Math.max(range.from, time);
    if (operatorName === 'gt') range.from = Math.max(range.from, time + 1);
    if (operatorName === 'lt') range.until = Math.min(range.until, time);
    if (operatorName === 'le' || operatorName === 'eq') range.until = Math.min(range.until, time + 1);
  }
  return range;
}

const EQUALITY = /^\s*(\w+)\s+eq\s+'((?:[^']|'')*)'\s*$/i;

/** A `$filter` of the form `field eq 'value'` on one of `fields`, with the field's canonical name. */
export function equalityFilter(filter: string, fields: readonly string[]): { field: string; value: string } {
  const match = EQUALITY.exec(filter);
  if (match === null) throw badRequest(`Unsupported or invalid query filter clause specified: '${filter}'.`, 'Request_UnsupportedQuery');
  const field = fields.find((known) => known.toLowerCase() === match[1]!.toLowerCase());
  if (field === undefined) throw badRequest(`Unsupported or invalid query filter clause specified for property '${match[1]}'.`, 'Request_UnsupportedQuery');
  return { field, value: match[2]!.replaceAll("''", "'") };
}

/** `$orderby` on one time property: true for descending. The endpoint's default order without one. */
export function isDescending(query: URLSearchParams, fields: readonly string[], descendingByDefault: boolean): boolean {
  const orderBy = query.get('$orderby');
  if (orderBy === null) return descendingByDefault;
  const match = /^\s*([\w/]+)(?:\s+(asc|desc))?\s*$/i.exec(orderBy);
  if (match === null || !fields.some((known) => known.toLowerCase() === match[1]!.toLowerCase())) {
    throw badRequest(`The $orderby '${orderBy}' is not supported here; order by one of ${fields.join(', ')}.`, 'ErrorInvalidProperty');
  }
  return (match[2] ?? 'asc').toLowerCase() === 'desc';
}

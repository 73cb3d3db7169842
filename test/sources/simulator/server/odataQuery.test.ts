import { describe, expect, it } from 'vitest';
import { GraphError } from '../../../../src/sources/simulator/server/graphErrors.js';
import {
  encodeSkipToken,
  equalityFilter,
  isDescending,
  nextPageLink,
  pageSize,
  parseGraphTime,
  selectedNames,
  skipOffset,
  timeFilterRange,
} from '../../../../src/sources/simulator/server/odataQuery.js';

const query = (text: string) => new URLSearchParams(text);

describe('OData query options', () => {
  it('reads $select names as written', () => {
    expect(selectedNames(query('$select=id, from,toRecipients,'))).toEqual(['id', 'from', 'toRecipients']);
    expect(selectedNames(query('$top=3'))).toBeNull();
  });

  it('defaults and clamps $top, and refuses what is not a positive whole number', () => {
    expect(pageSize(query(''), 10, 1000)).toBe(10);
    expect(pageSize(query('$top=25'), 10, 1000)).toBe(25);
    expect(pageSize(query('$top=5000'), 10, 1000)).toBe(1000);
    for (const bad of ['0', '-1', '2.5', 'all']) expect(() => pageSize(query(`$top=${bad}`), 10, 1000)).toThrow(GraphError);
  });

  it('round-trips skip tokens and keeps every other option in the next link', () => {
    expect(skipOffset(query(`$skiptoken=${encodeSkipToken(150)}`))).toBe(150);
    expect(skipOffset(query(''))).toBe(0);
    const link = nextPageLink('https://localhost:4443', '/v1.0/users/a@b.example/calendarView', query(`startDateTime=2024-01-01T00:00:00Z&$select=id,start&$top=5&$skiptoken=${encodeSkipToken(5)}`), 10);
    expect(link).toBe(`https://localhost:4443/v1.0/users/a@b.example/calendarView?startDateTime=2024-01-01T00%3A00%3A00Z&$select=id%2Cstart&$top=5&$skiptoken=${encodeSkipToken(10)}`);
    const parsed = new URL(link);
    expect(parsed.searchParams.get('$select')).toBe('id,start');
    expect(skipOffset(parsed.searchParams)).toBe(10);
  });

  it('parses Graph times, seven fraction digits and missing zones (UTC) included', () => {
    expect(parseGraphTime('2024-01-01T10:00:00Z')).toBe(Date.UTC(2024, 0, 1, 10));
    expect(parseGraphTime('2024-01-01T10:00:00.1234567')).toBe(Date.UTC(2024, 0, 1, 10, 0, 0, 123));
    expect(parseGraphTime('2024-01-01T12:00:00+02:00')).toBe(Date.UTC(2024, 0, 1, 10));
    expect(parseGraphTime('2024-01-01')).toBe(Date.UTC(2024, 0, 1));
    expect(parseGraphTime('yesterday')).toBeNull();
  });

  it('turns a time $filter into a half-open range', () => {
    const t = Date.UTC(2024, 0, 1);
    expect(timeFilterRange('receivedDateTime ge 2024-01-01T00:00:00Z and receivedDateTime lt 2024-01-02T00:00:00Z', ['receivedDateTime'])).toEqual({ from: t, until: t + 86_400_000 });
    expect(timeFilterRange('sentDateTime gt 2024-01-01T00:00:00Z AND sentDateTime le 2024-01-01T00:00:01Z', ['sentDateTime'])).toEqual({ from: t + 1, until: t + 1001 });
    expect(timeFilterRange(null, ['receivedDateTime'])).toEqual({ from: -Infinity, until: Infinity });
    expect(() => timeFilterRange('subject eq 2024-01-01', ['receivedDateTime'])).toThrow(GraphError);
    expect(() => timeFilterRange('receivedDateTime ge soon', ['receivedDateTime'])).toThrow(GraphError);
  });

  it('reads an equality filter with quotes doubled', () => {
    expect(equalityFilter("MAIL eq 'o''neil@x.example'", ['mail', 'userPrincipalName'])).toEqual({ field: 'mail', value: "o'neil@x.example" });
    expect(() => equalityFilter("startswith(mail,'a')", ['mail'])).toThrow(GraphError);
  });

  it('orders by a time field, descending by default where Graph does', () => {
    expect(isDescending(query(''), ['receivedDateTime'], true)).toBe(true);
    expect(isDescending(query('$orderby=receivedDateTime'), ['receivedDateTime'], true)).toBe(false);
    expect(isDescending(query('$orderby=receivedDateTime desc'), ['receivedDateTime'], false)).toBe(true);
    expect(() => isDescending(query('$orderby=subject'), ['receivedDateTime'], true)).toThrow(GraphError);
  });
});

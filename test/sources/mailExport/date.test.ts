import { describe, expect, it } from 'vitest';
import { parseMailDate, stripComments } from '../../../src/sources/mailExport/date.js';

const utc = (iso: string): number => Date.parse(iso);

describe('parseMailDate', () => {
  it('reads numeric zones', () => {
    expect(parseMailDate('Tue, 12 Dec 2000 11:33:00 -0800')).toBe(utc('2000-12-12T19:33:00Z'));
    expect(parseMailDate('Tue, 12 Dec 2000 11:33:00 +0530')).toBe(utc('2000-12-12T06:03:00Z'));
    expect(parseMailDate('Tue, 12 Dec 2000 11:33:00 -0000')).toBe(utc('2000-12-12T11:33:00Z'));
  });

  it('ignores comments, nested ones too', () => {
    expect(parseMailDate('Tue, 12 Dec 2000 11:33:00 -0800 (PST)')).toBe(utc('2000-12-12T19:33:00Z'));
    expect(parseMailDate('(sent) Tue, 12 Dec (a (nested) note) 2000 11:33 -0800')).toBe(utc('2000-12-12T19:33:00Z'));
  });

  it('reads the obsolete named zones', () => {
    const base = '1 Jun 2001 12:00:00 ';
    expect(parseMailDate(base + 'UT')).toBe(utc('2001-06-01T12:00:00Z'));
    expect(parseMailDate(base + 'GMT')).toBe(utc('2001-06-01T12:00:00Z'));
    expect(parseMailDate(base + 'EST')).toBe(utc('2001-06-01T17:00:00Z'));
    expect(parseMailDate(base + 'EDT')).toBe(utc('2001-06-01T16:00:00Z'));
    expect(parseMailDate(base + 'CST')).toBe(utc('2001-06-01T18:00:00Z'));
    expect(parseMailDate(base + 'CDT')).toBe(utc('2001-06-01T17:00:00Z'));
    expect(parseMailDate(base + 'MST')).toBe(utc('2001-06-01T19:00:00Z'));
    expect(parseMailDate(base + 'MDT')).toBe(utc('2001-06-01T18:00:00Z'));
    expect(parseMailDate(base + 'pst')).toBe(utc('2001-06-01T20:00:00Z'));
    expect(parseMailDate(base + 'PDT')).toBe(utc('2001-06-01T19:00:00Z'));
  });

  it('reads military letters and unknown alphabetic zones as UTC (RFC 5322 section 4.3)', () => {
    expect(parseMailDate('1 Jun 2001 12:00:00 Z')).toBe(utc('2001-06-01T12:00:00Z'));
    expect(parseMailDate('1 Jun 2001 12:00:00 A')).toBe(utc('2001-06-01T12:00:00Z'));
    expect(parseMailDate('1 Jun 2001 12:00:00 CEST')).toBe(utc('2001-06-01T12:00:00Z'));
    expect(parseMailDate('1 Jun 2001 12:00:00 J')).toBeNull();
  });

  it('reads a date without a zone as UTC, whatever the local zone', () => {
    const localZone = process.env.TZ;
    process.env.TZ = 'America/Los_Angeles';
    try {
      expect(parseMailDate('Fri, 1 Jun 2001 12:00:00')).toBe(utc('2001-06-01T12:00:00Z'));
      expect(parseMailDate('1 Jun 2001 23:59')).toBe(utc('2001-06-01T23:59:00Z'));
    } finally {
      if (localZone === undefined) delete process.env.TZ;
      else process.env.TZ = localZone;
    }
  });

  it('makes seconds and the day name optional', () => {
    expect(parseMailDate('1 Jun 2001 08:05 +0000')).toBe(utc('2001-06-01T08:05:00Z'));
    expect(parseMailDate('Friday, 01 June 2001 08:05:09 +0000')).toBe(utc('2001-06-01T08:05:09Z'));
  });

  it('applies the obsolete year rules', () => {
    expect(parseMailDate('1 Jun 01 12:00 +0000')).toBe(utc('2001-06-01T12:00:00Z'));
    expect(parseMailDate('1 Jun 49 12:00 +0000')).toBe(utc('2049-06-01T12:00:00Z'));
    expect(parseMailDate('1 Jun 50 12:00 +0000')).toBe(utc('1950-06-01T12:00:00Z'));
    expect(parseMailDate('1 Jun 99 12:00 +0000')).toBe(utc('1999-06-01T12:00:00Z'));
    expect(parseMailDate('1 Jun 101 12:00 +0000')).toBe(utc('2001-06-01T12:00:00Z'));
  });

  it('keeps the zone of a date that crosses into another year in UTC', () => {
    expect(parseMailDate('Mon, 31 Dec 1979 16:00:00 -0800 (PST)')).toBe(utc('1980-01-01T00:00:00Z'));
  });

  it('returns null for what cannot be parsed or is impossible', () => {
    for (const value of [
      '',
      'yesterday',
      '2001-06-01T12:00:00Z',
      '1 Foo 2001 12:00 +0000',
      '1 Jun 2001 +0000',
      '32 Jan 2001 12:00 +0000',
      '0 Jan 2001 12:00 +0000',
      '29 Feb 2001 12:00 +0000',
      '31 Apr 2001 12:00 +0000',
      '1 Jun 2001 24:00 +0000',
      '1 Jun 2001 12:60 +0000',
      '1 Jun 2001 12:00 +0160',
      '1 Jun 2001 12:00 +08',
      'Xyz, 1 Jun 2001 12:00 +0000',
      '28 Dec 0001 08:45:27 -0800',
      '1 Jun 2001 12:00 +0000 trailing',
    ]) {
      expect(parseMailDate(value), value).toBeNull();
    }
  });

  it('accepts 29 February in a leap year', () => {
    expect(parseMailDate('29 Feb 2000 00:00 +0000')).toBe(utc('2000-02-29T00:00:00Z'));
  });
});

describe('stripComments', () => {
  it('removes nested comments and quoted parentheses inside them', () => {
    expect(stripComments('a (b (c) \\) d) e')).toBe('a   e');
  });
});

import { describe, expect, it } from 'vitest';
import { catalogFor } from '../../../src/bot/catalog/catalog.js';

describe('t', () => {
  const catalog = catalogFor('en-US');

  it('substitutes every placeholder, formatting plain numbers for the locale', () => {
    expect(catalog.t('common.freshness', { date: '3 Nov 2026', days: 365 })).toBe('Data as of 3 Nov 2026, covering 365 days');
    expect(catalog.t('list.showing', { shown: 20, total: '1,234 accounts' })).toBe('Showing 20 of 1,234 accounts');
    expect(catalog.t('common.hours', { value: 1234.56 })).toBe('1,234.6 h');
    expect(catalog.t('error.accountNotFound', { name: 'Contoso' })).toBe('I couldn’t find an account called “Contoso”.');
  });

  it('passes text through as it is: no markup, no ICU syntax in values is interpreted', () => {
    expect(catalog.t('error.accountNotFound', { name: '<b>{x}</b> # it\'s' })).toBe('I couldn’t find an account called “<b>{x}</b> # it\'s”.');
  });

  it('throws on a missing placeholder value: a programming error', () => {
    const untyped = catalog.t as (key: string, params?: Record<string, string>) => string;
    expect(() => untyped('error.accountNotFound')).toThrow('Message "error.accountNotFound" needs the parameter {name}');
    expect(() => untyped('common.freshness', { date: 'today' })).toThrow('needs the parameter {days}');
  });

  it('throws on a parameter the message has no placeholder for', () => {
    const untyped = catalog.t as (key: string, params?: Record<string, string>) => string;
    expect(() => untyped('list.topTitle', { name: 'x' })).toThrow('Message "list.topTitle" has no placeholder for {name}');
  });

  it('makes the compiler demand exactly the placeholders of each message, and numbers for plurals', () => {
    // @ts-expect-error {name} is missing
    expect(() => catalog.t('error.accountNotFound')).toThrow();
    // @ts-expect-error {days} is missing
    expect(() => catalog.t('common.freshness', { date: 'x' })).toThrow();
    // @ts-expect-error no such key
    expect(() => catalog.t('customer.nope')).toThrow();
    // @ts-expect-error a plural argument is a number
    expect(() => catalog.t('list.count', { count: 'many' })).toThrow();
    expect(catalog.t('list.topTitle')).toBe('Top accounts by engagement');
  });

  it('chooses the plural form by the locale’s CLDR rules, with the number formatted', () => {
    expect(catalog.t('list.count', { count: 1 })).toBe('1 account');
    expect(catalog.t('list.count', { count: 0 })).toBe('0 accounts');
    expect(catalog.t('list.count', { count: 1200 })).toBe('1,200 accounts');
  });
});

describe('catalogFor', () => {
  it('formats dates, numbers, lists and relative days for the locale, in UTC', () => {
    const british = catalogFor('en-GB');
    expect(british.locale).toBe('en-GB');
    expect(british.language).toBe('en');
    expect(british.formatDate('2026-11-03')).toBe('3 Nov 2026');
    expect(british.formatDate(Date.parse('2026-11-03T23:30:00Z'))).toBe('3 Nov 2026');
    expect(british.formatDayMonth('2026-11-03')).toBe('3 Nov');
    expect(british.formatMonth('2026-11-01')).toBe('Nov 2026');
    expect(british.formatNumber(1234.56, 1)).toBe('1,234.6');
    expect(british.formatList(['Ann', 'Bo', 'Cy'])).toBe('Ann, Bo and Cy');
    expect(catalogFor('en-US').formatDate('2026-11-03')).toBe('Nov 3, 2026');
  });

  it('says today, yesterday, N days ago and never', () => {
    const catalog = catalogFor('en-GB');
    expect([0, 1, 5, 365, null].map((days) => catalog.formatRelativeDays(days))).toEqual(['today', 'yesterday', '5 days ago', '365 days ago', 'never']);
  });

  it('falls back to the organisation’s default, then to English, with that language’s formats', () => {
    const german = catalogFor('de-DE');
    expect(german.locale).toBe('en');
    expect(german.t('list.topTitle')).toBe('Top accounts by engagement');
    expect(german.formatNumber(1234.5, 1)).toBe('1,234.5');
    expect(catalogFor('de-DE', 'en-GB').locale).toBe('en-GB');
    expect(catalogFor(undefined, 'en-AU').locale).toBe('en-AU');
    expect(catalogFor(undefined, 'xx-invalid!').locale).toBe('en');
  });

  it('accepts the spellings clients send and survives garbage', () => {
    expect(catalogFor('en_gb').locale).toBe('en-GB');
    expect(catalogFor('EN-us').locale).toBe('en-US');
    expect(catalogFor(undefined).locale).toBe('en');
    expect(catalogFor('').locale).toBe('en');
    expect(catalogFor('not a locale!').locale).toBe('en');
  });

  it('gives the same catalog for the same locale', () => {
    expect(catalogFor('en-GB')).toBe(catalogFor('en_GB'));
  });
});

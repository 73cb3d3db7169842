import { describe, expect, it } from 'vitest';
import { catalogFor } from '../../../src/bot/catalog/catalog.js';
import { dateFormats } from '../../../src/bot/catalog/dateFormats.js';

/** Intl puts thin and no-break spaces in ranges and dates; compared here as plain spaces. */
const spaced = (text: string) => text.replace(/[\u2009\u202f\u00a0]/g, ' ');
const monthStarts = Array.from({ length: 12 }, (_, i) => `2026-${String(i + 1).padStart(2, '0')}-01`);

describe('dates on chart axes, in each of Rapport’s languages', () => {
  it('names months by their initials as the locale writes them (a 13-month axis has about 20 pixels a month)', () => {
    const initials = (locale: string) => monthStarts.map(dateFormats(locale).formatMonthInitial).join(' ');
    expect(initials('en-GB')).toBe('J F M A M J J A S O N D');
    expect(initials('sv-SE')).toBe('J F M A M J J A S O N D');
    expect(initials('id-ID')).toBe('J F M A M J J A S O N D');
    expect(initials('ca-ES')).toBe('GN FB MÇ AB MG JN JL AG ST OC NV DS');
    expect(initials('kk-KZ')).toBe('Қ А Н С М М Ш Т Қ Қ Қ Ж');
  });

  it('gives a day of the month alone, and whole dates in UTC whatever the time of day', () => {
    expect(dateFormats('kk-KZ').formatDayOfMonth('2026-09-07')).toBe('7');
    expect(dateFormats('en-GB').formatDayOfMonth(Date.parse('2026-09-07T23:59:00Z'))).toBe('7');
    expect(dateFormats('en-GB').formatDate(Date.parse('2026-09-07T23:59:00Z'))).toBe('7 Sept 2026');
  });

  it('says what a chart of months covers, the year on both ends', () => {
    const range = (locale: string) => spaced(dateFormats(locale).formatMonthRange('2025-12-01', '2026-11-01'));
    expect(range('en-GB')).toBe('Dec 2025 – Nov 2026');
    expect(range('sv-SE')).toBe('dec. 2025–nov. 2026');
    expect(range('ca-ES')).toBe('des. del 2025 – nov. del 2026');
    expect(range('id-ID')).toBe('Des 2025 – Nov 2026');
    expect(range('kk-KZ')).toBe('2025 ж. жел. – 2026 ж. қар.');
  });

  it('says what a chart of weeks covers, with the year once when both ends share it', () => {
    const range = (locale: string, from: string, to: string) => spaced(dateFormats(locale).formatDateRange(from, to));
    expect(range('en-GB', '2026-09-14', '2026-11-30')).toBe('14 Sept – 30 Nov 2026');
    expect(range('en-US', '2026-09-14', '2026-11-30')).toBe('Sep 14 – Nov 30, 2026');
    expect(range('ca-ES', '2026-09-14', '2026-11-30')).toBe('14 de set. – 30 de nov. 2026');
    expect(range('kk-KZ', '2026-09-14', '2026-11-30')).toBe('2026 ж. 14 қыр. – 30 қар.');
    expect(range('en-GB', '2025-12-15', '2026-03-02')).toBe('15 Dec 2025 – 2 Mar 2026');
  });

  it('are the catalog’s own formatters for a language Rapport speaks', () => {
    const catalan = catalogFor('ca-ES');
    expect(catalan.formatMonthInitial('2026-03-01')).toBe('MÇ');
    expect(spaced(catalan.formatMonthRange('2025-12-01', '2026-11-01'))).toBe('des. del 2025 – nov. del 2026');
    expect(catalogFor('sv-SE').formatDayMonth('2026-09-14')).toBe('14 sep.');
  });
});

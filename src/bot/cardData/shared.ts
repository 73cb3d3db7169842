/** Pieces several card data builders share: facts, freshness, health wording. */
import type { Timestamp } from '../../engagement/activity.js';
import type { HealthBand, HealthDriver, HealthTrend } from '../../engagement/health.js';
import { wholeDaysBetween } from '../../engagement/periods.js';
import type { Catalog, MessageKey } from '../catalog/catalog.js';

/** A FactSet row. */
export interface Fact {
  title: string;
  value: string;
}

/** TextBlock colors for the health bands (Adaptive Cards named colors). */
export type TextColor = 'Default' | 'Good' | 'Warning' | 'Attention';
export const BAND_COLORS: Readonly<Record<HealthBand, TextColor>> = { Good: 'Good', Fair: 'Warning', Poor: 'Attention' };

const BAND_KEYS = { Good: 'health.band.good', Fair: 'health.band.fair', Poor: 'health.band.poor' } as const satisfies Record<HealthBand, MessageKey>;
const TREND_KEYS = { Improving: 'health.trend.improving', Declining: 'health.trend.declining', Steady: 'health.trend.steady' } as const satisfies Record<HealthTrend, MessageKey>;
const TREND_ARROWS: Readonly<Record<HealthTrend, string>> = { Improving: '↑', Declining: '↓', Steady: '→' };

export function bandText(band: HealthBand, catalog: Catalog): string {
  return catalog.t(BAND_KEYS[band]);
}

export function trendText(trend: HealthTrend | null, catalog: Catalog): string {
  if (trend === null) return catalog.t('health.trend.none');
  return `${TREND_ARROWS[trend]} ${catalog.t(TREND_KEYS[trend])}`;
}

/** "Recency down 4.2 points": a driver's change of the weighted factor, in health points. */
export function driverText(driver: HealthDriver, catalog: Catalog): string {
  const factor = catalog.t(`factor.${driver.factor}`);
  const points = catalog.formatNumber(Math.abs(driver.change) * 100, 1);
  return driver.change > 0 ? catalog.t('health.driverUp', { factor, points }) : catalog.t('health.driverDown', { factor, points });
}

export function freshnessText(catalog: Catalog, asOf: Timestamp, windowDays: number): string {
  return catalog.t('common.freshness', { date: catalog.formatDate(asOf), days: windowDays });
}

/** Whole days from `time` to `asOf`, or null without a time. */
export function daysAgo(time: Timestamp | null, asOf: Timestamp): number | null {
  return time === null ? null : Math.max(0, wholeDaysBetween(time, asOf));
}

export function minutesText(minutes: number | null, catalog: Catalog): string {
  return minutes === null ? catalog.t('common.notAvailable') : catalog.t('common.minutes', { value: catalog.formatNumber(minutes, 1) });
}

export function hoursText(hours: number | null, catalog: Catalog): string {
  return hours === null ? catalog.t('common.notAvailable') : catalog.t('common.hours', { value: catalog.formatNumber(hours, 1) });
}

/** Trimmed, and cut with an ellipsis past `maxLength` characters (cards must stay under Teams' size limit). */
export function clipText(text: string, maxLength: number): string {
  const trimmed = text.trim();
  return trimmed.length <= maxLength ? trimmed : `${trimmed.slice(0, maxLength - 1)}…`;
}

/**
 * A card's `fallbackText`, what a client that cannot show the card shows instead: its title and
 * headline figures as markdown paragraphs (the parts come escaped, like the card's own texts).
 */
export function fallbackText(...paragraphs: readonly (string | undefined)[]): string {
  const written = paragraphs.filter((paragraph): paragraph is string => paragraph !== undefined && paragraph.trim() !== '');
  return written.join('\n\n');
}

/** "Accounts: 55": a fact as one line of a fallback text. */
export function factLine(fact: Fact, catalog: Catalog): string {
  return catalog.t('card.fact', { title: fact.title, value: fact.value });
}

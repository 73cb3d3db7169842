/**
 * Data for `cards/relationship.json`: "relationship Contoso". Also the relationship-intelligence
 * banner every relationship card (customer, introductions, this one) carries, and what a seller
 * is told when who-knows-whom is off.
 */
import type { Timestamp } from '../../engagement/activity.js';
import {
  RELATIONSHIP_CONSENT_DAYS, type RelationshipAvailability, type RelationshipOffReason,
} from '../../jobs/admin/relationshipPolicy.js';
import { HEALTH_WEIGHTS, type HealthFactor, type WeeklyActivity } from '../../engagement/health.js';
import type { AccountInsight } from '../../engagement/insights.js';
import { roundToOneDecimal } from '../../engagement/rounding.js';
import type { Catalog } from '../catalog/catalog.js';
import { escapeMarkdown } from '../cards.js';
import { chartPoints, periodRange, type ChartPoint, type ChartSeries } from './activitySeries.js';
import {
  BAND_COLORS, bandText, daysAgo, driverText, factLine, fallbackText, freshnessText, hoursText, trendText,
  type Fact, type TextColor,
} from './shared.js';

/** Why relationship insights may be incomplete; `daysLeft` until the switch-off while consent is pending. */
export type RelationshipNotice =
  | { kind: 'consentPending'; daysLeft?: number }
  | { kind: 'exchangeOff' }
  | { kind: 'switchedOff' };

/** The banner for the admin's settings as of now; undefined when there is none. */
export function relationshipNotice(availability: Pick<RelationshipAvailability, 'banner' | 'daysLeft'>): RelationshipNotice | undefined {
  switch (availability.banner) {
    case null:
      return undefined;
    case 'consentPending':
      return availability.daysLeft === null ? { kind: 'consentPending' } : { kind: 'consentPending', daysLeft: availability.daysLeft };
    default:
      return { kind: availability.banner };
  }
}

/** The banner's words (catalog text only: nothing untrusted is substituted). */
export function relationshipNoticeText(notice: RelationshipNotice, catalog: Catalog): string {
  switch (notice.kind) {
    case 'consentPending': {
      const pending = catalog.t('common.consentPending');
      return notice.daysLeft === undefined ? pending : `${pending} ${catalog.t('ri.banner.daysLeft', { count: notice.daysLeft })}`;
    }
    case 'exchangeOff':
      return catalog.t('common.exchangeOff');
    case 'switchedOff':
      return catalog.t('ri.banner.switchedOff', { days: RELATIONSHIP_CONSENT_DAYS });
  }
}

/** Why a who-knows-whom question gets no answer, as the Sales page says why an option is missing. */
export function whoKnowsOffText(reason: RelationshipOffReason, catalog: Catalog): string {
  switch (reason) {
    case 'exchangeOff':
      return catalog.t('ri.whoKnowsOff.exchangeOff');
    case 'switchedOff':
      return catalog.t('ri.whoKnowsOff.switchedOff', { days: RELATIONSHIP_CONSENT_DAYS });
    case 'consentPending':
      return catalog.t('ri.whoKnowsOff.consentPending');
    case 'notEnabled':
      return catalog.t('ri.whoKnowsOff.notEnabled');
  }
}

export interface RelationshipCardData {
  fallbackText: string;
  hasNotice: boolean;
  notice: string;
  title: string;
  hasHealth: boolean;
  healthValue: string;
  healthColor: TextColor;
  bandText: string;
  trendText: string;
  drivers: { text: string }[];
  factorsTitle: string;
  /** Each factor's weighted share of the health score, in points. */
  factors: ChartPoint[];
  factorFacts: Fact[];
  noHealthText: string;
  kpisTitle: string;
  kpis: Fact[];
  contactsTitle: string;
  contacts: { address: string }[];
  hasContacts: boolean;
  noContactsText: string;
  weeklyTitle: string;
  weekly: ChartSeries[];
  /** The first and last week's Mondays, under the Mondays' days of the month. */
  weeklyAxis: string;
  weeklyFacts: Fact[];
  freshness: string;
}

export interface RelationshipCardOptions {
  asOf: Timestamp;
  windowDays: number;
  notice?: RelationshipNotice;
}

const FACTORS = Object.keys(HEALTH_WEIGHTS) as HealthFactor[];

export function relationshipCardData(insight: AccountInsight, catalog: Catalog, options: RelationshipCardOptions): RelationshipCardData {
  const { health, kpis } = insight;
  const factors = health.factors;
  const points = (factor: HealthFactor) => (factors === null ? 0 : roundToOneDecimal(100 * HEALTH_WEIGHTS[factor] * factors[factor]));
  const weekLabel = (start: string) => catalog.formatDayMonth(start);
  const count = (value: number) => catalog.formatNumber(value);
  const title = catalog.t('relationship.title', { account: escapeMarkdown(insight.account.name) });
  const weekSeries = (legend: string, value: (week: WeeklyActivity) => number): ChartSeries => ({
    legend, values: chartPoints(kpis.weekly, (week) => catalog.formatDayOfMonth(week.weekStart), value),
  });
  const healthLine = health.health === null || health.band === null
    ? catalog.t('health.none')
    : factLine({
      title: catalog.t('customer.healthTitle'),
      value: catalog.t('health.withBand', { health: health.health, band: bandText(health.band, catalog) }),
    }, catalog);
  return {
    fallbackText: fallbackText(title, healthLine),
    hasNotice: options.notice !== undefined,
    notice: options.notice === undefined ? '' : relationshipNoticeText(options.notice, catalog),
    title,
    hasHealth: health.health !== null,
    healthValue: health.health === null ? '' : catalog.formatNumber(health.health),
    healthColor: health.band === null ? 'Default' : BAND_COLORS[health.band],
    bandText: health.band === null ? '' : bandText(health.band, catalog),
    trendText: trendText(health.trend, catalog),
    drivers: health.drivers.map((driver) => ({ text: driverText(driver, catalog) })),
    factorsTitle: catalog.t('relationship.factorsTitle'),
    factors: FACTORS.map((factor) => ({ x: catalog.t(`factor.${factor}`), y: points(factor) })),
    factorFacts: FACTORS.map((factor) => ({
      title: catalog.t(`factor.${factor}`),
      value: catalog.t('factor.pointsOf', { points: points(factor), max: 100 * HEALTH_WEIGHTS[factor] }),
    })),
    noHealthText: catalog.t('health.none'),
    kpisTitle: catalog.t('relationship.kpisTitle'),
    kpis: [
      { title: catalog.t('relationship.emailsSent'), value: count(kpis.emailsSent) },
      { title: catalog.t('relationship.emailsReceived'), value: count(kpis.emailsReceived) },
      { title: catalog.t('relationship.meetings'), value: count(kpis.meetings) },
      { title: catalog.t('relationship.timeSpent'), value: hoursText(kpis.timeSpentMinutes / 60, catalog) },
      { title: catalog.t('relationship.lastInteraction'), value: catalog.formatRelativeDays(daysAgo(kpis.lastInteraction, options.asOf)) },
      {
        title: catalog.t('relationship.nextInteraction'),
        value: kpis.nextInteraction === null ? catalog.t('relationship.noNextInteraction') : catalog.formatDate(kpis.nextInteraction),
      },
    ],
    contactsTitle: catalog.t('relationship.contactsTitle'),
    contacts: kpis.topContacts.slice(0, 3).map((contact) => ({ address: escapeMarkdown(contact.address) })),
    hasContacts: kpis.topContacts.length > 0,
    noContactsText: catalog.t('relationship.noContacts'),
    weeklyTitle: catalog.t('relationship.weeklyTitle'),
    weekly: [
      weekSeries(catalog.t('chart.emailsSent'), (week) => week.emailsSent),
      weekSeries(catalog.t('chart.emailsReceived'), (week) => week.emailsReceived),
      weekSeries(catalog.t('chart.meetings'), (week) => week.meetings),
    ],
    weeklyAxis: periodRange(kpis.weekly.map((week) => week.weekStart), catalog.formatDateRange),
    weeklyFacts: kpis.weekly.map((week) => ({
      title: weekLabel(week.weekStart),
      value: catalog.t('chart.sentReceivedMeetings', { sent: week.emailsSent, received: week.emailsReceived, meetings: catalog.t('count.meetings', { count: week.meetings }) }),
    })),
    freshness: freshnessText(catalog, options.asOf, options.windowDays),
  };
}

/** Data for `cards/customer.json`: "how engaged is Contoso?". */
import type { Timestamp } from '../../engagement/activity.js';
import { DEFAULT_HEALTH_SETTINGS, type HealthSettings } from '../../engagement/health.js';
import type { AccountInsight } from '../../engagement/insights.js';
import type { Catalog } from '../catalog/catalog.js';
import { escapeMarkdown } from '../cards.js';
import {
  emailAndMeetingFacts, emailAndMeetingSeries, lastWeeks, periodCounts, periodRange, windowMonths, type ChartSeries,
} from './activitySeries.js';
import { relationshipNoticeText, type RelationshipNotice } from './relationship.js';
import {
  BAND_COLORS, bandText, driverText, factLine, fallbackText, freshnessText, hoursText, minutesText, trendText,
  type Fact, type TextColor,
} from './shared.js';

export interface GaugeSegment {
  legend: string;
  size: number;
  color: 'attention' | 'warning' | 'good';
}

export interface CustomerCardData {
  fallbackText: string;
  accountId: string;
  accountName: string;
  subtitle: string;
  /** The relationship-intelligence banner. */
  hasNotice: boolean;
  notice: string;
  score: number;
  scoreLabel: string;
  scoreFallback: string;
  scoreSegments: GaugeSegment[];
  healthTitle: string;
  hasHealth: boolean;
  healthText: string;
  healthColor: TextColor;
  trendText: string;
  drivers: { text: string }[];
  totalsTitle: string;
  totals: Fact[];
  peopleTitle: string;
  people: Fact[];
  timingTitle: string;
  timing: Fact[];
  monthsTitle: string;
  monthsSeries: ChartSeries[];
  /** The months the chart covers, under its initials: "Dec 2025 – Dec 2026". */
  monthsAxis: string;
  monthsFacts: Fact[];
  weeksTitle: string;
  weeksSeries: ChartSeries[];
  /** The first and last week's Mondays, under the Mondays' days of the month: "14 Sept – 30 Nov 2026". */
  weeksAxis: string;
  weeksFacts: Fact[];
  freshness: string;
  whoKnowsTitle: string;
  watchTitle: string;
  relationshipTitle: string;
}

export interface CustomerCardOptions {
  /** Why relationship intelligence is limited (consent pending, Exchange off, switched off); no banner when absent. */
  notice?: RelationshipNotice;
  windowDays: number;
  asOf: Timestamp;
  /** The gauge's segments follow the health bands' thresholds. */
  bands?: Pick<HealthSettings, 'goodFrom' | 'fairFrom'>;
}

function scoreSegments(bands: Pick<HealthSettings, 'goodFrom' | 'fairFrom'>, catalog: Catalog): GaugeSegment[] {
  return [
    { legend: catalog.t('customer.scoreBand.low'), size: bands.fairFrom, color: 'attention' },
    { legend: catalog.t('customer.scoreBand.medium'), size: bands.goodFrom - bands.fairFrom, color: 'warning' },
    { legend: catalog.t('customer.scoreBand.high'), size: 100 - bands.goodFrom, color: 'good' },
  ];
}

export function customerCardData(insight: AccountInsight, catalog: Catalog, options: CustomerCardOptions): CustomerCardData {
  const { year, health } = insight;
  const count = (value: number) => catalog.formatNumber(value);
  const months = periodCounts(windowMonths(options.asOf, options.windowDays), insight.months);
  const weeks = periodCounts(lastWeeks(options.asOf), insight.weeks);
  const monthLabel = (start: string) => catalog.formatMonth(start);
  const weekLabel = (start: string) => catalog.formatDayMonth(start);
  const { notice } = options;
  const accountName = escapeMarkdown(insight.account.name);
  const scoreFallback = catalog.t('customer.scoreFallback', { score: year.EngagementScore });
  const healthText = health.health === null || health.band === null
    ? catalog.t('health.none')
    : catalog.t('health.withBand', { health: health.health, band: bandText(health.band, catalog) });
  const healthTitle = catalog.t('customer.healthTitle');
  return {
    fallbackText: fallbackText(
      accountName, scoreFallback, health.health === null ? healthText : factLine({ title: healthTitle, value: healthText }, catalog),
    ),
    accountId: insight.account.id,
    accountName,
    subtitle: catalog.t('customer.subtitle'),
    hasNotice: notice !== undefined,
    notice: notice === undefined ? '' : relationshipNoticeText(notice, catalog),
    score: year.EngagementScore,
    scoreLabel: catalog.t('customer.scoreLabel'),
    scoreFallback,
    scoreSegments: scoreSegments(options.bands ?? DEFAULT_HEALTH_SETTINGS, catalog),
    healthTitle,
    hasHealth: health.health !== null,
    healthText,
    healthColor: health.band === null ? 'Default' : BAND_COLORS[health.band],
    trendText: trendText(health.trend, catalog),
    drivers: health.drivers.map((driver) => ({ text: driverText(driver, catalog) })),
    totalsTitle: catalog.t('customer.totalsTitle'),
    totals: [
      { title: catalog.t('customer.emailsToAccount'), value: count(year.NoOfEmails_ToAccount) },
      { title: catalog.t('customer.emailsFromAccount'), value: count(year.NoOfEmails_FromAccount) },
      { title: catalog.t('customer.meetingsByUs'), value: count(year.NoOfMeetings_ToAccount) },
      { title: catalog.t('customer.meetingsByThem'), value: count(year.NoOfMeetings_FromAccount) },
    ],
    peopleTitle: catalog.t('customer.peopleTitle'),
    people: [
      { title: catalog.t('customer.ourPeopleEmails'), value: count(year.NoOfContactsInvolved_Emails) },
      { title: catalog.t('customer.ourPeopleMeetings'), value: count(year.NoOfContactsInvolved_Meetings) },
      { title: catalog.t('customer.theirPeopleEmails'), value: count(year.NoOfAccountContactsInvolved_Emails) },
      { title: catalog.t('customer.theirPeopleMeetings'), value: count(year.NoOfAccountContactsInvolved_Meetings) },
    ],
    timingTitle: catalog.t('customer.timingTitle'),
    timing: [
      { title: catalog.t('customer.lastEmail'), value: catalog.formatRelativeDays(year.DaysSinceLastEmail) },
      { title: catalog.t('customer.lastMeeting'), value: catalog.formatRelativeDays(year.DaysSinceLastMeeting) },
      { title: catalog.t('customer.averageMeeting'), value: minutesText(year.AverageDuration_Of_Meetings, catalog) },
      { title: catalog.t('customer.averageReply'), value: hoursText(year.AverageDuration_Of_AccountEmailReplies, catalog) },
      {
        title: catalog.t('customer.engagedSince'),
        value: year.EngagementStartDate === null ? catalog.t('common.notAvailable') : catalog.formatDate(year.EngagementStartDate),
      },
    ],
    monthsTitle: catalog.t('customer.monthsTitle'),
    monthsSeries: emailAndMeetingSeries(months, catalog.formatMonthInitial, catalog),
    monthsAxis: periodRange(months.map((month) => month.start), catalog.formatMonthRange),
    monthsFacts: emailAndMeetingFacts(months, monthLabel, catalog),
    weeksTitle: catalog.t('customer.weeksTitle'),
    weeksSeries: emailAndMeetingSeries(weeks, catalog.formatDayOfMonth, catalog),
    weeksAxis: periodRange(weeks.map((week) => week.start), catalog.formatDateRange),
    weeksFacts: emailAndMeetingFacts(weeks, weekLabel, catalog),
    freshness: freshnessText(catalog, options.asOf, options.windowDays),
    whoKnowsTitle: catalog.t('customer.whoKnows'),
    watchTitle: catalog.t('customer.watch'),
    relationshipTitle: catalog.t('customer.relationship'),
  };
}

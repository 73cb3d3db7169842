/** Relationship health, bands, trend and KPIs (engagement-spec.md section 5). */
import { DAY_MS, utcDate, type Timestamp } from './activity.js';
import { INTERNAL } from './attribution.js';
import { interactionsBetween, isEmail, peopleOf, type AccountActivity, type ActivityIndex, type Interaction } from './interactions.js';
import { WINDOW_DAYS, isoWeekStart, wholeDaysBetween } from './periods.js';
import { meanReplyHours } from './replies.js';
import { roundHalfUp } from './rounding.js';
import { accountPeopleCount, summarize } from './summary.js';

export type HealthBand = 'Good' | 'Fair' | 'Poor';
export type HealthTrend = 'Improving' | 'Declining' | 'Steady';
export type HealthFactor = 'R' | 'F' | 'Q' | 'P' | 'B';
export type HealthFactors = Record<HealthFactor, number>;

export const HEALTH_WEIGHTS: Readonly<HealthFactors> = { R: 0.35, F: 0.25, Q: 0.15, P: 0.1, B: 0.15 };
const RECENT_DAYS = 90;
const TREND_DAYS = 30;
const TREND_MARGIN = 5;

export interface HealthSettings {
  /** Interactions expected in 90 days for full frequency (one a week). */
  expectedInteractions: number;
  /** Lowest health of the `Good` and `Fair` bands. */
  goodFrom: number;
  fairFrom: number;
}

export const DEFAULT_HEALTH_SETTINGS: Readonly<HealthSettings> = { expectedInteractions: 13, goodFrom: 60, fairFrom: 40 };

export interface HealthDriver {
  factor: HealthFactor;
  /** Change of the weighted factor since `t - 30 d`. */
  change: number;
}

export interface RelationshipHealth {
  accountId: string;
  health: number | null;
  band: HealthBand | null;
  trend: HealthTrend | null;
  factors: HealthFactors | null;
  /** The (at most) two factors whose weighted values changed most, unchanged ones left out. */
  drivers: HealthDriver[];
}

interface HealthAt {
  health: number;
  factors: HealthFactors;
}

/** Health as of `t`, from the window ending at `t`; null without counted activity in it. */
export function healthAt(activity: AccountActivity, accountIndex: number, t: Timestamp, index: ActivityIndex, settings: HealthSettings = DEFAULT_HEALTH_SETTINGS): HealthAt | null {
  const inWindow = interactionsBetween(activity.past, t - WINDOW_DAYS * DAY_MS, t);
  const last = inWindow[inWindow.length - 1];
  if (!last) return null;
  const recent = interactionsBetween(inWindow, t - RECENT_DAYS * DAY_MS, t);
  const summary = summarize(recent, accountIndex, index);
  const factors: HealthFactors = {
    R: 2 ** (-wholeDaysBetween(last.time, t) / 30),
    F: Math.min(1, recent.length / settings.expectedInteractions),
    Q: reciprocity(summary.emailsFromAccount, summary.emailsToAccount),
    P: responsiveness(meanReplyHours(summary.replies)),
    B: Math.min(1, accountPeopleCount(summary) / 3),
  };
  const weighted = (Object.keys(HEALTH_WEIGHTS) as HealthFactor[]).reduce((sum, factor) => sum + HEALTH_WEIGHTS[factor] * factors[factor], 0);
  return { health: roundHalfUp(100 * weighted), factors };
}

function reciprocity(from: number, to: number): number {
  if (from === 0 && to === 0) return 0.5;
  return Math.min(from, to) / Math.max(from, to);
}

function responsiveness(replyHours: number | null): number {
  if (replyHours === null) return 0.5;
  if (replyHours <= 24) return 1;
  if (replyHours >= 168) return 0;
  return (168 - replyHours) / (168 - 24);
}

export function bandOf(health: number, settings: HealthSettings = DEFAULT_HEALTH_SETTINGS): HealthBand {
  return health >= settings.goodFrom ? 'Good' : health >= settings.fairFrom ? 'Fair' : 'Poor';
}

export function relationshipHealth(index: ActivityIndex, accountIndex: number, settings: HealthSettings = DEFAULT_HEALTH_SETTINGS): RelationshipHealth {
  const activity = index.accounts[accountIndex]!;
  const now = healthAt(activity, accountIndex, index.asOf, index, settings);
  const accountId = activity.account.id;
  if (!now) return { accountId, health: null, band: null, trend: null, factors: null, drivers: [] };
  const before = healthAt(activity, accountIndex, index.asOf - TREND_DAYS * DAY_MS, index, settings);
  return {
    accountId,
    health: now.health,
    band: bandOf(now.health, settings),
    trend: before ? trendOf(now.health - before.health) : null,
    factors: now.factors,
    drivers: before ? driversOf(now.factors, before.factors) : [],
  };
}

function trendOf(change: number): HealthTrend {
  return change > TREND_MARGIN ? 'Improving' : change < -TREND_MARGIN ? 'Declining' : 'Steady';
}

function driversOf(now: HealthFactors, before: HealthFactors): HealthDriver[] {
  return (Object.keys(HEALTH_WEIGHTS) as HealthFactor[])
    .map((factor) => ({ factor, change: HEALTH_WEIGHTS[factor] * (now[factor] - before[factor]) }))
    .filter((driver) => Math.abs(driver.change) > 1e-12)
    .sort((a, b) => Math.abs(b.change) - Math.abs(a.change))
    .slice(0, 2);
}

export interface WeeklyActivity {
  /** Monday of the ISO week, `YYYY-MM-DD`. */
  weekStart: string;
  emailsSent: number;
  emailsReceived: number;
  meetings: number;
}

export interface RelationshipKpis {
  accountId: string;
  emailsSent: number;
  emailsReceived: number;
  meetings: number;
  /** Emails written 5 min, read 2.5 min; a meeting's length per internal participant. */
  timeSpentMinutes: number;
  lastInteraction: Timestamp | null;
  nextInteraction: Timestamp | null;
  topContacts: { address: string; interactions: number }[];
  weekly: WeeklyActivity[];
}

const MINUTES_TO_WRITE = 5;
const MINUTES_TO_READ = 2.5;

/** KPIs over the last 90 days before `asOf`, and weekly for the chart. */
export function relationshipKpis(index: ActivityIndex, accountIndex: number): RelationshipKpis {
  const activity = index.accounts[accountIndex]!;
  const start = index.asOf - RECENT_DAYS * DAY_MS;
  const recent = interactionsBetween(activity.past, start, index.asOf);
  const window = interactionsBetween(activity.past, index.asOf - WINDOW_DAYS * DAY_MS, index.asOf);
  const counts = countKinds(recent);
  const meetingMinutes = recent
    .filter((interaction) => !isEmail(interaction))
    .reduce((sum, meeting) => sum + (meeting.durationMs / 60_000) * peopleOf(index, meeting).filter((id) => index.classOf[id] === INTERNAL).length, 0);
  return {
    accountId: activity.account.id,
    ...counts,
    timeSpentMinutes: counts.emailsSent * MINUTES_TO_WRITE + counts.emailsReceived * MINUTES_TO_READ + meetingMinutes,
    lastInteraction: window[window.length - 1]?.time ?? null,
    nextInteraction: activity.upcoming[0]?.time ?? null,
    topContacts: topContacts(index, accountIndex, recent),
    weekly: weeklyActivity(recent, start, index.asOf),
  };
}

function countKinds(interactions: readonly Interaction[]): { emailsSent: number; emailsReceived: number; meetings: number } {
  let emailsSent = 0;
  let emailsReceived = 0;
  let meetings = 0;
  for (const interaction of interactions) {
    if (interaction.kind === 'emailToAccount') emailsSent++;
    else if (interaction.kind === 'emailFromAccount') emailsReceived++;
    else meetings++;
  }
  return { emailsSent, emailsReceived, meetings };
}

function topContacts(index: ActivityIndex, accountIndex: number, recent: readonly Interaction[]): { address: string; interactions: number }[] {
  const counts = new Map<number, number>();
  for (const interaction of recent) {
    for (const person of peopleOf(index, interaction)) if (index.classOf[person] === accountIndex) counts.set(person, (counts.get(person) ?? 0) + 1);
  }
  return [...counts]
    .map(([id, interactions]) => ({ address: index.addresses.address(id), interactions }))
    .sort((a, b) => b.interactions - a.interactions || (a.address < b.address ? -1 : 1))
    .slice(0, 3);
}

function weeklyActivity(recent: readonly Interaction[], start: Timestamp, end: Timestamp): WeeklyActivity[] {
  const weeks: WeeklyActivity[] = [];
  for (let week = isoWeekStart(start); week < end; week += 7 * DAY_MS) {
    const inWeek = interactionsBetween(recent, week, week + 7 * DAY_MS);
    weeks.push({ weekStart: utcDate(week), ...countKinds(inWeek) });
  }
  return weeks;
}

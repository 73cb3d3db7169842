/** The engagement table: per account, one Year row and a row per active month and ISO week. */
import { utcDate, type Timestamp } from './activity.js';
import type { AggregationLevel, EngagementRow } from './columns.js';
import { interactionsBetween, type AccountActivity, type ActivityIndex, type Interaction } from './interactions.js';
import { calendarPeriod, dataWindow, wholeDaysBetween, yearPeriod, type Period } from './periods.js';
import { meanReplyHours } from './replies.js';
import { rawEngagement, scoreRaws } from './score.js';
import { roundToOneDecimal } from './rounding.js';
import { accountPeopleCount, meetingCount, summarize } from './summary.js';

interface ScoredRow {
  row: EngagementRow;
  raw: number;
}

/** Rows account by account (Year, then months, then weeks, each in date order). */
export function engagementRows(index: ActivityIndex, levels: readonly AggregationLevel[] = ['Year', 'Month', 'Week']): EngagementRow[] {
  const window = dataWindow(index.asOf);
  const scored: ScoredRow[] = [];
  index.accounts.forEach((activity, accountIndex) => {
    const inWindow = interactionsBetween(activity.past, window.start, window.end);
    const engagementStart = inWindow.length > 0 ? utcDate(inWindow[0]!.time) : null;
    for (const level of levels) {
      const periods = level === 'Year' ? [yearPeriod(index.asOf)] : activePeriods(level, inWindow, index.asOf);
      for (const period of periods) {
        const periodItems = interactionsBetween(inWindow, period.start, period.end);
        scored.push(periodRow(activity, accountIndex, period, periodItems, engagementStart, index));
      }
    }
  });
  assignScores(scored);
  return scored.map((entry) => entry.row);
}

/** The Month or Week periods in which the account has counted activity. */
function activePeriods(level: 'Month' | 'Week', sorted: readonly Interaction[], asOf: Timestamp): Period[] {
  const periods: Period[] = [];
  for (const interaction of sorted) {
    const last = periods[periods.length - 1];
    if (last && interaction.time < last.end) continue;
    periods.push(calendarPeriod(level, interaction.time, asOf));
  }
  return periods;
}

function periodRow(activity: AccountActivity, accountIndex: number, period: Period, items: readonly Interaction[], engagementStart: string | null, index: ActivityIndex): ScoredRow {
  const summary = summarize(items, accountIndex, index);
  const people = accountPeopleCount(summary);
  const replyHours = meanReplyHours(summary.replies);
  const meetings = meetingCount(summary);
  const row: EngagementRow = {
    AccountId: activity.account.id,
    AccountName: activity.account.name,
    EngagementScore: 0,
    NoOfEmails_ToAccount: summary.emailsToAccount,
    NoOfEmails_FromAccount: summary.emailsFromAccount,
    NoOfMeetings_FromAccount: summary.meetingsByAccount,
    NoOfMeetings_ToAccount: summary.meetingsByOrganization,
    NoOfContactsInvolved_Meetings: summary.internalPeopleInMeetings.size,
    NoOfContactsInvolved_Emails: summary.internalPeopleInEmails.size,
    NoOfAccountContactsInvolved_Meetings: summary.accountPeopleInMeetings.size,
    NoOfAccountContactsInvolved_Emails: summary.accountPeopleInEmails.size,
    EngagementStartDate: engagementStart,
    DaysSinceLastEmail: daysUntil(summary.lastEmail, period.end),
    DaysSinceLastMeeting: daysUntil(summary.lastMeeting, period.end),
    AverageDuration_Of_Meetings: meetings === 0 ? null : roundToOneDecimal(summary.meetingDurationTotalMs / meetings / 60_000),
    AverageDuration_Of_AccountEmailReplies: replyHours === null ? null : roundToOneDecimal(replyHours),
    AggregationStartDate: period.startDate,
    AggregationLevel: period.level,
  };
  return { row, raw: rawEngagement(items, period.end, people) };
}

function daysUntil(time: Timestamp | null, end: Timestamp): number | null {
  return time === null ? null : wholeDaysBetween(time, end);
}

/** Scores are relative to the other accounts of the same period (level and start). */
function assignScores(scored: ScoredRow[]): void {
  const groups = new Map<string, ScoredRow[]>();
  for (const entry of scored) {
    const key = `${entry.row.AggregationLevel}|${entry.row.AggregationStartDate}`;
    let group = groups.get(key);
    if (!group) groups.set(key, (group = []));
    group.push(entry);
  }
  for (const group of groups.values()) {
    const scores = scoreRaws(group.map((entry) => entry.raw));
    group.forEach((entry, i) => (entry.row.EngagementScore = scores[i]!));
  }
}


/** Hand-built run insights for the alert tests: only what the stale rule and the cards read. */
import { DAY_MS } from '../../src/engagement/activity.js';
import type { EngagementRow } from '../../src/engagement/columns.js';
import type { AccountInsight, EnrichmentInsights } from '../../src/engagement/insights.js';

export const AS_OF = Date.parse('2026-11-03T00:00:00Z');

export interface AccountState {
  id: string;
  name?: string;
  /** Days since the last email and meeting (null: never). */
  email: number | null;
  meeting: number | null;
  /** Who inside talked with them, and how many days ago. */
  contacts?: { address: string; daysAgo: number }[];
}

export function insightsAt(asOf: number, accounts: AccountState[], colleagueNames: Record<string, string> = {}): EnrichmentInsights {
  return {
    asOf,
    windowStart: asOf - 365 * DAY_MS,
    accounts: accounts.map((state) => accountInsight(asOf, state)),
    knownBy: {},
    colleagueNames,
  };
}

function accountInsight(asOf: number, state: AccountState): AccountInsight {
  const year: EngagementRow = {
    AccountId: state.id, AccountName: state.name ?? state.id, AggregationLevel: 'Year', AggregationStartDate: '2025-11-03',
    EngagementScore: 40, NoOfEmails_ToAccount: 3, NoOfEmails_FromAccount: 2, NoOfMeetings_FromAccount: 0, NoOfMeetings_ToAccount: 1,
    NoOfContactsInvolved_Meetings: 1, NoOfContactsInvolved_Emails: 1, NoOfAccountContactsInvolved_Meetings: 1, NoOfAccountContactsInvolved_Emails: 1,
    EngagementStartDate: '2026-01-05', DaysSinceLastEmail: state.email, DaysSinceLastMeeting: state.meeting,
    AverageDuration_Of_Meetings: 30, AverageDuration_Of_AccountEmailReplies: 2,
  };
  return {
    account: { id: state.id, name: state.name ?? state.id, domains: [], owner: null },
    year, months: [], weeks: [],
    introducers: (state.contacts ?? []).map((contact) => ({
      internal: contact.address, strongest: 0.5, strongestWith: `x@${state.id}.example`, total: 0.5, lastInteraction: asOf - contact.daysAgo * DAY_MS,
    })),
  } as unknown as AccountInsight; // health and KPIs are not read by the alerts
}

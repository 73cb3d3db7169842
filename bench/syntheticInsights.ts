/** Insights for N accounts with full-year shapes (12 months, 52 weeks, 20 introducers), built directly. */
import { DAY_MS, utcDate } from '../src/engagement/activity.js';
import type { AggregationLevel, EngagementRow } from '../src/engagement/columns.js';
import type { AccountInsight, EnrichmentInsights } from '../src/engagement/insights.js';
import { isoWeekStart, monthStart } from '../src/engagement/periods.js';

const NAMES = ['Contoso', 'Fabrikam', 'Woodgrove', 'Litware', 'Tailspin', 'Northwind', 'Proseware', 'Relecloud', 'Lamna', 'Trey', 'Wingtip', 'Alpine', 'Coho', 'Fourth', 'Margie', 'Adatum'];
const SUFFIXES = ['Bank', 'Toys', 'Research', 'Traders', 'Systems', 'Health', 'Energy', 'Travel', 'Winery', 'Capital', 'Labs', 'Logistics'];

function row(id: string, name: string, level: AggregationLevel, start: string, n: number): EngagementRow {
  return {
    AccountId: id, AccountName: name, EngagementScore: n % 101, NoOfEmails_ToAccount: n % 40, NoOfEmails_FromAccount: n % 30,
    NoOfMeetings_FromAccount: n % 3, NoOfMeetings_ToAccount: n % 4, NoOfContactsInvolved_Meetings: n % 5, NoOfContactsInvolved_Emails: n % 7,
    NoOfAccountContactsInvolved_Meetings: n % 3, NoOfAccountContactsInvolved_Emails: n % 6, EngagementStartDate: '2025-11-03',
    DaysSinceLastEmail: n % 90, DaysSinceLastMeeting: n % 120, AverageDuration_Of_Meetings: 30 + (n % 60), AverageDuration_Of_AccountEmailReplies: (n % 480) / 10,
    AggregationStartDate: start, AggregationLevel: level,
  };
}

export function syntheticInsights(accounts: number, asOf: number): EnrichmentInsights {
  const windowStart = asOf - 365 * DAY_MS;
  const months = Array.from({ length: 12 }, (_, i) => utcDate(monthStart(asOf - (11 - i) * 30 * DAY_MS)));
  const weeks = Array.from({ length: 52 }, (_, i) => utcDate(isoWeekStart(asOf - (51 - i) * 7 * DAY_MS)));
  const insights: AccountInsight[] = Array.from({ length: accounts }, (_, i) => {
    const id = `A${i}`;
    const name = `${NAMES[i % NAMES.length]} ${SUFFIXES[Math.floor(i / NAMES.length) % SUFFIXES.length]} ${i}`;
    const domain = `a${i}.example`;
    return {
      account: { id, name, domains: [domain], owner: `owner${i % 50}@corp.example` },
      year: row(id, name, 'Year', utcDate(windowStart), i),
      months: months.map((start, m) => row(id, name, 'Month', start, i + m)),
      weeks: weeks.map((start, w) => row(id, name, 'Week', start, i + w)),
      health: {
        accountId: id, health: 40 + (i % 60), band: i % 3 === 0 ? 'Good' : 'Fair', trend: 'Steady',
        factors: { R: 0.8, F: 0.5, Q: 0.7, P: 0.5, B: 1 }, drivers: [{ factor: 'R', change: -0.02 }, { factor: 'F', change: 0.01 }], stale: i % 10 === 0,
      },
      kpis: {
        accountId: id, emailsSent: 20, emailsReceived: 15, meetings: 3, timeSpentMinutes: 300, lastInteraction: asOf - DAY_MS, nextInteraction: asOf + 3 * DAY_MS,
        topContacts: [1, 2, 3].map((c) => ({ address: `c${c}@${domain}`, interactions: 10 - c })),
        weekly: weeks.slice(-13).map((weekStart) => ({ weekStart, emailsSent: 2, emailsReceived: 1, meetings: 0 })),
      },
      introducers: Array.from({ length: 20 }, (_, k) => ({
        internal: `user${(i + k) % 2500}@corp.example`, strongest: 20 - k, strongestWith: `c1@${domain}`, total: 30 - k, lastInteraction: asOf - k * DAY_MS,
      })),
    };
  });
  return { asOf, windowStart, accounts: insights, knownBy: {}, colleagueNames: {} };
}

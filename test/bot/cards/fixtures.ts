/**
 * Domain data for the card tests: a realistic account from the real engine over the demo
 * tenant, and hand-built worst cases (longest names, every period filled) for the size limit.
 */
import { DAY_MS, utcDate } from '../../../src/engagement/activity.js';
import { Attribution } from '../../../src/engagement/attribution.js';
import type { EngagementRow } from '../../../src/engagement/columns.js';
import { computeEngagement } from '../../../src/engagement/engine.js';
import { ActivityFold } from '../../../src/engagement/fold.js';
import { buildInsights, type AccountInsight, type EnrichmentInsights } from '../../../src/engagement/insights.js';
import { isoWeekStart, monthStart } from '../../../src/engagement/periods.js';
import type { Introducer } from '../../../src/engagement/ties.js';
import type { RunRecord } from '../../../src/store/stateSchema.js';
import { generateTenant } from '../../../src/sources/simulator/tenantGenerator.js';

export const AS_OF = Date.parse('2026-11-03T00:00:00Z');
export const WINDOW_DAYS = 365;

let engineInsights: EnrichmentInsights | undefined;

/** The demo tenant run through the real engine (computed once per test file). */
export function demoInsights(): EnrichmentInsights {
  if (!engineInsights) {
    const tenant = generateTenant({ seed: 7, asOf: AS_OF, sizes: { users: 16, monitoredMailboxes: 12, groups: 2, accounts: 24 } });
    const attribution = new Attribution(tenant.dataset, { internalDomains: tenant.organizationDomains });
    const fold = new ActivityFold(AS_OF);
    for (const mailbox of tenant.mailboxes()) fold.addAll(tenant.mailboxItems(mailbox));
    const result = computeEngagement(fold, attribution);
    engineInsights = buildInsights(result);
  }
  return engineInsights;
}

/** The demo account with the most months of activity, and introducers. */
export function busiestDemoAccount(): AccountInsight {
  const candidates = demoInsights().accounts.filter((insight) => insight.introducers.length > 0 && insight.health.health !== null);
  return candidates.sort((a, b) => b.months.length - a.months.length || b.year.EngagementScore - a.year.EngagementScore)[0]!;
}

/**
 * Names at the 256-character limit in the styles that cost most bytes once escaped and
 * serialized: three-byte CJK characters, and punctuation that markdown escaping doubles
 * (and JSON then escapes again).
 */
export const LONGEST_NAMES = {
  cjk: '東京中央株式会社'.repeat(32),
  punctuation: 'A.B. (Holdings) [Intl.] *Group* _Ltd._ - #1 | <Partners> ~ '.repeat(5).slice(0, 256),
} as const;

export const HOSTILE_NAME = '*Evil* [link](http://x) _under_ `code` # ${accountName} <b>';

export const LONGEST_ADDRESS = `${'a.b_c-'.repeat(10)}@${'sub-domain.'.repeat(17)}example.com`.slice(0, 254);

/** A 500-character note full of characters that need escaping. */
export const LONGEST_NOTE = 'Sure! Let’s talk (Tue/Wed) - see [notes] #2 *asap* _thanks_. '.repeat(10).slice(0, 500);

function row(accountId: string, name: string, level: EngagementRow['AggregationLevel'], start: string, scale: number): EngagementRow {
  return {
    AccountId: accountId, AccountName: name, AggregationLevel: level, AggregationStartDate: start,
    EngagementScore: 100, NoOfEmails_ToAccount: 1234 * scale, NoOfEmails_FromAccount: 987 * scale,
    NoOfMeetings_FromAccount: 45 * scale, NoOfMeetings_ToAccount: 67 * scale,
    NoOfContactsInvolved_Meetings: 23, NoOfContactsInvolved_Emails: 34, NoOfAccountContactsInvolved_Meetings: 12, NoOfAccountContactsInvolved_Emails: 19,
    EngagementStartDate: utcDate(AS_OF - 364 * DAY_MS), DaysSinceLastEmail: 123, DaysSinceLastMeeting: 234,
    AverageDuration_Of_Meetings: 1234.5, AverageDuration_Of_AccountEmailReplies: 123.4,
  };
}

export function longestIntroducers(count = 20): Introducer[] {
  return Array.from({ length: count }, (_, i) => ({
    internal: `${i}${LONGEST_ADDRESS}`.slice(0, 254), strongest: 12.345678 - i * 0.1, strongestWith: LONGEST_ADDRESS,
    total: 98.7654321, lastInteraction: AS_OF - (i + 3) * DAY_MS,
  }));
}

/** An account with every Month and Week row of the window, two health drivers, and the longest texts. */
export function largestInsight(name: string, accountId = `account-${'x'.repeat(100)}`): AccountInsight {
  const months: EngagementRow[] = [];
  for (let month = monthStart(AS_OF - WINDOW_DAYS * DAY_MS); month < AS_OF; month = Date.UTC(new Date(month).getUTCFullYear(), new Date(month).getUTCMonth() + 1, 1)) {
    months.push(row(accountId, name, 'Month', utcDate(month), 1));
  }
  const weeks: EngagementRow[] = [];
  for (let week = isoWeekStart(AS_OF - WINDOW_DAYS * DAY_MS); week < AS_OF; week += 7 * DAY_MS) weeks.push(row(accountId, name, 'Week', utcDate(week), 1));
  return {
    account: { id: accountId, name, domains: ['contoso.example'], owner: null },
    year: row(accountId, name, 'Year', utcDate(AS_OF - WINDOW_DAYS * DAY_MS), 10),
    months,
    weeks,
    health: {
      accountId, health: 100, band: 'Good', trend: 'Improving', stale: false,
      factors: { R: 0.987654, F: 1, Q: 0.876543, P: 0.765432, B: 1 },
      drivers: [{ factor: 'R', change: -0.123456 }, { factor: 'Q', change: 0.0987654 }],
    },
    kpis: {
      accountId, emailsSent: 123456, emailsReceived: 98765, meetings: 4321, timeSpentMinutes: 1234567.891,
      lastInteraction: AS_OF - 2 * DAY_MS, nextInteraction: AS_OF + 5 * DAY_MS,
      topContacts: [1, 2, 3].map((i) => ({ address: `${i}${LONGEST_ADDRESS}`.slice(0, 254), interactions: 1000 - i })),
      weekly: Array.from({ length: 14 }, (_, i) => ({ weekStart: utcDate(isoWeekStart(AS_OF - 90 * DAY_MS) + i * 7 * DAY_MS), emailsSent: 9999, emailsReceived: 8888, meetings: 777 })),
    },
    introducers: longestIntroducers(),
  };
}

/** An account in the dataset with no counted activity at all. */
export function silentInsight(): AccountInsight {
  const base = largestInsight('Quiet Corp', 'quiet');
  const year: EngagementRow = {
    ...base.year, EngagementScore: 0, NoOfEmails_ToAccount: 0, NoOfEmails_FromAccount: 0, NoOfMeetings_FromAccount: 0, NoOfMeetings_ToAccount: 0,
    NoOfContactsInvolved_Meetings: 0, NoOfContactsInvolved_Emails: 0, NoOfAccountContactsInvolved_Meetings: 0, NoOfAccountContactsInvolved_Emails: 0,
    EngagementStartDate: null, DaysSinceLastEmail: null, DaysSinceLastMeeting: null, AverageDuration_Of_Meetings: null, AverageDuration_Of_AccountEmailReplies: null,
  };
  return {
    ...base, year, months: [], weeks: [], introducers: [],
    health: { accountId: 'quiet', health: null, band: null, trend: null, factors: null, drivers: [], stale: false },
    kpis: { accountId: 'quiet', emailsSent: 0, emailsReceived: 0, meetings: 0, timeSpentMinutes: 0, lastInteraction: null, nextInteraction: null, topContacts: [], weekly: base.kpis.weekly.map((week) => ({ ...week, emailsSent: 0, emailsReceived: 0, meetings: 0 })) },
  };
}

/** A segment expression at 500 characters, with the escapes column names and operators need. */
export const LONGEST_EXPRESSION = '(DaysSinceLastEmail > 60 and NoOfEmails_ToAccount >= 10) or '.repeat(9).slice(0, 500);

const HOUR_MS = 3_600_000;

/** Fourteen runs twenty hours apart (so some days have two), newest first as the store keeps them. */
export const RUNS: RunRecord[] = Array.from({ length: 14 }, (_, i) => ({
  id: `run-${i}`, startedAt: AS_OF - i * 20 * HOUR_MS, finishedAt: AS_OF - i * 20 * HOUR_MS + HOUR_MS,
  status: i === 3 ? 'failed' : 'succeeded', mailboxes: 12, emails: 1000 + i, meetings: 100 + i, accounts: 1200 + 37 * i,
}));

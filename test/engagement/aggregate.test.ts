import { describe, expect, it } from 'vitest';
import { ROW_COLUMNS } from '../../src/engagement/columns.js';
import { dataset, mail, meeting, run, yearRow } from './builders.js';

const AS_OF = '2024-07-01T00:00:00Z';
const customers = dataset({ acme: ['ann@acme.com', 'bob@acme.com'], beta: ['bea@beta.com'], idle: ['ida@idle.com'] });

describe('emails with an account', () => {
  const result = run(AS_OF, [
    // to acme and to beta at once: counts once for each
    mail({ from: 'me@us.com', to: ['ann@acme.com'], cc: ['bea@beta.com', 'you@us.com'], sentAt: '2024-06-10T12:00:00Z' }),
    // from acme with an internal recipient
    mail({ from: 'bob@acme.com', to: ['me@us.com'], sentAt: '2024-06-11T12:00:00Z', folder: 'inbox', mailbox: 'me@us.com' }),
    // from acme to nobody internal: does not count
    mail({ from: 'ann@acme.com', to: ['bea@beta.com'], sentAt: '2024-06-12T12:00:00Z', folder: 'inbox', mailbox: 'me@us.com' }),
    // internal only: does not count
    mail({ from: 'me@us.com', to: ['you@us.com'], sentAt: '2024-06-13T12:00:00Z' }),
  ], customers);

  it('counts to and from the account, one email possibly for several accounts', () => {
    expect(yearRow(result, 'acme')).toMatchObject({ NoOfEmails_ToAccount: 1, NoOfEmails_FromAccount: 1 });
    expect(yearRow(result, 'beta')).toMatchObject({ NoOfEmails_ToAccount: 1, NoOfEmails_FromAccount: 0 });
  });

  it('counts distinct people on each side over the counted emails', () => {
    // acme's emails: me -> ann (+ bea, you), bob -> me
    expect(yearRow(result, 'acme')).toMatchObject({ NoOfContactsInvolved_Emails: 2, NoOfAccountContactsInvolved_Emails: 2 });
    expect(yearRow(result, 'beta')).toMatchObject({ NoOfContactsInvolved_Emails: 2, NoOfAccountContactsInvolved_Emails: 1 });
  });

  it('floors days since the last email to whole days before the period end', () => {
    // 2024-06-11T12:00 to 2024-07-01T00:00 is 19.5 days
    expect(yearRow(result, 'acme').DaysSinceLastEmail).toBe(19);
    expect(yearRow(result, 'acme').DaysSinceLastMeeting).toBeNull();
  });

  it('enriches every account, with a Year row of zeros and nulls when idle', () => {
    expect(yearRow(result, 'idle')).toEqual({
      AccountId: 'idle', AccountName: 'idle', EngagementScore: 0,
      NoOfEmails_ToAccount: 0, NoOfEmails_FromAccount: 0, NoOfMeetings_FromAccount: 0, NoOfMeetings_ToAccount: 0,
      NoOfContactsInvolved_Meetings: 0, NoOfContactsInvolved_Emails: 0, NoOfAccountContactsInvolved_Meetings: 0, NoOfAccountContactsInvolved_Emails: 0,
      EngagementStartDate: null, DaysSinceLastEmail: null, DaysSinceLastMeeting: null,
      AverageDuration_Of_Meetings: null, AverageDuration_Of_AccountEmailReplies: null,
      AggregationStartDate: '2023-07-02', AggregationLevel: 'Year',
    });
    expect(Object.keys(yearRow(result, 'idle'))).toEqual(ROW_COLUMNS);
  });
});

describe('meetings with an account', () => {
  const start = '2024-06-20T09:00:00Z';
  const result = run(AS_OF, [
    meeting({ organizer: 'me@us.com', start, minutes: 30, attendees: ['ann@acme.com', 'you@us.com'] }),
    meeting({ organizer: 'ann@acme.com', start: '2024-06-21T09:00:00Z', minutes: 45, attendees: ['me@us.com', 'bob@acme.com'] }),
    meeting({ organizer: 'me@us.com', start, isCancelled: true, attendees: ['ann@acme.com'] }),
    meeting({ organizer: 'me@us.com', start, isAllDay: true, attendees: ['ann@acme.com'] }),
    // everyone else declined: no participant besides the organizer
    meeting({ organizer: 'me@us.com', start, attendees: [{ address: 'ann@acme.com', response: 'declined' }] }),
    // bob declined, so he is not involved; ann takes part
    meeting({ organizer: 'kim@us.com', start, minutes: 61, attendees: ['ann@acme.com', { address: 'bob@acme.com', response: 'declined' }] }),
    // future: not counted
    meeting({ organizer: 'me@us.com', start: '2024-07-02T09:00:00Z', attendees: ['ann@acme.com'] }),
    // the account's organizer with only account participants: not with us
    meeting({ organizer: 'ann@acme.com', start, attendees: ['bob@acme.com'] }),
  ], customers);

  it('counts meetings each way, leaving out cancelled, all-day, declined-only and future ones', () => {
    expect(yearRow(result, 'acme')).toMatchObject({ NoOfMeetings_ToAccount: 2, NoOfMeetings_FromAccount: 1 });
  });

  it('counts participants who did not decline', () => {
    // internal: me, you, kim; account: ann, bob (bob through the 21st only)
    expect(yearRow(result, 'acme')).toMatchObject({ NoOfContactsInvolved_Meetings: 3, NoOfAccountContactsInvolved_Meetings: 2 });
  });

  it('averages meeting length in minutes to one decimal, half up', () => {
    // (30 + 45 + 61) / 3 = 45.333...
    expect(yearRow(result, 'acme').AverageDuration_Of_Meetings).toBe(45.3);
    const halves = run(AS_OF, [
      meeting({ organizer: 'me@us.com', start, minutes: 30, attendees: ['ann@acme.com'] }),
      meeting({ organizer: 'me@us.com', start, minutes: 30.15 * 2 - 30, attendees: ['ann@acme.com'] }),
    ], customers);
    // (30 + 30.3) / 2 = 30.15 -> 30.2
    expect(yearRow(halves, 'acme').AverageDuration_Of_Meetings).toBe(30.2);
  });

  it('counts days since the last meeting from its start', () => {
    // 2024-06-21T09:00 to 2024-07-01T00:00 = 9.625 days
    expect(yearRow(result, 'acme').DaysSinceLastMeeting).toBe(9);
  });
});

describe('periods', () => {
  const result = run(AS_OF, [
    // the window opens 2023-07-02: this month row still starts on 2023-07-01
    mail({ from: 'me@us.com', to: ['ann@acme.com'], sentAt: '2023-07-15T08:00:00Z' }),
    mail({ from: 'me@us.com', to: ['ann@acme.com'], sentAt: '2024-01-31T23:00:00Z' }),
    mail({ from: 'ann@acme.com', to: ['me@us.com'], sentAt: '2024-02-01T01:00:00Z', folder: 'inbox' }),
    meeting({ organizer: 'me@us.com', start: '2024-06-30T10:00:00Z', attendees: ['ann@acme.com'] }),
  ], customers);
  const rows = (level: string) => result.rows.filter((r) => r.AccountId === 'acme' && r.AggregationLevel === level);

  it('makes Month rows only for months with activity, starting on the first of the month', () => {
    expect(rows('Month').map((r) => r.AggregationStartDate)).toEqual(['2023-07-01', '2024-01-01', '2024-02-01', '2024-06-01']);
    expect(rows('Month').map((r) => r.NoOfEmails_ToAccount + r.NoOfEmails_FromAccount + r.NoOfMeetings_ToAccount)).toEqual([1, 1, 1, 1]);
  });

  it('makes ISO Week rows starting on Mondays', () => {
    // 2023-07-15 is a Saturday (week of Mon 07-10); 2024-01-31 Wed and 2024-02-01 Thu share the week of Mon 01-29; 2024-06-30 is a Sunday
    expect(rows('Week').map((r) => r.AggregationStartDate)).toEqual(['2023-07-10', '2024-01-29', '2024-06-24']);
    expect(rows('Week')[1]).toMatchObject({ NoOfEmails_ToAccount: 1, NoOfEmails_FromAccount: 1 });
  });

  it('measures days since last activity to the period end, which is clipped at asOf', () => {
    // January row ends 2024-02-01T00:00: 1 hour after the email -> 0 days; the June row ends at asOf
    expect(rows('Month')[1]!.DaysSinceLastEmail).toBe(0);
    expect(rows('Month')[3]!.DaysSinceLastMeeting).toBe(0);
    expect(rows('Month')[3]!.DaysSinceLastEmail).toBeNull();
    // the week of 2024-06-24 would end 07-01, the same as asOf
    expect(rows('Week')[2]!.DaysSinceLastMeeting).toBe(0);
  });

  it('gives all rows of an account the window’s engagement start date', () => {
    expect(new Set(result.rows.filter((r) => r.AccountId === 'acme').map((r) => r.EngagementStartDate))).toEqual(new Set(['2023-07-15']));
  });

  it('lets the caller choose levels, always computing Year for scores and health', () => {
    const monthsOnly = run(AS_OF, [mail({ from: 'me@us.com', to: ['ann@acme.com'], sentAt: '2024-03-01T00:00:00Z' })], customers, { levels: ['Month'] });
    expect(new Set(monthsOnly.rows.map((r) => r.AggregationLevel))).toEqual(new Set(['Month']));
    expect(monthsOnly.health.find((h) => h.accountId === 'acme')?.health).not.toBeNull();
  });
});

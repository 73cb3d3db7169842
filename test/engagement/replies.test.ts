/**
 * AverageDuration_Of_AccountEmailReplies, engagement-spec.md section 3 ("Reply time"):
 * per conversation, in (sentAt, messageId) order, an email to the account sets the pending
 * time (overwriting), an email from the account records `sentAt - pending` and clears it;
 * pairs more than 30 days apart are not recorded; the column is the mean in hours, 1 decimal,
 * rounded half up.
 */
import { describe, expect, it } from 'vitest';
import type { ActivityItem } from '../../src/engagement/activity.js';
import { roundToOneDecimal } from '../../src/engagement/rounding.js';
import { dataset, mail, run, yearRow } from './builders.js';

const AS_OF = '2024-07-01T00:00:00Z';
const customers = dataset({ acme: ['ann@acme.com'] });

/** An email from us to the account. */
const toAcme = (sentAt: string, conversationId = 'c1', messageId?: string) =>
  mail({ from: 'me@us.com', to: ['ann@acme.com'], sentAt, conversationId, ...(messageId ? { messageId } : {}) });
/** An email from the account to us (read from our inbox). */
const fromAcme = (sentAt: string, conversationId = 'c1', messageId?: string) =>
  mail({ from: 'ann@acme.com', to: ['me@us.com'], sentAt, conversationId, mailbox: 'me@us.com', folder: 'inbox', ...(messageId ? { messageId } : {}) });

const replyHours = (items: ActivityItem[]) => yearRow(run(AS_OF, items, customers), 'acme').AverageDuration_Of_AccountEmailReplies;

describe('pending time', () => {
  it('records the gap from an email to the account to the account’s reply', () => {
    // 10:00 → 12:00 = 2 h
    expect(replyHours([toAcme('2024-06-03T10:00:00Z'), fromAcme('2024-06-03T12:00:00Z')])).toBe(2);
  });

  it('a later email to the account overwrites the pending time', () => {
    // pending 08:00, overwritten by 10:00; reply 11:00 → 1 h (not 3 h, and not a mean of 3 and 1)
    expect(replyHours([toAcme('2024-06-03T08:00:00Z'), toAcme('2024-06-03T10:00:00Z'), fromAcme('2024-06-03T11:00:00Z')])).toBe(1);
  });

  it('a second reply without a new pending time is not recorded', () => {
    // 10:00 → 11:00 recorded (1 h) and cleared; the 15:00 reply has nothing pending → mean 1 (not (1 + 5) / 2 = 3)
    expect(replyHours([toAcme('2024-06-03T10:00:00Z'), fromAcme('2024-06-03T11:00:00Z'), fromAcme('2024-06-03T15:00:00Z')])).toBe(1);
  });

  it('an email from the account with nothing pending records nothing', () => {
    expect(replyHours([fromAcme('2024-06-03T09:00:00Z'), toAcme('2024-06-03T10:00:00Z')])).toBeNull();
  });

  it('takes the mean of the recorded gaps', () => {
    // conversation c1: 1 h; conversation c2: 4 h → mean 2.5 h
    expect(replyHours([
      toAcme('2024-06-03T10:00:00Z', 'c1'), fromAcme('2024-06-03T11:00:00Z', 'c1'),
      toAcme('2024-06-04T10:00:00Z', 'c2'), fromAcme('2024-06-04T14:00:00Z', 'c2'),
    ])).toBe(2.5);
  });
});

describe('the 30-day cap', () => {
  it('records a pair exactly 30 days apart', () => {
    // 30 d = 720 h
    expect(replyHours([toAcme('2024-03-01T00:00:00Z'), fromAcme('2024-03-31T00:00:00Z')])).toBe(720);
  });

  it('does not record a pair 30 days and 1 minute apart', () => {
    expect(replyHours([toAcme('2024-03-01T00:00:00Z'), fromAcme('2024-03-31T00:01:00Z')])).toBeNull();
  });
});

describe('walk order', () => {
  it('keeps a separate pending time per conversation', () => {
    // c1: 10:00 → 12:00 = 2 h; c2: 11:00 → 15:00 = 4 h → mean 3 h.
    // (One pending for both would give: pending 11:00, reply 12:00 → 1 h, the 15:00 reply unanswered → 1.)
    expect(replyHours([
      toAcme('2024-06-03T10:00:00Z', 'c1'), toAcme('2024-06-03T11:00:00Z', 'c2'),
      fromAcme('2024-06-03T12:00:00Z', 'c1'), fromAcme('2024-06-03T15:00:00Z', 'c2'),
    ])).toBe(3);
  });

  it('orders emails with the same sentAt by messageId', () => {
    // pending 09:00; at 10:00 one email each way.
    // reply id 'm-a' < to-email id 'm-b': the reply comes first → records 10:00 - 09:00 = 1 h
    const replyFirst = [toAcme('2024-06-03T09:00:00Z', 'c1', 'm-0'), toAcme('2024-06-03T10:00:00Z', 'c1', 'm-b'), fromAcme('2024-06-03T10:00:00Z', 'c1', 'm-a')];
    expect(replyHours(replyFirst)).toBe(1);
    expect(replyHours([...replyFirst].reverse())).toBe(1);
    // to-email id 'm-a' < reply id 'm-b': the to-email comes first → pending 10:00, reply at 10:00 → 0 h
    const toFirst = [toAcme('2024-06-03T09:00:00Z', 'c1', 'm-0'), toAcme('2024-06-03T10:00:00Z', 'c1', 'm-a'), fromAcme('2024-06-03T10:00:00Z', 'c1', 'm-b')];
    expect(replyHours(toFirst)).toBe(0);
    expect(replyHours([...toFirst].reverse())).toBe(0);
  });

  it('walks items in time order whatever order they are read in', () => {
    // reply read before the to-email: 10:00 → 13:00 = 3 h
    expect(replyHours([fromAcme('2024-06-03T13:00:00Z'), toAcme('2024-06-03T10:00:00Z')])).toBe(3);
  });
});

describe('periods', () => {
  it('a Month row walks only that month’s emails', () => {
    // to-email Jan 31 23:00, reply Feb 1 01:00: 2 h in the Year row; each Month row sees only one side.
    const result = run(AS_OF, [toAcme('2024-01-31T23:00:00Z'), fromAcme('2024-02-01T01:00:00Z')], customers);
    expect(yearRow(result, 'acme').AverageDuration_Of_AccountEmailReplies).toBe(2);
    const month = (start: string) => result.rows.find((r) => r.AccountId === 'acme' && r.AggregationLevel === 'Month' && r.AggregationStartDate === start);
    expect(month('2024-01-01')?.AverageDuration_Of_AccountEmailReplies).toBeNull();
    expect(month('2024-02-01')?.AverageDuration_Of_AccountEmailReplies).toBeNull();
  });
});

describe('rounding to 1 decimal, half up', () => {
  it('90 minutes is 1.5 h', () => {
    expect(replyHours([toAcme('2024-06-03T10:00:00Z'), fromAcme('2024-06-03T11:30:00Z')])).toBe(1.5);
  });

  it('1 h 27 min = 1.45 h rounds up to 1.5', () => {
    expect(replyHours([toAcme('2024-06-03T10:00:00Z'), fromAcme('2024-06-03T11:27:00Z')])).toBe(1.5);
  });

  it('1 h 15 min = 1.25 h rounds up to 1.3 (half up, not half to even)', () => {
    expect(replyHours([toAcme('2024-06-03T10:00:00Z'), fromAcme('2024-06-03T11:15:00Z')])).toBe(1.3);
  });

  it('1 h 26 min = 1.4333 h rounds down to 1.4', () => {
    expect(replyHours([toAcme('2024-06-03T10:00:00Z'), fromAcme('2024-06-03T11:26:00Z')])).toBe(1.4);
  });

  it('1 decimal: a value within 1e-9 below a half (in tenths) counts as the half', () => {
    expect(roundToOneDecimal(1.45 - 1e-12)).toBe(1.5);
    expect(roundToOneDecimal(1.45 - 1e-6)).toBe(1.4);
  });

  it('rounds the mean, not each gap', () => {
    // gaps 60 min and 63 min: mean 61.5 min = 1.025 h → 10.25 tenths → 1.0
    // (rounding each gap first would give 1.0 and 1.05 → 1.1, mean 1.05 → 1.1)
    expect(replyHours([
      toAcme('2024-06-03T10:00:00Z', 'c1'), fromAcme('2024-06-03T11:00:00Z', 'c1'),
      toAcme('2024-06-04T10:00:00Z', 'c2'), fromAcme('2024-06-04T11:03:00Z', 'c2'),
    ])).toBe(1);
  });
});

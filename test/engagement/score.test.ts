/**
 * Engagement score, engagement-spec.md section 4. Every expectation below is computed by
 * hand from the spec's formula:
 *   raw(A) = (sum of w * 2^(-ageDays/90)) * (1 + ln(1 + people)/4)
 *   score  = 0 when raw = 0, else round_half_up(100 * k / N)
 */
import { describe, expect, it } from 'vitest';
import type { ActivityItem } from '../../src/engagement/activity.js';
import type { EngagementRow } from '../../src/engagement/columns.js';
import { roundHalfUp } from '../../src/engagement/rounding.js';
import { rawEngagement, scoreRaws } from '../../src/engagement/score.js';
import { at, dataset, mail, meeting, run, yearRow } from './builders.js';

const AS_OF = '2024-07-01T00:00:00Z';
const DAY = 86_400_000;
/** A number is days before AS_OF; a string is an ISO time. */
const when = (time: number | string): string => (typeof time === 'string' ? time : new Date(at(AS_OF) - time * DAY).toISOString());

const customers = dataset({
  acme: ['ann@acme.com', 'bob@acme.com', 'cat@acme.com'],
  globex: ['gil@globex.com', 'hal@globex.com'],
});

// One item of each kind, with exactly one account person (so the breadth factor is the same for all).
const emailTo = (to: string, time: number | string) => mail({ from: 'me@us.com', to: [to], sentAt: when(time) });
const emailFrom = (from: string, time: number | string) =>
  mail({ from, to: ['me@us.com'], sentAt: when(time), mailbox: 'me@us.com', folder: 'inbox' });
const meetingByUs = (attendee: string, time: number | string) => meeting({ organizer: 'me@us.com', attendees: [attendee], start: when(time) });
const meetingByThem = (organizer: string, time: number | string) =>
  meeting({ organizer, attendees: ['me@us.com'], start: when(time), mailbox: 'me@us.com' });

function yearScores(items: ActivityItem[], accounts = customers): Record<string, number> {
  const result = run(AS_OF, items, accounts);
  return Object.fromEntries(result.rows.filter((r) => r.AggregationLevel === 'Year').map((r) => [r.AccountId, r.EngagementScore]));
}

function periodRow(rows: EngagementRow[], accountId: string, level: 'Month' | 'Week', startDate: string): EngagementRow | undefined {
  return rows.find((r) => r.AccountId === accountId && r.AggregationLevel === level && r.AggregationStartDate === startDate);
}

describe('raw formula', () => {
  it('sums weight * 2^(-ageDays/90) over items (fractional days), times (1 + ln(1 + people)/4)', () => {
    const result = run(AS_OF, [
      emailTo('ann@acme.com', 10.5),
      emailFrom('ann@acme.com', 20.25),
      meetingByUs('ann@acme.com', 30.75),
      meetingByThem('ann@acme.com', 45.5),
    ], customers);
    const acme = result.index.accounts.findIndex((a) => a.account.id === 'acme');
    // raw = (1*2^(-10.5/90) + 1.5*2^(-20.25/90) + 3*2^(-30.75/90) + 4*2^(-45.5/90)) * (1 + ln(1+1)/4)
    //     = (0.92232 + 1.28339 + 2.36739 + 2.81756) * 1.17329 ≈ 8.67135
    const expected = (1 * 2 ** (-10.5 / 90) + 1.5 * 2 ** (-20.25 / 90) + 3 * 2 ** (-30.75 / 90) + 4 * 2 ** (-45.5 / 90)) * (1 + Math.log(2) / 4);
    expect(expected).toBeCloseTo(8.67135, 4);
    expect(rawEngagement(result.index.accounts[acme]!.past, at(AS_OF), 1)).toBeCloseTo(expected, 9);
  });

  it('weights the four kinds 1 < 1.5 < 3 < 4 (same time, one person each)', () => {
    const accounts = dataset({ a: ['x@a.com'], b: ['x@b.com'], c: ['x@c.com'], d: ['x@d.com'] });
    // raws at the same age: 1, 1.5, 3, 4 (times the same decay and breadth) → k = 1..4 of N = 4
    const scores = yearScores([emailTo('x@a.com', 5), emailFrom('x@b.com', 5), meetingByUs('x@c.com', 5), meetingByThem('x@d.com', 5)], accounts);
    expect(scores).toEqual({ a: 25, b: 50, c: 75, d: 100 });
  });

  it('email from the account (1.5) vs email to the account (1): the 90-day half-life decides', () => {
    // to acme at 1 day: 1 * 2^(-1/90) = 0.99233
    // from globex at 51 days: 1.5 * 2^(-51/90) = 1.01276 > 0.99233 → globex 100, acme 50 (N = 2)
    expect(yearScores([emailTo('ann@acme.com', 1), emailFrom('gil@globex.com', 51)])).toEqual({ acme: 50, globex: 100 });
    // from globex at 56 days: 1.5 * 2^(-56/90) = 0.97450 < 0.99233 → acme 100, globex 50
    expect(yearScores([emailTo('ann@acme.com', 1), emailFrom('gil@globex.com', 56)])).toEqual({ acme: 100, globex: 50 });
  });

  it('meeting started by us (3) vs email to the account (1)', () => {
    // email at 1 day: 0.99233; meeting at 141 days: 3 * 2^(-141/90) = 1.01276 → meeting wins
    expect(yearScores([emailTo('ann@acme.com', 1), meetingByUs('gil@globex.com', 141)])).toEqual({ acme: 50, globex: 100 });
    // meeting at 146 days: 3 * 2^(-146/90) = 0.97450 → email wins
    expect(yearScores([emailTo('ann@acme.com', 1), meetingByUs('gil@globex.com', 146)])).toEqual({ acme: 100, globex: 50 });
  });

  it('meeting started by the account (4) vs meeting started by us (3)', () => {
    // ours with acme at 1 day: 3 * 2^(-1/90) = 2.97698
    // theirs (globex organizes) at 36 days: 4 * 2^(-36/90) = 3.03143 → globex wins
    expect(yearScores([meetingByUs('ann@acme.com', 1), meetingByThem('gil@globex.com', 36)])).toEqual({ acme: 50, globex: 100 });
    // at 41 days: 4 * 2^(-41/90) = 2.91692 → acme wins
    expect(yearScores([meetingByUs('ann@acme.com', 1), meetingByThem('gil@globex.com', 41)])).toEqual({ acme: 100, globex: 50 });
  });
});

describe('breadth factor (1 + ln(1 + people)/4)', () => {
  it('more distinct account people with the same items gives a higher score', () => {
    // acme: 2 emails both to ann   → 2 * 2^(-3/90) * (1 + ln 2/4) = 2^(-3/90) * 2.34657
    // globex: 2 emails, gil and hal → 2 * 2^(-3/90) * (1 + ln 3/4) = 2^(-3/90) * 2.54931 → globex higher
    const scores = yearScores([
      emailTo('ann@acme.com', 3), emailTo('ann@acme.com', 3),
      emailTo('gil@globex.com', 3), emailTo('hal@globex.com', 3),
    ]);
    expect(scores).toEqual({ acme: 50, globex: 100 });
  });

  it('counts people over emails and meetings together (distinct addresses)', () => {
    // acme: email to ann + meeting with ann → people = 1 → (1 + 3) * 2^(-3/90) * (1 + ln 2/4) = 4.69315 * d
    // globex: email to gil + meeting with hal → people = 2 → (1 + 3) * 2^(-3/90) * (1 + ln 3/4) = 5.09861 * d
    // (counting emails and meetings separately would give acme 2 people as well: a tie at 100 each)
    const scores = yearScores([
      emailTo('ann@acme.com', 3), meetingByUs('ann@acme.com', 3),
      emailTo('gil@globex.com', 3), meetingByUs('hal@globex.com', 3),
    ]);
    expect(scores).toEqual({ acme: 50, globex: 100 });
  });
});

describe('score = round(100 k / N)', () => {
  it('gives tied accounts the same score: both 100 when they are the top', () => {
    const accounts = dataset({ a: ['x@a.com'], b: ['x@b.com'], c: ['x@c.com'] });
    // a and b: identical raws 1.5 * 2^(-7/90) * (1 + ln 2/4); c: 1 * 2^(-7/90) * (1 + ln 2/4), lower.
    // N = 3: a, b → k = 3 → 100; c → k = 1 → round(33.33) = 33
    const scores = yearScores([emailFrom('x@a.com', 7), emailFrom('x@b.com', 7), emailTo('x@c.com', 7)], accounts);
    expect(scores).toEqual({ a: 100, b: 100, c: 33 });
  });

  it('rounds half up: N = 8 gives 13, 25, 38, 50, 63, 75, 88, 100', () => {
    const ids = ['a1', 'a2', 'a3', 'a4', 'a5', 'a6', 'a7', 'a8'];
    const accounts = dataset(Object.fromEntries(ids.map((id) => [id, [`x@${id}.com`]])));
    // account i receives i emails at the same time: raw(i) = i * 2^(-4/90) * (1 + ln 2/4), strictly increasing
    const items = ids.flatMap((id, i) => Array.from({ length: i + 1 }, () => emailTo(`x@${id}.com`, 4)));
    // 100 k / 8 for k = 1..8: 12.5 → 13, 25, 37.5 → 38, 50, 62.5 → 63, 75, 87.5 → 88, 100
    expect(yearScores(items, accounts)).toEqual({ a1: 13, a2: 25, a3: 38, a4: 50, a5: 63, a6: 75, a7: 88, a8: 100 });
  });

  it('rounding: a value within 1e-9 below a half counts as the half', () => {
    expect(roundHalfUp(12.5)).toBe(13);
    expect(roundHalfUp(12.5 - 1e-12)).toBe(13); // floating-point error must not decide
    expect(roundHalfUp(12.5 - 1e-6)).toBe(12);
    expect(roundHalfUp(37.5)).toBe(38);
  });

  it('scores an account without activity 0 and leaves it out of N', () => {
    const accounts = dataset({ busy: ['x@busy.com'], quiet: ['x@quiet.com'], idle: ['x@idle.com'] });
    // busy raw 1.5*d*b > quiet raw 1*d*b > idle raw 0 → N = 2 (not 3): busy 100, quiet 50 (not 67), idle 0
    const result = run(AS_OF, [emailFrom('x@busy.com', 2), emailTo('x@quiet.com', 2)], accounts);
    expect(yearRow(result, 'busy').EngagementScore).toBe(100);
    expect(yearRow(result, 'quiet').EngagementScore).toBe(50);
    expect(yearRow(result, 'idle').EngagementScore).toBe(0);
  });

  it('scoreRaws: raws differing by less than 1e-9 of the larger are equal', () => {
    // |1 - (1 + 1e-12)| = 1e-12 < 1e-9 * (1 + 1e-12) → equal → k = 2 for both → 100, 100
    expect(scoreRaws([1, 1 + 1e-12])).toEqual([100, 100]);
    expect(scoreRaws([1 + 1e-12, 1])).toEqual([100, 100]);
    // 1e-8 > 1e-9 * (1 + 1e-8) → different: N = 2 → 50 and 100
    expect(scoreRaws([1, 1 + 1e-8])).toEqual([50, 100]);
  });

  it('scoreRaws: a zero raw scores 0 and does not count in N', () => {
    // N = 2 (raws 2 and 3): 0 → 0, 2 → k = 1 → 50, 3 → k = 2 → 100
    expect(scoreRaws([0, 2, 3])).toEqual([0, 50, 100]);
  });
});

describe('periods', () => {
  it('scores Month rows relative to the same month only', () => {
    // acme: one email in March. globex: far more activity, all in April.
    const items = [
      emailTo('ann@acme.com', '2024-03-15T10:00:00Z'),
      ...Array.from({ length: 20 }, (_, i) => meetingByThem('gil@globex.com', `2024-04-${String(i + 1).padStart(2, '0')}T10:00:00Z`)),
    ];
    const result = run(AS_OF, items, customers);
    // March: only acme is active → N = 1, k = 1 → 100 (it would be 50 if April's globex counted)
    expect(periodRow(result.rows, 'acme', 'Month', '2024-03-01')?.EngagementScore).toBe(100);
    expect(periodRow(result.rows, 'globex', 'Month', '2024-04-01')?.EngagementScore).toBe(100);
    expect(periodRow(result.rows, 'globex', 'Month', '2024-03-01')).toBeUndefined();
    // Year: both active, globex far higher → globex 100, acme 50
    expect(yearRow(result, 'globex').EngagementScore).toBe(100);
    expect(yearRow(result, 'acme').EngagementScore).toBe(50);
  });
});

/**
 * Relationship health and KPIs, engagement-spec.md section 5:
 *   health = round(100 * (0.35 R + 0.25 F + 0.15 Q + 0.10 P + 0.15 B))
 *   R = 2^(-wholeDays/30), F = min(1, n90/13), Q = min(from,to)/max(from,to) (0.5 without emails),
 *   P = 1 at <= 24 h, 0 at >= 168 h, linear between (0.5 unknown), B = min(1, people90/3).
 * asOf is Monday 2024-07-01 00:00 UTC; "the last 90 days" is [2024-04-02, 2024-07-01).
 */
import { describe, expect, it } from 'vitest';
import type { ActivityItem } from '../../src/engagement/activity.js';
import { bandOf, relationshipKpis } from '../../src/engagement/health.js';
import { at, dataset, mail, meeting, run } from './builders.js';

const AS_OF = '2024-07-01T00:00:00Z';
const HOUR = 3_600_000;
const iso = (time: number): string => new Date(time).toISOString();

const customers = dataset({ acme: ['ann@acme.com', 'bob@acme.com', 'cat@acme.com', 'dan@acme.com'] });

const toAcme = (to: string[], sentAt: string, conversationId?: string) =>
  mail({ from: 'me@us.com', to, sentAt, ...(conversationId ? { conversationId } : {}) });
const fromAcme = (from: string, sentAt: string, conversationId?: string, cc: string[] = []) =>
  mail({ from, to: ['me@us.com'], cc, sentAt, mailbox: 'me@us.com', folder: 'inbox', ...(conversationId ? { conversationId } : {}) });
const meetAcme = (attendees: string[], start: string, minutes = 30) => meeting({ organizer: 'me@us.com', attendees, start, minutes });

function healthOf(items: ActivityItem[], accountId = 'acme', accounts = customers) {
  const health = run(AS_OF, items, accounts).health.find((h) => h.accountId === accountId);
  if (!health) throw new Error(`no health for ${accountId}`);
  return health;
}

describe('health factors', () => {
  it('computes every factor and the health by hand', () => {
    const health = healthOf([
      // 152 and 151 days ago: in the window, not in the last 90 days (a 24 h reply there must not count for P or Q)
      toAcme(['cat@acme.com'], '2024-01-31T00:00:00Z', 'c0'),
      fromAcme('cat@acme.com', '2024-02-01T00:00:00Z', 'c0'),
      toAcme(['bob@acme.com'], '2024-05-01T00:00:00Z', 'c2'),
      toAcme(['ann@acme.com'], '2024-06-10T00:00:00Z', 'c1'),
      fromAcme('ann@acme.com', '2024-06-12T12:00:00Z', 'c1'), // reply after 60 h
      meetAcme(['ann@acme.com', 'bob@acme.com'], '2024-06-20T12:00:00Z'), // last interaction, 10.5 days ago
    ]);
    // R = 2^(-floor(10.5)/30) = 2^(-1/3)               = 0.793701
    // F = 4 interactions in the last 90 days / 13        = 0.307692
    // Q = min(1 from, 2 to) / max(1, 2)                  = 0.5
    // P = (168 - 60) / (168 - 24)                        = 0.75
    // B = 2 people (ann, bob) / 3                        = 0.666667
    expect(health.factors!.R).toBeCloseTo(2 ** (-10 / 30), 10);
    expect(health.factors!.F).toBeCloseTo(4 / 13, 10);
    expect(health.factors!.Q).toBeCloseTo(0.5, 10);
    expect(health.factors!.P).toBeCloseTo(0.75, 10);
    expect(health.factors!.B).toBeCloseTo(2 / 3, 10);
    // 100 * (0.35*0.793701 + 0.25*0.307692 + 0.15*0.5 + 0.10*0.75 + 0.15*0.666667)
    //   = 27.780 + 7.692 + 7.5 + 7.5 + 10 = 60.472 → 60 → Good
    expect(health.health).toBe(60);
    expect(health.band).toBe('Good');
  });

  it('uses Q = 0.5 and P = 0.5 without emails', () => {
    const health = healthOf([meetAcme(['ann@acme.com'], '2024-06-26T00:00:00Z')]);
    // R = 2^(-5/30) = 0.890899, F = 1/13, Q = 0.5, P = 0.5, B = 1/3
    // 100 * (0.35*0.890899 + 0.25/13 + 0.075 + 0.05 + 0.05) = 31.181 + 1.923 + 17.5 = 50.605 → 51
    expect(health.factors).toEqual({ R: expect.closeTo(2 ** (-5 / 30), 10), F: expect.closeTo(1 / 13, 10), Q: 0.5, P: 0.5, B: expect.closeTo(1 / 3, 10) });
    expect(health.health).toBe(51);
    expect(health.band).toBe('Fair');
  });

  it('R counts whole days since the last interaction', () => {
    // last email 29 days 23 hours ago → floor = 29 → 2^(-29/30)
    const health = healthOf([toAcme(['ann@acme.com'], iso(at(AS_OF) - 29 * 24 * HOUR - 23 * HOUR))]);
    expect(health.factors!.R).toBeCloseTo(2 ** (-29 / 30), 10);
  });

  it('F = min(1, interactions in [t - 90 d, t) / 13)', () => {
    const exactly90 = iso(at(AS_OF) - 90 * 24 * HOUR);
    const justBefore = iso(at(AS_OF) - 90 * 24 * HOUR - 60_000);
    // 6 emails: one exactly 90 days ago (in), one 90 days + 1 minute ago (out), four recent → 5/13
    const six = [toAcme(['ann@acme.com'], justBefore), toAcme(['ann@acme.com'], exactly90),
      ...[1, 2, 3, 4].map((d) => toAcme(['ann@acme.com'], `2024-06-0${d}T10:00:00Z`))];
    expect(healthOf(six).factors!.F).toBeCloseTo(5 / 13, 10);
    // 14 interactions → min(1, 14/13) = 1
    const fourteen = Array.from({ length: 14 }, (_, i) => toAcme(['ann@acme.com'], `2024-06-${String(i + 1).padStart(2, '0')}T10:00:00Z`));
    expect(healthOf(fourteen).factors!.F).toBe(1);
  });

  it('Q is min(from, to) / max(from, to) over the last 90 days of emails', () => {
    // 3 from, 1 to → 1/3
    const mixed = [fromAcme('ann@acme.com', '2024-06-01T10:00:00Z'), fromAcme('ann@acme.com', '2024-06-02T10:00:00Z'),
      fromAcme('ann@acme.com', '2024-06-03T10:00:00Z'), toAcme(['ann@acme.com'], '2024-06-04T10:00:00Z')];
    expect(healthOf(mixed).factors!.Q).toBeCloseTo(1 / 3, 10);
    // only emails to the account → 0/2 = 0
    expect(healthOf([toAcme(['ann@acme.com'], '2024-06-01T10:00:00Z'), toAcme(['ann@acme.com'], '2024-06-02T10:00:00Z')]).factors!.Q).toBe(0);
  });

  it('P is 1 at <= 24 h, 0 at >= 168 h, linear between, 0.5 when unknown, from the unrounded mean', () => {
    const cases: [string, number, number][] = [
      // account, reply hours, expected P
      ['a20', 20, 1],
      ['a24', 24, 1],
      ['a96', 96, 0.5], // (168 - 96) / 144
      ['a132', 132, 0.25], // (168 - 132) / 144
      ['a168', 168, 0],
      ['a200', 200, 0],
      ['a2404', 24.04, (168 - 24.04) / 144], // 0.999722: the column would show 24.0, P uses 24.04
    ];
    const accounts = dataset(Object.fromEntries([...cases.map(([id]) => [id, [`x@${id}.com`]]), ['silent', ['x@silent.com']]]));
    const asked = at('2024-06-01T00:00:00Z');
    const items = cases.flatMap(([id, hours]) => [
      mail({ from: 'me@us.com', to: [`x@${id}.com`], sentAt: iso(asked), conversationId: id }),
      mail({ from: `x@${id}.com`, to: ['me@us.com'], sentAt: iso(asked + hours * HOUR), conversationId: id, mailbox: 'me@us.com', folder: 'inbox' }),
    ]);
    items.push(mail({ from: 'me@us.com', to: ['x@silent.com'], sentAt: iso(asked) })); // no reply: unknown
    const result = run(AS_OF, items, accounts);
    const p = (id: string) => result.health.find((h) => h.accountId === id)!.factors!.P;
    for (const [id, , expected] of cases) expect(p(id), id).toBeCloseTo(expected, 10);
    expect(p('silent')).toBe(0.5);
  });

  it('B = min(1, distinct account people in the last 90 days / 3)', () => {
    // four people over an email and a meeting → min(1, 4/3) = 1
    const four = [toAcme(['ann@acme.com', 'bob@acme.com'], '2024-06-01T10:00:00Z'), meetAcme(['cat@acme.com', 'dan@acme.com', 'ann@acme.com'], '2024-06-02T10:00:00Z')];
    expect(healthOf(four).factors!.B).toBe(1);
    // dan only 120 days ago → 2 recent people (ann, bob) → 2/3
    const old = [toAcme(['dan@acme.com', 'cat@acme.com'], '2024-03-01T10:00:00Z'), toAcme(['ann@acme.com', 'bob@acme.com'], '2024-06-01T10:00:00Z')];
    expect(healthOf(old).factors!.B).toBeCloseTo(2 / 3, 10);
  });
});

describe('bands', () => {
  it('Good from 60, Fair from 40, Poor below', () => {
    expect(bandOf(100)).toBe('Good');
    expect(bandOf(60)).toBe('Good');
    expect(bandOf(59)).toBe('Fair');
    expect(bandOf(40)).toBe('Fair');
    expect(bandOf(39)).toBe('Poor');
    expect(bandOf(0)).toBe('Poor');
  });
});

describe('no counted activity', () => {
  it('has no health and no band', () => {
    const accounts = dataset({ acme: ['ann@acme.com'], idle: ['x@idle.com'], old: ['x@old.com'], later: ['x@later.com'] });
    const result = run(AS_OF, [
      toAcme(['ann@acme.com'], '2024-06-01T10:00:00Z'),
      toAcme(['x@old.com'], '2023-06-25T10:00:00Z'), // 371 days ago: outside the 365-day window
      meetAcme(['x@later.com'], '2024-07-03T10:00:00Z'), // has not happened yet
    ], accounts);
    for (const id of ['idle', 'old', 'later']) {
      const health = result.health.find((h) => h.accountId === id)!;
      expect(health, id).toMatchObject({ health: null, band: null, trend: null, factors: null, drivers: [] });
    }
  });
});

describe('trend', () => {
  // A meeting with ann 31.5 days ago. As of t - 30 d it is 1.5 days old:
  // R = 2^(-1/30) = 0.977160, F = 1/13, Q = P = 0.5, B = 1/3
  // H(t - 30 d) = 100 * (0.35*0.977160 + 0.25/13 + 0.075 + 0.05 + 0.05) = 34.201 + 1.923 + 17.5 = 53.624 → 54
  const base = meetAcme(['ann@acme.com'], '2024-05-30T12:00:00Z');
  const trendWith = (...recent: string[]) => healthOf([base, ...recent.map((start) => meetAcme(['ann@acme.com'], start))]);

  it('is Steady at exactly 5 points up', () => {
    // three more meetings 1.5 days ago: R = 2^(-1/30), F = 4/13 → 34.201 + 7.692 + 17.5 = 59.393 → 59; 59 - 54 = 5
    const health = trendWith('2024-06-29T12:00:00Z', '2024-06-29T12:00:00Z', '2024-06-29T12:00:00Z');
    expect(health.health).toBe(59);
    expect(health.trend).toBe('Steady');
  });

  it('is Improving at 6 points up', () => {
    // three more meetings 0.5 days ago: R = 1, F = 4/13 → 35 + 7.692 + 17.5 = 60.192 → 60; 60 - 54 = 6
    const health = trendWith('2024-06-30T12:00:00Z', '2024-06-30T12:00:00Z', '2024-06-30T12:00:00Z');
    expect(health.health).toBe(60);
    expect(health.trend).toBe('Improving');
  });

  it('is Steady at exactly 5 points down', () => {
    // one more meeting 10.5 days ago: R = 2^(-10/30) = 0.793701, F = 2/13 → 27.780 + 3.846 + 17.5 = 49.126 → 49; 49 - 54 = -5
    const health = trendWith('2024-06-20T12:00:00Z');
    expect(health.health).toBe(49);
    expect(health.trend).toBe('Steady');
  });

  it('is Declining at 6 points down', () => {
    // one more meeting 12.5 days ago: R = 2^(-12/30) = 0.757858, F = 2/13 → 26.525 + 3.846 + 17.5 = 47.871 → 48; 48 - 54 = -6
    const health = trendWith('2024-06-18T12:00:00Z');
    expect(health.health).toBe(48);
    expect(health.trend).toBe('Declining');
  });

  it('computes the previous health afresh over the window ending at t - 30 d', () => {
    // A meeting 380 days before t: outside the window ending at t, inside the one ending at t - 30 d (350 days old).
    // H(t - 30 d): R = 2^(-350/30) = 0.000307, F = 0, Q = P = 0.5 (no emails, no replies), B = 0
    //   = 100 * (0.35*0.000307 + 0 + 0.075 + 0.05 + 0) = 12.51 → 13
    // H(t): one meeting with ann half a day ago: R = 1, F = 1/13, Q = P = 0.5, B = 1/3 → 54.42 → 54 → +41 Improving
    const health = healthOf([meetAcme(['ann@acme.com'], iso(at(AS_OF) - 380 * 24 * HOUR)), meetAcme(['ann@acme.com'], '2024-06-30T12:00:00Z')]);
    expect(health.health).toBe(54);
    expect(health.trend).toBe('Improving');
    // weighted changes: R 0.35 * (1 - 0.000307) = +0.34989, B 0.15 * 1/3 = +0.05, F 0.25 / 13 = +0.01923
    expect(health.drivers).toEqual([
      { factor: 'R', change: expect.closeTo(0.35 * (1 - 2 ** (-350 / 30)), 10) },
      { factor: 'B', change: expect.closeTo(0.05, 10) },
    ]);
  });

  it('has no trend when the account had no activity as of t - 30 d', () => {
    const health = healthOf([meetAcme(['ann@acme.com'], '2024-06-10T10:00:00Z'), toAcme(['ann@acme.com'], '2024-06-20T10:00:00Z')]);
    expect(health.health).not.toBeNull();
    expect(health.trend).toBeNull();
    expect(health.drivers).toEqual([]);
  });
});

describe('drivers', () => {
  it('leaves out factors that did not change', () => {
    // One meeting 30 days + 1 hour ago. As of t - 30 d: 1 hour old → R = 1; as of t: 30 days old → R = 1/2.
    // F (1/13), Q, P (0.5) and B (1/3) are the same both times.
    // H(t - 30 d) = 35 + 1.923 + 17.5 = 54.42 → 54; H(t) = 17.5 + 1.923 + 17.5 = 36.92 → 37 → Declining
    const health = healthOf([meetAcme(['ann@acme.com'], '2024-05-31T23:00:00Z')]);
    expect(health.health).toBe(37);
    expect(health.trend).toBe('Declining');
    expect(health.drivers).toEqual([{ factor: 'R', change: expect.closeTo(0.35 * (0.5 - 1), 10) }]);
  });

  it('shows at most two, largest absolute weighted change first', () => {
    // As of t - 30 d: a meeting with ann half a day old → R = 1, F = 1/13, B = 1/3 → 54.42 → 54.
    // As of t: plus a meeting with bob and cat 5 days ago → R = 2^(-5/30) = 0.890899, F = 2/13, B = 3/3.
    //   H(t) = 31.181 + 3.846 + 7.5 + 5 + 15 = 62.53 → 63 → Improving (+9)
    // Weighted changes: B 0.15 * (1 - 1/3) = +0.1; R 0.35 * (0.890899 - 1) = -0.038185; F 0.25 * 1/13 = +0.019231
    const health = healthOf([meetAcme(['ann@acme.com'], '2024-05-31T12:00:00Z'), meetAcme(['bob@acme.com', 'cat@acme.com'], '2024-06-26T00:00:00Z')]);
    expect(health.health).toBe(63);
    expect(health.trend).toBe('Improving');
    expect(health.drivers).toEqual([
      { factor: 'B', change: expect.closeTo(0.1, 10) },
      { factor: 'R', change: expect.closeTo(0.35 * (2 ** (-5 / 30) - 1), 10) },
    ]);
  });
});

describe('relationship KPIs', () => {
  const items = [
    toAcme(['ann@acme.com'], '2024-03-01T09:00:00Z'), // 122 days ago: not in the last 90 days
    toAcme(['ann@acme.com'], '2024-06-03T09:00:00Z'),
    toAcme(['ann@acme.com', 'bob@acme.com'], '2024-06-05T09:00:00Z'),
    // internal participants: me, kim (lee declined) → 60 min * 2 = 120 min
    meeting({ organizer: 'me@us.com', start: '2024-06-10T14:00:00Z', minutes: 60,
      attendees: ['ann@acme.com', 'bob@acme.com', 'cat@acme.com', 'kim@us.com', { address: 'lee@us.com', response: 'declined' }] }),
    // organized by cat (Sunday, the earliest item: dan and cat are met before ann and bob); internal participants: me → 30 min * 1
    meeting({ organizer: 'cat@acme.com', mailbox: 'me@us.com', start: '2024-06-02T10:00:00Z', minutes: 30, attendees: ['me@us.com', 'dan@acme.com'] }),
    fromAcme('ann@acme.com', '2024-06-23T23:00:00Z'), // Sunday
    fromAcme('bob@acme.com', '2024-06-24T00:00:00Z', undefined, ['kim@us.com']), // Monday
    meetAcme(['ann@acme.com'], '2024-07-02T10:00:00Z'),
    meeting({ organizer: 'me@us.com', attendees: ['ann@acme.com'], start: '2024-07-01T12:00:00Z', isCancelled: true }), // cancelled: not a meeting
    meetAcme(['bob@acme.com'], '2024-07-11T10:00:00Z'),
  ];

  function kpis() {
    const result = run(AS_OF, items, customers);
    return relationshipKpis(result.index, result.index.accounts.findIndex((a) => a.account.id === 'acme'));
  }

  it('counts emails sent and received and meetings in the last 90 days', () => {
    expect(kpis()).toMatchObject({ emailsSent: 2, emailsReceived: 2, meetings: 2 });
  });

  it('time spent: 5 min per sent email, 2.5 per received, meeting minutes times internal participants', () => {
    // 2*5 + 2*2.5 + 60*2 + 30*1 = 10 + 5 + 120 + 30 = 165
    expect(kpis().timeSpentMinutes).toBe(165);
  });

  it('last interaction, and next = the earliest future meeting with the account', () => {
    const k = kpis();
    expect(k.lastInteraction).toBe(at('2024-06-24T00:00:00Z'));
    expect(k.nextInteraction).toBe(at('2024-07-02T10:00:00Z'));
  });

  it('the three most active account contacts by number of interactions', () => {
    // ann: 2 sent + 1 received + 1 meeting = 4; bob: 1 sent + 1 received + 1 meeting = 3; cat: 2 meetings; dan: 1
    expect(kpis().topContacts).toEqual([
      { address: 'ann@acme.com', interactions: 4 },
      { address: 'bob@acme.com', interactions: 3 },
      { address: 'cat@acme.com', interactions: 2 },
    ]);
  });

  it('weekly buckets start on Monday', () => {
    const weekly = kpis().weekly;
    // last 90 days start Tue 2024-04-02, in the week of Mon 2024-04-01; the last week is Mon 2024-06-24
    expect(weekly[0]!.weekStart).toBe('2024-04-01');
    expect(weekly[weekly.length - 1]!.weekStart).toBe('2024-06-24');
    expect(weekly).toHaveLength(13);
    for (const week of weekly) expect(new Date(`${week.weekStart}T00:00:00Z`).getUTCDay(), week.weekStart).toBe(1);
    const week = (start: string) => weekly.find((w) => w.weekStart === start);
    expect(week('2024-06-03')).toEqual({ weekStart: '2024-06-03', emailsSent: 2, emailsReceived: 0, meetings: 0 });
    expect(week('2024-05-27')).toEqual({ weekStart: '2024-05-27', emailsSent: 0, emailsReceived: 0, meetings: 1 });
    expect(week('2024-06-10')).toEqual({ weekStart: '2024-06-10', emailsSent: 0, emailsReceived: 0, meetings: 1 });
    // Sunday 23:00 belongs to the week that began Monday 17th; Monday 00:00 starts a new week
    expect(week('2024-06-17')).toEqual({ weekStart: '2024-06-17', emailsSent: 0, emailsReceived: 1, meetings: 0 });
    expect(week('2024-06-24')).toEqual({ weekStart: '2024-06-24', emailsSent: 0, emailsReceived: 1, meetings: 0 });
    const total = weekly.reduce((sum, w) => sum + w.emailsSent + w.emailsReceived + w.meetings, 0);
    expect(total).toBe(6);
  });
});

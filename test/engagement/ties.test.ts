/**
 * Tie strength, "knows" and who-knows-whom, engagement-spec.md section 5:
 *   s(u, p) = sum of v(item) * 2^(-ageDays/180) over the window's counted items
 *   v: u -> p 1/max(1, recipients-9); p -> u 1.5/max(1, recipients-9); meeting 3/max(1, participants-9)
 * Most items sit exactly 180 days before asOf, where the decay is exactly 1/2.
 */
import { describe, expect, it } from 'vitest';
import type { ActivityItem } from '../../src/engagement/activity.js';
import { computeTies, whoKnows } from '../../src/engagement/ties.js';
import { at, dataset, mail, meeting, run } from './builders.js';

const AS_OF = '2024-07-01T00:00:00Z';
const DAY = 86_400_000;
const daysBefore = (days: number): string => new Date(at(AS_OF) - days * DAY).toISOString();

const U = 'uma@us.com';
const P = 'pat@contoso.com';
const Q = 'quinn@contoso.com';
const customers = dataset({ contoso: [P, Q] });

const send = (from: string, to: string[], days: number, extra: Partial<Parameters<typeof mail>[0]> = {}) =>
  mail({ from, to, sentAt: daysBefore(days), ...extra });
const meet = (organizer: string, attendees: Parameters<typeof meeting>[0]['attendees'], days: number) =>
  meeting({ organizer, attendees, start: daysBefore(days) });
/** `n` distinct colleagues' addresses. */
const colleagues = (n: number, prefix = 'c') => Array.from({ length: n }, (_, i) => `${prefix}${i}@us.com`);

function setup(items: ActivityItem[], accounts = customers) {
  const result = run(AS_OF, items, accounts);
  const ties = computeTies(result.index);
  const id = (address: string) => result.index.addresses.idOf(address);
  const strength = (u: string, p: string) => ties.get(id(u), id(p))?.strength ?? 0;
  const introducers = (externals: string[], filter?: (address: string) => boolean) =>
    whoKnows(result.index, ties, externals.map(id), filter).map((i) => i.internal);
  return { result, ties, id, strength, introducers };
}

describe('tie strength', () => {
  it('adds 1 per u -> p email and 1.5 per p -> u email, decayed 2^(-ageDays/180)', () => {
    const { strength } = setup([send(U, [P], 90), send(P, [U], 180)]);
    // 1 * 2^(-90/180) + 1.5 * 2^(-180/180) = 0.70711 + 0.75 = 1.45711
    expect(strength(U, P)).toBeCloseTo(1 * 2 ** -0.5 + 1.5 * 0.5, 10);
  });

  it('decays to asOf with a 180-day half-life', () => {
    const { strength } = setup([send(U, [P], 45.5)]);
    // fractional days: 2^(-45.5/180) = 0.83928
    expect(strength(U, P)).toBeCloseTo(2 ** (-45.5 / 180), 10);
    expect(strength(U, P)).toBeCloseTo(0.83928, 5);
  });

  it('damps mass mail: 12 recipients give 1/(12-9) = 1/3 per pair', () => {
    const { strength } = setup([send(U, [P, ...colleagues(11)], 180)]);
    // 1/3 * 1/2 = 1/6
    expect(strength(U, P)).toBeCloseTo(1 / 6, 10);
  });

  it('does not damp up to 10 recipients: max(1, 10-9) = 1', () => {
    const { strength } = setup([send(U, [P, ...colleagues(9)], 180), send(P, [U, ...colleagues(10)], 180)]);
    // u -> p: 10 recipients → 1 * 1/2 = 0.5; p -> u: 11 recipients → 1.5/2 * 1/2 = 0.375 → 0.875
    expect(strength(U, P)).toBeCloseTo(0.5 + 0.375, 10);
  });

  it('counts recipients as distinct addresses over to, cc and bcc', () => {
    // to: P + c0..c4, cc: c5..c8 + P again (other case, spaces) + c0 again, bcc: c9, c10 (sent copy)
    // → distinct: P + c0..c10 = 12
    const email = send(U, [P, ...colleagues(5)], 180, { cc: [...colleagues(9).slice(5), ' Pat@Contoso.COM ', 'c0@us.com'], bcc: ['c9@us.com', 'c10@us.com'] });
    const { strength } = setup([email]);
    // 1/(12-9) * 1/2 = 1/6
    expect(strength(U, P)).toBeCloseTo(1 / 6, 10);
  });

  it('counts bcc only from a sent copy', () => {
    // Only a colleague's inbox copy is read: to P + c0..c8 (10 distinct); its bcc (3 more) does not count.
    const inboxCopy = send(U, [P, ...colleagues(9)], 180, { mailbox: 'c0@us.com', folder: 'inbox', bcc: ['x1@us.com', 'x2@us.com', 'zed@contoso.com'] });
    const { strength, ties, id } = setup([inboxCopy]);
    // 10 recipients → 1 * 1/2 = 0.5 (with the bcc it would be 13 → 1/4 * 1/2)
    expect(strength(U, P)).toBeCloseTo(0.5, 10);
    expect(ties.get(id(U), id('zed@contoso.com'))).toBeUndefined();
  });

  it('values a shared meeting 3/max(1, participants-9), participants = organizer + non-declined attendees', () => {
    // organizer U + P + c0..c8 accepted + 2 declined → participants = 11 → 3/2 * 1/2 = 0.75
    // (declined counted: 13 → 3/4 * 1/2 = 0.375; organizer left out: 10 → 3 * 1/2 = 1.5)
    const declined = [{ address: 'd1@us.com', response: 'declined' as const }, { address: 'd2@contoso.com', response: 'declined' as const }];
    const { strength, ties, id } = setup([meet(U, [P, ...colleagues(9), ...declined], 180)]);
    expect(strength(U, P)).toBeCloseTo(0.75, 10);
    // a colleague attending gets the same tie; a declined attendee none
    expect(strength('c3@us.com', P)).toBeCloseTo(0.75, 10);
    expect(ties.get(id('d1@us.com'), id(P))).toBeUndefined();
  });

  it('counts the organizer once when also listed as an attendee', () => {
    // organizer U (listed again with response 'organizer') + P + c0..c8 → 11 participants → 3/2 * 1/2 = 0.75
    // (counting U twice: 12 → 3/3 * 1/2 = 0.5)
    const { strength } = setup([meet(U, [{ address: U, response: 'organizer' }, P, ...colleagues(9)], 180)]);
    expect(strength(U, P)).toBeCloseTo(0.75, 10);
  });

  it('ignores cancelled, all-day and future meetings', () => {
    const { strength } = setup([
      meeting({ organizer: U, attendees: [P], start: daysBefore(180), isCancelled: true }),
      meeting({ organizer: U, attendees: [P], start: daysBefore(180), isAllDay: true }),
      meeting({ organizer: U, attendees: [P], start: daysBefore(-2) }), // in two days
      send(U, [P], 180),
    ]);
    // only the email: 1 * 1/2
    expect(strength(U, P)).toBeCloseTo(0.5, 10);
  });

  it('counts each email once however many mailboxes hold a copy', () => {
    const copy = { messageId: 'dup-1', from: U, to: [P, 'c0@us.com'], sentAt: daysBefore(180) };
    const { strength } = setup([
      mail({ ...copy, mailbox: U, folder: 'sent' }),
      mail({ ...copy, mailbox: 'c0@us.com', folder: 'inbox' }),
      mail({ ...copy, mailbox: 'c0@us.com', folder: 'inbox' }),
    ]);
    // once: 1 * 1/2 (not 1.5)
    expect(strength(U, P)).toBeCloseTo(0.5, 10);
  });

  it('leaves a small meeting undamped: 3 per meeting', () => {
    const { strength } = setup([meet(P, [U], 180), meet(U, [P, 'c0@us.com'], 180)]);
    // 3 * 1/2 + 3 * 1/2 = 3
    expect(strength(U, P)).toBeCloseTo(3, 10);
  });

  it('exists for external people attributed to no account', () => {
    const zed = 'zed@nowhere.org';
    const { strength, result, introducers } = setup([send(U, [zed], 180), send(zed, [U], 180)]);
    expect(result.index.attribution.accountOf(zed)).toBeNull();
    // 0.5 + 0.75 = 1.25, both ways → knows
    expect(strength(U, zed)).toBeCloseTo(1.25, 10);
    expect(introducers([zed])).toEqual([U]);
  });

  it('counts only items in the window [asOf - 365 d, asOf)', () => {
    const { strength } = setup([
      send(U, [P], 365), // exactly at the window start: counts
      send(U, [P], 365 + 1 / 1440), // a minute earlier: out
      send(P, [U], 370), // out
      meet(U, [P], 370), // out
    ]);
    // 2^(-365/180) = 0.24523
    expect(strength(U, P)).toBeCloseTo(2 ** (-365 / 180), 10);
  });
});

describe('knows', () => {
  it('needs emails both ways: many one-way emails are not enough', () => {
    const oneWay = [1, 2, 3, 4, 5].map((d) => send(U, [P], d));
    const { strength, introducers } = setup(oneWay);
    // 2^(-1/180) + ... + 2^(-5/180) ≈ 4.95 ≥ 1, but only u -> p
    expect(strength(U, P)).toBeGreaterThan(4.9);
    expect(introducers([P])).toEqual([]);
    expect(setup([...oneWay, send(P, [U], 6)]).introducers([P])).toEqual([U]);
  });

  it('accepts a shared meeting instead of emails both ways', () => {
    // one small meeting at 180 days: 3 * 1/2 = 1.5 ≥ 1
    expect(setup([meet(U, [P], 180)]).introducers([P])).toEqual([U]);
  });

  it('needs a strength of at least 1', () => {
    // both ways but 1 * 2^(-180/180) + 1.5 * 2^(-360/180) = 0.5 + 0.375 = 0.875 < 1
    expect(setup([send(U, [P], 180), send(P, [U], 360)]).introducers([P])).toEqual([]);
    // a shared but large meeting: 12 participants → 3/3 * 1/2 = 0.5 < 1
    expect(setup([meet(U, [P, ...colleagues(10)], 180)]).introducers([P])).toEqual([]);
  });

  it('needs both directions inside the window', () => {
    // u -> p three times recently (≈ 3), p -> u only 370 days ago (outside the window)
    const { introducers } = setup([send(U, [P], 1), send(U, [P], 2), send(U, [P], 3), send(P, [U], 370)]);
    expect(introducers([P])).toEqual([]);
  });
});

describe('who knows whom', () => {
  // All at 180 days (decay 1/2). Small meeting: 3/2 = 1.5; email u -> p: 0.5; p -> u: 0.75.
  //   e: two meetings with P                → ties P 3.0            → strongest 3.0, sum 3.0
  //   d: a meeting with P, one with Q       → ties P 1.5, Q 1.5     → strongest 1.5, sum 3.0
  //   a: a meeting with P                   → tie  P 1.5            → strongest 1.5, sum 1.5
  //   b, c: emails both ways with P and Q   → ties P 1.25, Q 1.25   → strongest 1.25, sum 2.5
  // Ranking: strongest first (e; then d and a; then b and c), then sum (d before a), then address (b before c).
  const items = [
    meet('e@us.com', [P], 180), meet('e@us.com', [P], 180),
    meet('d@us.com', [P], 180), meet('d@us.com', [Q], 180),
    meet('a@us.com', [P], 180),
    ...['c@us.com', 'b@us.com'].flatMap((u) => [send(u, [P], 180), send(P, [u], 180), send(u, [Q], 180), send(Q, [u], 180)]),
  ];

  it('ranks by strongest tie, then sum of ties, then address', () => {
    const { result, ties, id } = setup(items);
    const ranked = whoKnows(result.index, ties, [id(P), id(Q)]);
    expect(ranked.map((i) => i.internal)).toEqual(['e@us.com', 'd@us.com', 'a@us.com', 'b@us.com', 'c@us.com']);
    expect(ranked.map((i) => [i.strongest, i.total])).toEqual([[3, 3], [1.5, 3], [1.5, 1.5], [1.25, 2.5], [1.25, 2.5]]);
  });

  it('never shows people the filter excludes (opted out)', () => {
    const { introducers } = setup(items);
    expect(introducers([P, Q], (address) => address !== 'e@us.com' && address !== 'b@us.com')).toEqual(['d@us.com', 'a@us.com', 'c@us.com']);
  });
});

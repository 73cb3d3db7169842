import { describe, expect, it } from 'vitest';
import type { ActivityItem } from '../../src/engagement/activity.js';
import { computeTies, whoKnows } from '../../src/engagement/ties.js';
import { ActivityFold } from '../../src/engagement/fold.js';
import { computeEngagement } from '../../src/engagement/engine.js';
import { at, attribution, dataset, fold, mail, meeting, run, yearRow } from './builders.js';

const AS_OF = '2024-07-01T00:00:00Z';
const customers = dataset({ acme: ['ann@acme.com', 'bob@acme.com'] });

describe('identity: each email and meeting counts once', () => {
  it('counts an email once however many mailboxes and folders hold a copy', () => {
    const base = { messageId: 'x1', from: 'me@us.com', to: ['ann@acme.com', 'you@us.com'], sentAt: '2024-06-01T10:00:00Z' };
    const result = run(AS_OF, [
      mail({ ...base, mailbox: 'me@us.com', folder: 'sent' }),
      mail({ ...base, mailbox: 'you@us.com', folder: 'inbox' }),
      mail({ ...base, mailbox: 'you@us.com', folder: 'inbox' }),
    ], customers);
    expect(yearRow(result, 'acme').NoOfEmails_ToAccount).toBe(1);
  });

  it('takes bcc only from a sent copy, and prefers the sender’s own sent copy', () => {
    const base = { messageId: 'x2', from: 'me@us.com', to: ['you@us.com'], sentAt: '2024-06-01T10:00:00Z' };
    const inboxCopy = mail({ ...base, mailbox: 'you@us.com', folder: 'inbox', bcc: ['ann@acme.com'] });
    expect(yearRow(run(AS_OF, [inboxCopy], customers), 'acme').NoOfEmails_ToAccount).toBe(0);
    const sentCopy = mail({ ...base, mailbox: 'me@us.com', folder: 'sent', bcc: ['ann@acme.com'] });
    expect(yearRow(run(AS_OF, [inboxCopy, sentCopy], customers), 'acme').NoOfEmails_ToAccount).toBe(1);
    expect(yearRow(run(AS_OF, [sentCopy, inboxCopy], customers), 'acme').NoOfEmails_ToAccount).toBe(1);
  });

  it('uses the sent copy of the alphabetically first mailbox when the sender’s own is not read', () => {
    // Two delegates hold sent copies; only the alphabetically first one lists the bcc.
    const base = { messageId: 'x3', from: 'me@us.com', to: ['you@us.com'], sentAt: '2024-06-01T10:00:00Z', folder: 'sent' as const };
    const first = mail({ ...base, mailbox: 'a-delegate@us.com', bcc: ['ann@acme.com'] });
    const second = mail({ ...base, mailbox: 'z-delegate@us.com', bcc: [] });
    const inbox = mail({ ...base, mailbox: 'b@us.com', folder: 'inbox' });
    for (const order of [[first, second, inbox], [inbox, second, first], [second, inbox, first]]) {
      expect(yearRow(run(AS_OF, order, customers), 'acme').NoOfEmails_ToAccount).toBe(1);
    }
  });

  it('ignores drafts, even when a sent copy of the same message exists', () => {
    const draft = mail({ messageId: 'd1', from: 'me@us.com', to: ['ann@acme.com'], sentAt: '2024-06-01T10:00:00Z', folder: 'drafts' });
    expect(yearRow(run(AS_OF, [draft], customers), 'acme').NoOfEmails_ToAccount).toBe(0);
  });

  it('uses the organizer’s copy of a meeting for the attendees’ responses', () => {
    const base = { meetingId: 'm1', organizer: 'me@us.com', start: '2024-06-03T09:00:00Z' };
    const organizersCopy = meeting({ ...base, mailbox: 'me@us.com', attendees: [{ address: 'ann@acme.com', response: 'declined' }] });
    const staleCopy = meeting({ ...base, mailbox: 'a@us.com', attendees: [{ address: 'ann@acme.com', response: 'accepted' }] });
    expect(yearRow(run(AS_OF, [staleCopy, organizersCopy], customers), 'acme').NoOfMeetings_ToAccount).toBe(0);
    expect(yearRow(run(AS_OF, [staleCopy], customers), 'acme').NoOfMeetings_ToAccount).toBe(1);
  });
});

describe('order independence', () => {
  const items: ActivityItem[] = [];
  const mailboxes = ['me@us.com', 'you@us.com', 'kim@us.com'];
  for (let i = 0; i < 60; i++) {
    const from = i % 3 === 0 ? 'ann@acme.com' : mailboxes[i % 3]!;
    const to = i % 3 === 0 ? [mailboxes[i % 2]!, 'kim@us.com'] : ['ann@acme.com', i % 4 === 0 ? 'bob@acme.com' : 'you@us.com'];
    const sentAt = new Date(at('2024-01-01T00:00:00Z') + i * 3.3 * 86_400_000).toISOString();
    const base = { messageId: `o${i}`, conversationId: `conv${i % 7}`, from, to, sentAt, bcc: i % 5 === 0 ? ['bob@acme.com'] : [] };
    for (const mailbox of mailboxes) {
      if (mailbox === from) items.push(mail({ ...base, mailbox, folder: 'sent' }));
      else if (to.includes(mailbox) || i % 2 === 0) items.push(mail({ ...base, mailbox, folder: 'inbox' }));
    }
    if (i % 6 === 0) {
      const m = { meetingId: `om${i}`, organizer: 'me@us.com', start: sentAt, minutes: 30 + i, attendees: ['ann@acme.com', { address: 'bob@acme.com', response: i % 12 === 0 ? 'declined' as const : 'accepted' as const }] };
      items.push(meeting({ ...m, mailbox: 'me@us.com' }), meeting({ ...m, mailbox: 'kim@us.com', attendees: ['ann@acme.com', 'bob@acme.com'] }));
    }
  }

  /** A deterministic shuffle (mulberry32), so a failure can be replayed. */
  function shuffled<T>(list: T[], seed: number): T[] {
    let state = seed;
    const random = () => {
      state = (state + 0x6d2b79f5) | 0;
      let t = Math.imul(state ^ (state >>> 15), 1 | state);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
    const copy = [...list];
    for (let i = copy.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [copy[i], copy[j]] = [copy[j]!, copy[i]!];
    }
    return copy;
  }

  const reference = run(AS_OF, items, customers).rows;

  it('produces some activity to compare', () => {
    expect(reference.filter((row) => row.AggregationLevel === 'Month').length).toBeGreaterThan(3);
    expect(reference[0]!.NoOfEmails_FromAccount).toBeGreaterThan(0);
    expect(reference[0]!.AverageDuration_Of_AccountEmailReplies).not.toBeNull();
  });

  it.each([1, 2, 3, 4, 5])('gives the same table for shuffled items split over mailboxes merged in any order (seed %i)', (seed) => {
    const order = shuffled(items, seed);
    const partials = new Map<string, ActivityFold>();
    for (const item of order) {
      const partial = partials.get(item.mailbox) ?? new ActivityFold(at(AS_OF));
      partials.set(item.mailbox, partial.addAll([item]));
    }
    const merged = new ActivityFold(at(AS_OF));
    for (const partial of shuffled([...partials.values()], seed * 31)) merged.merge(partial);
    expect(computeEngagement(merged, attribution(customers)).rows).toEqual(reference);
  });

  it.each([1, 2, 3, 4, 5])('gives bit-identical tie strengths and introducers in any reading order (seed %i)', (seed) => {
    const tiesOf = (folded: ActivityFold) => {
      const index = computeEngagement(folded, attribution(customers)).index;
      const ties = computeTies(index);
      const externals = ['ann@acme.com', 'bob@acme.com'].map((address) => index.addresses.idOf(address));
      const strengths = [...ties.all()].map((tie) => [index.addresses.address(tie.internal), index.addresses.address(tie.external), tie.strength] as const);
      return { strengths: strengths.sort((a, b) => (`${a[0]} ${a[1]}` < `${b[0]} ${b[1]}` ? -1 : 1)), introducers: whoKnows(index, ties, externals) };
    };
    const expected = tiesOf(fold(AS_OF, items));
    const merged = new ActivityFold(at(AS_OF));
    for (const mailbox of shuffled(mailboxes, seed)) merged.merge(fold(AS_OF, shuffled(items.filter((item) => item.mailbox === mailbox), seed)));
    expect(tiesOf(merged)).toEqual(expected);
  });

  it('resumes from a snapshot to the same table', () => {
    const half = Math.floor(items.length / 2);
    const first = fold(AS_OF, items.slice(0, half));
    const resumed = ActivityFold.fromSnapshot(JSON.parse(JSON.stringify(first.toSnapshot()))).addAll(items.slice(half));
    expect(computeEngagement(resumed, attribution(customers)).rows).toEqual(reference);
  });
});

describe('the range a fold keeps', () => {
  it('counts only what lies in [asOf - 365 d, asOf) for the table', () => {
    const asOf = '2024-07-01T00:00:00Z';
    const edge = new Date(at(asOf) - 365 * 86_400_000).toISOString();
    const justBefore = new Date(at(asOf) - 365 * 86_400_000 - 1).toISOString();
    const result = run(asOf, [
      mail({ from: 'me@us.com', to: ['ann@acme.com'], sentAt: edge }),
      mail({ from: 'me@us.com', to: ['ann@acme.com'], sentAt: justBefore }),
      mail({ from: 'me@us.com', to: ['ann@acme.com'], sentAt: asOf }),
    ], customers);
    expect(yearRow(result, 'acme').NoOfEmails_ToAccount).toBe(1);
    expect(yearRow(result, 'acme').EngagementStartDate).toBe('2023-07-02');
  });

  it('reports what it skipped', () => {
    const f = fold(AS_OF, [
      mail({ from: 'me@us.com', to: ['ann@acme.com'], sentAt: '2024-06-01T00:00:00Z', folder: 'drafts' }),
      mail({ from: 'me@us.com', to: ['ann@acme.com'], sentAt: '2020-06-01T00:00:00Z' }),
      mail({ from: 'me@us.com', to: ['ann@acme.com'], sentAt: '2024-06-01T00:00:00Z' }),
    ]);
    expect(f.stats).toEqual({ mailCopies: 3, meetingCopies: 0, drafts: 1, outOfRange: 1 });
    expect(f.emailCount).toBe(1);
  });
});

import { describe, expect, it } from 'vitest';
import { DAY_MS, domainOf, type MailItem, type MeetingItem } from '../../../src/engagement/activity.js';
import { Attribution, PUBLIC_MAIL_PROVIDERS } from '../../../src/engagement/attribution.js';
import { DEFAULT_TENANT_SIZES, generateTenant, resolveSizes } from '../../../src/sources/simulator/tenantGenerator.js';
import type { SimulatedTenant } from '../../../src/sources/simulator/tenantModel.js';

const AS_OF = Date.UTC(2025, 2, 14, 9, 30);
const WINDOW_START = AS_OF - 365 * DAY_MS;
const HISTORY_START = AS_OF - 395 * DAY_MS;
const HORIZON = AS_OF + 90 * DAY_MS;
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

const tenant = generateTenant({ seed: 7, asOf: AS_OF });
const monitored = new Set(tenant.mailboxes());
const items = tenant.mailboxes().flatMap((mailbox) => tenant.mailboxItems(mailbox));
const mails = items.filter((item): item is MailItem => item.kind === 'mail');
const meetings = items.filter((item): item is MeetingItem => item.kind === 'meeting');
const mailCopies = groupBy(mails, (mail) => mail.messageId);
const meetingCopies = groupBy(meetings, (meeting) => meeting.meetingId);
const attribution = new Attribution(tenant.dataset, { internalDomains: tenant.organizationDomains });
const isInternal = (address: string) => attribution.isInternal(address);
const isExternal = (address: string) => !isInternal(address);

function groupBy<T>(list: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of list) {
    const group = groups.get(key(item));
    if (group) group.push(item);
    else groups.set(key(item), [item]);
  }
  return groups;
}

/** The copy that carries the most: the sender's sent copy when there is one. */
function bestCopy(copies: readonly MailItem[]): MailItem {
  return copies.find((copy) => copy.folder === 'sent') ?? copies[0]!;
}

function recipientsOf(mail: MailItem): string[] {
  return [...new Set([...mail.to, ...mail.cc, ...mail.bcc])];
}

function serialize(simulated: SimulatedTenant): string {
  const sample = simulated.mailboxes().slice(0, 3);
  return JSON.stringify({
    tenantId: simulated.tenantId,
    users: simulated.users,
    groups: simulated.groups,
    dataset: simulated.dataset,
    mailboxes: simulated.mailboxes(),
    counts: simulated.mailboxes().map((mailbox) => simulated.mailboxItems(mailbox).length),
    items: sample.map((mailbox) => simulated.mailboxItems(mailbox)),
  });
}

/** For each account index, the times of items (not drafts, not after asOf) that involve it. */
function activityTimesByAccount(): Map<number, number[]> {
  const times = new Map<number, number[]>();
  const note = (addresses: readonly string[], time: number) => {
    for (const index of new Set(addresses.map((address) => attribution.classify(address)))) {
      if (index >= 0) times.set(index, [...(times.get(index) ?? []), time]);
    }
  };
  for (const copies of mailCopies.values()) {
    const mail = bestCopy(copies);
    if (mail.folder !== 'drafts') note([mail.from, ...recipientsOf(mail)], mail.sentAt);
  }
  for (const [copy] of meetingCopies.values()) {
    if (copy!.start < AS_OF) note([copy!.organizer, ...copy!.attendees.map((attendee) => attendee.address)], copy!.start);
  }
  return times;
}

describe('generateTenant: determinism', () => {
  it('gives the same tenant, byte for byte, for the same seed and sizes', () => {
    expect(serialize(generateTenant({ seed: 7, asOf: AS_OF }))).toBe(serialize(tenant));
  });

  it('gives a different tenant for a different seed', () => {
    const other = generateTenant({ seed: 8, asOf: AS_OF });
    expect(other.users.map((user) => user.address)).not.toEqual(tenant.users.map((user) => user.address));
    expect(other.dataset.contacts).not.toEqual(tenant.dataset.contacts);
    expect(serialize(other)).not.toBe(serialize(tenant));
  });

  it('hands out fresh copies: changing one does not change the next read', () => {
    const mailbox = tenant.mailboxes()[0]!;
    const first = tenant.mailboxItems(mailbox);
    const before = JSON.stringify(first);
    for (const item of first) {
      if (item.kind === 'mail') item.to.push('someone@else.example');
      else item.attendees.length = 0;
    }
    expect(JSON.stringify(tenant.mailboxItems(mailbox))).toBe(before);
  });
});

describe('generateTenant: sizes', () => {
  it('respects the default sizes', () => {
    expect(tenant.sizes).toEqual(DEFAULT_TENANT_SIZES);
    expect(tenant.users).toHaveLength(40);
    expect(tenant.users.filter((user) => user.hasMailbox)).toHaveLength(36);
    expect(tenant.mailboxes()).toHaveLength(30);
    expect(tenant.groups).toHaveLength(4);
    expect(tenant.dataset.accounts).toHaveLength(60);
    const contactCounts = groupBy(tenant.dataset.contacts, (contact) => contact.accountId);
    expect(contactCounts.size).toBe(60);
    for (const contacts of contactCounts.values()) {
      expect(contacts.length).toBeGreaterThanOrEqual(3);
      expect(contacts.length).toBeLessThanOrEqual(6);
    }
  });

  it('gives each mailbox roughly the configured yearly volume', () => {
    const inWindow = mails.filter((mail) => mail.sentAt >= WINDOW_START);
    const yearMeetings = meetings.filter((meeting) => meeting.start >= WINDOW_START && meeting.start < AS_OF);
    expect(inWindow.length / monitored.size).toBeGreaterThan(0.6 * 600);
    expect(inWindow.length / monitored.size).toBeLessThan(1.6 * 600);
    expect(yearMeetings.length / monitored.size).toBeGreaterThan(0.6 * 80);
    expect(yearMeetings.length / monitored.size).toBeLessThan(1.6 * 80);
  });

  it('respects custom sizes', () => {
    const small = generateTenant({
      seed: 3,
      asOf: AS_OF,
      sizes: { users: 12, monitoredMailboxes: 5, groups: 2, accounts: 8, contactsPerAccount: { min: 1, max: 2 }, emailsPerUserPerYear: 50, meetingsPerUserPerYear: 10 },
    });
    expect(small.users).toHaveLength(12);
    expect(small.mailboxes()).toHaveLength(5);
    expect(small.groups).toHaveLength(2);
    expect(small.dataset.accounts).toHaveLength(8);
    for (const contacts of groupBy(small.dataset.contacts, (contact) => contact.accountId).values()) {
      expect(contacts.length).toBeGreaterThanOrEqual(1);
      expect(contacts.length).toBeLessThanOrEqual(2);
    }
    expect(small.mailboxes().some((mailbox) => small.mailboxItems(mailbox).length > 0)).toBe(true);
  });

  it('rejects sizes that cannot make a tenant', () => {
    expect(() => resolveSizes({ users: 10, monitoredMailboxes: 11 })).toThrow(RangeError);
    expect(() => resolveSizes({ users: 1 })).toThrow(RangeError);
    expect(() => resolveSizes({ contactsPerAccount: { min: 4, max: 2 } })).toThrow(RangeError);
  });
});

describe('generateTenant: directory', () => {
  it('has deterministic GUIDs, lower-case internal addresses, and monitored mailboxes of users with a mailbox', () => {
    const ids = [tenant.tenantId, ...tenant.users.map((user) => user.id), ...tenant.groups.map((group) => group.id)];
    for (const id of ids) expect(id).toMatch(GUID);
    expect(new Set(ids).size).toBe(ids.length);
    for (const address of [...tenant.users, ...tenant.groups].map((entry) => entry.address)) {
      expect(address).toBe(address.toLowerCase());
      expect(isInternal(address)).toBe(true);
    }
    const withMailbox = new Set(tenant.users.filter((user) => user.hasMailbox).map((user) => user.address));
    for (const mailbox of monitored) expect(withMailbox.has(mailbox)).toBe(true);
  });

  it('nests a group in another and puts users without a mailbox in groups', () => {
    const groupIds = new Set(tenant.groups.map((group) => group.id));
    expect(tenant.groups.some((group) => group.memberIds.some((id) => groupIds.has(id)))).toBe(true);
    const members = new Set(tenant.groups.flatMap((group) => group.memberIds));
    const withoutMailbox = tenant.users.filter((user) => !user.hasMailbox);
    expect(withoutMailbox.length).toBeGreaterThan(0);
    expect(withoutMailbox.every((user) => members.has(user.id))).toBe(true);
  });

  it('keeps users without a mailbox out of mail and meetings', () => {
    const withoutMailbox = new Set(tenant.users.filter((user) => !user.hasMailbox).map((user) => user.address));
    const everyone = items.flatMap((item) =>
      item.kind === 'mail' ? [item.from, ...recipientsOf(item)] : [item.organizer, ...item.attendees.map((attendee) => attendee.address)]);
    expect(everyone.filter((address) => withoutMailbox.has(address))).toEqual([]);
  });
});

describe('generateTenant: customer dataset', () => {
  it('lists a contact on a public mail provider', () => {
    expect(tenant.dataset.contacts.some((contact) => PUBLIC_MAIL_PROVIDERS.includes(domainOf(contact.email)))).toBe(true);
  });

  it('lists a contact on a subdomain of its account domain', () => {
    const byAccount = groupBy(tenant.dataset.contacts, (contact) => contact.accountId);
    const hasSubdomainContact = [...byAccount.values()].some((contacts) => {
      const domains = contacts.map((contact) => domainOf(contact.email));
      return domains.some((domain) => domains.some((parent) => domain.endsWith(`.${parent}`)));
    });
    expect(hasSubdomainContact).toBe(true);
  });

  it('has exactly one domain claimed by two accounts, and no email listed twice', () => {
    expect(attribution.report.ambiguousDomains).toHaveLength(1);
    expect(attribution.report.ambiguousDomains[0]!.accountIds).toHaveLength(2);
    expect(attribution.report.ambiguousEmails).toEqual([]);
  });

  it('has external people the dataset does not list, on an account domain', () => {
    const listed = new Set(tenant.dataset.contacts.map((contact) => contact.email));
    const unlisted = new Set(mails.flatMap((mail) => [mail.from, ...recipientsOf(mail)])
      .filter((address) => isExternal(address) && !listed.has(address) && attribution.classify(address) >= 0));
    expect(unlisted.size).toBeGreaterThan(0);
  });

  it('has a few very engaged accounts, stale accounts and accounts with no activity at all', () => {
    const times = activityTimesByAccount();
    const volumes = tenant.dataset.accounts.map((_, index) => times.get(index)?.length ?? 0).sort((a, b) => b - a);
    const active = volumes.filter((volume) => volume > 0);
    expect(active[0]!).toBeGreaterThan(8 * active[Math.floor(active.length / 2)]!);
    expect(volumes.filter((volume) => volume === 0).length).toBeGreaterThan(0);
    const stale = [...times.values()].filter((list) => {
      const last = Math.max(...list);
      return last < AS_OF - 60 * DAY_MS && last >= AS_OF - 200 * DAY_MS && list.some((time) => time >= WINDOW_START);
    });
    expect(stale.length).toBeGreaterThan(0);
  });
});

describe('generateTenant: mail', () => {
  it('keeps every email in the 395 days before asOf, some before the window', () => {
    expect(mails.filter((mail) => mail.sentAt < HISTORY_START || mail.sentAt >= AS_OF)).toEqual([]);
    expect(mails.some((mail) => mail.sentAt < WINDOW_START)).toBe(true);
  });

  it('writes lower-case addresses and Message-IDs in angle brackets', () => {
    const addresses = mails.flatMap((mail) => [mail.mailbox, mail.from, ...mail.to, ...mail.cc, ...mail.bcc]);
    expect(addresses.filter((address) => address !== address.toLowerCase() || !/^[^@\s]+@[a-z0-9-]+(\.[a-z0-9-]+)+$/.test(address))).toEqual([]);
    expect(mails.filter((mail) => !/^<[^<>@\s]+@[a-z0-9.-]+>$/.test(mail.messageId))).toEqual([]);
    expect(mails.some((mail) => mail.messageId.endsWith('@northwind.example>'))).toBe(true);
  });

  it('gives all copies of one email the same from, to, cc, sentAt and conversation', () => {
    const shared = (mail: MailItem) => JSON.stringify([mail.from, mail.to, mail.cc, mail.sentAt, mail.conversationId]);
    const inconsistent = [...mailCopies.values()].filter((copies) =>
      new Set(copies.map(shared)).size !== 1 || new Set(copies.map((copy) => copy.mailbox)).size !== copies.length);
    expect(inconsistent).toEqual([]);
    expect([...mailCopies.values()].some((copies) => copies.length >= 3)).toBe(true);
  });

  it("puts a copy in the sender's sent items and each monitored recipient's inbox, and nowhere else", () => {
    const misplaced = [...mailCopies.values()].filter((copies) => {
      const mail = bestCopy(copies);
      if (mail.folder === 'drafts') return false;
      const sentTo = copies.filter((copy) => copy.folder === 'sent').map((copy) => copy.mailbox);
      const inboxes = copies.filter((copy) => copy.folder === 'inbox').map((copy) => copy.mailbox).sort();
      const visible = recipientsOf(mail).filter((address) => address !== mail.from && monitored.has(address)).sort();
      if (sentTo.length > 0) return sentTo.join() !== mail.from || inboxes.join() !== visible.join();
      // Without the sender's copy a bcc is invisible: a bcc recipient's inbox may be the only trace of it.
      return monitored.has(mail.from) || !visible.every((address) => inboxes.includes(address));
    });
    expect(misplaced).toEqual([]);
    const internalToInternal = [...mailCopies.values()].find((copies) =>
      copies.some((copy) => copy.folder === 'sent') && copies.filter((copy) => copy.folder === 'inbox').length >= 2);
    expect(internalToInternal).toBeDefined();
    const fromOutside = [...mailCopies.values()].filter((copies) => isExternal(copies[0]!.from));
    expect(fromOutside.length).toBeGreaterThan(0);
    expect(fromOutside.flat().filter((copy) => copy.folder !== 'inbox')).toEqual([]);
  });

  it("shows a bcc on the sender's sent copy only", () => {
    expect(mails.filter((mail) => mail.folder === 'inbox' && mail.bcc.length > 0)).toEqual([]);
    const blindCopied = [...mailCopies.values()].filter((copies) =>
      copies.some((copy) => copy.folder === 'sent' && copy.bcc.length > 0) && copies.some((copy) => copy.folder === 'inbox'));
    expect(blindCopied.length).toBeGreaterThan(0);
    const withMonitoredBccRecipient = blindCopied.find((copies) => {
      const sent = copies.find((copy) => copy.folder === 'sent')!;
      return sent.bcc.some((address) => monitored.has(address) && copies.some((copy) => copy.mailbox === address));
    });
    expect(withMonitoredBccRecipient).toBeDefined();
  });

  it('has mass mails to more than 10 recipients', () => {
    expect([...mailCopies.values()].some((copies) => recipientsOf(bestCopy(copies)).length > 10)).toBe(true);
  });

  it("keeps a few drafts, each only in its author's drafts", () => {
    const drafts = mails.filter((mail) => mail.folder === 'drafts');
    expect(drafts.length).toBeGreaterThan(0);
    for (const draft of drafts) {
      expect(draft.mailbox).toBe(draft.from);
      expect(mailCopies.get(draft.messageId)).toHaveLength(1);
    }
  });

  it('has reply chains both ways, with delays from minutes to over 30 days', () => {
    const conversations = groupBy([...mailCopies.values()].map(bestCopy).filter((mail) => mail.folder !== 'drafts'), (mail) => mail.conversationId);
    const gaps: number[] = [];
    let bothWays = 0;
    for (const conversation of conversations.values()) {
      const sorted = conversation.sort((a, b) => a.sentAt - b.sentAt);
      for (let i = 1; i < sorted.length; i++) gaps.push(sorted[i]!.sentAt - sorted[i - 1]!.sentAt);
      if (sorted.some((mail) => isInternal(mail.from)) && sorted.some((mail) => attribution.classify(mail.from) >= 0)) bothWays++;
    }
    expect(bothWays).toBeGreaterThan(10);
    expect(gaps.some((gap) => gap < 60 * 60_000)).toBe(true);
    expect(gaps.some((gap) => gap > 2 * DAY_MS && gap < 30 * DAY_MS)).toBe(true);
    expect(gaps.some((gap) => gap > 30 * DAY_MS)).toBe(true);
  });
});

describe('generateTenant: meetings', () => {
  it('schedules meetings from 395 days before asOf to 90 days after it', () => {
    expect(meetings.filter((meeting) => meeting.start < HISTORY_START || meeting.start >= HORIZON || meeting.end <= meeting.start)).toEqual([]);
    expect(meetings.some((meeting) => meeting.start > AS_OF)).toBe(true);
  });

  it('has cancelled, all-day, declined and recurring meetings', () => {
    expect(meetings.some((meeting) => meeting.isCancelled)).toBe(true);
    const allDay = meetings.filter((meeting) => meeting.isAllDay);
    expect(allDay.length).toBeGreaterThan(0);
    expect(allDay.filter((meeting) => meeting.start % DAY_MS !== 0 || (meeting.end - meeting.start) % DAY_MS !== 0)).toEqual([]);
    expect(meetings.some((meeting) => meeting.attendees.some((attendee) => attendee.response === 'declined'))).toBe(true);
    const series = groupBy([...meetingCopies.keys()].filter((id) => id.includes('_')), (id) => id.slice(0, id.indexOf('_')));
    expect([...series.values()].some((occurrences) => occurrences.length >= 10)).toBe(true);
    const misdated = [...meetingCopies].filter(([id, [copy]]) =>
      id.includes('_') && id.slice(id.indexOf('_') + 1) !== new Date(copy!.start).toISOString().slice(0, 10).replaceAll('-', ''));
    expect(misdated).toEqual([]);
  });

  it('has meetings organized by colleagues and by account contacts', () => {
    const organizers = [...meetingCopies.values()].map(([copy]) => copy!.organizer);
    expect(organizers.some(isInternal)).toBe(true);
    expect(organizers.some((organizer) => attribution.classify(organizer) >= 0)).toBe(true);
  });

  it("puts a copy in the organizer's and every monitored internal attendee's calendar; only the organizer's shows every response", () => {
    const shared = (meeting: MeetingItem) =>
      JSON.stringify([meeting.organizer, meeting.start, meeting.end, meeting.isCancelled, meeting.isAllDay, meeting.attendees.map((attendee) => attendee.address)]);
    const wrong = [...meetingCopies.values()].filter((copies) => {
      const [first] = copies;
      const expected = [...new Set([first!.organizer, ...first!.attendees.map((attendee) => attendee.address)])].filter((address) => monitored.has(address));
      const othersShownAsNone = copies.every((copy) => copy.mailbox === copy.organizer ||
        copy.attendees.every((attendee) => attendee.address === copy.mailbox || attendee.response === 'none'));
      return copies.map((copy) => copy.mailbox).sort().join() !== expected.sort().join() ||
        new Set(copies.map(shared)).size !== 1 || !othersShownAsNone;
    });
    expect(wrong).toEqual([]);
    const organizersCopies = meetings.filter((meeting) => meeting.mailbox === meeting.organizer);
    expect(organizersCopies.some((meeting) => meeting.attendees.some((attendee) => attendee.response === 'accepted'))).toBe(true);
  });
});

/**
 * A Graph benchmark tenant: N mailboxes in one group, each holding about 2,000 copies,
 * built only when the simulator asks for that mailbox.
 */
import { DAY_MS, type ActivityItem } from '../src/engagement/activity.js';
import type { MailboxContent } from '../src/sources/simulator/server/mailboxContent.js';

export const BENCH_DOMAIN = 'bench.example';
export const BENCH_GROUP = `everyone@${BENCH_DOMAIN}`;

const guid = (n: number) => `00000000-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;

export function syntheticTenant(mailboxCount: number, itemsPerMailbox: number, asOf: number): MailboxContent {
  const users = Array.from({ length: mailboxCount }, (_, i) => ({ id: guid(i + 1), address: `user${i}@${BENCH_DOMAIN}`, displayName: `User ${i}`, hasMailbox: true }));
  const indexOf = new Map(users.map((user, i) => [user.address, i]));
  return {
    tenantId: guid(0),
    users,
    groups: [{ id: guid(mailboxCount + 1), address: BENCH_GROUP, displayName: 'Everyone', memberIds: users.map((user) => user.id) }],
    mailboxItems(address: string): ActivityItem[] {
      const i = indexOf.get(address);
      return i === undefined ? [] : mailboxItems(address, i, itemsPerMailbox, asOf);
    },
  };
}

/** 55 % inbox, 35 % sent, 10 % meetings, spread evenly over the 395 days before asOf. */
function mailboxItems(mailbox: string, i: number, count: number, asOf: number): ActivityItem[] {
  const items: ActivityItem[] = [];
  const step = (395 * DAY_MS) / count;
  for (let n = 0; n < count; n++) {
    const time = Math.floor((asOf - 395 * DAY_MS + n * step) / 1000) * 1000;
    const customer = `c${(i * 7 + n) % 50}@a${(i + n) % 997}.example`;
    const share = n % 20;
    if (share < 2) {
      const start = time;
      items.push({ kind: 'meeting', mailbox, meetingId: `m-${i}-${n}`, organizer: mailbox, attendees: [{ address: customer, response: 'accepted' }], start, end: start + 30 * 60_000, isCancelled: false, isAllDay: false });
    } else if (share < 9) {
      items.push({ kind: 'mail', mailbox, messageId: `<${i}.${n}@${BENCH_DOMAIN}>`, conversationId: `c-${i}-${n >> 2}`, from: mailbox, to: [customer], cc: [], bcc: [], sentAt: time, folder: 'sent' });
    } else {
      items.push({ kind: 'mail', mailbox, messageId: `<${i}.${n}@a.example>`, conversationId: `c-${i}-${n >> 2}`, from: customer, to: [mailbox], cc: [], bcc: [], sentAt: time, folder: 'inbox' });
    }
  }
  return items;
}

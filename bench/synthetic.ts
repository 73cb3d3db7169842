/**
 * A synthetic activity stream for benchmarks: 2,500 mailboxes, 10,000 accounts, 85 % mail
 * copies (each email copied into the sender's and the monitored recipients' mailboxes),
 * 15 % meeting copies. Generated lazily so that the stream itself takes no memory.
 */
import type { ActivityItem, MailItem, MeetingItem } from '../src/engagement/activity.js';
import type { CustomerDataset } from '../src/engagement/customers.js';

export interface SyntheticShape {
  items: number;
  mailboxes: number;
  accounts: number;
  contactsPerAccount: number;
  mailShare: number;
  asOf: number;
}

export const DEFAULT_SHAPE: SyntheticShape = {
  items: 5_000_000, mailboxes: 2_500, accounts: 10_000, contactsPerAccount: 5, mailShare: 0.85, asOf: Date.parse('2026-11-01T00:00:00Z'),
};

const DAY = 86_400_000;
export const INTERNAL_DOMAIN = 'corp.example';

function mulberry32(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const mailboxAddress = (i: number) => `user${i}@${INTERNAL_DOMAIN}`;
const contactAddress = (account: number, contact: number) => `c${contact}@a${account}.example`;

export function syntheticDataset(shape: SyntheticShape = DEFAULT_SHAPE): CustomerDataset {
  const accounts = Array.from({ length: shape.accounts }, (_, i) => ({ id: `A${i}`, name: `Account ${i}`, domains: [], owner: null }));
  const contacts = accounts.flatMap((account, i) => Array.from({ length: shape.contactsPerAccount }, (_, c) => ({ email: contactAddress(i, c), accountId: account.id })));
  return { accounts, contacts };
}

/** Yields items in batches (arrays), so a benchmark can time the fold apart from generation. */
export function* syntheticBatches(shape: SyntheticShape = DEFAULT_SHAPE, batchSize = 10_000, seed = 42): Generator<ActivityItem[]> {
  const random = mulberry32(seed);
  const int = (n: number) => Math.floor(random() * n);
  // Address strings are made once, as a parser that interns would hand them over.
  const mailboxes = Array.from({ length: shape.mailboxes }, (_, i) => mailboxAddress(i));
  const contacts = Array.from({ length: shape.accounts * shape.contactsPerAccount }, (_, i) => contactAddress(Math.floor(i / shape.contactsPerAccount), i % shape.contactsPerAccount));
  const mailbox = () => mailboxes[int(shape.mailboxes)]!;
  // A few accounts get most of the traffic: a power law over account indexes.
  const account = () => Math.floor(shape.accounts * random() ** 2.5);
  const external = () => contacts[account() * shape.contactsPerAccount + int(shape.contactsPerAccount)]!;
  const time = () => shape.asOf - Math.floor(random() * 380 * DAY);
  let produced = 0;
  let sequence = 0;
  let batch: ActivityItem[] = [];
  const push = (item: ActivityItem) => {
    batch.push(item);
    produced++;
  };

  while (produced < shape.items) {
    sequence++;
    if (random() < shape.mailShare) {
      const internalSender = random() < 0.55;
      const sender = internalSender ? mailbox() : external();
      const internals = Array.from({ length: 1 + int(internalSender ? 2 : 3) }, () => mailbox());
      const externals = internalSender ? Array.from({ length: 1 + int(2) }, external) : [];
      const base: Omit<MailItem, 'mailbox' | 'folder' | 'bcc'> = {
        kind: 'mail', messageId: `<${sequence}@bench>`, conversationId: `conv${sequence >> 2}`, from: sender,
        to: [...externals, ...internals.slice(0, 1)], cc: internals.slice(1), sentAt: time(),
      };
      if (internalSender) push({ ...base, mailbox: sender, folder: 'sent', bcc: [] });
      for (const mailbox of internals) push({ ...base, mailbox, folder: 'inbox', bcc: [] });
    } else {
      const organizer = random() < 0.7 ? mailbox() : external();
      const internals = Array.from({ length: 1 + int(3) }, () => mailbox());
      const start = time();
      const meeting: Omit<MeetingItem, 'mailbox'> = {
        kind: 'meeting', meetingId: `mt${sequence}`, organizer,
        attendees: [...internals, external()].map((address, i) => ({ address, response: i === 1 && random() < 0.1 ? 'declined' : 'accepted' })),
        start, end: start + (15 + int(8) * 15) * 60_000, isCancelled: random() < 0.03, isAllDay: random() < 0.01,
      };
      for (const mailbox of organizer.endsWith(INTERNAL_DOMAIN) ? [organizer, ...internals] : internals) push({ ...meeting, mailbox });
    }
    if (batch.length >= batchSize) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length > 0) yield batch;
}

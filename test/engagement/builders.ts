/** Small builders for hand-computed engine tests. Times are ISO strings for readability. */
import type { Attendee, MailItem, MeetingItem } from '../../src/engagement/activity.js';
import { Attribution } from '../../src/engagement/attribution.js';
import type { CustomerDataset } from '../../src/engagement/customers.js';
import { computeEngagement, type EngagementOptions } from '../../src/engagement/engine.js';
import { ActivityFold } from '../../src/engagement/fold.js';
import type { ActivityItem } from '../../src/engagement/activity.js';

export const at = (iso: string): number => {
  const time = Date.parse(iso);
  if (Number.isNaN(time)) throw new Error(`bad test time ${iso}`);
  return time;
};

let sequence = 0;

export function mail(fields: Partial<Omit<MailItem, 'sentAt'>> & { sentAt: string; from: string }): MailItem {
  sequence++;
  return {
    kind: 'mail',
    mailbox: fields.mailbox ?? fields.from,
    messageId: fields.messageId ?? `m${sequence}`,
    conversationId: fields.conversationId ?? `c${sequence}`,
    from: fields.from,
    to: fields.to ?? [],
    cc: fields.cc ?? [],
    bcc: fields.bcc ?? [],
    sentAt: at(fields.sentAt),
    folder: fields.folder ?? 'sent',
  };
}

export function meeting(fields: Partial<Omit<MeetingItem, 'start' | 'end' | 'attendees'>> & {
  organizer: string; start: string; minutes?: number; attendees: (string | Attendee)[];
}): MeetingItem {
  sequence++;
  const start = at(fields.start);
  return {
    kind: 'meeting',
    mailbox: fields.mailbox ?? fields.organizer,
    meetingId: fields.meetingId ?? `mt${sequence}`,
    organizer: fields.organizer,
    attendees: fields.attendees.map((a) => (typeof a === 'string' ? { address: a, response: 'accepted' as const } : a)),
    start,
    end: start + (fields.minutes ?? 30) * 60_000,
    isCancelled: fields.isCancelled ?? false,
    isAllDay: fields.isAllDay ?? false,
  };
}

/** Accounts by id, each with its contacts' emails: `{ contoso: ['ann@contoso.com'] }`. */
export function dataset(accounts: Record<string, string[]>, domains: Record<string, string[]> = {}): CustomerDataset {
  return {
    accounts: Object.keys(accounts).map((id) => ({ id, name: id, domains: domains[id] ?? [], owner: null })),
    contacts: Object.entries(accounts).flatMap(([accountId, emails]) => emails.map((email) => ({ email, accountId }))),
  };
}

export const INTERNAL_DOMAINS = ['us.com'];

export function attribution(customers: CustomerDataset, internalDomains = INTERNAL_DOMAINS): Attribution {
  return new Attribution(customers, { internalDomains });
}

export function fold(asOf: string, items: Iterable<ActivityItem>): ActivityFold {
  return new ActivityFold(at(asOf)).addAll(items);
}

/** Folds the items and computes the whole result. */
export function run(asOf: string, items: ActivityItem[], customers: CustomerDataset, options: EngagementOptions = {}, internalDomains = INTERNAL_DOMAINS) {
  return computeEngagement(fold(asOf, items), attribution(customers, internalDomains), options);
}

export function yearRow(result: ReturnType<typeof run>, accountId: string) {
  const row = result.rows.find((r) => r.AccountId === accountId && r.AggregationLevel === 'Year');
  if (!row) throw new Error(`no Year row for ${accountId}`);
  return row;
}

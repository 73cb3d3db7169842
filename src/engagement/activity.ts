/**
 * The normalized activity stream (engagement-spec.md, section 1). Every source turns what
 * it reads into these two records; only metadata exists here, never content.
 */

/** Milliseconds since the Unix epoch, UTC. */
export type Timestamp = number;

export const DAY_MS = 86_400_000;

export type MailFolder = 'sent' | 'inbox' | 'drafts';

export type AttendeeResponse = 'accepted' | 'tentative' | 'declined' | 'none' | 'organizer';

export const ATTENDEE_RESPONSES: readonly AttendeeResponse[] = ['accepted', 'tentative', 'declined', 'none', 'organizer'];
export const MAIL_FOLDERS: readonly MailFolder[] = ['sent', 'inbox', 'drafts'];

export interface MailItem {
  kind: 'mail';
  /** The monitored mailbox this copy was read from. */
  mailbox: string;
  messageId: string;
  conversationId: string;
  from: string;
  to: string[];
  cc: string[];
  bcc: string[];
  sentAt: Timestamp;
  folder: MailFolder;
}

export interface Attendee {
  address: string;
  response: AttendeeResponse;
}

export interface MeetingItem {
  kind: 'meeting';
  mailbox: string;
  /** The iCalUId of the occurrence. */
  meetingId: string;
  organizer: string;
  attendees: Attendee[];
  start: Timestamp;
  end: Timestamp;
  isCancelled: boolean;
  isAllDay: boolean;
}

export type ActivityItem = MailItem | MeetingItem;

/** Addresses are compared lower-cased and trimmed. */
export function normalizeAddress(address: string): string {
  return address.trim().toLowerCase();
}

/**
 * The spec's address rule (section 1): a normalized address has no white space, exactly
 * one `@`, and a dot after the `@`.
 */
export function isValidAddress(normalized: string): boolean {
  if (/\s/.test(normalized)) return false;
  const at = normalized.indexOf('@');
  if (at < 0 || normalized.indexOf('@', at + 1) >= 0) return false;
  return normalized.indexOf('.', at + 1) >= 0;
}

/** The domain of a normalized address: what follows its last `@` ('' when there is none). */
export function domainOf(address: string): string {
  const at = address.lastIndexOf('@');
  return at < 0 ? '' : address.slice(at + 1);
}

/** A domain and each of its parents, most specific first: a.b.com, b.com, com. */
export function domainAndParents(domain: string): string[] {
  const result: string[] = [];
  let rest = domain;
  while (rest.length > 0) {
    result.push(rest);
    const dot = rest.indexOf('.');
    if (dot < 0) break;
    rest = rest.slice(dot + 1);
  }
  return result;
}

/** Midnight UTC of the day holding `time`. */
export function startOfUtcDay(time: Timestamp): Timestamp {
  return Math.floor(time / DAY_MS) * DAY_MS;
}

/** UTC calendar date `YYYY-MM-DD` of a timestamp. */
export function utcDate(time: Timestamp): string {
  return new Date(time).toISOString().slice(0, 10);
}

/**
 * Graph message and event JSON (the metadata fields we select, nothing else) to the
 * normalized MailItem and MeetingItem of engagement-spec.md section 1.
 */
import { isValidAddress, normalizeAddress, type Attendee, type AttendeeResponse, type MailItem, type MeetingItem, type Timestamp } from '../../engagement/activity.js';
import { parseIsoTime } from '../jsonl/isoTime.js';

export interface GraphRecipient {
  emailAddress?: { address?: string | null; name?: string | null } | null;
}

export interface GraphMessage {
  internetMessageId?: string | null;
  conversationId?: string | null;
  from?: GraphRecipient | null;
  toRecipients?: GraphRecipient[] | null;
  ccRecipients?: GraphRecipient[] | null;
  bccRecipients?: GraphRecipient[] | null;
  sentDateTime?: string | null;
  isDraft?: boolean | null;
}

export interface GraphDateTime {
  dateTime?: string | null;
  timeZone?: string | null;
}

export interface GraphAttendee extends GraphRecipient {
  status?: { response?: string | null } | null;
}

export interface GraphEvent {
  iCalUId?: string | null;
  organizer?: GraphRecipient | null;
  attendees?: GraphAttendee[] | null;
  start?: GraphDateTime | null;
  end?: GraphDateTime | null;
  isCancelled?: boolean | null;
  isAllDay?: boolean | null;
}

/** Why a Graph item yields no activity item; counted in the source's skipped report. */
export type ItemSkipReason = 'drafts' | 'noMessageId' | 'noFrom' | 'noMeetingId' | 'noOrganizer' | 'unreadableTime';

export type Mapped<T> = { item: T } | { skipped: ItemSkipReason };

/** The received-mail folder ('inbox') or sent items ('sent'), as the spec names them. */
export function mailItemFromGraph(message: GraphMessage, mailbox: string, folder: 'inbox' | 'sent'): Mapped<MailItem> {
  if (message.isDraft) return { skipped: 'drafts' };
  const messageId = message.internetMessageId?.trim();
  if (!messageId) return { skipped: 'noMessageId' };
  const from = addressOf(message.from);
  if (!from) return { skipped: 'noFrom' };
  const sentAt = message.sentDateTime ? parseIsoTime(canonicalUtc(message.sentDateTime)) : null;
  if (sentAt === null) return { skipped: 'unreadableTime' };
  return {
    item: {
      kind: 'mail',
      mailbox,
      messageId,
      conversationId: message.conversationId ?? '',
      from,
      to: addressesOf(message.toRecipients),
      cc: addressesOf(message.ccRecipients),
      bcc: addressesOf(message.bccRecipients),
      sentAt,
      folder,
    },
  };
}

export function meetingItemFromGraph(event: GraphEvent, mailbox: string): Mapped<MeetingItem> {
  const meetingId = event.iCalUId?.trim();
  if (!meetingId) return { skipped: 'noMeetingId' };
  const organizer = addressOf(event.organizer);
  if (!organizer) return { skipped: 'noOrganizer' };
  const start = graphDateTime(event.start);
  const end = graphDateTime(event.end);
  if (start === null || end === null) return { skipped: 'unreadableTime' };
  const attendees: Attendee[] = [];
  for (const attendee of event.attendees ?? []) {
    const address = addressOf(attendee);
    if (address) attendees.push({ address, response: attendeeResponse(attendee.status?.response) });
  }
  return {
    item: {
      kind: 'meeting',
      mailbox,
      meetingId,
      organizer,
      attendees,
      start,
      end,
      isCancelled: event.isCancelled === true,
      isAllDay: event.isAllDay === true,
    },
  };
}

/** Graph's responseType values; anything unknown counts as no response. */
export function attendeeResponse(response: string | null | undefined): AttendeeResponse {
  switch (response) {
    case 'accepted':
    case 'declined':
    case 'organizer':
    case 'none':
      return response;
    case 'tentativelyAccepted':
      return 'tentative';
    default:
      return 'none';
  }
}

/**
 * A dateTimeTimeZone in UTC (we ask for UTC with `Prefer: outlook.timezone="UTC"`): Graph
 * writes the wall time without a zone, e.g. `2024-05-01T10:00:00.0000000`.
 */
export function graphDateTime(value: GraphDateTime | null | undefined): Timestamp | null {
  const dateTime = value?.dateTime?.trim();
  if (!dateTime) return null;
  const zone = value?.timeZone?.trim().toUpperCase() ?? 'UTC';
  if (/(Z|[+-]\d{2}(:?\d{2})?)$/.test(dateTime)) return parseIsoTime(dateTime);
  if (zone !== 'UTC' && zone !== 'ETC/UTC') return null;
  return parseIsoTime(canonicalUtc(`${dateTime}Z`));
}

/**
 * Graph's UTC forms, `2024-05-01T10:00:00Z` and `2024-05-01T10:00:00.0000000Z`, rewritten as
 * `2024-05-01T10:00:00.000Z`: the form the ISO parser reads without a regular expression,
 * which matters at a million items a run. Anything else is left for the parser to judge.
 */
function canonicalUtc(time: string): string {
  if (time.length === 20 && time.charCodeAt(19) === 0x5a) return `${time.slice(0, 19)}.000Z`;
  if (time.length === 28 && time.charCodeAt(19) === 0x2e && time.charCodeAt(27) === 0x5a) return `${time.slice(0, 23)}Z`;
  return time;
}

function addressOf(recipient: GraphRecipient | null | undefined): string | null {
  const raw = recipient?.emailAddress?.address;
  if (!raw) return null;
  const address = normalizeAddress(raw);
  return isValidAddress(address) ? address : null;
}

function addressesOf(recipients: GraphRecipient[] | null | undefined): string[] {
  const addresses: string[] = [];
  for (const recipient of recipients ?? []) {
    const address = addressOf(recipient);
    if (address) addresses.push(address);
  }
  return addresses;
}

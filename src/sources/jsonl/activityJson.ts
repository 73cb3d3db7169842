import {
  ATTENDEE_RESPONSES,
  MAIL_FOLDERS,
  type ActivityItem,
  type Attendee,
  type AttendeeResponse,
  type MailItem,
  type MeetingItem,
  type Timestamp,
} from '../../engagement/activity.js';
import { formatIsoTime, parseIsoTime } from './isoTime.js';

/**
 * The JSONL interchange form of engagement-spec.md section 1: the same fields as the
 * in-memory items, times as ISO 8601 UTC strings. `activityToJson` writes them in the
 * spec's order.
 */
export type MailJson = Omit<MailItem, 'sentAt'> & { sentAt: string };
export type MeetingJson = Omit<MeetingItem, 'start' | 'end'> & { start: string; end: string };

export type ActivityJson = MailJson | MeetingJson;

export type ActivityParseResult = { ok: true; item: ActivityItem } | { ok: false; reason: string };

export function activityToJson(item: ActivityItem): ActivityJson {
  if (item.kind === 'mail') {
    return {
      kind: 'mail',
      mailbox: item.mailbox,
      messageId: item.messageId,
      conversationId: item.conversationId,
      from: item.from,
      to: [...item.to],
      cc: [...item.cc],
      bcc: [...item.bcc],
      sentAt: formatIsoTime(item.sentAt),
      folder: item.folder,
    };
  }
  return {
    kind: 'meeting',
    mailbox: item.mailbox,
    meetingId: item.meetingId,
    organizer: item.organizer,
    attendees: item.attendees.map(({ address, response }) => ({ address, response })),
    start: formatIsoTime(item.start),
    end: formatIsoTime(item.end),
    isCancelled: item.isCancelled,
    isAllDay: item.isAllDay,
  };
}

/** One line of the JSONL form: the item's JSON with no line break. */
export function formatActivityLine(item: ActivityItem): string {
  return JSON.stringify(activityToJson(item));
}

/** Parses one line of the JSONL form; see activityFromJson. */
export function parseActivityLine(line: string): ActivityParseResult {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (error) {
    return { ok: false, reason: `invalid JSON: ${(error as Error).message}` };
  }
  return activityFromJson(value);
}

/**
 * Validates a parsed JSON value and builds the item from the known fields only (unknown
 * fields are dropped). Addresses are kept as given; the engine normalizes them. Times must
 * state their zone (`Z` or an offset). The `to`, `cc` and `bcc` arrays are taken over, not
 * copied, as the value is normally fresh from JSON.parse. On failure the reason names the
 * field and what is wrong with it.
 */
export function activityFromJson(value: unknown): ActivityParseResult {
  try {
    return { ok: true, item: readActivity(value) };
  } catch (error) {
    if (error instanceof InvalidField) return { ok: false, reason: error.message };
    throw error;
  }
}

/** Thrown by the field readers below; turned into a failed parse result, never escapes. */
class InvalidField extends Error {}

type JsonObject = Record<string, unknown>;

function readActivity(value: unknown): ActivityItem {
  if (!isObject(value)) throw new InvalidField(`expected a JSON object, got ${describe(value)}`);
  const kind = value.kind;
  if (kind === 'mail') return readMail(value);
  if (kind === 'meeting') return readMeeting(value);
  if (kind === undefined) throw new InvalidField('missing field "kind"');
  throw new InvalidField(`"kind" must be "mail" or "meeting", got ${describe(kind)}`);
}

// The readers take the field's value rather than the object and a field name, so the
// property loads on this hot path are plain named ones, not `json[field]` lookups.

function readMail(json: JsonObject): MailItem {
  return {
    kind: 'mail',
    mailbox: readIdentity(json.mailbox, 'mailbox'),
    messageId: readIdentity(json.messageId, 'messageId'),
    conversationId: readString(json.conversationId, 'conversationId'),
    from: readString(json.from, 'from'),
    to: readStringArray(json.to, 'to'),
    cc: readStringArray(json.cc, 'cc'),
    bcc: readStringArray(json.bcc, 'bcc'),
    sentAt: readTime(json.sentAt, 'sentAt'),
    folder: readOneOf(json.folder, 'folder', MAIL_FOLDERS),
  };
}

function readMeeting(json: JsonObject): MeetingItem {
  return {
    kind: 'meeting',
    mailbox: readIdentity(json.mailbox, 'mailbox'),
    meetingId: readIdentity(json.meetingId, 'meetingId'),
    organizer: readString(json.organizer, 'organizer'),
    attendees: readAttendees(json.attendees),
    start: readTime(json.start, 'start'),
    end: readTime(json.end, 'end'),
    isCancelled: readBoolean(json.isCancelled, 'isCancelled'),
    isAllDay: readBoolean(json.isAllDay, 'isAllDay'),
  };
}

function readString(value: unknown, field: string): string {
  if (typeof value === 'string') return value;
  throw wrongType(value, field, 'a string');
}

/** The mailbox and the ids identify copies and items, so they cannot be empty. */
function readIdentity(value: unknown, field: string): string {
  const text = readString(value, field);
  if (text.trim() === '') throw new InvalidField(`"${field}" must not be empty`);
  return text;
}

function readStringArray(value: unknown, field: string): string[] {
  if (!Array.isArray(value)) throw wrongType(value, field, 'an array of strings');
  for (let i = 0; i < value.length; i++) {
    if (typeof value[i] !== 'string') throw wrongType(value[i], `${field}[${i}]`, 'a string');
  }
  return value as string[];
}

function readBoolean(value: unknown, field: string): boolean {
  if (typeof value === 'boolean') return value;
  throw wrongType(value, field, 'true or false');
}

function readTime(value: unknown, field: string): Timestamp {
  const time = parseIsoTime(readString(value, field));
  if (time === null) {
    throw new InvalidField(
      `"${field}" must be an ISO 8601 time with a zone such as "2001-05-31T17:04:00.000Z", got ${describe(value)}`,
    );
  }
  return time;
}

function readOneOf<T extends string>(value: unknown, field: string, allowed: readonly T[]): T {
  if ((allowed as readonly unknown[]).includes(value)) return value as T;
  throw wrongType(value, field, `one of ${allowed.join(', ')}`);
}

function readAttendees(value: unknown): Attendee[] {
  if (!Array.isArray(value)) throw wrongType(value, 'attendees', 'an array of {address, response}');
  const attendees: Attendee[] = [];
  for (let i = 0; i < value.length; i++) {
    const attendee: unknown = value[i];
    if (!isObject(attendee)) throw wrongType(attendee, `attendees[${i}]`, 'an object');
    const address = readString(attendee.address, `attendees[${i}].address`);
    const response: AttendeeResponse = readOneOf(attendee.response, `attendees[${i}].response`, ATTENDEE_RESPONSES);
    attendees.push({ address, response });
  }
  return attendees;
}

function wrongType(value: unknown, field: string, expected: string): InvalidField {
  if (value === undefined) return new InvalidField(`missing field "${field}"`);
  return new InvalidField(`"${field}" must be ${expected}, got ${describe(value)}`);
}

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const MAX_QUOTED_LENGTH = 60;

/** A short rendering of an offending value for a reason message. */
function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (Array.isArray(value)) return 'an array';
  if (value === null) return 'null';
  if (typeof value === 'object') return 'an object';
  const text = JSON.stringify(value);
  return text.length > MAX_QUOTED_LENGTH ? `${text.slice(0, MAX_QUOTED_LENGTH)}…` : text;
}

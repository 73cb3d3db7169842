/**
 * Interactions: each distinct email and meeting, attributed, becomes at most one
 * interaction per account it counts for (engagement-spec.md section 2).
 */
import type { Timestamp } from './activity.js';
import type { AddressBook } from './addressBook.js';
import { INTERNAL, type Attribution } from './attribution.js';
import type { Account } from './customers.js';
import type { ActivityFold, EmailRecord, MeetingRecord } from './fold.js';

export type InteractionKind = 'emailToAccount' | 'emailFromAccount' | 'meetingByOrganization' | 'meetingByAccount';

/** The spec's score weights, by kind (section 4). */
export const INTERACTION_WEIGHT: Readonly<Record<InteractionKind, number>> = {
  emailToAccount: 1,
  emailFromAccount: 1.5,
  meetingByOrganization: 3,
  meetingByAccount: 4,
};

export interface Interaction {
  kind: InteractionKind;
  /** An email's `sentAt`, a meeting's `start`. */
  time: Timestamp;
  /** `messageId` or `meetingId`: orders emails sent at the same time. */
  key: string;
  /** The email's conversation; -1 for meetings. */
  conversation: number;
  /** A meeting's `end - start`; 0 for emails. */
  durationMs: number;
  /** The email's or meeting's row in the fold. */
  row: number;
}

export function isEmail(interaction: Interaction): boolean {
  return interaction.kind === 'emailToAccount' || interaction.kind === 'emailFromAccount';
}

/** Everyone taking part: the sender and recipients of an email, the participants of a meeting. */
export function peopleOf(index: ActivityIndex, interaction: Interaction): Int32Array {
  return index.fold.peopleOf(isEmail(interaction) ? 'email' : 'meeting', interaction.row);
}

export interface AccountActivity {
  account: Account;
  /** Interactions before `asOf`, from the fold's history start on, in (time, key) order. */
  past: Interaction[];
  /** Meetings with the account starting at or after `asOf`, in time order. */
  upcoming: Interaction[];
}

export interface ActivityIndex {
  asOf: Timestamp;
  addresses: AddressBook;
  attribution: Attribution;
  /** For each address id: INTERNAL, UNATTRIBUTED or an account index. */
  classOf: Int32Array;
  accounts: AccountActivity[];
  fold: ActivityFold;
}

/** A meeting counts when it is not cancelled, not all-day, and has a participant besides its organizer. */
export function isCountedMeeting(meeting: MeetingRecord): boolean {
  return !meeting.isCancelled && !meeting.isAllDay && meeting.participants.length >= 2;
}

export function classifyAddresses(addresses: AddressBook, attribution: Attribution): Int32Array {
  const classOf = new Int32Array(addresses.size);
  for (let id = 0; id < addresses.size; id++) classOf[id] = attribution.classify(addresses.address(id));
  return classOf;
}

function byTimeThenKey(a: Interaction, b: Interaction): number {
  return a.time - b.time || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
}

export function indexActivity(fold: ActivityFold, attribution: Attribution): ActivityIndex {
  const classOf = classifyAddresses(fold.addresses, attribution);
  const accounts: AccountActivity[] = attribution.accounts.map((account) => ({ account, past: [], upcoming: [] }));
  const record = (accountIndex: number, interaction: Interaction, asOf: Timestamp) => {
    const activity = accounts[accountIndex]!;
    (interaction.time < asOf ? activity.past : activity.upcoming).push(interaction);
  };

  for (const email of fold.emailRecords()) {
    for (const [accountIndex, interaction] of emailInteractions(email, classOf)) record(accountIndex, interaction, fold.asOf);
  }
  for (const meeting of fold.meetingRecords()) {
    if (!isCountedMeeting(meeting)) continue;
    for (const [accountIndex, interaction] of meetingInteractions(meeting, classOf)) record(accountIndex, interaction, fold.asOf);
  }
  for (const activity of accounts) {
    activity.past.sort(byTimeThenKey);
    activity.upcoming.sort(byTimeThenKey);
  }
  return { asOf: fold.asOf, addresses: fold.addresses, attribution, classOf, accounts, fold };
}

function emailInteractions(email: EmailRecord, classOf: Int32Array): [number, Interaction][] {
  const sender = classOf[email.from]!;
  const make = (kind: InteractionKind): Interaction => ({ kind, time: email.sentAt, key: email.messageId, conversation: email.conversation, durationMs: 0, row: email.row });
  if (sender === INTERNAL) {
    const accounts = new Set<number>();
    for (const id of email.recipients) if (classOf[id]! >= 0) accounts.add(classOf[id]!);
    return [...accounts].map((account) => [account, make('emailToAccount')]);
  }
  if (sender >= 0 && email.recipients.some((id) => classOf[id] === INTERNAL)) return [[sender, make('emailFromAccount')]];
  return [];
}

function meetingInteractions(meeting: MeetingRecord, classOf: Int32Array): [number, Interaction][] {
  const organizer = classOf[meeting.organizer]!;
  const make = (kind: InteractionKind): Interaction => ({
    kind, time: meeting.start, key: meeting.meetingId, conversation: -1, durationMs: meeting.end - meeting.start, row: meeting.row,
  });
  if (organizer === INTERNAL) {
    const accounts = new Set<number>();
    for (const id of meeting.participants) if (classOf[id]! >= 0) accounts.add(classOf[id]!);
    return [...accounts].map((account) => [account, make('meetingByOrganization')]);
  }
  if (organizer >= 0 && meeting.participants.some((id) => classOf[id] === INTERNAL)) return [[organizer, make('meetingByAccount')]];
  return [];
}

/** The interactions of a sorted list whose time lies in `[start, end)`. */
export function interactionsBetween(sorted: readonly Interaction[], start: Timestamp, end: Timestamp): readonly Interaction[] {
  return sorted.slice(lowerBound(sorted, start), lowerBound(sorted, end));
}

function lowerBound(sorted: readonly Interaction[], time: Timestamp): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (sorted[middle]!.time < time) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * The streaming fold: items in, one record per distinct email and meeting out.
 *
 * A fold is a partial result: a run folds each mailbox into one, merges them, and can
 * snapshot after each mailbox to resume later. Copies of one email or meeting are
 * resolved by engagement-spec.md section 2's copy rule, which is a total order, so the
 * outcome does not depend on the order of mailboxes or items. Items are dropped once
 * folded; only interned ids and numbers are kept.
 */
import { DAY_MS, normalizeAddress, type ActivityItem, type MailItem, type MeetingItem, type Timestamp } from './activity.js';
import { AddressBook, KeyTable } from './addressBook.js';
import { WINDOW_DAYS } from './periods.js';

/**
 * How far back the fold keeps items: the data window plus 30 days, so that relationship
 * health can be computed afresh as of `asOf - 30 d` for its trend.
 */
export const HISTORY_DAYS = WINDOW_DAYS + 30;

export interface FoldStats {
  mailCopies: number;
  meetingCopies: number;
  drafts: number;
  outOfRange: number;
}

/** Lower is better: the copy rule's tiers before the alphabetical mailbox order. */
const SENDERS_OWN_SENT_COPY = 0;
const SENT_COPY = 1;
const OTHER_COPY = 2;
const ORGANIZERS_COPY = 0;

const CANCELLED = 1;
const ALL_DAY = 2;

/** Plain number arrays keep the snapshot trivially serializable. */
interface EmailColumns {
  messageIds: string[];
  sentAt: number[];
  from: number[];
  conversation: number[];
  mailbox: number[];
  tier: number[];
  recipientsStart: number[];
  recipientsCount: number[];
  /** Distinct recipients (to, cc and bcc of the copy used), addressed by start and count. */
  recipients: number[];
}

interface MeetingColumns {
  meetingIds: string[];
  start: number[];
  end: number[];
  organizer: number[];
  mailbox: number[];
  tier: number[];
  flags: number[];
  participantsStart: number[];
  participantsCount: number[];
  /** Distinct participants: the organizer and the attendees who did not decline. */
  participants: number[];
}

export interface FoldSnapshot {
  version: 1;
  asOf: Timestamp;
  addresses: string[];
  conversations: string[];
  emails: EmailColumns;
  meetings: MeetingColumns;
  stats: FoldStats;
}

/** A read-only view of one distinct email, as the copy rule chose it. */
export interface EmailRecord {
  messageId: string;
  sentAt: Timestamp;
  from: number;
  conversation: number;
  recipients: readonly number[];
}

export interface MeetingRecord {
  meetingId: string;
  start: Timestamp;
  end: Timestamp;
  organizer: number;
  isCancelled: boolean;
  isAllDay: boolean;
  participants: readonly number[];
}

function emptyEmails(): EmailColumns {
  return { messageIds: [], sentAt: [], from: [], conversation: [], mailbox: [], tier: [], recipientsStart: [], recipientsCount: [], recipients: [] };
}

function emptyMeetings(): MeetingColumns {
  return { meetingIds: [], start: [], end: [], organizer: [], mailbox: [], tier: [], flags: [], participantsStart: [], participantsCount: [], participants: [] };
}

function pushDistinct(target: number[], id: number): void {
  if (!target.includes(id)) target.push(id);
}

function sameAddress(a: string, b: string): boolean {
  return a === b || normalizeAddress(a) === normalizeAddress(b);
}

function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export class ActivityFold {
  readonly asOf: Timestamp;
  readonly addresses: AddressBook;
  private readonly conversations: KeyTable;
  private readonly emails: EmailColumns;
  private readonly meetings: MeetingColumns;
  private readonly emailIndex = new Map<string, number>();
  private readonly meetingIndex = new Map<string, number>();
  private readonly historyStart: Timestamp;
  readonly stats: FoldStats;

  constructor(asOf: Timestamp) {
    if (!Number.isFinite(asOf)) throw new RangeError('asOf must be a finite timestamp');
    this.asOf = asOf;
    this.historyStart = asOf - HISTORY_DAYS * DAY_MS;
    this.addresses = new AddressBook();
    this.conversations = new KeyTable();
    this.emails = emptyEmails();
    this.meetings = emptyMeetings();
    this.stats = { mailCopies: 0, meetingCopies: 0, drafts: 0, outOfRange: 0 };
  }

  get emailCount(): number {
    return this.emails.messageIds.length;
  }

  get meetingCount(): number {
    return this.meetings.meetingIds.length;
  }

  add(item: ActivityItem): void {
    if (item.kind === 'mail') this.addMail(item);
    else this.addMeeting(item);
  }

  addAll(items: Iterable<ActivityItem>): this {
    for (const item of items) this.add(item);
    return this;
  }

  /** Emails are kept from the history start until `asOf`; drafts never count. */
  private addMail(item: MailItem): void {
    this.stats.mailCopies++;
    if (item.folder === 'drafts') {
      this.stats.drafts++;
      return;
    }
    if (!(item.sentAt >= this.historyStart && item.sentAt < this.asOf)) {
      this.stats.outOfRange++;
      return;
    }
    const tier = item.folder !== 'sent' ? OTHER_COPY : sameAddress(item.mailbox, item.from) ? SENDERS_OWN_SENT_COPY : SENT_COPY;
    const existing = this.emailIndex.get(item.messageId);
    // Most copies lose to one already folded: decide that before interning any address.
    if (existing !== undefined && this.losesOutright(tier, item.mailbox, this.emails.tier[existing]!, this.emails.mailbox[existing]!)) return;
    const book = this.addresses;
    const recipients: number[] = [];
    for (const address of item.to) pushDistinct(recipients, book.idOf(address));
    for (const address of item.cc) pushDistinct(recipients, book.idOf(address));
    if (item.folder === 'sent') for (const address of item.bcc) pushDistinct(recipients, book.idOf(address));
    this.offerEmail(item.messageId, item.sentAt, book.idOf(item.from), this.conversations.idOf(item.conversationId), book.idOf(item.mailbox), tier, recipients);
  }

  /** Meetings are kept from the history start on, future ones included ("next interaction"). */
  private addMeeting(item: MeetingItem): void {
    this.stats.meetingCopies++;
    if (!(item.start >= this.historyStart)) {
      this.stats.outOfRange++;
      return;
    }
    const tier = sameAddress(item.mailbox, item.organizer) ? ORGANIZERS_COPY : OTHER_COPY;
    const existing = this.meetingIndex.get(item.meetingId);
    if (existing !== undefined && this.losesOutright(tier, item.mailbox, this.meetings.tier[existing]!, this.meetings.mailbox[existing]!)) return;
    const book = this.addresses;
    const organizer = book.idOf(item.organizer);
    const participants = [organizer];
    for (const attendee of item.attendees) {
      if (attendee.response !== 'declined') pushDistinct(participants, book.idOf(attendee.address));
    }
    const flags = (item.isCancelled ? CANCELLED : 0) | (item.isAllDay ? ALL_DAY : 0);
    this.offerMeeting(item.meetingId, item.start, item.end, organizer, book.idOf(item.mailbox), tier, flags, participants);
  }

  /** A copy in a worse tier, or in the same tier from a later mailbox, can never win. */
  private losesOutright(tier: number, rawMailbox: string, storedTier: number, storedMailbox: number): boolean {
    if (tier !== storedTier) return tier > storedTier;
    return compareStrings(normalizeAddress(rawMailbox), this.addresses.address(storedMailbox)) > 0;
  }

  private offerEmail(messageId: string, sentAt: number, from: number, conversation: number, mailbox: number, tier: number, recipients: number[]): void {
    const columns = this.emails;
    const existing = this.emailIndex.get(messageId);
    if (existing !== undefined) {
      const better = this.isBetterCopy(tier, mailbox, columns.tier[existing]!, columns.mailbox[existing]!,
        () => this.spell(recipients), () => this.spell(this.recipientsAt(existing)));
      if (!better) return;
      columns.sentAt[existing] = sentAt;
      columns.from[existing] = from;
      columns.conversation[existing] = conversation;
      columns.mailbox[existing] = mailbox;
      columns.tier[existing] = tier;
      columns.recipientsStart[existing] = columns.recipients.length;
      columns.recipientsCount[existing] = recipients.length;
      for (const id of recipients) columns.recipients.push(id);
      return;
    }
    this.emailIndex.set(messageId, columns.messageIds.length);
    columns.messageIds.push(messageId);
    columns.sentAt.push(sentAt);
    columns.from.push(from);
    columns.conversation.push(conversation);
    columns.mailbox.push(mailbox);
    columns.tier.push(tier);
    columns.recipientsStart.push(columns.recipients.length);
    columns.recipientsCount.push(recipients.length);
    for (const id of recipients) columns.recipients.push(id);
  }

  private offerMeeting(meetingId: string, start: number, end: number, organizer: number, mailbox: number, tier: number, flags: number, participants: number[]): void {
    const columns = this.meetings;
    const existing = this.meetingIndex.get(meetingId);
    if (existing !== undefined) {
      const better = this.isBetterCopy(tier, mailbox, columns.tier[existing]!, columns.mailbox[existing]!,
        () => `${flags}|${start}|${end}|${this.spell(participants)}`,
        () => `${columns.flags[existing]}|${columns.start[existing]}|${columns.end[existing]}|${this.spell(this.participantsAt(existing))}`);
      if (!better) return;
      columns.start[existing] = start;
      columns.end[existing] = end;
      columns.organizer[existing] = organizer;
      columns.mailbox[existing] = mailbox;
      columns.tier[existing] = tier;
      columns.flags[existing] = flags;
      columns.participantsStart[existing] = columns.participants.length;
      columns.participantsCount[existing] = participants.length;
      for (const id of participants) columns.participants.push(id);
      return;
    }
    this.meetingIndex.set(meetingId, columns.meetingIds.length);
    columns.meetingIds.push(meetingId);
    columns.start.push(start);
    columns.end.push(end);
    columns.organizer.push(organizer);
    columns.mailbox.push(mailbox);
    columns.tier.push(tier);
    columns.flags.push(flags);
    columns.participantsStart.push(columns.participants.length);
    columns.participantsCount.push(participants.length);
    for (const id of participants) columns.participants.push(id);
  }

  /**
   * The copy rule: the better tier wins, then the alphabetically first mailbox. Two copies
   * from one mailbox in one tier (rare: the same message in two folders) are told apart by
   * their content, so that even then the outcome does not depend on reading order.
   */
  private isBetterCopy(tier: number, mailbox: number, storedTier: number, storedMailbox: number, content: () => string, storedContent: () => string): boolean {
    if (tier !== storedTier) return tier < storedTier;
    if (mailbox !== storedMailbox) return compareStrings(this.addresses.address(mailbox), this.addresses.address(storedMailbox)) < 0;
    return compareStrings(content(), storedContent()) < 0;
  }

  private spell(ids: readonly number[]): string {
    return ids.map((id) => this.addresses.address(id)).sort().join(',');
  }

  private recipientsAt(index: number): number[] {
    const start = this.emails.recipientsStart[index]!;
    return this.emails.recipients.slice(start, start + this.emails.recipientsCount[index]!);
  }

  private participantsAt(index: number): number[] {
    const start = this.meetings.participantsStart[index]!;
    return this.meetings.participants.slice(start, start + this.meetings.participantsCount[index]!);
  }

  *emailRecords(): IterableIterator<EmailRecord> {
    const c = this.emails;
    for (let i = 0; i < c.messageIds.length; i++) {
      yield { messageId: c.messageIds[i]!, sentAt: c.sentAt[i]!, from: c.from[i]!, conversation: c.conversation[i]!, recipients: this.recipientsAt(i) };
    }
  }

  *meetingRecords(): IterableIterator<MeetingRecord> {
    const c = this.meetings;
    for (let i = 0; i < c.meetingIds.length; i++) {
      const flags = c.flags[i]!;
      yield {
        meetingId: c.meetingIds[i]!, start: c.start[i]!, end: c.end[i]!, organizer: c.organizer[i]!,
        isCancelled: (flags & CANCELLED) !== 0, isAllDay: (flags & ALL_DAY) !== 0, participants: this.participantsAt(i),
      };
    }
  }

  /** Folds another partial (for example another mailbox's) into this one. */
  merge(other: ActivityFold): this {
    if (other.asOf !== this.asOf) throw new RangeError('cannot merge folds made for different asOf times');
    const translate = (id: number) => this.addresses.idOf(other.addresses.address(id));
    const e = other.emails;
    for (let i = 0; i < e.messageIds.length; i++) {
      this.offerEmail(e.messageIds[i]!, e.sentAt[i]!, translate(e.from[i]!), this.conversations.idOf(other.conversations.key(e.conversation[i]!)),
        translate(e.mailbox[i]!), e.tier[i]!, other.recipientsAt(i).map(translate));
    }
    const m = other.meetings;
    for (let i = 0; i < m.meetingIds.length; i++) {
      this.offerMeeting(m.meetingIds[i]!, m.start[i]!, m.end[i]!, translate(m.organizer[i]!), translate(m.mailbox[i]!), m.tier[i]!, m.flags[i]!,
        other.participantsAt(i).map(translate));
    }
    for (const key of Object.keys(this.stats) as (keyof FoldStats)[]) this.stats[key] += other.stats[key];
    return this;
  }

  toSnapshot(): FoldSnapshot {
    return {
      version: 1, asOf: this.asOf, addresses: [...this.addresses.all()], conversations: [...this.conversations.all()],
      emails: structuredClone(this.emails), meetings: structuredClone(this.meetings), stats: { ...this.stats },
    };
  }

  static fromSnapshot(snapshot: FoldSnapshot): ActivityFold {
    if (snapshot.version !== 1) throw new RangeError(`unsupported fold snapshot version ${String(snapshot.version)}`);
    const fold = new ActivityFold(snapshot.asOf);
    for (const address of snapshot.addresses) fold.addresses.idOf(address);
    for (const key of snapshot.conversations) fold.conversations.idOf(key);
    Object.assign(fold.emails, structuredClone(snapshot.emails));
    Object.assign(fold.meetings, structuredClone(snapshot.meetings));
    fold.emails.messageIds.forEach((id, index) => fold.emailIndex.set(id, index));
    fold.meetings.meetingIds.forEach((id, index) => fold.meetingIndex.set(id, index));
    Object.assign(fold.stats, snapshot.stats);
    return fold;
  }
}

/**
 * The streaming fold: items in, one row per distinct email and meeting out.
 *
 * A fold is a partial result: a run folds each mailbox into one, merges them, and can
 * snapshot after each mailbox to resume later. Copies of one email or meeting are
 * resolved by engagement-spec.md section 2's copy rule, which is a total order, so the
 * outcome does not depend on the order of mailboxes or items. Items are dropped once
 * folded; only interned ids and numbers are kept, in typed-array columns.
 */
import { DAY_MS, normalizeAddress, type ActivityItem, type MailItem, type MeetingItem, type Timestamp } from './activity.js';
import { AddressBook, KeyTable } from './addressBook.js';
import { CopyTable, type Copy, type CopyTableSnapshot } from './copyTable.js';
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

/** Lower is better: the copy rule's tiers, before the alphabetical mailbox order. */
const SENDERS_OWN_SENT_COPY = 0;
const SENT_COPY = 1;
const OTHER_COPY = 2;
const ORGANIZERS_COPY = 0;

const CANCELLED = 1;
const ALL_DAY = 2;

export interface FoldSnapshot {
  version: 2;
  asOf: Timestamp;
  addresses: string[];
  conversations: string[];
  emails: CopyTableSnapshot;
  meetings: CopyTableSnapshot;
  stats: FoldStats;
}

/** A read-only view of one distinct email, as the copy rule chose it. */
export interface EmailRecord {
  row: number;
  messageId: string;
  sentAt: Timestamp;
  from: number;
  conversation: number;
  /** Distinct addresses in to, cc and bcc of the copy used. */
  recipients: Int32Array;
}

export interface MeetingRecord {
  row: number;
  meetingId: string;
  start: Timestamp;
  end: Timestamp;
  organizer: number;
  isCancelled: boolean;
  isAllDay: boolean;
  /** Distinct participants: the organizer and the attendees who did not decline. */
  participants: Int32Array;
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
  readonly addresses = new AddressBook();
  private readonly conversations = new KeyTable();
  /** Emails' people are the sender followed by the distinct recipients. */
  private emails = new CopyTable();
  private meetings = new CopyTable();
  private readonly historyStart: Timestamp;
  readonly stats: FoldStats = { mailCopies: 0, meetingCopies: 0, drafts: 0, outOfRange: 0 };

  constructor(asOf: Timestamp) {
    if (!Number.isFinite(asOf)) throw new RangeError('asOf must be a finite timestamp');
    this.asOf = asOf;
    this.historyStart = asOf - HISTORY_DAYS * DAY_MS;
  }

  get emailCount(): number {
    return this.emails.size;
  }

  get meetingCount(): number {
    return this.meetings.size;
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
    const existing = this.emails.rowOf(item.messageId);
    // Most copies lose to one already folded: decide that before interning any address.
    if (existing !== undefined && this.losesOutright(this.emails, existing, tier, item.mailbox)) return;
    const book = this.addresses;
    const from = book.idOf(item.from);
    const recipients: number[] = [];
    for (const address of item.to) pushDistinct(recipients, book.idOf(address));
    for (const address of item.cc) pushDistinct(recipients, book.idOf(address));
    if (item.folder === 'sent') for (const address of item.bcc) pushDistinct(recipients, book.idOf(address));
    this.offer(this.emails, item.messageId, existing, {
      time: item.sentAt, end: 0, owner: from, detail: this.conversations.idOf(item.conversationId),
      mailbox: book.idOf(item.mailbox), tier, people: [from, ...recipients],
    });
  }

  /** Meetings are kept from the history start on, future ones included ("next interaction"). */
  private addMeeting(item: MeetingItem): void {
    this.stats.meetingCopies++;
    if (!(item.start >= this.historyStart)) {
      this.stats.outOfRange++;
      return;
    }
    const tier = sameAddress(item.mailbox, item.organizer) ? ORGANIZERS_COPY : OTHER_COPY;
    const existing = this.meetings.rowOf(item.meetingId);
    if (existing !== undefined && this.losesOutright(this.meetings, existing, tier, item.mailbox)) return;
    const book = this.addresses;
    const organizer = book.idOf(item.organizer);
    const participants = [organizer];
    for (const attendee of item.attendees) {
      if (attendee.response !== 'declined') pushDistinct(participants, book.idOf(attendee.address));
    }
    this.offer(this.meetings, item.meetingId, existing, {
      time: item.start, end: item.end, owner: organizer, detail: (item.isCancelled ? CANCELLED : 0) | (item.isAllDay ? ALL_DAY : 0),
      mailbox: book.idOf(item.mailbox), tier, people: participants,
    });
  }

  /** A copy in a worse tier, or in the same tier from a later mailbox, can never win. */
  private losesOutright(table: CopyTable, row: number, tier: number, rawMailbox: string): boolean {
    const storedTier = table.tier.get(row);
    if (tier !== storedTier) return tier > storedTier;
    return compareStrings(normalizeAddress(rawMailbox), this.addresses.address(table.mailbox.get(row))) > 0;
  }

  private offer(table: CopyTable, id: string, existing: number | undefined, copy: Copy): void {
    if (existing === undefined) table.add(id, copy);
    else if (this.isBetterCopy(copy, table, existing)) table.replace(existing, copy);
  }

  /**
   * The copy rule: the better tier wins, then the alphabetically first mailbox. Two copies
   * from one mailbox in one tier (rare: the same message in two folders) are told apart by
   * their content, so that even then the outcome does not depend on reading order.
   */
  private isBetterCopy(candidate: Copy, table: CopyTable, row: number): boolean {
    const storedTier = table.tier.get(row);
    if (candidate.tier !== storedTier) return candidate.tier < storedTier;
    const storedMailbox = table.mailbox.get(row);
    if (candidate.mailbox !== storedMailbox) return compareStrings(this.addresses.address(candidate.mailbox), this.addresses.address(storedMailbox)) < 0;
    return compareStrings(this.contentKey(candidate), this.contentKey(table.copyAt(row))) < 0;
  }

  private contentKey(copy: Copy): string {
    const people = copy.people.map((id) => this.addresses.address(id)).sort().join(',');
    return `${copy.time}|${copy.end}|${copy.detail}|${this.addresses.address(copy.owner)}|${people}`;
  }

  email(row: number): EmailRecord {
    const people = this.emails.people(row);
    return {
      row, messageId: this.emails.ids[row]!, sentAt: this.emails.time.get(row), from: this.emails.owner.get(row),
      conversation: this.emails.detail.get(row), recipients: people.subarray(1),
    };
  }

  meeting(row: number): MeetingRecord {
    const flags = this.meetings.detail.get(row);
    return {
      row, meetingId: this.meetings.ids[row]!, start: this.meetings.time.get(row), end: this.meetings.end.get(row),
      organizer: this.meetings.owner.get(row), isCancelled: (flags & CANCELLED) !== 0, isAllDay: (flags & ALL_DAY) !== 0,
      participants: this.meetings.people(row),
    };
  }

  /** Everyone taking part in an email (its sender, then its recipients) or a meeting (its participants). */
  peopleOf(kind: 'email' | 'meeting', row: number): Int32Array {
    return (kind === 'email' ? this.emails : this.meetings).people(row);
  }

  *emailRecords(): IterableIterator<EmailRecord> {
    for (let row = 0; row < this.emails.size; row++) yield this.email(row);
  }

  *meetingRecords(): IterableIterator<MeetingRecord> {
    for (let row = 0; row < this.meetings.size; row++) yield this.meeting(row);
  }

  /**
   * The same records in (time, id) order. Rows are numbered in reading order, so sums of
   * floating-point values taken in row order would differ in their last digit between runs
   * that read mailboxes in another order (or resume one): sums go in this order instead.
   */
  *emailRecordsInTimeOrder(): IterableIterator<EmailRecord> {
    for (const row of this.emails.rowsInTimeOrder()) yield this.email(row);
  }

  *meetingRecordsInTimeOrder(): IterableIterator<MeetingRecord> {
    for (const row of this.meetings.rowsInTimeOrder()) yield this.meeting(row);
  }

  /** Folds another partial (for example another mailbox's) into this one. */
  merge(other: ActivityFold): this {
    if (other.asOf !== this.asOf) throw new RangeError('cannot merge folds made for different asOf times');
    const translate = (id: number) => this.addresses.idOf(other.addresses.address(id));
    const mergeTable = (mine: CopyTable, theirs: CopyTable, translateDetail: (detail: number) => number) => {
      theirs.ids.forEach((id, row) => {
        const copy = theirs.copyAt(row);
        this.offer(mine, id, mine.rowOf(id), {
          ...copy, owner: translate(copy.owner), mailbox: translate(copy.mailbox), detail: translateDetail(copy.detail), people: copy.people.map(translate),
        });
      });
    };
    mergeTable(this.emails, other.emails, (conversation) => this.conversations.idOf(other.conversations.key(conversation)));
    mergeTable(this.meetings, other.meetings, (flags) => flags);
    for (const key of Object.keys(this.stats) as (keyof FoldStats)[]) this.stats[key] += other.stats[key];
    return this;
  }

  toSnapshot(): FoldSnapshot {
    return {
      version: 2, asOf: this.asOf, addresses: [...this.addresses.all()], conversations: [...this.conversations.all()],
      emails: this.emails.toSnapshot(), meetings: this.meetings.toSnapshot(), stats: { ...this.stats },
    };
  }

  static fromSnapshot(snapshot: FoldSnapshot): ActivityFold {
    if (snapshot.version !== 2) throw new RangeError(`unsupported fold snapshot version ${String(snapshot.version)}`);
    const fold = new ActivityFold(snapshot.asOf);
    for (const address of snapshot.addresses) fold.addresses.idOf(address);
    for (const key of snapshot.conversations) fold.conversations.idOf(key);
    fold.emails = CopyTable.fromSnapshot(snapshot.emails);
    fold.meetings = CopyTable.fromSnapshot(snapshot.meetings);
    Object.assign(fold.stats, snapshot.stats);
    return fold;
  }
}

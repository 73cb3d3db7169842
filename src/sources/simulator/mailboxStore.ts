/**
 * Who holds a copy of what. Each email and meeting is stored once; a mailbox keeps only
 * references, and its copies are built when asked for, the way Exchange would show them.
 */
import type { ActivityItem, Attendee, MailFolder, MeetingItem, MailItem, Timestamp } from '../../engagement/activity.js';

/** One email as it was written (or, for a draft, saved). */
export interface SimulatedMessage {
  messageId: string;
  conversationId: string;
  from: string;
  to: readonly string[];
  cc: readonly string[];
  bcc: readonly string[];
  sentAt: Timestamp;
  isDraft: boolean;
}

/** One meeting occurrence as its organizer sees it: attendees (organizer excluded) with their real responses. */
export interface SimulatedMeeting {
  meetingId: string;
  organizer: string;
  attendees: readonly Attendee[];
  start: Timestamp;
  end: Timestamp;
  isCancelled: boolean;
  isAllDay: boolean;
}

/**
 * What a mailbox holds: the record itself. Which copy it is (folder, organizer's or not)
 * follows from whose mailbox it is in, so nothing more is stored per copy.
 */
type CopyReference = SimulatedMessage | SimulatedMeeting;

export class MailboxStore {
  private readonly copiesByMailbox = new Map<string, CopyReference[]>();
  private readonly sortedMailboxes = new Set<string>();

  constructor(monitoredMailboxes: Iterable<string>) {
    for (const address of monitoredMailboxes) this.copiesByMailbox.set(address, []);
  }

  /** Monitored mailboxes, sorted. */
  mailboxes(): string[] {
    return [...this.copiesByMailbox.keys()].sort();
  }

  isMonitored(address: string): boolean {
    return this.copiesByMailbox.has(address);
  }

  /**
   * A draft stays in its author's drafts. A sent email is in the sender's sent items and
   * in the inbox of each recipient; only the sender's copy shows the bcc.
   */
  addMessage(message: SimulatedMessage): void {
    this.hold(message.from, message);
    if (message.isDraft) return;
    const lists = [message.to, message.cc, message.bcc];
    lists.forEach((list, listIndex) => {
      list.forEach((recipient, index) => {
        const seenBefore = list.indexOf(recipient) < index || lists.slice(0, listIndex).some((earlier) => earlier.includes(recipient));
        if (recipient !== message.from && !seenBefore) this.hold(recipient, message);
      });
    });
  }

  /** In the organizer's calendar and in every internal attendee's, declined or not. */
  addMeeting(meeting: SimulatedMeeting): void {
    this.hold(meeting.organizer, meeting);
    for (const attendee of meeting.attendees) {
      if (attendee.address !== meeting.organizer) this.hold(attendee.address, meeting);
    }
  }

  /** Oldest first, ties by id; fresh objects every call, so callers may change them freely. */
  items(address: string): ActivityItem[] {
    const copies = this.copiesByMailbox.get(address);
    if (!copies) return [];
    if (!this.sortedMailboxes.has(address)) {
      copies.sort(compareCopies);
      this.sortedMailboxes.add(address);
    }
    return copies.map((copy) => materialize(address, copy));
  }

  /** Copies held by all monitored mailboxes together. */
  copyCount(): number {
    let count = 0;
    for (const copies of this.copiesByMailbox.values()) count += copies.length;
    return count;
  }

  private hold(address: string, copy: CopyReference): void {
    const copies = this.copiesByMailbox.get(address);
    if (!copies) return;
    copies.push(copy);
    this.sortedMailboxes.delete(address);
  }
}

function isMessage(copy: CopyReference): copy is SimulatedMessage {
  return 'messageId' in copy;
}

function materialize(mailbox: string, copy: CopyReference): ActivityItem {
  return isMessage(copy) ? mailCopy(mailbox, copy) : meetingCopy(mailbox, copy);
}

function folderOf(mailbox: string, message: SimulatedMessage): MailFolder {
  if (mailbox !== message.from) return 'inbox';
  return message.isDraft ? 'drafts' : 'sent';
}

function mailCopy(mailbox: string, message: SimulatedMessage): MailItem {
  const folder = folderOf(mailbox, message);
  return {
    kind: 'mail',
    mailbox,
    messageId: message.messageId,
    conversationId: message.conversationId,
    from: message.from,
    to: [...message.to],
    cc: [...message.cc],
    bcc: folder === 'inbox' ? [] : [...message.bcc],
    sentAt: message.sentAt,
    folder,
  };
}

/** An attendee's copy knows its own response; the others' it shows as `none`. */
function meetingCopy(mailbox: string, meeting: SimulatedMeeting): MeetingItem {
  const isOrganizersCopy = mailbox === meeting.organizer;
  return {
    kind: 'meeting',
    mailbox,
    meetingId: meeting.meetingId,
    organizer: meeting.organizer,
    attendees: meeting.attendees.map((attendee) =>
      isOrganizersCopy || attendee.address === mailbox ? { ...attendee } : { address: attendee.address, response: 'none' }),
    start: meeting.start,
    end: meeting.end,
    isCancelled: meeting.isCancelled,
    isAllDay: meeting.isAllDay,
  };
}

function timeOf(copy: CopyReference): Timestamp {
  return isMessage(copy) ? copy.sentAt : copy.start;
}

function idOf(copy: CopyReference): string {
  return isMessage(copy) ? copy.messageId : copy.meetingId;
}

function compareCopies(a: CopyReference, b: CopyReference): number {
  const byTime = timeOf(a) - timeOf(b);
  if (byTime !== 0) return byTime;
  const idA = idOf(a), idB = idOf(b);
  return idA < idB ? -1 : idA > idB ? 1 : 0;
}

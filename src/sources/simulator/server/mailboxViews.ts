/**
 * Each mailbox folder's items as Graph JSON, oldest first, built on first request and
 * kept in a bounded cache, so paging through a folder does not rebuild it per page and a
 * huge tenant is never built all at once.
 */
import type { MailItem, MeetingItem } from '../../../engagement/activity.js';
import { eventJson, FOLDER_OF_COPY, messageJson, type DisplayNames, type GraphObject, type WellKnownFolder } from './graphJson.js';
import { LruCache } from './lruCache.js';
import type { MailboxContent } from './mailboxContent.js';

export interface FolderView {
  /** Each message's sent (= received) time, ascending. */
  times: number[];
  messages: GraphObject[];
}

export interface CalendarView {
  /** Ascending by start. */
  starts: number[];
  ends: number[];
  events: GraphObject[];
}

/** Folder views kept at once by default: every folder and calendar of 64 mailboxes. */
export const DEFAULT_VIEW_CACHE_SIZE = 256;

export class MailboxViews {
  private readonly folders: LruCache<string, FolderView>;
  private readonly calendars: LruCache<string, CalendarView>;

  constructor(
    private readonly content: MailboxContent,
    private readonly names: DisplayNames,
    cacheSize: number = DEFAULT_VIEW_CACHE_SIZE,
  ) {
    this.folders = new LruCache(cacheSize);
    this.calendars = new LruCache(cacheSize);
  }

  folder(mailbox: string, folder: WellKnownFolder): FolderView {
    return this.folders.getOrCreate(`${mailbox}\n${folder}`, () => {
      const copies = this.content
        .mailboxItems(mailbox)
        .filter((item): item is MailItem => item.kind === 'mail' && FOLDER_OF_COPY[item.folder] === folder);
      return { times: copies.map((copy) => copy.sentAt), messages: copies.map((copy) => messageJson(copy, this.names)) };
    });
  }

  calendar(mailbox: string): CalendarView {
    return this.calendars.getOrCreate(mailbox, () => {
      const copies = this.content.mailboxItems(mailbox).filter((item): item is MeetingItem => item.kind === 'meeting');
      copies.sort((a, b) => a.start - b.start);
      return {
        starts: copies.map((copy) => copy.start),
        ends: copies.map((copy) => copy.end),
        events: copies.map((copy) => eventJson(copy, this.names)),
      };
    });
  }
}

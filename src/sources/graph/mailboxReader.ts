/**
 * One mailbox's metadata over the read window: received mail, sent items and the calendar
 * view, read in parallel and page by page into a bounded sink. Only the fields the spec
 * needs are selected (MESSAGE_FIELDS, EVENT_FIELDS): never any content.
 */
import type { ActivityItem } from '../../engagement/activity.js';
import type { ChunkSink } from './chunkBuffer.js';
import type { DirectoryMailbox } from './directory.js';
import type { GraphGet } from './graphRequester.js';
import { mailItemFromGraph, meetingItemFromGraph, type GraphEvent, type GraphMessage, type ItemSkipReason, type Mapped } from './itemMapping.js';
import { pagesOf } from './paging.js';
import type { ReadWindow } from './readWindow.js';
import { failureKind } from './retryPolicy.js';

export const MESSAGE_FIELDS = ['internetMessageId', 'conversationId', 'from', 'toRecipients', 'ccRecipients', 'bccRecipients', 'sentDateTime', 'isDraft'] as const;
export const EVENT_FIELDS = ['iCalUId', 'organizer', 'attendees', 'start', 'end', 'isCancelled', 'isAllDay'] as const;
export const PAGE_SIZE = 1000;
/** How often one folder may be read again from the window start after its paging state expired. */
export const MAX_FOLDER_RESTARTS = 3;

export interface FolderRead {
  name: 'inbox' | 'sentitems' | 'calendarView';
  firstUrl: string;
  headers?: Record<string, string>;
  map: (json: unknown) => Mapped<ActivityItem>;
  /** What makes two entries the same item, to skip the ones already read before a restart. */
  identity: (item: ActivityItem) => string;
}

export interface MailboxReadResult {
  items: number;
  skipped: Map<ItemSkipReason, number>;
  /** Why the mailbox could not be read to the end; the items before it were delivered. */
  error?: unknown;
}

export function folderReads(mailbox: DirectoryMailbox, window: ReadWindow): FolderRead[] {
  const user = `/users/${encodeURIComponent(mailbox.objectId)}`;
  const iso = (time: number) => encodeURIComponent(new Date(time).toISOString());
  const between = (field: string) => encodeURIComponent(`${field} ge ${new Date(window.mailFrom).toISOString()} and ${field} lt ${new Date(window.mailTo).toISOString()}`);
  const messages = `$select=${MESSAGE_FIELDS.join(',')}&$top=${PAGE_SIZE}`;
  const mailIdentity = (item: ActivityItem) => (item.kind === 'mail' ? item.messageId : '');
  return [
    {
      name: 'inbox',
      firstUrl: `${user}/mailFolders/inbox/messages?${messages}&$filter=${between('receivedDateTime')}`,
      map: (json) => mailItemFromGraph(json as GraphMessage, mailbox.address, 'inbox'),
      identity: mailIdentity,
    },
    {
      name: 'sentitems',
      firstUrl: `${user}/mailFolders/sentitems/messages?${messages}&$filter=${between('sentDateTime')}`,
      map: (json) => mailItemFromGraph(json as GraphMessage, mailbox.address, 'sent'),
      identity: mailIdentity,
    },
    {
      name: 'calendarView',
      firstUrl: `${user}/calendarView?startDateTime=${iso(window.meetingsFrom)}&endDateTime=${iso(window.meetingsTo)}&$select=${EVENT_FIELDS.join(',')}&$top=${PAGE_SIZE}`,
      headers: { Prefer: 'outlook.timezone="UTC"' },
      map: (json) => meetingItemFromGraph(json as GraphEvent, mailbox.address),
      identity: (item) => (item.kind === 'meeting' ? item.meetingId : ''),
    },
  ];
}

/**
 * Reads the three folders at once. A failure in one stops the others: the mailbox is then
 * reported as failed. Errors that are not about this mailbox (failureKind 'fatal') are thrown.
 */
export async function readMailbox(graph: GraphGet, mailbox: DirectoryMailbox, window: ReadWindow, sink: ChunkSink<ActivityItem[]>): Promise<MailboxReadResult> {
  const failed = new AbortController();
  const stop = AbortSignal.any([sink.signal, failed.signal]);
  const result: MailboxReadResult = { items: 0, skipped: new Map() };
  const outcomes = await Promise.allSettled(folderReads(mailbox, window).map(async (folder) => {
    try {
      await readFolder(graph, mailbox.address, folder, sink, stop, result);
    } catch (error) {
      failed.abort();
      throw error;
    }
  }));
  const errors = outcomes.flatMap((outcome) => (outcome.status === 'rejected' ? [outcome.reason as unknown] : []));
  const fatal = errors.find((error) => failureKind(error) === 'fatal');
  if (fatal !== undefined) throw fatal;
  if (errors.length > 0) result.error = errors[0];
  return result;
}

/** Pages of one folder; on 410 / syncStateNotFound the read starts over at the window start. */
async function readFolder(graph: GraphGet, mailbox: string, folder: FolderRead, sink: ChunkSink<ActivityItem[]>, stop: AbortSignal, result: MailboxReadResult): Promise<void> {
  const delivered = new Set<string>();
  for (let restarts = 0; ; restarts++) {
    // Skips are counted per pass, so that a restart does not count them twice.
    const skipped = new Map<ItemSkipReason, number>();
    try {
      for await (const page of pagesOf<unknown>(graph, folder.firstUrl, { mailbox, ...(folder.headers ? { headers: folder.headers } : {}) })) {
        if (stop.aborted) break;
        const items: ActivityItem[] = [];
        for (const json of page) {
          const mapped = folder.map(json);
          if ('skipped' in mapped) {
            skipped.set(mapped.skipped, (skipped.get(mapped.skipped) ?? 0) + 1);
            continue;
          }
          const identity = folder.identity(mapped.item);
          if (delivered.has(identity)) continue;
          delivered.add(identity);
          items.push(mapped.item);
        }
        if (items.length > 0 && !(await sink.push(items))) break;
        result.items += items.length;
      }
      addCounts(result.skipped, skipped);
      return;
    } catch (error) {
      if (failureKind(error) !== 'resync' || restarts >= MAX_FOLDER_RESTARTS || stop.aborted) {
        addCounts(result.skipped, skipped);
        throw error;
      }
    }
  }
}

function addCounts<K>(total: Map<K, number>, counts: Map<K, number>): void {
  for (const [key, count] of counts) total.set(key, (total.get(key) ?? 0) + count);
}

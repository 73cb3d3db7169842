/** Fake mailbox contents served like Graph's messages and calendarView, for the reader and pipeline tests. */
import type { DirectoryMailbox } from '../../../src/sources/graph/directory.js';
import type { GraphGet } from '../../../src/sources/graph/graphRequester.js';
import type { GraphEvent, GraphMessage } from '../../../src/sources/graph/itemMapping.js';
import { mailboxSource, type MailboxActivitySource } from '../../../src/sources/graph/mailboxSource.js';
import { readWindow } from '../../../src/sources/graph/readWindow.js';
import { Throttle, type ThrottleOptions } from '../../../src/sources/graph/throttling.js';
import { fakeGraph, notFound, page, type FakeHandler } from './fakeGraph.js';

export const AS_OF = Date.parse('2024-06-01T00:00:00Z');

export interface FakeMailbox {
  mailbox: DirectoryMailbox;
  inbox: GraphMessage[];
  sentitems: GraphMessage[];
  calendarView: GraphEvent[];
}

export type Folder = 'inbox' | 'sentitems' | 'calendarView';

export function fakeMailbox(index: number, counts: { inbox: number; sentitems: number; calendarView: number; drafts?: number }): FakeMailbox {
  const address = `user${index}@contoso.com`;
  const mailbox = { address, objectId: `00000000-0000-0000-0000-${String(index).padStart(12, '0')}`, displayName: `User ${index}` };
  const message = (n: number, from: string, isDraft = false): GraphMessage => ({
    internetMessageId: `<${index}.${n}@contoso.com>`,
    conversationId: `conv-${index}-${n}`,
    from: { emailAddress: { address: from } },
    toRecipients: [{ emailAddress: { address: 'client@fabrikam.com' } }],
    sentDateTime: new Date(AS_OF - (n + 1) * 3_600_000).toISOString(),
    isDraft,
  });
  return {
    mailbox,
    inbox: Array.from({ length: counts.inbox }, (_, n) => message(n, 'client@fabrikam.com')),
    sentitems: [
      ...Array.from({ length: counts.sentitems }, (_, n) => message(100_000 + n, address)),
      ...Array.from({ length: counts.drafts ?? 0 }, (_, n) => message(200_000 + n, address, true)),
    ],
    calendarView: Array.from({ length: counts.calendarView }, (_, n) => ({
      iCalUId: `ical-${index}-${n}`,
      organizer: { emailAddress: { address } },
      attendees: [{ emailAddress: { address: 'client@fabrikam.com' }, status: { response: 'accepted' } }],
      start: { dateTime: new Date(AS_OF - (n + 1) * 86_400_000).toISOString().replace('Z', '0000'), timeZone: 'UTC' },
      end: { dateTime: new Date(AS_OF - (n + 1) * 86_400_000 + 1_800_000).toISOString().replace('Z', '0000'), timeZone: 'UTC' },
    })),
  };
}

/**
 * Serves the mailboxes `pageSize` items a page. `intercept` may answer (or throw) first;
 * returning undefined lets the normal answer through.
 */
export function mailboxHandler(mailboxes: readonly FakeMailbox[], pageSize: number, intercept?: (url: URL, mailbox: FakeMailbox, folder: Folder) => unknown): FakeHandler {
  const byId = new Map(mailboxes.map((fake) => [fake.mailbox.objectId, fake]));
  return async (url) => {
    // /v1.0/users/{id}/mailFolders/{folder}/messages or /v1.0/users/{id}/calendarView
    const parts = url.pathname.split('/');
    const fake = byId.get(parts[3]!);
    if (!fake) throw notFound(parts[3]!);
    const folder = (parts[4] === 'calendarView' ? 'calendarView' : parts[5]) as Folder;
    const intercepted = await intercept?.(url, fake, folder);
    if (intercepted !== undefined) return intercepted;
    return page(url, fake[folder], pageSize);
  };
}

export interface PipelineOptions {
  prefetchMailboxes?: number;
  bufferedPages?: number;
  throttle?: ThrottleOptions;
}

/** The mailbox source over a fake Graph, paced by a real Throttle (no real waiting unless asked). */
export function fakeSource(mailboxes: readonly FakeMailbox[], handle: FakeHandler, options: PipelineOptions = {}): { source: MailboxActivitySource; graph: GraphGet & { calls: { url: URL }[] }; throttle: Throttle } {
  const throttle = new Throttle({ sleep: async () => {}, ...options.throttle });
  const inner = fakeGraph(handle);
  const graph = { calls: inner.calls, get: <T>(url: string, opts: { mailbox?: string } = {}) => throttle.run(opts.mailbox ?? null, () => inner.get<T>(url, opts)) };
  const source = mailboxSource(graph, mailboxes.map((fake) => fake.mailbox), {
    window: readWindow(AS_OF),
    prefetchMailboxes: options.prefetchMailboxes ?? 4,
    bufferedPages: options.bufferedPages ?? 4,
    requests: throttle,
  });
  return { source, graph, throttle };
}

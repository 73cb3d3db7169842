/**
 * An in-process Graph for the mailbox pipeline: every mailbox is served the same pages
 * after a fixed latency, and the transport counts requests and concurrency. It measures
 * the pipeline rather than the making of fake data or JSON over TLS.
 */
import type { GraphGet } from '../../../src/sources/graph/graphRequester.js';
import type { GraphEvent, GraphMessage } from '../../../src/sources/graph/itemMapping.js';
import { mailboxSource } from '../../../src/sources/graph/mailboxSource.js';
import { readWindow } from '../../../src/sources/graph/readWindow.js';
import { Throttle } from '../../../src/sources/graph/throttling.js';
import { AS_OF } from './fakeMailboxes.js';

const PAGE = 1000;
export const FOLDER_SIZES = { inbox: 1_100, sentitems: 600, calendarView: 300 } as const;
export const ITEMS_PER_MAILBOX = FOLDER_SIZES.inbox + FOLDER_SIZES.sentitems + FOLDER_SIZES.calendarView;

function message(n: number): GraphMessage {
  return {
    internetMessageId: `<${n}@contoso.com>`,
    conversationId: `c${n}`,
    from: { emailAddress: { address: 'user@contoso.com' } },
    toRecipients: [{ emailAddress: { address: 'client@fabrikam.com' } }],
    ccRecipients: [],
    bccRecipients: [],
    sentDateTime: new Date(AS_OF - (n + 1) * 600_000).toISOString(),
    isDraft: false,
  };
}

function event(n: number): GraphEvent {
  const start = new Date(AS_OF - (n + 1) * 86_400_000).toISOString().replace('Z', '0000');
  return {
    iCalUId: `event-${n}`,
    organizer: { emailAddress: { address: 'user@contoso.com' } },
    attendees: [{ emailAddress: { address: 'client@fabrikam.com' }, status: { response: 'accepted' } }],
    start: { dateTime: start, timeZone: 'UTC' },
    end: { dateTime: start, timeZone: 'UTC' },
    isCancelled: false,
    isAllDay: false,
  };
}

const ITEMS = {
  inbox: Array.from({ length: FOLDER_SIZES.inbox }, (_, n) => message(n)),
  sentitems: Array.from({ length: FOLDER_SIZES.sentitems }, (_, n) => message(100_000 + n)),
  calendarView: Array.from({ length: FOLDER_SIZES.calendarView }, (_, n) => event(n)),
};


export interface PipelineRun {
  items: number;
  requests: number;
  maxInFlight: number;
  maxInFlightPerMailbox: number;
  wallMs: number;
}

/** Reads `mailboxes` mailboxes through the real throttle and pipeline over the fake transport. */
export async function readFakeTenant(mailboxes: number, latencyMs: number, globalConcurrency: number): Promise<PipelineRun> {
  const throttle = new Throttle({ globalConcurrency });
  let requests = 0;
  let inFlight = 0;
  let maxInFlight = 0;
  const inFlightByMailbox = new Map<string, number>();
  let maxPerMailbox = 0;
  const send = async (url: URL, mailbox: string) => {
    requests++;
    maxInFlight = Math.max(maxInFlight, ++inFlight);
    const now = (inFlightByMailbox.get(mailbox) ?? 0) + 1;
    inFlightByMailbox.set(mailbox, now);
    maxPerMailbox = Math.max(maxPerMailbox, now);
    await new Promise((resolve) => setTimeout(resolve, latencyMs));
    inFlight--;
    inFlightByMailbox.set(mailbox, inFlightByMailbox.get(mailbox)! - 1);
    const parts = url.pathname.split('/');
    const folder = (parts[4] === 'calendarView' ? 'calendarView' : parts[5]) as keyof typeof FOLDER_SIZES;
    const from = Number(url.searchParams.get('$skiptoken') ?? 0);
    const value = ITEMS[folder].slice(from, from + PAGE);
    if (from + PAGE >= FOLDER_SIZES[folder]) return { value };
    const next = new URL(url);
    next.searchParams.set('$skiptoken', String(from + PAGE));
    return { value, '@odata.nextLink': next.href };
  };
  const graph: GraphGet = {
    get: <T>(pathOrUrl: string, options: { mailbox?: string } = {}) =>
      throttle.run(options.mailbox ?? null, () => send(new URL(pathOrUrl.startsWith('https://') ? pathOrUrl : `https://graph.test/v1.0${pathOrUrl}`), options.mailbox!) as Promise<T>),
  };
  const directory = Array.from({ length: mailboxes }, (_, i) => ({ address: `user${i}@contoso.com`, objectId: String(i), displayName: `User ${i}` }));
  const source = mailboxSource(graph, directory, { window: readWindow(AS_OF), prefetchMailboxes: globalConcurrency, bufferedPages: 8, requests: throttle });
  const started = performance.now();
  let items = 0;
  for await (const stream of source.streams()) for await (const item of stream.items) if (item.mailbox) items++;
  return { items, requests, maxInFlight, maxInFlightPerMailbox: maxPerMailbox, wallMs: performance.now() - started };
}

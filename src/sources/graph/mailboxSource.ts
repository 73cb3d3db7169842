/**
 * The resolved mailboxes as an ActivitySource: one ItemStream per mailbox, in directory
 * order, read ahead by the ordered prefetch. A mailbox that cannot be read is reported in
 * its status and skipped; the run goes on.
 */
import type { ActivityItem } from '../../engagement/activity.js';
import type { ActivitySource, ItemStream } from '../../jobs/aggregateRun.js';
import type { ChunkSink } from './chunkBuffer.js';
import type { DirectoryMailbox } from './directory.js';
import type { GraphGet } from './graphRequester.js';
import { GraphRequestError } from './graphRequestError.js';
import { readMailbox } from './mailboxReader.js';
import { prefetchInOrder } from './orderedPrefetch.js';
import type { ReadWindow } from './readWindow.js';

export interface MailboxStatus {
  address: string;
  status: 'ok' | 'failed';
  /** Items delivered to the run (before the failure, for a failed mailbox). */
  items: number;
  /** Graph requests made for it, retries included. */
  requests: number;
  error?: string;
}

export interface MailboxSourceOptions {
  window: ReadWindow;
  /** Mailboxes read ahead of the one being consumed, that one included. */
  prefetchMailboxes: number;
  /** Pages a mailbox may hold unconsumed before its readers wait. */
  bufferedPages: number;
  /** Request counts and bookkeeping, from the throttle. */
  requests: { requestsFor(mailbox: string): number; forget(mailbox: string): void };
  onMailboxStatus?: (status: MailboxStatus) => void;
}

export interface MailboxActivitySource extends ActivitySource {
  /** One status per mailbox read so far, in directory order. */
  statuses(): MailboxStatus[];
}

export function mailboxSource(graph: GraphGet, mailboxes: readonly DirectoryMailbox[], options: MailboxSourceOptions): MailboxActivitySource {
  let statuses = new Map<string, MailboxStatus>();
  let skipped = new Map<string, number>();

  const read = async (mailbox: DirectoryMailbox, sink: ChunkSink<ActivityItem[]>) => {
    const result = await readMailbox(graph, mailbox, options.window, sink).finally(() => options.requests.forget(mailbox.address));
    for (const [reason, count] of result.skipped) skipped.set(reason, (skipped.get(reason) ?? 0) + count);
    const status: MailboxStatus = {
      address: mailbox.address,
      status: result.error === undefined ? 'ok' : 'failed',
      items: result.items,
      requests: options.requests.requestsFor(mailbox.address),
      ...(result.error === undefined ? {} : { error: failureMessage(result.error) }),
    };
    statuses.set(mailbox.address, status);
    options.onMailboxStatus?.(status);
  };

  return {
    mailboxes: mailboxes.map((mailbox) => mailbox.address),
    async *streams(): AsyncGenerator<ItemStream> {
      statuses = new Map();
      skipped = new Map();
      const prefetched = prefetchInOrder<DirectoryMailbox, ActivityItem[]>(mailboxes, read, {
        concurrency: options.prefetchMailboxes,
        bufferChunks: options.bufferedPages,
      });
      for await (const { key, chunks } of prefetched) yield { label: key.address, items: flatten(chunks) };
    },
    skipped: () => {
      const failedMailboxes = [...statuses.values()].filter((status) => status.status === 'failed').length;
      return { drafts: 0, ...Object.fromEntries(skipped), failedMailboxes };
    },
    statuses: () => mailboxes.flatMap((mailbox) => statuses.get(mailbox.address) ?? []),
  };
}

/** A 403 on a mailbox the directory knows means the app's grant does not reach it: say where to look. */
function failureMessage(error: unknown): string {
  if (error instanceof GraphRequestError && error.status === 403) {
    return `access denied (${error.message}): the mailbox is outside the app's Exchange RBAC management scope (or an application access policy)`;
  }
  return error instanceof Error ? error.message : String(error);
}

async function* flatten<T>(chunks: AsyncIterable<T[]>): AsyncGenerator<T> {
  for await (const chunk of chunks) yield* chunk;
}

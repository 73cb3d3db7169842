/** The sources one run reads, opened for its `asOf`, and how to skip mailboxes already read. */
import { normalizeAddress, type Timestamp } from '../../engagement/activity.js';
import type { MailboxStatus } from '../../sources/graph/mailboxSource.js';
import type { ActivitySource, ItemStream } from '../aggregateRun.js';

export interface RunSources {
  sources: readonly ActivitySource[];
  /** The monitored mailboxes (for Graph: the resolved directory's); null means every mailbox the sources hold. */
  monitored: readonly string[] | null;
  /** Per-mailbox outcomes, when the source reports them (`GraphSource.statuses`). */
  statuses?: () => readonly MailboxStatus[];
  /** Releases connections; called once the run is done with the sources. */
  close?: () => Promise<void>;
}

/** Opens the sources for a run as of `asOf` (a resumed run passes its checkpoint's). */
export type OpenRunSources = (asOf: Timestamp) => Promise<RunSources>;

/** The key a stream is checkpointed under: its label, normalized like a mailbox address. */
export function streamKey(label: string): string {
  return normalizeAddress(label);
}

/**
 * The source's streams minus those already folded. A skipped stream's items are never
 * iterated; a prefetching source (Graph) cancels its read when the run moves past it.
 */
export async function* streamsExcept(source: ActivitySource, done: ReadonlySet<string>): AsyncGenerator<ItemStream> {
  for await (const stream of source.streams()) {
    if (!done.has(streamKey(stream.label))) yield stream;
  }
}

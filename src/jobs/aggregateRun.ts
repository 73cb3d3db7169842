/**
 * One aggregation run: stream every monitored mailbox's items into the fold, then
 * compute the engagement table. Nothing but the fold outlives a mailbox's stream.
 */
import type { ActivityItem, Timestamp } from '../engagement/activity.js';
import { normalizeAddress } from '../engagement/activity.js';
import type { Attribution } from '../engagement/attribution.js';
import { computeEngagement, type EngagementOptions, type EngagementResult } from '../engagement/engine.js';
import { ActivityFold } from '../engagement/fold.js';
import { dataWindow } from '../engagement/periods.js';

export const MIN_MAILBOXES = 2;
export const MAX_MAILBOXES = 2_500;

/** The items of one mailbox (or of a file that mixes mailboxes). */
export interface ItemStream {
  label: string;
  items: AsyncIterable<ActivityItem>;
}

export interface ActivitySource {
  /** The source's mailbox addresses when it knows them before reading (mail exports). */
  mailboxes: readonly string[] | null;
  streams(): AsyncIterable<ItemStream>;
  /** What the source could not read, by reason; complete once its streams are read. */
  skipped(): Record<string, number>;
}

export class MailboxCountError extends Error {}

export interface RunProgress {
  stream: string;
  streamsDone: number;
  streamsTotal: number | null;
}

export interface AggregateRunInput {
  sources: readonly ActivitySource[];
  /** The monitored mailboxes; null means every mailbox the sources hold. */
  monitored: readonly string[] | null;
  asOf: Timestamp;
  attribution: Attribution;
  options?: EngagementOptions;
  onProgress?: (progress: RunProgress) => void;
}

export interface RunSummary {
  mailboxes: number;
  distinctEmails: number;
  distinctMeetings: number;
  skipped: Record<string, number>;
  itemsFromUnmonitoredMailboxes: number;
  accountsWithActivity: number;
  ambiguousDomains: string[];
}

export interface AggregateRunResult {
  result: EngagementResult;
  fold: ActivityFold;
  summary: RunSummary;
}

export function checkMailboxCount(count: number): void {
  if (count < MIN_MAILBOXES || count > MAX_MAILBOXES) {
    throw new MailboxCountError(`${count} monitored mailbox${count === 1 ? '' : 'es'} found; Rapport needs between ${MIN_MAILBOXES} and ${MAX_MAILBOXES.toLocaleString('en-US')}`);
  }
}

/**
 * Folds one stream's items from monitored mailboxes (all when `monitored` is null), noting
 * the mailboxes seen; returns how many items came from unmonitored mailboxes.
 */
export async function foldStream(stream: ItemStream, fold: ActivityFold, monitored: ReadonlySet<string> | null, seenMailboxes: Set<string>): Promise<number> {
  let unmonitored = 0;
  for await (const item of stream.items) {
    const mailbox = normalizeAddress(item.mailbox);
    if (monitored && !monitored.has(mailbox)) {
      unmonitored++;
      continue;
    }
    seenMailboxes.add(mailbox);
    fold.add(item);
  }
  return unmonitored;
}

/**
 * The monitored mailboxes (the given ones, else every mailbox the sources name; null when a
 * source only knows its mailboxes once read), checked for 2..2,500, and how many streams come.
 */
export function monitoredMailboxes(sources: readonly ActivitySource[], given: readonly string[] | null): { monitored: Set<string> | null; streamsTotal: number | null } {
  const known = sources.every((source) => source.mailboxes !== null) ? sources.flatMap((source) => source.mailboxes!) : null;
  const monitored = given ? new Set(given.map(normalizeAddress)) : known ? new Set(known.map(normalizeAddress)) : null;
  if (monitored) checkMailboxCount(monitored.size);
  return { monitored, streamsTotal: known?.length ?? null };
}

/** What the fold and the sources left out, by reason. */
export function skippedBy(fold: ActivityFold, sources: readonly ActivitySource[]): Record<string, number> {
  const skipped: Record<string, number> = { ...(fold.stats.drafts ? { drafts: fold.stats.drafts } : {}), outOfRange: fold.stats.outOfRange };
  for (const source of sources) {
    for (const [reason, count] of Object.entries(source.skipped())) skipped[reason] = (skipped[reason] ?? 0) + count;
  }
  return skipped;
}

export function runSummary(fold: ActivityFold, result: EngagementResult, attribution: Attribution, mailboxes: number, skipped: Record<string, number>, unmonitored: number): RunSummary {
  const windowStart = dataWindow(fold.asOf).start;
  return {
    mailboxes,
    distinctEmails: fold.emailCount,
    distinctMeetings: fold.meetingCount,
    skipped,
    itemsFromUnmonitoredMailboxes: unmonitored,
    accountsWithActivity: result.index.accounts.filter((activity) => activity.past.some((interaction) => interaction.time >= windowStart)).length,
    ambiguousDomains: attribution.report.ambiguousDomains.map((ambiguity) => ambiguity.key),
  };
}

export async function runAggregation(input: AggregateRunInput): Promise<AggregateRunResult> {
  const { monitored, streamsTotal } = monitoredMailboxes(input.sources, input.monitored);
  const fold = new ActivityFold(input.asOf);
  const seenMailboxes = new Set<string>();
  let unmonitored = 0;
  let streamsDone = 0;
  for (const source of input.sources) {
    for await (const stream of source.streams()) {
      unmonitored += await foldStream(stream, fold, monitored, seenMailboxes);
      input.onProgress?.({ stream: stream.label, streamsDone: ++streamsDone, streamsTotal });
    }
  }
  if (!monitored) checkMailboxCount(seenMailboxes.size);

  const result = computeEngagement(fold, input.attribution, input.options);
  const summary = runSummary(fold, result, input.attribution, monitored?.size ?? seenMailboxes.size, skippedBy(fold, input.sources), unmonitored);
  return { result, fold, summary };
}

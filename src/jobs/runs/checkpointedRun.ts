/**
 * An enrichment run that survives a crash: after each mailbox's stream is folded, the fold
 * and the mailboxes done so far are checkpointed; a run of the same configuration resumes
 * from there (skipping those mailboxes) and computes the same table as an uninterrupted
 * run. On success the insights are saved and the checkpoint deleted.
 */
import type { Timestamp } from '../../engagement/activity.js';
import type { Attribution } from '../../engagement/attribution.js';
import { computeEngagement, type EngagementOptions, type EngagementResult } from '../../engagement/engine.js';
import { ActivityFold } from '../../engagement/fold.js';
import { buildInsights, type EnrichmentInsights } from '../../engagement/insights.js';
import type { RapportStore } from '../../store/rapportStore.js';
import { checkMailboxCount, foldStream, monitoredMailboxes, runSummary, skippedBy } from '../aggregateRun.js';
import type { CheckpointedRunSummary, MailboxProblem, ProgressListener } from './runProgress.js';
import { planRun, type RunPlan } from './runPlan.js';
import { streamKey, streamsExcept, type OpenRunSources, type RunSources } from './runSources.js';

export interface CheckpointedRunInput {
  store: RapportStore;
  /** What the run reads (see runConfigKey); only a checkpoint with this key is resumed. */
  configKey: string;
  /** Id and `asOf` of the run when it starts afresh; a resumed run keeps its checkpoint's. */
  runId: string;
  asOf: Timestamp;
  openSources: OpenRunSources;
  attribution: Attribution;
  /** Internal people's display names (from the directory), shown instead of addresses. */
  colleagueNames?: ReadonlyMap<string, string>;
  options?: EngagementOptions;
  now?: () => number;
  onProgress?: ProgressListener;
  /** Least time between two checkpoint writes; 0 (the default) writes one after every mailbox. */
  checkpointEveryMs?: number;
  /** Aborted (the process is stopping): the run ends at its next checkpoint and resumes from it later. */
  signal?: AbortSignal;
}

/** The run stopped at a checkpoint because the process is stopping; the next run resumes it. */
export class RunStoppedError extends Error {
  constructor() {
    super('Stopped for a restart; the next run resumes from its last checkpoint.');
  }
}

export interface CheckpointedRunResult {
  runId: string;
  asOf: Timestamp;
  startedAt: number;
  resumed: boolean;
  result: EngagementResult;
  insights: EnrichmentInsights;
  summary: CheckpointedRunSummary;
}

export async function runCheckpointed(input: CheckpointedRunInput): Promise<CheckpointedRunResult> {
  const now = input.now ?? Date.now;
  const plan = await planRun(input.store.checkpoints, input.configKey, { runId: input.runId, asOf: input.asOf, startedAt: now() });
  return runFromPlan(plan, input);
}

/** Runs (or resumes) the planned run; emits `failed` and rethrows on error, keeping the checkpoint. */
export async function runFromPlan(plan: RunPlan, input: CheckpointedRunInput): Promise<CheckpointedRunResult> {
  try {
    input.onProgress?.({ phase: 'resolving' });
    const opened = await input.openSources(plan.asOf);
    try {
      const outcome = await foldAndSave(plan, input, opened);
      input.onProgress?.({ phase: 'finished', summary: outcome.summary });
      return outcome;
    } finally {
      await opened.close?.();
    }
  } catch (error) {
    input.onProgress?.(error instanceof RunStoppedError ? { phase: 'stopped' } : { phase: 'failed', error: error instanceof Error ? error.message : String(error) });
    throw error;
  }
}

async function foldAndSave(plan: RunPlan, input: CheckpointedRunInput, opened: RunSources): Promise<CheckpointedRunResult> {
  const now = input.now ?? Date.now;
  const { sources } = opened;
  const { monitored, streamsTotal: total } = monitoredMailboxes(sources, opened.monitored);

  const checkpoint = plan.checkpoint;
  const fold = checkpoint ? ActivityFold.fromSnapshot(checkpoint.fold) : new ActivityFold(plan.asOf);
  const completed = [...(checkpoint?.completedMailboxes ?? [])];
  const resumed = new Set(completed.map(streamKey));
  const seenMailboxes = new Set(checkpoint?.seenMailboxes ?? []);
  let unmonitoredItems = checkpoint?.unmonitoredItems ?? 0;
  const everyMs = input.checkpointEveryMs ?? 0;
  let lastCheckpointAt = -Infinity;
  const saveCheckpoint = async () => {
    lastCheckpointAt = now();
    await input.store.checkpoints.save({
      runId: plan.runId, configKey: input.configKey, asOf: plan.asOf, startedAt: plan.startedAt,
      completedMailboxes: completed, seenMailboxes: [...seenMailboxes], unmonitoredItems, fold: fold.toSnapshot(),
    });
  };

  for (const source of sources) {
    for await (const stream of streamsExcept(source, resumed)) {
      unmonitoredItems += await foldStream(stream, fold, monitored, seenMailboxes);
      completed.push(stream.label);
      const stopping = input.signal?.aborted === true;
      if (stopping || now() - lastCheckpointAt >= everyMs) await saveCheckpoint();
      input.onProgress?.({ phase: 'reading', done: completed.length, total: total ?? completed.length, mailbox: stream.label });
      if (stopping) throw new RunStoppedError();
    }
  }
  if (!monitored) checkMailboxCount(seenMailboxes.size);

  input.onProgress?.({ phase: 'aggregating' });
  const result = computeEngagement(fold, input.attribution, input.options);
  const insights = buildInsights(result, input.colleagueNames);
  input.onProgress?.({ phase: 'saving' });
  await input.store.insights.saveForRun(plan.runId, insights);
  await input.store.checkpoints.remove(plan.runId);

  const problems = mailboxProblems(opened, resumed);
  const skipped = skippedBy(fold, opened.sources);
  if (opened.statuses) skipped.failedMailboxes = problems.length;
  const summary: CheckpointedRunSummary = {
    ...runSummary(fold, result, input.attribution, monitored?.size ?? seenMailboxes.size, skipped, unmonitoredItems),
    resumedMailboxes: resumed.size,
    accounts: insights.accounts.length,
    problems,
  };
  return { runId: plan.runId, asOf: plan.asOf, startedAt: plan.startedAt, resumed: checkpoint !== null, result, insights, summary };
}

/** Failed mailboxes of this attempt; mailboxes restored from the checkpoint were not read (their reads were cancelled). */
function mailboxProblems(opened: RunSources, resumed: ReadonlySet<string>): MailboxProblem[] {
  return (opened.statuses?.() ?? [])
    .filter((status) => status.status === 'failed' && !resumed.has(streamKey(status.address)))
    .map((status) => ({ mailbox: status.address, error: status.error ?? 'could not be read' }));
}

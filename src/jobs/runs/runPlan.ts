/**
 * Whether a run starts afresh or resumes: an unfinished checkpoint made for the same
 * configuration is resumed (same run id, `asOf` and start time); checkpoints made for
 * another configuration can never be resumed and are deleted.
 */
import type { Timestamp } from '../../engagement/activity.js';
import type { CheckpointsRepository, RunCheckpoint } from '../../store/checkpointsRepository.js';

export interface RunPlan {
  runId: string;
  asOf: Timestamp;
  startedAt: number;
  /** The checkpoint to resume from, or null for a fresh run. */
  checkpoint: RunCheckpoint | null;
}

export interface FreshRun {
  runId: string;
  asOf: Timestamp;
  startedAt: number;
}

export async function planRun(checkpoints: CheckpointsRepository, configKey: string, fresh: FreshRun): Promise<RunPlan> {
  const unfinished = await checkpoints.unfinished();
  const resumable = unfinished.filter((checkpoint) => checkpoint.configKey === configKey).at(-1) ?? null;
  for (const checkpoint of unfinished) {
    if (checkpoint !== resumable) await checkpoints.remove(checkpoint.runId);
  }
  if (!resumable) return { ...fresh, checkpoint: null };
  return { runId: resumable.runId, asOf: resumable.asOf, startedAt: resumable.startedAt, checkpoint: resumable };
}

/**
 * Checkpoints of runs under way: one `checkpoints/<runId>.json` per unfinished run, written
 * atomically after each mailbox, deleted when the run succeeds. A checkpoint that cannot
 * be read is not resumable; it is deleted and the run starts afresh.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import type { FoldSnapshot } from '../engagement/fold.js';
import { removeFile, writeFileAtomically } from './atomicFile.js';
import { RUN_ID_PATTERN, runFilePath } from './fileNames.js';
import type { StateDb } from './stateDb.js';

export const CHECKPOINT_FORMAT_VERSION = 1;

export interface RunCheckpoint {
  runId: string;
  /** What the run was asked to do (mailboxes, sources); a run resumes only a checkpoint with its own key. */
  configKey: string;
  asOf: number;
  startedAt: number;
  /** Labels of the streams (mailbox addresses, for Graph) folded completely, in the order read. */
  completedMailboxes: string[];
  /** Normalized addresses of the mailboxes whose items were folded. */
  seenMailboxes: string[];
  /** Items read from mailboxes outside the monitored list (not folded). */
  unmonitoredItems: number;
  fold: FoldSnapshot;
}

export interface CheckpointsRepository {
  /** Writes (or replaces) the run's checkpoint atomically. */
  save(checkpoint: RunCheckpoint): Promise<void>;
  /** The run's checkpoint, or null when there is none or it cannot be read. */
  load(runId: string): Promise<RunCheckpoint | null>;
  /** Every readable checkpoint, oldest first; unreadable ones are deleted. */
  unfinished(): Promise<RunCheckpoint[]>;
  /** Deletes the run's checkpoint; one already gone is fine. */
  remove(runId: string): Promise<void>;
}

export function checkpointsDirectory(dataDir: string): string {
  return join(dataDir, 'checkpoints');
}

const envelopeShape = z.object({
  version: z.literal(CHECKPOINT_FORMAT_VERSION),
  checkpoint: z.object({
    runId: z.string().regex(RUN_ID_PATTERN),
    configKey: z.string(),
    asOf: z.number().finite(),
    startedAt: z.number().finite(),
    completedMailboxes: z.array(z.string()),
    seenMailboxes: z.array(z.string()),
    unmonitoredItems: z.number().int().nonnegative(),
    fold: z.object({ version: z.literal(2), asOf: z.number().finite() }).passthrough(),
  }),
});

async function readCheckpointFile(file: string): Promise<RunCheckpoint | null> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return null;
  }
  if (!envelopeShape.safeParse(raw).success) return null;
  const checkpoint = (raw as { checkpoint: RunCheckpoint }).checkpoint;
  return checkpoint.fold.asOf === checkpoint.asOf ? checkpoint : null;
}

export function checkpointsRepository(state: StateDb, directory: string): CheckpointsRepository {
  return {
    async save(checkpoint) {
      const file = runFilePath(directory, checkpoint.runId);
      await state.track(() => writeFileAtomically(file, JSON.stringify({ version: CHECKPOINT_FORMAT_VERSION, checkpoint })));
    },

    async load(runId) {
      const checkpoint = await readCheckpointFile(runFilePath(directory, runId));
      return checkpoint?.runId === runId ? checkpoint : null;
    },

    async unfinished() {
      const names = (await readdir(directory)).filter((name) => name.endsWith('.json') && !name.startsWith('.'));
      const found: RunCheckpoint[] = [];
      for (const name of names) {
        const file = join(directory, name);
        const checkpoint = await readCheckpointFile(file);
        if (checkpoint && `${checkpoint.runId}.json` === name) found.push(checkpoint);
        else await state.track(() => removeFile(file));
      }
      return found.sort((a, b) => a.startedAt - b.startedAt || (a.runId < b.runId ? -1 : 1));
    },

    async remove(runId) {
      await state.track(() => removeFile(runFilePath(directory, runId)));
    },
  };
}

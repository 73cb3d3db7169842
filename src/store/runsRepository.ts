/** The enrichment runs' outcomes, for "when was the data last refreshed?" and run history. */
import { runRecordSchema, type RunRecord } from './stateSchema.js';
import type { StateDb } from './stateDb.js';

/** Older runs are forgotten past this many, so the state file stays small. */
export const RUNS_KEPT = 500;

export interface RunsRepository {
  /** Adds a run, or replaces the one with the same id. Rejects a record the state schema would refuse on the next start. */
  record(run: RunRecord): Promise<void>;
  /** The run that finished last. */
  latest(): RunRecord | undefined;
  /** Newest first; all kept runs when no limit is given. */
  history(limit?: number): RunRecord[];
}

export function runsRepository(state: StateDb): RunsRepository {
  return {
    async record(run) {
      const stored: RunRecord = runRecordSchema.parse(run);
      await state.update((data) => {
        const runs = data.runs.filter((existing) => existing.id !== run.id);
        runs.push(stored);
        runs.sort((a, b) => a.finishedAt - b.finishedAt);
        data.runs = runs.slice(-RUNS_KEPT);
      });
    },

    latest() {
      const run = state.data.runs.at(-1);
      return run && { ...run };
    },

    history(limit) {
      const newestFirst = [...state.data.runs].reverse();
      return (limit === undefined ? newestFirst : newestFirst.slice(0, Math.max(0, limit))).map((run) => ({ ...run }));
    },
  };
}

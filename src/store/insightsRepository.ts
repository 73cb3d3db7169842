/**
 * The insights the bot answers from: saved once per run into their own file, then made
 * current by one state write (so a crash in between leaves the previous run current).
 * The current run's insights are read once and kept in memory.
 */
import type { EnrichmentInsights } from '../engagement/insights.js';
import { removeFile } from './atomicFile.js';
import { runFilePath } from './fileNames.js';
import { INSIGHTS_FORMAT_VERSION, readInsightsFile, writeInsightsFile } from './insightsFile.js';
import type { StateDb } from './stateDb.js';

/** Insights files kept on disk: the current run's and the ones before it (the rest are deleted). */
export const INSIGHTS_RUNS_KEPT = 3;

export interface InsightsRepository {
  /** Writes the run's insights atomically and makes them current. */
  saveForRun(runId: string, insights: EnrichmentInsights): Promise<void>;
  /** The current run's insights, or null before any run was saved; loaded once, then cached. */
  current(): Promise<EnrichmentInsights | null>;
}

interface Cached {
  runId: string;
  insights: Promise<EnrichmentInsights>;
}

export function insightsRepository(state: StateDb, directory: string, now: () => number): InsightsRepository {
  let cached: Cached | undefined;

  return {
    async saveForRun(runId, insights) {
      const file = runFilePath(directory, runId);
      await state.track(async () => {
        await writeInsightsFile(file, { version: INSIGHTS_FORMAT_VERSION, runId, savedAt: now(), insights });
        const dropped = await state.update((data) => {
          const saved = [...data.insights.saved.filter((id) => id !== runId), runId];
          data.insights = { current: runId, saved: saved.slice(-INSIGHTS_RUNS_KEPT) };
          cached = { runId, insights: Promise.resolve(insights) };
          return saved.slice(0, -INSIGHTS_RUNS_KEPT);
        });
        await Promise.all(dropped.map((id) => removeFile(runFilePath(directory, id))));
      });
    },

    async current() {
      const runId = state.data.insights.current;
      if (runId === null) return null;
      if (cached?.runId !== runId) {
        const loading = readInsightsFile(runFilePath(directory, runId), runId);
        const entry: Cached = { runId, insights: loading };
        cached = entry;
        loading.catch(() => {
          if (cached === entry) cached = undefined;
        });
      }
      return cached.insights;
    },
  };
}

/**
 * One run's insights on disk: `insights/<runId>.json`, a small envelope around the
 * insights, written atomically. Reading checks the envelope and the insights' top-level
 * shape only; the rows are the engine's own output, and checking 10,000 accounts' rows
 * with zod on every start would cost more than it protects.
 */
import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import type { EnrichmentInsights } from '../engagement/insights.js';
import { writeFileAtomically } from './atomicFile.js';
import { InsightsFileError } from './storeErrors.js';

export const INSIGHTS_FORMAT_VERSION = 1;

export interface InsightsEnvelope {
  version: typeof INSIGHTS_FORMAT_VERSION;
  runId: string;
  savedAt: number;
  insights: EnrichmentInsights;
}

const topLevelShape = z.object({
  runId: z.string(),
  savedAt: z.number(),
  insights: z.object({
    asOf: z.number().finite(),
    windowStart: z.number().finite(),
    accounts: z.array(z.unknown()),
    knownBy: z.record(z.string(), z.unknown()),
    colleagueNames: z.record(z.string(), z.string()).default({}),
  }),
});

export async function writeInsightsFile(file: string, envelope: InsightsEnvelope): Promise<void> {
  await writeFileAtomically(file, JSON.stringify(envelope));
}

export async function readInsightsFile(file: string, runId: string): Promise<EnrichmentInsights> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new InsightsFileError(file, `is missing (it holds run ${runId}, the current one)`);
    throw error;
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    throw new InsightsFileError(file, `is not valid JSON (${(error as Error).message})`);
  }
  const version = typeof raw === 'object' && raw !== null ? (raw as { version?: unknown }).version : undefined;
  if (version !== INSIGHTS_FORMAT_VERSION) {
    throw new InsightsFileError(file, `has format version ${JSON.stringify(version)}; this build reads version ${INSIGHTS_FORMAT_VERSION}`);
  }
  const checked = topLevelShape.safeParse(raw);
  if (!checked.success) {
    const issue = checked.error.issues[0]!;
    throw new InsightsFileError(file, `is not an insights file (${issue.path.join('.')}: ${issue.message})`);
  }
  if (checked.data.runId !== runId) throw new InsightsFileError(file, `holds run ${checked.data.runId}, not ${runId}`);
  return (raw as InsightsEnvelope).insights;
}

/** What a run tells while it works: its phases, and what it found in the end. */
import type { RunSummary } from '../aggregateRun.js';

/** A mailbox the run could not read completely (from the Graph source's statuses). */
export interface MailboxProblem {
  mailbox: string;
  error: string;
}

export interface CheckpointedRunSummary extends RunSummary {
  /** Mailboxes read in earlier attempts of this run and restored from its checkpoint. */
  resumedMailboxes: number;
  accounts: number;
  problems: MailboxProblem[];
}

export type RunProgressEvent =
  | { phase: 'resolving' }
  | { phase: 'reading'; done: number; total: number; mailbox: string }
  | { phase: 'aggregating' }
  | { phase: 'saving' }
  | { phase: 'finished'; summary: CheckpointedRunSummary }
  | { phase: 'failed'; error: string }
  /** Ended at a checkpoint because the process is stopping: the next run resumes it. */
  | { phase: 'stopped' };

export type ProgressListener = (event: RunProgressEvent) => void;

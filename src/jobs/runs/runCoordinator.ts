/**
 * The run lock: at most one enrichment run at a time, started on demand or by the
 * scheduler. Each run's outcome is recorded in the run history.
 */
import { randomUUID } from 'node:crypto';
import type { Timestamp } from '../../engagement/activity.js';
import type { RapportStore } from '../../store/rapportStore.js';
import { runFromPlan, type CheckpointedRunInput, type CheckpointedRunResult } from './checkpointedRun.js';
import type { MailboxProblem, ProgressListener, RunProgressEvent } from './runProgress.js';
import { planRun } from './runPlan.js';

/** What one run reads and how it attributes; asked for afresh at every run, so configuration changes apply. */
export type RunJob = Pick<CheckpointedRunInput, 'configKey' | 'openSources' | 'attribution' | 'colleagueNames' | 'options' | 'checkpointEveryMs'>;

export interface RunCoordinatorOptions {
  store: RapportStore;
  prepare: () => Promise<RunJob>;
  now?: () => number;
  newRunId?: () => string;
  /** The `asOf` of a fresh run; the start time by default. */
  asOf?: (now: number) => Timestamp;
  onProgress?: (runId: string, event: RunProgressEvent) => void;
}

export type RunOutcome = { status: 'succeeded'; run: CheckpointedRunResult } | { status: 'failed'; runId: string; error: string };

export type RunStart =
  | { started: true; runId: string; finished: Promise<RunOutcome> }
  | { started: false; reason: 'already-running'; runId: string }
  | { started: false; reason: 'stopping'; runId: '' };

export interface ActiveRun {
  runId: string;
  startedAt: number;
  lastProgress: RunProgressEvent | null;
}

/** At most this many mailbox problems are named in a run record's error text. */
const PROBLEMS_NAMED = 5;

export class RunCoordinator {
  readonly #options: RunCoordinatorOptions;
  readonly #now: () => number;
  #active: { info: ActiveRun; ready: Promise<string>; finished: Promise<RunOutcome> } | null = null;
  readonly #stopping = new AbortController();

  constructor(options: RunCoordinatorOptions) {
    this.#options = options;
    this.#now = options.now ?? Date.now;
  }

  /** The run under way, if any. */
  current(): ActiveRun | null {
    return this.#active && { ...this.#active.info };
  }

  /** Starts a run (resuming an unfinished one of the same configuration), unless one is under way. */
  async runNow(): Promise<RunStart> {
    if (this.#active) return { started: false, reason: 'already-running', runId: await this.#active.ready };
    if (this.#stopping.signal.aborted) return { started: false, reason: 'stopping', runId: '' };
    const startedAt = this.#now();
    const info: ActiveRun = { runId: (this.#options.newRunId ?? randomUUID)(), startedAt, lastProgress: null };
    let announce!: (runId: string) => void;
    const ready = new Promise<string>((resolve) => (announce = resolve));
    const finished = this.#run(info, announce).finally(() => {
      this.#active = null;
    });
    this.#active = { info, ready, finished };
    return { started: true, runId: await ready, finished };
  }

  /** Resolves when no run is under way. */
  async idle(): Promise<void> {
    while (this.#active) await this.#active.finished;
  }

  /** The process is stopping: a run under way ends at its next checkpoint (resumed by the next run); no new one starts. */
  async stop(): Promise<void> {
    this.#stopping.abort();
    await this.idle();
  }

  async #run(info: ActiveRun, announce: (runId: string) => void): Promise<RunOutcome> {
    const { store } = this.#options;
    const onProgress: ProgressListener = (event) => {
      info.lastProgress = event;
      this.#options.onProgress?.(info.runId, event);
    };
    try {
      const job = await this.#options.prepare();
      const plan = await planRun(store.checkpoints, job.configKey, { runId: info.runId, asOf: (this.#options.asOf ?? ((now) => now))(info.startedAt), startedAt: info.startedAt });
      info.runId = plan.runId;
      info.startedAt = plan.startedAt;
      announce(plan.runId);
      const run = await runFromPlan(plan, { ...job, store, runId: plan.runId, asOf: plan.asOf, now: this.#now, onProgress, signal: this.#stopping.signal });
      await store.runs.record({
        id: run.runId, startedAt: run.startedAt, finishedAt: this.#now(), status: 'succeeded', mailboxes: run.summary.mailboxes,
        emails: run.summary.distinctEmails, meetings: run.summary.distinctMeetings, accounts: run.summary.accounts,
        ...(run.summary.problems.length > 0 ? { error: describeProblems(run.summary.problems) } : {}),
      });
      return { status: 'succeeded', run };
    } catch (error) {
      announce(info.runId);
      const message = error instanceof Error ? error.message : String(error);
      if (info.lastProgress?.phase !== 'failed' && info.lastProgress?.phase !== 'stopped') onProgress({ phase: 'failed', error: message });
      try {
        await store.runs.record({ id: info.runId, startedAt: info.startedAt, finishedAt: this.#now(), status: 'failed', mailboxes: 0, emails: 0, meetings: 0, accounts: 0, error: message });
      } catch (recordError) {
        return { status: 'failed', runId: info.runId, error: `${message} (and the run history could not be written: ${(recordError as Error).message})` };
      }
      return { status: 'failed', runId: info.runId, error: message };
    }
  }
}

function describeProblems(problems: readonly MailboxProblem[]): string {
  const named = problems.slice(0, PROBLEMS_NAMED).map((problem) => `${problem.mailbox} (${problem.error})`);
  const more = problems.length > PROBLEMS_NAMED ? `, and ${problems.length - PROBLEMS_NAMED} more` : '';
  return `${problems.length} mailbox${problems.length === 1 ? '' : 'es'} could not be read completely: ${named.join(', ')}${more}`;
}

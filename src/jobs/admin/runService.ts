/**
 * The admin's view of enrichment runs: one run lock (RunCoordinator) and one schedule
 * (RunScheduler) over the store's settings. Nothing runs while no enrichment is configured.
 */
import type { AdminConfig } from '../../config.js';
import type { Timestamp } from '../../engagement/activity.js';
import type { RapportStore, RunRecord, StoredSchedule } from '../../store/rapportStore.js';
import { RunCoordinator, type RunJob, type RunOutcome, type RunStart } from '../runs/runCoordinator.js';
import type { RunProgressEvent } from '../runs/runProgress.js';
import { RunScheduler } from '../runs/runScheduler.js';
import { systemTimer, type Timer } from '../runs/timer.js';
import type { RunService } from './adminServices.js';

/** Why a run cannot start now, for the bot to explain; 'ready' when it can. */
export type RunReadiness = 'ready' | 'not-configured' | 'no-consent';

export class NothingConfiguredError extends Error {
  constructor() {
    super('No enrichment is configured yet.');
  }
}

export interface RunServiceOptions {
  store: RapportStore;
  config: Pick<AdminConfig, 'firstRunDelayHours' | 'timeZone'>;
  /** The job of the configured enrichment (see enrichmentJob.ts); called only when one is configured. */
  prepare: () => Promise<RunJob>;
  timer?: Timer;
  newRunId?: () => string;
  asOf?: (now: number) => Timestamp;
  /** Where a failed listener or an unstarted scheduled run is reported; the console by default. */
  logError?: (message: string) => void;
}

export interface AdminRunService extends RunService {
  readiness(): RunReadiness;
  /** Re-reads consent and enrichment from the store and re-arms the schedule: call after either was saved. */
  refresh(): void;
  /** Told about every finished run (after the coordinator recorded it); returns an unsubscribe function. */
  onRunFinished(listener: (outcome: RunOutcome) => void | Promise<void>): () => void;
  /** Arms the schedule, and resumes a run a stop or crash interrupted (its checkpoint is on disk). */
  start(): void;
  /** Stops the schedule; a run under way ends at its next checkpoint. */
  stop(): Promise<void>;
}

export function createRunService(options: RunServiceOptions): AdminRunService {
  const { store } = options;
  const timer = options.timer ?? systemTimer;
  const logError = options.logError ?? ((message: string) => console.error(message));
  const progressListeners = new Set<(runId: string, event: RunProgressEvent) => void>();
  const finishedListeners = new Set<(outcome: RunOutcome) => void | Promise<void>>();

  const coordinator = new RunCoordinator({
    store,
    prepare: async () => {
      if (store.admin.enrichment() === null) throw new NothingConfiguredError();
      return options.prepare();
    },
    now: () => timer.now(),
    ...(options.newRunId ? { newRunId: options.newRunId } : {}),
    ...(options.asOf ? { asOf: options.asOf } : {}),
    onProgress: (runId, event) => {
      for (const listener of progressListeners) listener(runId, event);
    },
  });

  const readiness = (): RunReadiness => {
    if (store.admin.enrichment() === null) return 'not-configured';
    if (store.admin.consent().recordedAt === null) return 'no-consent';
    return 'ready';
  };

  const announce = (start: RunStart): RunStart => {
    if (!start.started) return start;
    const finished = start.finished.then(async (outcome) => {
      for (const listener of finishedListeners) {
        try {
          await listener(outcome);
        } catch (error) {
          logError(`run ${start.runId}: a run-finished listener failed: ${(error as Error).message}`);
        }
      }
      return outcome;
    });
    return { ...start, finished };
  };

  const scheduler = new RunScheduler({
    coordinator: {
      runNow: async () => {
        if (readiness() !== 'ready') throw new NothingConfiguredError();
        return announce(await coordinator.runNow());
      },
    },
    schedule: store.admin.schedule(),
    // The schedule is armed only once a run could start, so an unready tenant never spins the timer.
    consentRecordedAt: null,
    hasRun: () => store.runs.latest() !== undefined,
    timeZone: options.config.timeZone,
    firstRunDelayHours: options.config.firstRunDelayHours,
    timer,
    onStart: (start) => {
      if ('error' in start) logError(`scheduled run not started: ${start.error}`);
    },
  });

  async function resumeInterrupted(): Promise<void> {
    if (readiness() !== 'ready' || (await store.checkpoints.unfinished()).length === 0) return;
    announce(await coordinator.runNow());
  }

  function refresh(): void {
    scheduler.setConsentRecordedAt(readiness() === 'ready' ? store.admin.consent().recordedAt : null);
  }

  return {
    readiness,
    runNow: async () => announce(await coordinator.runNow()),
    current: () => coordinator.current(),
    schedule: () => store.admin.schedule(),
    async setSchedule(schedule: StoredSchedule) {
      await store.admin.setSchedule(schedule);
      scheduler.setSchedule(schedule);
    },
    nextRunAt: () => (readiness() === 'ready' ? scheduler.nextAt() : null),
    history: (limit = 10): RunRecord[] => store.runs.history(limit),
    onProgress(listener) {
      progressListeners.add(listener);
      return () => void progressListeners.delete(listener);
    },
    onRunFinished(listener) {
      finishedListeners.add(listener);
      return () => void finishedListeners.delete(listener);
    },
    refresh,
    start() {
      scheduler.start();
      refresh();
      resumeInterrupted().catch((error: unknown) => logError(`the interrupted run could not be resumed: ${(error as Error).message}`));
    },
    async stop() {
      scheduler.stop();
      await coordinator.stop();
    },
  };
}

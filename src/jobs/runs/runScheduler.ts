/**
 * Starts runs at the scheduled times through the coordinator (which refuses a second run
 * while one is under way). Nothing runs before admin consent is recorded; the first run
 * starts as soon as it is (or `firstRunDelayHours` later), then the schedule takes over.
 */
import type { RunStart } from './runCoordinator.js';
import { FIRST_RUN_DELAY_HOURS, firstRunAt, nextRunAt, type RunSchedule } from './schedule.js';
import { systemTimer, type Timer } from './timer.js';

export interface RunSchedulerOptions {
  coordinator: { runNow(): Promise<RunStart> };
  schedule: RunSchedule;
  /** When admin consent was recorded; null while it is not. */
  consentRecordedAt: number | null;
  /** Whether any run has happened yet (the first run is the one after consent). */
  hasRun: () => boolean;
  timeZone?: string;
  firstRunDelayHours?: number;
  timer?: Timer;
  /** Told about each scheduled start (or refusal); a failure to start is reported here too. */
  onStart?: (start: RunStart | { started: false; reason: 'error'; error: string }) => void;
}

export class RunScheduler {
  readonly #options: RunSchedulerOptions;
  readonly #timer: Timer;
  #schedule: RunSchedule;
  #consentRecordedAt: number | null;
  #cancel: (() => void) | null = null;
  #nextAt: number | null = null;
  #running = false;

  constructor(options: RunSchedulerOptions) {
    this.#options = options;
    this.#timer = options.timer ?? systemTimer;
    this.#schedule = options.schedule;
    this.#consentRecordedAt = options.consentRecordedAt;
  }

  /** When the next run is due, or null when none is (stopped, schedule off, or no consent). */
  nextAt(): number | null {
    return this.#nextAt;
  }

  start(): void {
    this.#running = true;
    this.#arm();
  }

  stop(): void {
    this.#running = false;
    this.#disarm();
  }

  setSchedule(schedule: RunSchedule): void {
    this.#schedule = schedule;
    this.#arm();
  }

  setConsentRecordedAt(recordedAt: number | null): void {
    this.#consentRecordedAt = recordedAt;
    this.#arm();
  }

  /** The next due time by the rules above, from the timer's now. */
  dueAt(): number | null {
    if (this.#consentRecordedAt === null) return null;
    if (!this.#options.hasRun()) return firstRunAt(this.#consentRecordedAt, this.#options.firstRunDelayHours ?? FIRST_RUN_DELAY_HOURS);
    return nextRunAt(this.#schedule, this.#timer.now(), this.#options.timeZone);
  }

  #disarm(): void {
    this.#cancel?.();
    this.#cancel = null;
    this.#nextAt = null;
  }

  #arm(): void {
    this.#disarm();
    if (!this.#running) return;
    const at = this.dueAt();
    if (at === null) return;
    this.#nextAt = at;
    this.#cancel = this.#timer.at(at, () => void this.#fire());
  }

  async #fire(): Promise<void> {
    this.#cancel = null;
    this.#nextAt = null;
    try {
      const start = await this.#options.coordinator.runNow();
      this.#options.onStart?.(start);
      if (start.started) await start.finished;
    } catch (error) {
      this.#options.onStart?.({ started: false, reason: 'error', error: error instanceof Error ? error.message : String(error) });
    }
    if (this.#cancel === null) this.#arm();
  }
}

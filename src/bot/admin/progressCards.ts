/**
 * One card per enrichment run, updated in place as the run reports progress. Updates are
 * coalesced: at most one per `minIntervalMs` while a phase reports (a "reading n of N" storm
 * becomes one update every 2 s), but every phase change and the end go out at once, and the
 * latest state is always sent last.
 */
import type { CloudAdapter, ConversationReference } from 'botbuilder';
import type { RunService } from '../../jobs/admin/adminServices.js';
import type { RunProgressEvent } from '../../jobs/runs/runProgress.js';
import { systemTimer, type Timer } from '../../jobs/runs/timer.js';
import type { Catalog } from '../catalog/catalog.js';
import { renderCard, type AdaptiveCard } from '../cards.js';
import { runProgressCardData } from '../cardData/runProgress.js';
import { replyActivity } from '../turn.js';

export type Reference = Partial<ConversationReference>;

/** Sends a card to a conversation and replaces it later. */
export interface CardActivitySink {
  /** Resolves with the new activity's id. */
  send(reference: Reference, card: AdaptiveCard): Promise<string>;
  update(reference: Reference, activityId: string, card: AdaptiveCard): Promise<void>;
}

export function cloudAdapterSink(adapter: CloudAdapter, appId: string): CardActivitySink {
  return {
    async send(reference, card) {
      let id: string | undefined;
      await adapter.continueConversationAsync(appId, reference, async (context) => {
        id = (await context.sendActivity(replyActivity({ card })))?.id;
      });
      // A failed send does not reject: the adapter hands the error to its onTurnError.
      if (!id) throw new Error('the progress card could not be sent');
      return id;
    },
    async update(reference, activityId, card) {
      await adapter.continueConversationAsync(appId, reference, async (context) => {
        await context.updateActivity({ ...replyActivity({ card }), id: activityId });
      });
    },
  };
}

export const PROGRESS_UPDATE_INTERVAL_MS = 2_000;
/** Runs whose last event is remembered, for a card that starts following after the run moved on. */
const RUNS_REMEMBERED = 8;

export interface ProgressCardsOptions {
  runs: Pick<RunService, 'onProgress' | 'current'>;
  sink: CardActivitySink;
  timeZone: string;
  timer?: Timer;
  minIntervalMs?: number;
  /** Where a failed card update is reported; the console by default. */
  logError?: (message: string) => void;
}

export interface FollowOptions {
  /** The card already sent for this run (the "run now" reply); a new one is sent when absent. */
  activityId?: string;
  startedAt?: number;
  alreadyRunning?: boolean;
}

export interface ProgressCardHandle {
  activityId: string;
  /** Resolves, with how the run ended, once the card shows it. */
  done: Promise<RunEnd>;
  /** Stops updating the card. */
  stop(): void;
}

interface Seen {
  event: RunProgressEvent;
  at: number;
}

export type RunEnd = 'finished' | 'failed' | 'stopped';

const isEnd = (event: RunProgressEvent | null): event is Extract<RunProgressEvent, { phase: RunEnd }> => event?.phase === 'finished' || event?.phase === 'failed' || event?.phase === 'stopped';

export class RunProgressCards {
  readonly #options: ProgressCardsOptions;
  readonly #timer: Timer;
  readonly #interval: number;
  readonly #seen = new Map<string, Seen>();
  readonly #followers = new Set<{ runId: string; receive(seen: Seen): void }>();
  readonly #unsubscribe: () => void;

  /** Subscribes to every run's progress right away, so a card followed late still shows what happened. */
  constructor(options: ProgressCardsOptions) {
    this.#options = options;
    this.#timer = options.timer ?? systemTimer;
    this.#interval = options.minIntervalMs ?? PROGRESS_UPDATE_INTERVAL_MS;
    this.#unsubscribe = options.runs.onProgress((runId, event) => {
      const seen = { event, at: this.#timer.now() };
      this.#seen.delete(runId);
      this.#seen.set(runId, seen);
      if (this.#seen.size > RUNS_REMEMBERED) this.#seen.delete(this.#seen.keys().next().value!);
      for (const follower of [...this.#followers]) if (follower.runId === runId) follower.receive(seen);
    });
  }

  /** Keeps one card for the run up to date until the run ends. */
  async follow(reference: Reference, runId: string, catalog: Catalog, options: FollowOptions = {}): Promise<ProgressCardHandle> {
    const { sink, timeZone } = this.#options;
    const current = this.#options.runs.current();
    const startedAt = options.startedAt ?? (current?.runId === runId ? current.startedAt : this.#timer.now());
    const seenBefore = this.#seen.get(runId);
    let latest: Seen | null = seenBefore ?? null;
    const render = (seen: Seen | null) => renderCard('runProgress', runProgressCardData({
      event: seen?.event ?? null, startedAt, timeZone, ...(options.alreadyRunning ? { alreadyRunning: true } : {}),
      ...(seen && isEnd(seen.event) ? { endedAt: seen.at } : {}),
    }, catalog));

    let shown: Seen | null = null;
    let shownAt = this.#timer.now();
    const activityId = options.activityId ?? (await sink.send(reference, render(latest)));
    if (!options.activityId) shown = latest;
    // Events that arrived while the card was being sent.
    latest = this.#seen.get(runId) ?? latest;

    let chain: Promise<void> = Promise.resolve();
    let cancelPending: (() => void) | null = null;
    let stopped = false;
    let resolveDone!: (end: RunEnd) => void;
    const done = new Promise<RunEnd>((resolve) => (resolveDone = resolve));

    const stop = () => {
      stopped = true;
      cancelPending?.();
      cancelPending = null;
      this.#followers.delete(follower);
    };
    const flush = () => {
      cancelPending?.();
      cancelPending = null;
      if (latest === shown || stopped) return;
      shown = latest;
      shownAt = this.#timer.now();
      const card = render(shown);
      const end = shown !== null && isEnd(shown.event) ? shown.event.phase : null;
      if (end) stop();
      chain = chain
        .then(() => sink.update(reference, activityId, card))
        .catch((error: unknown) => (this.#options.logError ?? console.error)(`run ${runId}: the progress card could not be updated: ${(error as Error).message}`));
      if (end) void chain.then(() => resolveDone(end));
    };
    const follower = {
      runId,
      receive: (seen: Seen) => {
        latest = seen;
        const phaseChanged = shown?.event.phase !== seen.event.phase;
        if (phaseChanged || isEnd(seen.event) || this.#timer.now() - shownAt >= this.#interval) flush();
        else cancelPending ??= this.#timer.at(shownAt + this.#interval, flush);
      },
    };

    this.#followers.add(follower);
    if (latest !== shown) flush();
    else if (latest && isEnd(latest.event)) {
      stop();
      resolveDone(latest.event.phase);
    }
    return { activityId, done, stop };
  }

  dispose(): void {
    this.#unsubscribe();
    this.#followers.clear();
  }
}

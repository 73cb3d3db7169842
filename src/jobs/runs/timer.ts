/** The clock and one-shot timers the scheduler uses; injected so tests control time. */
export interface Timer {
  now(): number;
  /** Calls `callback` once at `at` (ms since the epoch) or right away if it has passed; returns a cancel function. */
  at(at: number, callback: () => void): () => void;
}

/** `setTimeout` caps delays at about 24.8 days; longer waits are taken in steps. */
const MAX_TIMEOUT_MS = 2_147_000_000;

export const systemTimer: Timer = {
  now: () => Date.now(),
  at(at, callback) {
    let handle: ReturnType<typeof setTimeout>;
    const wait = () => {
      const delay = at - Date.now();
      handle = setTimeout(delay > MAX_TIMEOUT_MS ? wait : callback, Math.max(0, Math.min(delay, MAX_TIMEOUT_MS)));
      handle.unref?.();
    };
    wait();
    return () => clearTimeout(handle);
  },
};

/** A clock that moves only when told: sleepers wake as `advance` passes their time. */
import type { Clock } from '../../src/alerts/clock.js';

export interface ManualClock extends Clock {
  advance(ms: number): Promise<void>;
  sleepers(): number;
}

export function manualClock(start = 1_000_000): ManualClock {
  let time = start;
  const sleepers: { at: number; wake: () => void }[] = [];
  const settle = async (): Promise<void> => {
    for (let i = 0; i < 5; i++) await Promise.resolve();
  };
  return {
    now: () => time,
    sleep(ms, signal) {
      if (ms <= 0 || signal?.aborted) return Promise.resolve();
      return new Promise<void>((resolve) => {
        const sleeper = { at: time + ms, wake: resolve };
        sleepers.push(sleeper);
        signal?.addEventListener('abort', () => {
          sleepers.splice(sleepers.indexOf(sleeper), 1);
          resolve();
        }, { once: true });
      });
    },
    async advance(ms) {
      const end = time + ms;
      for (;;) {
        sleepers.sort((a, b) => a.at - b.at);
        const next = sleepers[0];
        if (!next || next.at > end) break;
        time = Math.max(time, next.at);
        sleepers.shift();
        next.wake();
        await settle();
      }
      time = end;
      await settle();
    },
    sleepers: () => sleepers.length,
  };
}

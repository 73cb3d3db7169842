/** A Timer the test moves by hand: nothing fires by itself; due callbacks fire in time order as the clock passes them. */
import type { Timer } from '../../../src/jobs/runs/timer.js';

export interface ArmedCallback {
  at: number;
  callback: () => void;
}

export interface ManualTimer {
  timer: Timer;
  /** What is armed and not yet fired or cancelled, in arming order. */
  armed: ArmedCallback[];
  setNow(to: number): void;
  /**
   * Moves the clock to `to`, firing each due callback at its own time. `settle` is awaited
   * first and after each callback (by default a few microtask turns, for async work).
   */
  advanceTo(to: number): Promise<void>;
}

const microtasks = async (): Promise<void> => {
  for (let i = 0; i < 10; i++) await Promise.resolve();
};

export function manualTimer(start: number, settle: () => Promise<void> = microtasks): ManualTimer {
  let time = start;
  const armed: ArmedCallback[] = [];
  const timer: Timer = {
    now: () => time,
    at(at, callback) {
      const entry = { at, callback };
      armed.push(entry);
      return () => {
        const index = armed.indexOf(entry);
        if (index >= 0) armed.splice(index, 1);
      };
    },
  };
  return {
    timer,
    armed,
    setNow: (to) => void (time = to),
    async advanceTo(to) {
      await settle();
      for (;;) {
        const due = armed.filter((entry) => entry.at <= to).sort((a, b) => a.at - b.at)[0];
        if (!due) break;
        armed.splice(armed.indexOf(due), 1);
        time = Math.max(time, due.at);
        due.callback();
        await settle();
      }
      time = to;
    },
  };
}

import { describe, expect, it } from 'vitest';
import type { RunOutcome, RunStart } from '../../../src/jobs/runs/runCoordinator.js';
import { RunScheduler } from '../../../src/jobs/runs/runScheduler.js';
import { DEFAULT_SCHEDULE } from '../../../src/jobs/runs/schedule.js';
import type { Timer } from '../../../src/jobs/runs/timer.js';
import { manualTimer } from './manualTimer.js';


const consent = Date.parse('2026-11-04T10:15:00Z');

function fakeCoordinator(timer: Timer) {
  const startedAt: string[] = [];
  const done: RunOutcome = { status: 'failed', runId: 'x', error: 'not a real run' };
  return {
    startedAt,
    runNow: async (): Promise<RunStart> => {
      startedAt.push(new Date(timer.now()).toISOString());
      return { started: true, runId: `run-${startedAt.length}`, finished: Promise.resolve(done) };
    },
  };
}

describe('run scheduler', () => {
  it('starts the first run as soon as consent is recorded, then follows the weekly schedule', async () => {
    const { timer, advanceTo } = manualTimer(consent);
    const coordinator = fakeCoordinator(timer);
    const scheduler = new RunScheduler({ coordinator, schedule: DEFAULT_SCHEDULE, consentRecordedAt: consent, hasRun: () => coordinator.startedAt.length > 0, timer });
    scheduler.start();
    expect(new Date(scheduler.nextAt()!).toISOString()).toBe('2026-11-04T10:15:00.000Z');
    await advanceTo(Date.parse('2026-11-10T00:00:00Z'));
    expect(coordinator.startedAt).toEqual(['2026-11-04T10:15:00.000Z', '2026-11-09T06:00:00.000Z']);
    scheduler.stop();
  });

  it('starts the first run firstRunDelayHours after consent when that is set, then follows the weekly schedule', async () => {
    const { timer, advanceTo } = manualTimer(consent);
    const coordinator = fakeCoordinator(timer);
    const scheduler = new RunScheduler({ coordinator, schedule: DEFAULT_SCHEDULE, consentRecordedAt: consent, hasRun: () => coordinator.startedAt.length > 0, timer, firstRunDelayHours: 6 });
    scheduler.start();
    expect(new Date(scheduler.nextAt()!).toISOString()).toBe('2026-11-04T16:15:00.000Z');
    await advanceTo(Date.parse('2026-11-20T00:00:00Z'));
    expect(coordinator.startedAt).toEqual(['2026-11-04T16:15:00.000Z', '2026-11-09T06:00:00.000Z', '2026-11-16T06:00:00.000Z']);
    expect(new Date(scheduler.nextAt()!).toISOString()).toBe('2026-11-23T06:00:00.000Z');
    scheduler.stop();
    expect(scheduler.nextAt()).toBeNull();
  });

  it('schedules nothing without consent or when off, and picks up changes', async () => {
    const { timer, advanceTo } = manualTimer(consent);
    const coordinator = fakeCoordinator(timer);
    const scheduler = new RunScheduler({ coordinator, schedule: { cadence: 'off' }, consentRecordedAt: null, hasRun: () => true, timer });
    scheduler.start();
    expect(scheduler.nextAt()).toBeNull();
    scheduler.setConsentRecordedAt(consent);
    expect(scheduler.nextAt()).toBeNull();
    scheduler.setSchedule({ cadence: 'daily', time: '07:30' });
    expect(new Date(scheduler.nextAt()!).toISOString()).toBe('2026-11-05T07:30:00.000Z');
    await advanceTo(Date.parse('2026-11-06T00:00:00Z'));
    expect(coordinator.startedAt).toEqual(['2026-11-05T07:30:00.000Z']);
    scheduler.stop();
  });

  it('keeps its schedule when the coordinator refuses because a run is under way', async () => {
    const { timer, advanceTo } = manualTimer(consent);
    const seen: unknown[] = [];
    const coordinator = { runNow: async (): Promise<RunStart> => ({ started: false, reason: 'already-running', runId: 'run-9' }) };
    const scheduler = new RunScheduler({ coordinator, schedule: { cadence: 'daily', time: '07:30' }, consentRecordedAt: consent, hasRun: () => true, timer, onStart: (start) => seen.push(start) });
    scheduler.start();
    await advanceTo(Date.parse('2026-11-05T08:00:00Z'));
    expect(seen).toEqual([{ started: false, reason: 'already-running', runId: 'run-9' }]);
    expect(new Date(scheduler.nextAt()!).toISOString()).toBe('2026-11-06T07:30:00.000Z');
    scheduler.stop();
  });
});

import { describe, expect, it } from 'vitest';
import { cronPattern, DEFAULT_SCHEDULE, firstRunAt, nextRunAt, parseTimeOfDay } from '../../../src/jobs/runs/schedule.js';

const wednesday = Date.parse('2026-11-04T10:15:00Z');

describe('schedule', () => {
  it('is weekly on Monday at 06:00 by default', () => {
    expect(DEFAULT_SCHEDULE).toEqual({ cadence: 'weekly', day: 'Monday', time: '06:00' });
    expect(cronPattern(DEFAULT_SCHEDULE)).toBe('0 6 * * 1');
  });

  it('runs weekly on the next Monday at 06:00 after a Wednesday, then a week later', () => {
    const next = nextRunAt(DEFAULT_SCHEDULE, wednesday);
    expect(new Date(next!).toISOString()).toBe('2026-11-09T06:00:00.000Z');
    expect(new Date(nextRunAt(DEFAULT_SCHEDULE, next!)!).toISOString()).toBe('2026-11-16T06:00:00.000Z');
  });

  it('runs daily at its time: later today if not yet passed, else tomorrow', () => {
    const daily = { cadence: 'daily', time: '07:30' } as const;
    expect(cronPattern(daily)).toBe('30 7 * * *');
    expect(new Date(nextRunAt(daily, Date.parse('2026-11-04T05:00:00Z'))!).toISOString()).toBe('2026-11-04T07:30:00.000Z');
    expect(new Date(nextRunAt(daily, wednesday)!).toISOString()).toBe('2026-11-05T07:30:00.000Z');
  });

  it('follows the time zone it is given', () => {
    expect(new Date(nextRunAt(DEFAULT_SCHEDULE, wednesday, 'Europe/Berlin')!).toISOString()).toBe('2026-11-09T05:00:00.000Z');
  });

  it('never runs when off', () => {
    expect(cronPattern({ cadence: 'off' })).toBeNull();
    expect(nextRunAt({ cadence: 'off' }, wednesday)).toBeNull();
  });

  it('starts the first run when consent is recorded, or after the delay given', () => {
    expect(firstRunAt(wednesday)).toBe(wednesday);
    expect(firstRunAt(wednesday, 1)).toBe(wednesday + 3_600_000);
  });

  it('refuses times that are not HH:MM', () => {
    expect(parseTimeOfDay('23:59')).toEqual({ hour: 23, minute: 59 });
    for (const time of ['24:00', '6:00', '06:60', 'noon']) expect(() => cronPattern({ cadence: 'daily', time })).toThrow(RangeError);
  });
});

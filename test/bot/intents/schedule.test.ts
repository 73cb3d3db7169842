import { describe, expect, it } from 'vitest';
import { formatSchedule, parseScheduleArguments, parseTime } from '../../../src/bot/intents/schedule.js';
import type { Schedule } from '../../../src/bot/intents/schedule.js';

describe('parseScheduleArguments: accepted', () => {
  it.each<[string, Schedule]>([
    ['weekly Monday 06:00', { cadence: 'weekly', day: 'Monday', time: '06:00' }],
    ['WEEKLY MONDAY 6:00', { cadence: 'weekly', day: 'Monday', time: '06:00' }],
    ['weekly 06:00 Monday', { cadence: 'weekly', day: 'Monday', time: '06:00' }],
    ['weekly on wed at 0930', { cadence: 'weekly', day: 'Wednesday', time: '09:30' }],
    ['weekly thurs 18h15', { cadence: 'weekly', day: 'Thursday', time: '18:15' }],
    ['every Sunday at 12am', { cadence: 'weekly', day: 'Sunday', time: '00:00' }],
    ['Saturdays 12pm', { cadence: 'weekly', day: 'Saturday', time: '12:00' }],
    ['mon 6.30', { cadence: 'weekly', day: 'Monday', time: '06:30' }],
    ['weekly Friday 6:30 p.m.', { cadence: 'weekly', day: 'Friday', time: '18:30' }],
    ['daily 07:30', { cadence: 'daily', time: '07:30' }],
    ['daily at 7', { cadence: 'daily', time: '07:00' }],
    ['every day 23:59', { cadence: 'daily', time: '23:59' }],
    ['everyday 5 am', { cadence: 'daily', time: '05:00' }],
    ['off', { cadence: 'off' }],
    ['OFF', { cadence: 'off' }],
    ['none', { cadence: 'off' }],
    ['disabled', { cadence: 'off' }],
  ])('%j', (text, schedule) => {
    expect(parseScheduleArguments(text)).toEqual({ ok: true, schedule });
  });
});

describe('parseScheduleArguments: rejected, with the nearest valid command', () => {
  it.each([
    ['weekly Funday 06:00', 'schedule weekly Sunday 06:00'],
    ['weekly Mondya 06:00', 'schedule weekly Monday 06:00'],
    ['weekly Thrusday 9:00', 'schedule weekly Thursday 09:00'],
    ['weekly Monday 24:00', 'schedule weekly Monday 06:00'],
    ['weekly Monday 6:75', 'schedule weekly Monday 06:00'],
    ['weekly Monday 13pm', 'schedule weekly Monday 06:00'],
    ['weekly Monday', 'schedule weekly Monday 06:00'],
    ['weekly 07:00', 'schedule weekly Monday 07:00'],
    ['dialy 07:30', 'schedule daily 07:30'],
    ['daily', 'schedule daily 06:00'],
    ['daily Monday 07:30', 'schedule weekly Monday 07:30'],
    ['weekly Monday 06:00 extra', 'schedule weekly Monday 06:00'],
    ['of', 'schedule weekly Monday 06:00'],
    ['offf', 'schedule off'],
    ['', 'schedule weekly Monday 06:00'],
    ['whenever you like', 'schedule weekly Monday 06:00'],
  ])('%j → %j', (text, suggestion) => {
    expect(parseScheduleArguments(text)).toEqual({ ok: false, suggestion });
  });
});

describe('parseTime', () => {
  it.each([
    ['6:00', '06:00'], ['06:00', '06:00'], ['0600', '06:00'], ['6', '06:00'], ['23', '23:00'], ['6am', '06:00'],
    ['12am', '00:00'], ['12pm', '12:00'], ['1pm', '13:00'], ['11:59pm', '23:59'], ['7.45', '07:45'], ['7h45', '07:45'],
  ])('%j → %j', (text, time) => {
    expect(parseTime(text)).toBe(time);
  });

  it.each(['24:00', '6:60', '0pm', '13am', '6:0', '123', 'six', '', '-1'])('%j is not a time', (text) => {
    expect(parseTime(text)).toBeNull();
  });
});

describe('formatSchedule', () => {
  it('writes the canonical command', () => {
    expect(formatSchedule({ cadence: 'weekly', day: 'Friday', time: '17:00' })).toBe('schedule weekly Friday 17:00');
    expect(formatSchedule({ cadence: 'daily', time: '07:30' })).toBe('schedule daily 07:30');
    expect(formatSchedule({ cadence: 'off' })).toBe('schedule off');
  });
});

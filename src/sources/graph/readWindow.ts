/** What a run reads from each mailbox, relative to `asOf`. */
import { DAY_MS, type Timestamp } from '../../engagement/activity.js';
import { HISTORY_DAYS } from '../../engagement/fold.js';

/** Scheduled meetings feed "next interaction", so the calendar is read this far ahead. */
export const FUTURE_MEETING_DAYS = 90;

export interface ReadWindow {
  /** Mail sent or received in [mailFrom, mailTo): the 365-day window plus the 30 days health trends need. */
  mailFrom: Timestamp;
  mailTo: Timestamp;
  /** Calendar occurrences in [meetingsFrom, meetingsTo). */
  meetingsFrom: Timestamp;
  meetingsTo: Timestamp;
}

export function readWindow(asOf: Timestamp): ReadWindow {
  if (!Number.isFinite(asOf)) throw new RangeError('asOf must be a finite timestamp');
  const historyStart = asOf - HISTORY_DAYS * DAY_MS;
  return { mailFrom: historyStart, mailTo: asOf, meetingsFrom: historyStart, meetingsTo: asOf + FUTURE_MEETING_DAYS * DAY_MS };
}

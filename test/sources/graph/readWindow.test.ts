import { describe, expect, it } from 'vitest';
import { DAY_MS } from '../../../src/engagement/activity.js';
import { HISTORY_DAYS } from '../../../src/engagement/fold.js';
import { folderReads } from '../../../src/sources/graph/mailboxReader.js';
import { readWindow } from '../../../src/sources/graph/readWindow.js';

const asOf = Date.parse('2024-06-01T00:00:00Z');
const mailbox = { address: 'alice@contoso.com', objectId: '11111111-2222-3333-4444-555555555555', displayName: 'Alice' };

describe('readWindow', () => {
  it('reads mail over the 395 days the fold keeps, and meetings 90 days ahead too', () => {
    expect(HISTORY_DAYS).toBe(395);
    expect(readWindow(asOf)).toEqual({
      mailFrom: asOf - 395 * DAY_MS,
      mailTo: asOf,
      meetingsFrom: asOf - 395 * DAY_MS,
      meetingsTo: asOf + 90 * DAY_MS,
    });
    expect(new Date(readWindow(asOf).mailFrom).toISOString()).toBe('2023-05-03T00:00:00.000Z');
  });

  it('rejects an asOf that is not a time', () => {
    expect(() => readWindow(Number.NaN)).toThrow(RangeError);
  });
});

describe('folderReads', () => {
  const reads = folderReads(mailbox, readWindow(asOf));
  const query = (name: string) => new URL(`https://graph.test/v1.0${reads.find((read) => read.name === name)!.firstUrl}`);

  it('filters received mail by receivedDateTime and sent items by sentDateTime, 1000 a page', () => {
    const inbox = query('inbox');
    expect(inbox.pathname).toBe(`/v1.0/users/${mailbox.objectId}/mailFolders/inbox/messages`);
    expect(inbox.searchParams.get('$filter')).toBe('receivedDateTime ge 2023-05-03T00:00:00.000Z and receivedDateTime lt 2024-06-01T00:00:00.000Z');
    expect(inbox.searchParams.get('$top')).toBe('1000');
    const sent = query('sentitems');
    expect(sent.pathname).toBe(`/v1.0/users/${mailbox.objectId}/mailFolders/sentitems/messages`);
    expect(sent.searchParams.get('$filter')).toBe('sentDateTime ge 2023-05-03T00:00:00.000Z and sentDateTime lt 2024-06-01T00:00:00.000Z');
  });

  it('selects only metadata fields', () => {
    for (const name of ['inbox', 'sentitems']) {
      expect(query(name).searchParams.get('$select')!.split(',')).toEqual(['internetMessageId', 'conversationId', 'from', 'toRecipients', 'ccRecipients', 'bccRecipients', 'sentDateTime', 'isDraft']);
    }
    expect(query('calendarView').searchParams.get('$select')!.split(',')).toEqual(['iCalUId', 'organizer', 'attendees', 'start', 'end', 'isCancelled', 'isAllDay']);
  });

  it('reads the calendar view over the meeting window in UTC', () => {
    const calendar = query('calendarView');
    expect(calendar.pathname).toBe(`/v1.0/users/${mailbox.objectId}/calendarView`);
    expect(calendar.searchParams.get('startDateTime')).toBe('2023-05-03T00:00:00.000Z');
    expect(calendar.searchParams.get('endDateTime')).toBe('2024-08-30T00:00:00.000Z');
    expect(calendar.searchParams.get('$top')).toBe('1000');
    expect(reads.find((read) => read.name === 'calendarView')!.headers).toEqual({ Prefer: 'outlook.timezone="UTC"' });
  });
});

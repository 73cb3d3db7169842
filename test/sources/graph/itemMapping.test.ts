import { describe, expect, it } from 'vitest';
import { attendeeResponse, graphDateTime, mailItemFromGraph, meetingItemFromGraph, type GraphEvent, type GraphMessage } from '../../../src/sources/graph/itemMapping.js';

const recipient = (address: string | null, name = 'Someone') => ({ emailAddress: { address, name } });

const message: GraphMessage = {
  internetMessageId: '<abc@contoso.com>',
  conversationId: 'AAQkAGI2',
  from: recipient(' Alice@Contoso.com '),
  toRecipients: [recipient('bob@fabrikam.com'), recipient('/O=EXCHANGELABS/OU=EXCHANGE ADMINISTRATIVE GROUP')],
  ccRecipients: [recipient('Carol@Fabrikam.com')],
  bccRecipients: [],
  sentDateTime: '2024-05-01T10:15:30Z',
  isDraft: false,
};

describe('mailItemFromGraph', () => {
  it('maps the metadata fields, normalizing addresses and dropping ones that are not addresses', () => {
    expect(mailItemFromGraph(message, 'alice@contoso.com', 'sent')).toEqual({
      item: {
        kind: 'mail',
        mailbox: 'alice@contoso.com',
        messageId: '<abc@contoso.com>',
        conversationId: 'AAQkAGI2',
        from: 'alice@contoso.com',
        to: ['bob@fabrikam.com'],
        cc: ['carol@fabrikam.com'],
        bcc: [],
        sentAt: Date.parse('2024-05-01T10:15:30Z'),
        folder: 'sent',
      },
    });
  });

  it('reads sent times with and without milliseconds, or with an offset', () => {
    const at = (sentDateTime: string) => (mailItemFromGraph({ ...message, sentDateTime }, 'a@contoso.com', 'inbox') as { item: { sentAt: number } }).item.sentAt;
    expect(at('2024-05-01T10:15:30.123Z')).toBe(Date.parse('2024-05-01T10:15:30.123Z'));
    expect(at('2024-05-01T12:15:30+02:00')).toBe(Date.parse('2024-05-01T10:15:30Z'));
  });

  it('takes missing recipient lists as empty', () => {
    const bare: GraphMessage = { internetMessageId: '<x@contoso.com>', from: recipient('a@contoso.com'), sentDateTime: '2024-05-01T10:15:30Z' };
    expect(mailItemFromGraph(bare, 'bob@fabrikam.com', 'inbox')).toMatchObject({ item: { conversationId: '', to: [], cc: [], bcc: [], folder: 'inbox' } });
  });

  it('skips drafts and messages it cannot place, saying why', () => {
    expect(mailItemFromGraph({ ...message, isDraft: true }, 'a@contoso.com', 'sent')).toEqual({ skipped: 'drafts' });
    expect(mailItemFromGraph({ ...message, internetMessageId: null }, 'a@contoso.com', 'inbox')).toEqual({ skipped: 'noMessageId' });
    expect(mailItemFromGraph({ ...message, from: null }, 'a@contoso.com', 'inbox')).toEqual({ skipped: 'noFrom' });
    expect(mailItemFromGraph({ ...message, from: recipient(null) }, 'a@contoso.com', 'inbox')).toEqual({ skipped: 'noFrom' });
    expect(mailItemFromGraph({ ...message, sentDateTime: 'yesterday' }, 'a@contoso.com', 'inbox')).toEqual({ skipped: 'unreadableTime' });
    expect(mailItemFromGraph({ ...message, sentDateTime: '2024-13-01T10:15:30Z' }, 'a@contoso.com', 'inbox')).toEqual({ skipped: 'unreadableTime' });
  });
});

const event: GraphEvent = {
  iCalUId: '040000008200E00074C5B7101A82E008000000001',
  organizer: recipient('Alice@contoso.com'),
  attendees: [
    { ...recipient('alice@contoso.com'), status: { response: 'organizer' } },
    { ...recipient('bob@fabrikam.com'), status: { response: 'tentativelyAccepted' } },
    { ...recipient('carol@fabrikam.com'), status: { response: 'notResponded' } },
    { ...recipient('dan@fabrikam.com'), status: { response: 'declined' } },
    { ...recipient('erin@fabrikam.com'), status: { response: 'accepted' } },
    { ...recipient('fay@fabrikam.com'), status: { response: 'none' } },
    { ...recipient('gus@fabrikam.com') },
  ],
  start: { dateTime: '2024-05-02T14:00:00.0000000', timeZone: 'UTC' },
  end: { dateTime: '2024-05-02T14:30:00.0000000', timeZone: 'UTC' },
  isCancelled: false,
  isAllDay: false,
};

describe('meetingItemFromGraph', () => {
  it('maps the event, its attendees and their responses, with UTC times in epoch ms', () => {
    expect(meetingItemFromGraph(event, 'bob@fabrikam.com')).toEqual({
      item: {
        kind: 'meeting',
        mailbox: 'bob@fabrikam.com',
        meetingId: '040000008200E00074C5B7101A82E008000000001',
        organizer: 'alice@contoso.com',
        attendees: [
          { address: 'alice@contoso.com', response: 'organizer' },
          { address: 'bob@fabrikam.com', response: 'tentative' },
          { address: 'carol@fabrikam.com', response: 'none' },
          { address: 'dan@fabrikam.com', response: 'declined' },
          { address: 'erin@fabrikam.com', response: 'accepted' },
          { address: 'fay@fabrikam.com', response: 'none' },
          { address: 'gus@fabrikam.com', response: 'none' },
        ],
        start: Date.parse('2024-05-02T14:00:00Z'),
        end: Date.parse('2024-05-02T14:30:00Z'),
        isCancelled: false,
        isAllDay: false,
      },
    });
  });

  it('keeps the cancelled and all-day flags', () => {
    expect(meetingItemFromGraph({ ...event, isCancelled: true, isAllDay: true }, 'a@contoso.com')).toMatchObject({ item: { isCancelled: true, isAllDay: true } });
  });

  it('skips events without an iCalUId, an organizer or readable times', () => {
    expect(meetingItemFromGraph({ ...event, iCalUId: '' }, 'a@contoso.com')).toEqual({ skipped: 'noMeetingId' });
    expect(meetingItemFromGraph({ ...event, organizer: null }, 'a@contoso.com')).toEqual({ skipped: 'noOrganizer' });
    expect(meetingItemFromGraph({ ...event, end: null }, 'a@contoso.com')).toEqual({ skipped: 'unreadableTime' });
  });
});

describe('attendeeResponse', () => {
  it('maps Graph responseType values to the spec', () => {
    expect(attendeeResponse('tentativelyAccepted')).toBe('tentative');
    expect(attendeeResponse('notResponded')).toBe('none');
    expect(attendeeResponse('organizer')).toBe('organizer');
    expect(attendeeResponse('accepted')).toBe('accepted');
    expect(attendeeResponse('declined')).toBe('declined');
    expect(attendeeResponse('none')).toBe('none');
    expect(attendeeResponse(undefined)).toBe('none');
    expect(attendeeResponse('somethingNew')).toBe('none');
  });
});

describe('graphDateTime', () => {
  it('reads UTC wall times with up to 7 fraction digits, and explicit zones', () => {
    expect(graphDateTime({ dateTime: '2024-02-29T23:59:59.9999999', timeZone: 'UTC' })).toBe(Date.parse('2024-02-29T23:59:59.999Z'));
    expect(graphDateTime({ dateTime: '2024-03-01T08:00:00', timeZone: 'UTC' })).toBe(Date.parse('2024-03-01T08:00:00Z'));
    expect(graphDateTime({ dateTime: '2024-03-01T08:00:00+02:00', timeZone: 'W. Europe Standard Time' })).toBe(Date.parse('2024-03-01T06:00:00Z'));
  });

  it('refuses a wall time in another zone: the Prefer header was not honoured', () => {
    expect(graphDateTime({ dateTime: '2024-03-01T08:00:00.0000000', timeZone: 'Pacific Standard Time' })).toBeNull();
    expect(graphDateTime({ dateTime: '2024-13-01T08:00:00', timeZone: 'UTC' })).toBeNull();
    expect(graphDateTime(null)).toBeNull();
  });
});

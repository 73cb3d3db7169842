import { describe, expect, it } from 'vitest';
import type { MailItem, MeetingItem } from '../../../src/engagement/activity.js';
import {
  activityFromJson,
  activityToJson,
  formatActivityLine,
  parseActivityLine,
  type MailJson,
} from '../../../src/sources/jsonl/activityJson.js';
import { parseIsoTime } from '../../../src/sources/jsonl/isoTime.js';

const MAIL: MailItem = {
  kind: 'mail',
  mailbox: 'ann@contoso.com',
  messageId: '<1.JavaMail@thyme>',
  conversationId: 'c1',
  from: 'Ann@Contoso.com',
  to: ['bob@fabrikam.com'],
  cc: [],
  bcc: ['carl@contoso.com'],
  sentAt: Date.UTC(2001, 4, 31, 17, 4),
  folder: 'sent',
};

const MEETING: MeetingItem = {
  kind: 'meeting',
  mailbox: 'ann@contoso.com',
  meetingId: 'uid-1',
  organizer: 'ann@contoso.com',
  attendees: [
    { address: 'bob@fabrikam.com', response: 'accepted' },
    { address: 'dana@fabrikam.com', response: 'declined' },
  ],
  start: Date.UTC(2001, 4, 31, 17, 0),
  end: Date.UTC(2001, 4, 31, 17, 30),
  isCancelled: false,
  isAllDay: false,
};

function reasonFor(json: unknown): string {
  const result = activityFromJson(json);
  if (result.ok) throw new Error('expected a failure');
  return result.reason;
}

describe('activityToJson', () => {
  it('writes a mail in the spec form and field order, times as ISO 8601 UTC', () => {
    expect(formatActivityLine(MAIL)).toBe(
      '{"kind":"mail","mailbox":"ann@contoso.com","messageId":"<1.JavaMail@thyme>","conversationId":"c1",' +
        '"from":"Ann@Contoso.com","to":["bob@fabrikam.com"],"cc":[],"bcc":["carl@contoso.com"],' +
        '"sentAt":"2001-05-31T17:04:00.000Z","folder":"sent"}',
    );
  });

  it('writes a meeting in the spec form and field order', () => {
    expect(formatActivityLine(MEETING)).toBe(
      '{"kind":"meeting","mailbox":"ann@contoso.com","meetingId":"uid-1","organizer":"ann@contoso.com",' +
        '"attendees":[{"address":"bob@fabrikam.com","response":"accepted"},' +
        '{"address":"dana@fabrikam.com","response":"declined"}],' +
        '"start":"2001-05-31T17:00:00.000Z","end":"2001-05-31T17:30:00.000Z","isCancelled":false,"isAllDay":false}',
    );
  });

  it('leaves out fields the spec does not have', () => {
    const withExtra = { ...MEETING, attendees: [{ address: 'x@y.com', response: 'none' as const, name: 'X' }], subject: 's' };
    expect(Object.keys(activityToJson(withExtra))).not.toContain('subject');
    expect(formatActivityLine(withExtra)).toContain('[{"address":"x@y.com","response":"none"}]');
  });
});

describe('activityFromJson', () => {
  it('reads back what activityToJson writes', () => {
    expect(activityFromJson(JSON.parse(formatActivityLine(MAIL)))).toEqual({ ok: true, item: MAIL });
    expect(activityFromJson(JSON.parse(formatActivityLine(MEETING)))).toEqual({ ok: true, item: MEETING });
  });

  it('drops unknown fields, at the top and inside attendees', () => {
    const json = {
      ...activityToJson(MEETING),
      subject: 'secret',
      attendees: [{ address: 'bob@fabrikam.com', response: 'accepted', name: 'Bob' }],
    };
    const result = activityFromJson(json);
    expect(result).toEqual({ ok: true, item: { ...MEETING, attendees: [{ address: 'bob@fabrikam.com', response: 'accepted' }] } });
  });

  it('keeps addresses as given', () => {
    const result = activityFromJson({ ...activityToJson(MAIL), from: '  ANN@Contoso.com ' });
    expect(result.ok && result.item.kind === 'mail' && result.item.from).toBe('  ANN@Contoso.com ');
  });

  it.each([
    [null, 'expected a JSON object, got null'],
    [[1], 'expected a JSON object, got an array'],
    [{}, 'missing field "kind"'],
    [{ kind: 'call' }, '"kind" must be "mail" or "meeting", got "call"'],
  ])('rejects %j: %s', (json, reason) => {
    expect(reasonFor(json)).toBe(reason);
  });

  it('names the field and what is wrong with it', () => {
    const mail = activityToJson(MAIL) as MailJson;
    const meeting = activityToJson(MEETING);
    const { conversationId: _dropped, ...mailWithoutConversation } = mail;
    expect(reasonFor(mailWithoutConversation)).toBe('missing field "conversationId"');
    expect(reasonFor({ ...mail, mailbox: ' ' })).toBe('"mailbox" must not be empty');
    expect(reasonFor({ ...mail, from: 42 })).toBe('"from" must be a string, got 42');
    expect(reasonFor({ ...mail, to: 'bob@fabrikam.com' })).toBe('"to" must be an array of strings, got "bob@fabrikam.com"');
    expect(reasonFor({ ...mail, cc: ['a@b.com', null] })).toBe('"cc[1]" must be a string, got null');
    expect(reasonFor({ ...mail, folder: 'archive' })).toBe('"folder" must be one of sent, inbox, drafts, got "archive"');
    expect(reasonFor({ ...mail, sentAt: '2001-05-31T17:04:00' })).toMatch(/^"sentAt" must be an ISO 8601 time with a zone/);
    expect(reasonFor({ ...mail, sentAt: 991328640000 })).toBe('"sentAt" must be a string, got 991328640000');
    expect(reasonFor({ ...meeting, isAllDay: 'false' })).toBe('"isAllDay" must be true or false, got "false"');
    expect(reasonFor({ ...meeting, attendees: [{ address: 'b@f.com', response: 'maybe' }] })).toBe(
      '"attendees[0].response" must be one of accepted, tentative, declined, none, organizer, got "maybe"',
    );
    expect(reasonFor({ ...meeting, attendees: [{ response: 'none' }] })).toBe('missing field "attendees[0].address"');
    expect(reasonFor({ ...meeting, attendees: ['b@f.com'] })).toBe('"attendees[0]" must be an object, got "b@f.com"');
    expect(reasonFor({ ...meeting, end: 'tomorrow' })).toMatch(/^"end" must be an ISO 8601 time/);
  });

  it('shortens a long offending value in the reason', () => {
    expect(reasonFor({ ...activityToJson(MAIL), folder: 'x'.repeat(500) }).length).toBeLessThan(150);
  });
});

describe('parseActivityLine', () => {
  it('reports text that is not JSON', () => {
    const result = parseActivityLine('{"kind":"mail",');
    expect(result.ok).toBe(false);
    expect(!result.ok && result.reason).toMatch(/^invalid JSON: /);
  });
});

describe('parseIsoTime', () => {
  it.each([
    ['2001-05-31T17:04:00.000Z', Date.UTC(2001, 4, 31, 17, 4)],
    ['2001-05-31T17:04:00Z', Date.UTC(2001, 4, 31, 17, 4)],
    ['2001-05-31T17:04Z', Date.UTC(2001, 4, 31, 17, 4)],
    ['2001-05-31T17:04:00.1234567Z', Date.UTC(2001, 4, 31, 17, 4, 0, 123)],
    ['2001-05-31T19:04:00+02:00', Date.UTC(2001, 4, 31, 17, 4)],
    ['2001-05-31T12:34:00-0430', Date.UTC(2001, 4, 31, 17, 4)],
    ['2001-05-31T18:04:00.000+01', Date.UTC(2001, 4, 31, 17, 4)],
    ['2001-06-01T01:04:00+08:00', Date.UTC(2001, 4, 31, 17, 4)],
    ['2000-02-29T00:00:00.000Z', Date.UTC(2000, 1, 29)],
    ['1969-12-31T23:59:59.999Z', -1],
    ['0050-01-01T00:00:00.000Z', Date.parse('0050-01-01T00:00:00.000Z')],
  ])('reads %s', (text, time) => {
    expect(parseIsoTime(text)).toBe(time);
  });

  it.each([
    '2001-05-31T17:04:00.000', // no zone
    '2001-05-31',
    '2001-05-31 17:04:00Z',
    '2001-02-29T00:00:00.000Z',
    '1900-02-29T00:00:00.000Z',
    '2001-13-01T00:00:00.000Z',
    '2001-05-31T24:00:00.000Z',
    '2001-05-31T17:60:00.000Z',
    '2001-05-31T17:04:00.00xZ',
    '2001-05-31T17:04:00+25:00',
    'Thu, 31 May 2001 17:04:00 GMT',
    '',
  ])('rejects %j', (text) => {
    expect(parseIsoTime(text)).toBeNull();
  });
});

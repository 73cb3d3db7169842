import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DAY_MS, type MeetingItem } from '../../../../src/engagement/activity.js';
import { startSimulator, type RunningSimulator } from '../../../../src/sources/simulator/server/simulator.js';
import { AS_OF, demoTenant, SimulatorClient } from './simulatorClient.js';

const tenant = demoTenant();
const SELECT = 'id,iCalUId,organizer,attendees,start,end,isCancelled,isAllDay';
const GRAPH_RESPONSES: Record<string, string> = { accepted: 'accepted', tentative: 'tentativelyAccepted', declined: 'declined', none: 'none', organizer: 'organizer' };

let simulator: RunningSimulator;
let client: SimulatorClient;

const mailbox = tenant
  .mailboxes()
  .map((address) => ({ address, meetings: tenant.mailboxItems(address).filter((item): item is MeetingItem => item.kind === 'meeting') }))
  .sort((a, b) => b.meetings.length - a.meetings.length)[0]!;

function view(from: number, until: number, extra = ''): string {
  return `/users/${mailbox.address}/calendarView?startDateTime=${new Date(from).toISOString()}&endDateTime=${new Date(until).toISOString()}${extra}`;
}

beforeAll(async () => {
  simulator = await startSimulator({ tenant });
  client = new SimulatorClient(simulator);
});

afterAll(async () => {
  await client.close();
  await simulator.close();
});

describe('calendarView', () => {
  it('lists the events overlapping the range, paged, in UTC', async () => {
    // A range starting mid-morning cuts through meetings, so overlap (not start) decides.
    const from = AS_OF - 60 * DAY_MS + 10.25 * 3_600_000;
    const until = AS_OF + 20 * DAY_MS;
    const expected = mailbox.meetings.filter((meeting) => meeting.start < until && meeting.end > from);
    expect(expected.length).toBeGreaterThan(20);
    const { items, links } = await client.getAll(view(from, until, `&$select=${SELECT}&$top=20`));
    for (const link of links) {
      expect(link.startsWith(`${simulator.url}/v1.0/users/${mailbox.address}/calendarView?`)).toBe(true);
      expect(link).toContain('startDateTime=');
    }
    expect(items.map((item) => item['iCalUId']).sort()).toEqual(expected.map((meeting) => meeting.meetingId).sort());
    expect(new Set(items.map((item) => item['id'])).size).toBe(items.length);
  });

  it('maps each event: organizer, attendees and their responses, times and flags', async () => {
    const meeting = mailbox.meetings.find((candidate) => candidate.attendees.some((attendee) => attendee.response !== 'none'))!;
    const { items } = await client.getAll(view(meeting.start, meeting.start + 1, `&$select=${SELECT}`));
    const event = items.find((item) => item['iCalUId'] === meeting.meetingId) as Record<string, any>;
    expect(event.organizer.emailAddress.address).toBe(meeting.organizer);
    expect(event.attendees.map((attendee: any) => [attendee.emailAddress.address, attendee.status.response])).toEqual(
      meeting.attendees.map((attendee) => [attendee.address, GRAPH_RESPONSES[attendee.response]]),
    );
    expect(event.start).toEqual({ dateTime: new Date(meeting.start).toISOString().replace('Z', '0000'), timeZone: 'UTC' });
    expect(event.start.dateTime).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{7}$/);
    expect(Date.parse(`${event.end.dateTime.slice(0, 23)}Z`)).toBe(meeting.end);
    expect(event.isCancelled).toBe(meeting.isCancelled);
    expect(event.isAllDay).toBe(meeting.isAllDay);
    expect(Object.keys(event).sort()).toEqual(['@odata.etag', ...SELECT.split(',')].sort());
  });

  it('answers in UTC when asked for another zone, and says so', async () => {
    const response = await client.get(view(AS_OF - 7 * DAY_MS, AS_OF, '&$select=start'), { headers: { prefer: 'outlook.timezone="Pacific Standard Time"' } });
    expect(response.status).toBe(200);
    expect(response.headers.get('preference-applied')).toBe('outlook.timezone="UTC"');
    for (const event of response.body.value) expect(event.start.timeZone).toBe('UTC');
  });

  it('needs both ends of the range', async () => {
    const response = await client.get(`/users/${mailbox.address}/calendarView?startDateTime=2025-01-01T00:00:00Z`);
    expect(response.status).toBe(400);
    expect(response.body.error.code).toBe('ErrorInvalidParameter');
  });
});

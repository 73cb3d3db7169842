/** A mailbox's calendar view: `/users/{id}/calendarView?startDateTime=...&endDateTime=...`, always in UTC. */
import { badRequest } from '../graphErrors.js';
import { canonicalSelection, EVENT_TYPE, project } from '../graphJson.js';
import { parseGraphTime, selectedNames } from '../odataQuery.js';
import { lowerBound, pagedCollection, resolveMailbox, type GraphRequest, type GraphRoute, type PageSizes } from './graphRoute.js';

const EVENT_PAGE: PageSizes = { default: 10, max: 1000 };

/** A query parameter by name in any case, as Graph reads `startDateTime` and `endDateTime`. */
function parameter(query: URLSearchParams, name: string): string | null {
  for (const [key, value] of query) if (key.toLowerCase() === name.toLowerCase()) return value;
  return null;
}

function viewRange(request: GraphRequest): { from: number; until: number } {
  const start = parameter(request.query, 'startDateTime');
  const end = parameter(request.query, 'endDateTime');
  if (start === null || end === null) {
    throw badRequest('This request requires a time window specified by the query string parameters StartDateTime and EndDateTime.', 'ErrorInvalidParameter');
  }
  const from = parseGraphTime(start);
  const until = parseGraphTime(end);
  if (from === null || until === null) throw badRequest(`The value '${from === null ? start : end}' of a time window parameter is not a valid date and time.`, 'ErrorInvalidParameter');
  if (until < from) throw badRequest('The end of the time window must not be before its start.', 'ErrorInvalidParameter');
  return { from, until };
}

export const CALENDAR_ROUTES: readonly GraphRoute[] = [
  {
    pattern: ['users', ':user', 'calendarView'],
    role: 'Calendars.ReadBasic.All',
    deniedAs: 'mailbox',
    mailboxParameter: 'user',
    handle(request) {
      const mailbox = resolveMailbox(request, request.params['user']!);
      const selection = canonicalSelection(selectedNames(request.query), EVENT_TYPE);
      const { from, until } = viewRange(request);
      const view = request.views.calendar(mailbox);
      const overlapping: number[] = [];
      for (let index = 0, end = lowerBound(view.starts, until); index < end; index++) {
        // An event of no length at the window's start is in it; otherwise it must end after the start.
        if (view.ends[index]! > from || view.starts[index]! >= from) overlapping.push(index);
      }
      const reply = pagedCollection(request, overlapping.length, (index) => project(view.events[overlapping[index]!]!, selection, EVENT_TYPE), EVENT_PAGE);
      if (request.headers.prefer !== undefined && /outlook\.timezone/i.test(request.headers.prefer)) {
        reply.headers = { ...reply.headers, 'Preference-Applied': 'outlook.timezone="UTC"' };
      }
      return reply;
    },
  },
];

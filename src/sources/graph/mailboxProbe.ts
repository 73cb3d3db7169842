/**
 * Probe reads: one message and one calendar event of a mailbox, metadata only ($select of one
 * time field, $top=1), to learn whether the app may read it. A 403 means the mailbox is outside
 * the app's Exchange RBAC scope; sign-in failures are thrown, not reported per mailbox.
 */
import { DAY_MS, type Timestamp } from '../../engagement/activity.js';
import type { DirectoryMailbox } from './directory.js';
import type { GraphGet } from './graphRequester.js';
import { GraphRequestError } from './graphRequestError.js';
import type { MailboxProbe, ProbeOutcome } from './mailboxAccess.js';
import { failureKind } from './retryPolicy.js';

export const PROBE_MESSAGE_FIELD = 'sentDateTime';
export const PROBE_EVENT_FIELD = 'start';

export function probeUrls(mailbox: DirectoryMailbox, at: Timestamp): { mail: string; calendar: string } {
  const user = `/users/${encodeURIComponent(mailbox.objectId)}`;
  const iso = (time: number) => encodeURIComponent(new Date(time).toISOString());
  return {
    mail: `${user}/mailFolders/inbox/messages?$select=${PROBE_MESSAGE_FIELD}&$top=1`,
    calendar: `${user}/calendarView?startDateTime=${iso(at - DAY_MS)}&endDateTime=${iso(at)}&$select=${PROBE_EVENT_FIELD}&$top=1`,
  };
}

export async function probeMailbox(graph: GraphGet, mailbox: DirectoryMailbox, at: Timestamp): Promise<MailboxProbe> {
  const urls = probeUrls(mailbox, at);
  const errors: string[] = [];
  const outcome = async (url: string): Promise<ProbeOutcome> => {
    try {
      await graph.get(url, { mailbox: mailbox.address });
      return 'readable';
    } catch (error) {
      if (failureKind(error) === 'fatal') throw error;
      const status = error instanceof GraphRequestError ? error.status : 0;
      if (status === 403) return 'denied';
      errors.push(error instanceof Error ? error.message : String(error));
      return status === 404 ? 'missing' : 'failed';
    }
  };
  const [mail, calendar] = await Promise.all([outcome(urls.mail), outcome(urls.calendar)]);
  return { address: mailbox.address, mail, calendar, ...(errors.length > 0 ? { error: errors[0]! } : {}) };
}

/** Mailboxes probed at once while looking for a readable one. */
export const PROBE_BATCH = 16;

/**
 * Probes the mailboxes (all at once, paced by the throttle), or batch by batch until one is
 * readable when only the existence of a grant matters (before a run).
 */
export async function probeMailboxes(graph: GraphGet, mailboxes: readonly DirectoryMailbox[], at: Timestamp, options: { untilReadable?: boolean } = {}): Promise<MailboxProbe[]> {
  const batch = options.untilReadable ? PROBE_BATCH : Math.max(1, mailboxes.length);
  const probes: MailboxProbe[] = [];
  for (let start = 0; start < mailboxes.length; start += batch) {
    probes.push(...await Promise.all(mailboxes.slice(start, start + batch).map((mailbox) => probeMailbox(graph, mailbox, at))));
    if (options.untilReadable && probes.some((probe) => probe.mail === 'readable' && probe.calendar === 'readable')) break;
  }
  return probes;
}

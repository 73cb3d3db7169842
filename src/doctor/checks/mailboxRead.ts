/** "One mailbox readable with metadata only": a probe read ($select of one time field, $top=1) of a configured mailbox. */
import { PROBE_EVENT_FIELD, PROBE_MESSAGE_FIELD, probeMailbox } from '../../sources/graph/mailboxProbe.js';
import { fail, messageOf, pass, skip, type CheckResult } from '../checkResult.js';
import type { DoctorContext } from '../doctorContext.js';

export const MAILBOX_READ = 'One mailbox readable with metadata only';

export async function checkMailboxRead(context: DoctorContext): Promise<CheckResult> {
  if (context.target.entries === null) return skip(MAILBOX_READ, 'no mailboxes configured yet');
  let directory;
  try {
    directory = (await context.access()).directory;
  } catch {
    return skip(MAILBOX_READ, 'needs a Graph token');
  }
  const mailbox = directory?.mailboxes[0];
  if (!mailbox) return skip(MAILBOX_READ, 'no configured mailbox resolved');
  try {
    const probe = await probeMailbox(context.graph().graph, mailbox, context.target.now());
    const read = `${mailbox.address}: inbox with $select=${PROBE_MESSAGE_FIELD}, calendar with $select=${PROBE_EVENT_FIELD}, $top=1`;
    if (probe.mail === 'readable' && probe.calendar === 'readable') return pass(MAILBOX_READ, read);
    const refused = [probe.mail !== 'readable' ? `mail ${probe.mail}` : '', probe.calendar !== 'readable' ? `calendar ${probe.calendar}` : ''].filter(Boolean).join(', ');
    return fail(MAILBOX_READ, `${read}: ${refused}${probe.error ? ` (${probe.error})` : ''}`, 'grant Mail.ReadBasic.All and Calendars.ReadBasic.All, or add this mailbox to the Exchange RBAC scope');
  } catch (error) {
    return fail(MAILBOX_READ, `${mailbox.address}: ${messageOf(error)}`);
  }
}

/**
 * "The directory answers" (one user, id only) and "configured mailboxes and groups resolve":
 * the entries, users and groups (nested), to 2..2,500 mailboxes.
 */
import { MAX_MAILBOXES, MIN_MAILBOXES } from '../../jobs/aggregateRun.js';
import { fail, messageOf, pass, skip, warn, type CheckResult } from '../checkResult.js';
import type { DoctorContext } from '../doctorContext.js';

export const DIRECTORY = 'The directory answers';
export const RESOLVE = 'Configured mailboxes and groups resolve';

export async function checkDirectory(context: DoctorContext): Promise<CheckResult> {
  try {
    await context.roles();
  } catch {
    return skip(DIRECTORY, 'needs a Graph token');
  }
  try {
    const page = await context.graph().graph.get<{ value?: unknown[] }>('/users?$select=id&$top=1');
    return pass(DIRECTORY, `Microsoft Graph listed ${page.value?.length ?? 0} user with $select=id`);
  } catch (error) {
    return fail(DIRECTORY, messageOf(error), 'User.ReadBasic.All must be granted to the app; check Graph\'s service health otherwise');
  }
}

export async function checkMailboxesResolve(context: DoctorContext): Promise<CheckResult> {
  const entries = context.target.entries;
  if (entries === null) return skip(RESOLVE, 'no mailboxes configured yet (configure the enrichment in Teams, or pass --mailboxes)');
  let directory;
  try {
    directory = (await context.access()).directory;
  } catch {
    return skip(RESOLVE, 'needs a Graph token');
  }
  if (directory === null) return skip(RESOLVE, 'needs User.ReadBasic.All and GroupMember.Read.All');
  const count = directory.mailboxes.length;
  const found = `${entries.length} ${entries.length === 1 ? 'entry' : 'entries'} resolved to ${count} ${count === 1 ? 'mailbox' : 'mailboxes'}`;
  if (count < MIN_MAILBOXES || count > MAX_MAILBOXES) {
    return fail(RESOLVE, `${found}; Rapport reads ${MIN_MAILBOXES} to ${MAX_MAILBOXES.toLocaleString('en-US')}`, 'change the users and groups with "configure engagement"');
  }
  const notes = [
    ...(directory.unknownEntries.length > 0 ? [`not in the directory: ${directory.unknownEntries.join(', ')}`] : []),
    ...(directory.withoutMailbox.length > 0 ? [`${directory.withoutMailbox.length} member(s) without a mailbox`] : []),
  ];
  return notes.length > 0 ? warn(RESOLVE, `${found}; ${notes.join('; ')}`, 'correct or remove the entries with "configure engagement"') : pass(RESOLVE, found);
}

/**
 * Whether the app's grants cover the mailboxes it is to read: the token's roles (fresh: a
 * grant may be minutes old), the directory, and probe reads (mailboxProbe.ts) where no
 * tenant-wide role covers the mailboxes. Throws GraphAuthError when the app cannot sign in.
 */
import type { Timestamp } from '../../engagement/activity.js';
import { rolesMissingError } from './consent.js';
import { lookUpEntries, type DirectoryMailbox, type ResolvedDirectory } from './directory.js';
import type { GraphConfig } from './graphConfig.js';
import { withGraphSession, type GraphSession } from './graphSession.js';
import { assessAccess, DIRECTORY_ROLES, MAILBOX_ROLES, type AccessOptions, type MailboxAccess } from './mailboxAccess.js';
import { probeMailboxes } from './mailboxProbe.js';

export interface AccessReport {
  access: MailboxAccess;
  /** The configured entries resolved; null when the directory roles are missing. */
  directory: ResolvedDirectory | null;
}

/** Every configured mailbox probed: what "consent status" and `rapport doctor` report. */
export function checkMailboxAccess(config: GraphConfig, entries: readonly string[], options: AccessOptions & { at: Timestamp }): Promise<AccessReport> {
  return withGraphSession(config, (session) => assessMailboxAccess(session, entries, options));
}

/** The same, in a session the caller holds (and closes). */
export async function assessMailboxAccess(session: GraphSession, entries: readonly string[], options: AccessOptions & { at: Timestamp }): Promise<AccessReport> {
  const roles = (await session.auth.checkConsent()).granted;
  if (DIRECTORY_ROLES.some((role) => !roles.includes(role))) return { access: assessAccess(roles, [], options), directory: null };
  const directory = entries.length > 0 ? await lookUpEntries(session.graph, entries) : null;
  const probes = directory ? await probeMailboxes(session.graph, directory.mailboxes, options.at) : [];
  return { access: assessAccess(roles, probes, options), directory };
}

const coversAllMailboxes = (roles: readonly string[]) => Object.values(MAILBOX_ROLES).every((role) => roles.includes(role));

/**
 * The directory roles, before anything is resolved. Without them no scope can be probed, so
 * 'roles-missing' names every required role the token lacks.
 */
export async function requireDirectoryRoles(session: GraphSession, clientId: string): Promise<string[]> {
  const check = await session.auth.checkConsent();
  if (DIRECTORY_ROLES.some((role) => !check.granted.includes(role))) throw rolesMissingError(check, clientId);
  return check.granted;
}

/**
 * Before a run: tenant-wide roles, or a scope in which at least one of the mailboxes is
 * readable (probed until one is). Mailboxes outside the scope then fail on their own in the
 * run (403), named in its problems. Throws 'roles-missing' otherwise.
 */
export async function requireMailboxAccess(session: GraphSession, roles: readonly string[], mailboxes: readonly DirectoryMailbox[], clientId: string, at: Timestamp): Promise<void> {
  if (coversAllMailboxes(roles)) return;
  const access = assessAccess(roles, await probeMailboxes(session.graph, mailboxes, at, { untilReadable: true }));
  if (access.missing.length > 0) throw rolesMissingError({ granted: [...roles], missing: access.missing }, clientId);
}

/**
 * Office 365 through Microsoft Graph as an ActivitySource: sign in, check the grants (the
 * directory roles, and tenant-wide mail roles or an Exchange RBAC scope), resolve the
 * configured users and groups to mailboxes, then stream their metadata.
 */
import type { Timestamp } from '../../engagement/activity.js';
import { requireDirectoryRoles, requireMailboxAccess } from './accessCheck.js';
import { checkMailboxCount, lookUpEntries, resolveDirectory, type ResolvedDirectory } from './directory.js';
import type { GraphConfig } from './graphConfig.js';
import { openGraphSession, withGraphSession } from './graphSession.js';
import { mailboxSource, type MailboxActivitySource, type MailboxStatus } from './mailboxSource.js';
import { readWindow } from './readWindow.js';
import type { ThrottleOptions } from './throttling.js';

export interface GraphSourceOptions {
  /** Configured user addresses or UPNs, group addresses, group (or user) object ids. */
  entries: readonly string[];
  /** The entries as `readDirectory` resolved them moments ago: not resolved again (the 2..2,500 rule still applies). */
  directory?: ResolvedDirectory;
  asOf: Timestamp;
  /** Requests in flight over all mailboxes. Default 16. */
  globalConcurrency?: number;
  /** Requests in flight per mailbox. Default 4 (Graph's limit). */
  perMailboxConcurrency?: number;
  /** Mailboxes read ahead of the run, the current one included. Default: globalConcurrency. */
  prefetchMailboxes?: number;
  /** Pages one read-ahead mailbox may hold before its reads wait. Default 8. */
  bufferedPagesPerMailbox?: number;
  /** Budget, attempts, backoff, clock and randomness of the throttle. */
  throttle?: Omit<ThrottleOptions, 'globalConcurrency' | 'perMailboxConcurrency'>;
  onMailboxStatus?: (status: MailboxStatus) => void;
}

export interface GraphSource {
  directory: ResolvedDirectory;
  source: MailboxActivitySource;
  statuses(): MailboxStatus[];
  /** Closes the connections of the trusted-CA dispatcher, if one was made. */
  close(): Promise<void>;
}

/**
 * Throws GraphAuthError (sign-in failed, or 'roles-missing' naming the missing roles),
 * DirectoryError (fewer than 2 or more than 2,500 mailboxes) or GraphConfigError.
 */
export async function createGraphSource(config: GraphConfig, options: GraphSourceOptions): Promise<GraphSource> {
  const session = openGraphSession(config, {
    ...options.throttle,
    ...(options.globalConcurrency === undefined ? {} : { globalConcurrency: options.globalConcurrency }),
    ...(options.perMailboxConcurrency === undefined ? {} : { perMailboxConcurrency: options.perMailboxConcurrency }),
  });
  try {
    const roles = await requireDirectoryRoles(session, config.clientId);
    const directory = options.directory ?? await resolveDirectory(session.graph, options.entries);
    if (options.directory) checkMailboxCount(directory);
    await requireMailboxAccess(session, roles, directory.mailboxes, config.clientId, options.asOf);
    const { throttle } = session;
    const source = mailboxSource(session.graph, directory.mailboxes, {
      window: readWindow(options.asOf),
      prefetchMailboxes: options.prefetchMailboxes ?? throttle.globalConcurrency,
      bufferedPages: options.bufferedPagesPerMailbox ?? 8,
      requests: throttle,
      ...(options.onMailboxStatus ? { onMailboxStatus: options.onMailboxStatus } : {}),
    });
    return { directory, source, statuses: () => source.statuses(), close: session.close };
  } catch (error) {
    await session.close();
    throw error;
  }
}

/**
 * Signs in, checks the directory roles and resolves `entries` without reading any mailbox or
 * applying the 2..2,500 rule: the directory as an admin sees it while configuring. Throws GraphAuthError.
 */
export function readDirectory(config: GraphConfig, entries: readonly string[]): Promise<ResolvedDirectory> {
  return withGraphSession(config, async (session) => {
    await requireDirectoryRoles(session, config.clientId);
    return lookUpEntries(session.graph, entries);
  });
}

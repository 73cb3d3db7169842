/**
 * Office 365 through Microsoft Graph as an ActivitySource: sign in, check admin consent,
 * resolve the configured users and groups to mailboxes, then stream their metadata.
 */
import type { Timestamp } from '../../engagement/activity.js';
import { createGraphAuth } from './auth.js';
import { rolesMissingError } from './consent.js';
import { checkMailboxCount, lookUpEntries, resolveDirectory, type ResolvedDirectory } from './directory.js';
import { createGraphClient } from './graphClient.js';
import type { GraphConfig } from './graphConfig.js';
import { graphRequester } from './graphRequester.js';
import { mailboxSource, type MailboxActivitySource, type MailboxStatus } from './mailboxSource.js';
import { readWindow } from './readWindow.js';
import { Throttle, type ThrottleOptions } from './throttling.js';
import { trustedDispatcher } from './trustedDispatcher.js';

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
  const dispatcher = trustedDispatcher(config.caPem);
  const close = async () => {
    await dispatcher?.close();
  };
  try {
    const auth = createGraphAuth(config, dispatcher);
    const consent = await auth.checkConsent();
    if (consent.missing.length > 0) throw rolesMissingError(consent, config.clientId);

    const throttle = new Throttle({
      ...options.throttle,
      ...(options.globalConcurrency === undefined ? {} : { globalConcurrency: options.globalConcurrency }),
      ...(options.perMailboxConcurrency === undefined ? {} : { perMailboxConcurrency: options.perMailboxConcurrency }),
    });
    const graph = graphRequester(createGraphClient(config, auth, dispatcher), auth, throttle, options.throttle?.now);
    const directory = options.directory ?? await resolveDirectory(graph, options.entries);
    if (options.directory) checkMailboxCount(directory);
    const source = mailboxSource(graph, directory.mailboxes, {
      window: readWindow(options.asOf),
      prefetchMailboxes: options.prefetchMailboxes ?? throttle.globalConcurrency,
      bufferedPages: options.bufferedPagesPerMailbox ?? 8,
      requests: throttle,
      ...(options.onMailboxStatus ? { onMailboxStatus: options.onMailboxStatus } : {}),
    });
    return { directory, source, statuses: () => source.statuses(), close };
  } catch (error) {
    await close();
    throw error;
  }
}

/**
 * Signs in, checks consent and resolves `entries` without reading any mailbox or applying the
 * 2..2,500 rule: the directory as an admin sees it while configuring. Throws GraphAuthError.
 */
export async function readDirectory(config: GraphConfig, entries: readonly string[]): Promise<ResolvedDirectory> {
  const dispatcher = trustedDispatcher(config.caPem);
  try {
    const auth = createGraphAuth(config, dispatcher);
    const consent = await auth.checkConsent();
    if (consent.missing.length > 0) throw rolesMissingError(consent, config.clientId);
    const graph = graphRequester(createGraphClient(config, auth, dispatcher), auth, new Throttle({}));
    return await lookUpEntries(graph, entries);
  } finally {
    await dispatcher?.close();
  }
}

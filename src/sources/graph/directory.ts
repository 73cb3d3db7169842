/**
 * Configured entries (user addresses or UPNs, group addresses, group or user object ids) to
 * the distinct monitored mailboxes with their Entra object ids: the Office_UserEntity table.
 */
import { isValidAddress, normalizeAddress } from '../../engagement/activity.js';
import { MailboxCountError, MAX_MAILBOXES, MIN_MAILBOXES } from '../../jobs/aggregateRun.js';
import type { GraphGet } from './graphRequester.js';
import { GraphRequestError } from './graphRequestError.js';
import { collectPages } from './paging.js';

export interface DirectoryMailbox {
  address: string;
  objectId: string;
  displayName: string;
}

export interface MemberWithoutMailbox {
  /** The configured entry it came from. */
  entry: string;
  objectId: string;
  displayName: string;
}

export interface ResolvedDirectory {
  /** Distinct mailboxes, sorted by address. */
  mailboxes: DirectoryMailbox[];
  /** Entries that are neither a user nor a group of this tenant. */
  unknownEntries: string[];
  /** Users found (directly or as group members) who have no mailbox (`mail` is null). */
  withoutMailbox: MemberWithoutMailbox[];
}

/** A MailboxCountError, so that whatever reports a wrong mailbox count reports this one too. */
export class DirectoryError extends MailboxCountError {
  override name = 'DirectoryError';
  constructor(message: string, readonly count: number, readonly directory: ResolvedDirectory) {
    super(message);
  }
}

interface DirectoryObject {
  '@odata.type'?: string;
  id: string;
  mail?: string | null;
  displayName?: string | null;
}

const SELECT = '$select=id,mail,displayName';
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Resolves every entry (concurrently, paced by the throttle) and checks the 2..2,500 rule. */
export async function resolveDirectory(graph: GraphGet, entries: readonly string[]): Promise<ResolvedDirectory> {
  const directory = await lookUpEntries(graph, entries);
  checkMailboxCount(directory);
  return directory;
}

/** Resolves every entry without the count rule: what an admin is shown while choosing mailboxes. */
export async function lookUpEntries(graph: GraphGet, entries: readonly string[]): Promise<ResolvedDirectory> {
  const distinctEntries = [...new Set(entries.map((entry) => entry.trim()).filter(Boolean))];
  const found = await Promise.all(distinctEntries.map((entry) => resolveEntry(graph, entry)));
  const mailboxes = new Map<string, DirectoryMailbox>();
  const unknownEntries: string[] = [];
  const withoutMailbox = new Map<string, MemberWithoutMailbox>();
  found.forEach((users, index) => {
    const entry = distinctEntries[index]!;
    if (users === null) {
      unknownEntries.push(entry);
      return;
    }
    for (const user of users) {
      const address = user.mail ? normalizeAddress(user.mail) : '';
      if (!isValidAddress(address)) withoutMailbox.set(user.id, { entry, objectId: user.id, displayName: user.displayName ?? '' });
      else if (!mailboxes.has(user.id)) mailboxes.set(user.id, { address, objectId: user.id, displayName: user.displayName ?? '' });
    }
  });
  const byAddress = new Map([...mailboxes.values()].map((mailbox) => [mailbox.address, mailbox]));
  return {
    mailboxes: [...byAddress.values()].sort((a, b) => (a.address < b.address ? -1 : a.address > b.address ? 1 : 0)),
    unknownEntries,
    withoutMailbox: [...withoutMailbox.values()],
  };
}

/** The 2..2,500 rule: a DirectoryError naming what was found otherwise. */
export function checkMailboxCount(directory: ResolvedDirectory): void {
  const count = directory.mailboxes.length;
  if (count >= MIN_MAILBOXES && count <= MAX_MAILBOXES) return;
  const found = `${count.toLocaleString('en-US')} mailbox${count === 1 ? '' : 'es'} found`;
  const unknown = directory.unknownEntries.length > 0 ? `; not found in the directory: ${directory.unknownEntries.join(', ')}` : '';
  const none = directory.withoutMailbox.length > 0 ? `; ${directory.withoutMailbox.length} member(s) without a mailbox` : '';
  throw new DirectoryError(`${found}${unknown}${none}. Rapport monitors between ${MIN_MAILBOXES} and ${MAX_MAILBOXES.toLocaleString('en-US')} mailboxes: change the configured users and groups.`, count, directory);
}

/** The users an entry stands for (a group's transitive members), or null when it is unknown. */
async function resolveEntry(graph: GraphGet, entry: string): Promise<DirectoryObject[] | null> {
  if (GUID.test(entry)) {
    const group = await getOrNull(graph, `/groups/${entry}?${SELECT}`);
    if (group) return groupMembers(graph, group.id);
    const user = await getOrNull(graph, `/users/${entry}?${SELECT}`);
    return user ? [user] : null;
  }
  const byName = await getOrNull(graph, `/users/${encodeURIComponent(entry).replace(/%40/g, '@')}?${SELECT}`);
  if (byName) return [byName];
  const group = (await findByMail(graph, 'groups', entry))[0];
  if (group) return groupMembers(graph, group.id);
  const users = await findByMail(graph, 'users', entry);
  return users.length > 0 ? users.slice(0, 1) : null;
}

async function groupMembers(graph: GraphGet, groupId: string): Promise<DirectoryObject[]> {
  const members = await collectPages<DirectoryObject>(graph, `/groups/${groupId}/transitiveMembers?${SELECT}&$top=999`);
  // Nested groups are listed too (their users already are); devices and contacts are no mailboxes.
  return members.filter((member) => (member['@odata.type'] ?? '#microsoft.graph.user') === '#microsoft.graph.user');
}

function findByMail(graph: GraphGet, collection: 'users' | 'groups', address: string): Promise<DirectoryObject[]> {
  const filter = encodeURIComponent(`mail eq '${address.replace(/'/g, "''")}'`);
  return collectPages<DirectoryObject>(graph, `/${collection}?$filter=${filter}&${SELECT}`);
}

async function getOrNull(graph: GraphGet, path: string): Promise<DirectoryObject | null> {
  try {
    return await graph.get<DirectoryObject>(path);
  } catch (error) {
    // 400: not a valid id or name for this collection, which is as good as not found.
    if (error instanceof GraphRequestError && (error.status === 404 || error.status === 400)) return null;
    throw error;
  }
}

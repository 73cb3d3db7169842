import { describe, expect, it } from 'vitest';
import { DirectoryError, resolveDirectory } from '../../../src/sources/graph/directory.js';
import { GraphRequestError } from '../../../src/sources/graph/graphRequestError.js';
import { fakeGraph, filteredMail, notFound, page } from './fakeGraph.js';

interface User { id: string; userPrincipalName: string; mail: string | null; displayName: string }
interface Group { id: string; mail: string; displayName: string; members: string[] }

const guid = (n: number) => `00000000-0000-0000-0000-${String(n).padStart(12, '0')}`;
const user = (n: number, name: string, mail: string | null = `${name}@contoso.com`): User => ({ id: guid(n), userPrincipalName: `${name}@contoso.onmicrosoft.com`, mail, displayName: name });

/** A small directory served the way Graph serves it, transitive members 2 a page. */
function directoryGraph(users: User[], groups: Group[], memberPageSize = 2) {
  const byId = new Map(users.map((u) => [u.id, u]));
  const asObject = (u: User) => ({ '@odata.type': '#microsoft.graph.user', id: u.id, mail: u.mail, displayName: u.displayName });
  const transitive = (group: Group, seen = new Set<string>()): unknown[] =>
    group.members.flatMap((id) => {
      if (seen.has(id)) return [];
      seen.add(id);
      const nested = groups.find((g) => g.id === id);
      if (nested) return [{ '@odata.type': '#microsoft.graph.group', id: nested.id, mail: nested.mail, displayName: nested.displayName }, ...transitive(nested, seen)];
      return [asObject(byId.get(id)!)];
    });
  return fakeGraph((url) => {
    const [, collection, key, relation] = url.pathname.replace('/v1.0/', '/').split('/');
    // Graph compares addresses in $filter without regard to case.
    const mail = filteredMail(url)?.toLowerCase();
    if (collection === 'users' && key === undefined) return { value: users.filter((u) => u.mail?.toLowerCase() === mail).map(asObject) };
    if (collection === 'groups' && key === undefined) return { value: groups.filter((g) => g.mail.toLowerCase() === mail).map(({ id, mail, displayName }) => ({ id, mail, displayName })) };
    if (collection === 'users') {
      const found = users.find((u) => u.id === key || u.userPrincipalName === decodeURIComponent(key!));
      if (!found) throw notFound(key!);
      return asObject(found);
    }
    const group = groups.find((g) => g.id === key);
    if (!group) throw notFound(key!);
    if (relation === 'transitiveMembers') return page(url, transitive(group), memberPageSize);
    return { id: group.id, mail: group.mail, displayName: group.displayName };
  });
}

const alice = user(1, 'alice');
const bob = user(2, 'bob');
const carol = user(3, 'carol', null);
const dave = user(4, 'dave');
const erin = user(5, 'erin', 'Erin@Contoso.com');
const sales: Group = { id: guid(100), mail: 'sales@contoso.com', displayName: 'Sales', members: [alice.id, guid(101), carol.id] };
const emea: Group = { id: guid(101), mail: 'emea@contoso.com', displayName: 'EMEA', members: [bob.id, erin.id, alice.id] };

describe('resolveDirectory', () => {
  it('resolves users and (nested) groups to distinct mailboxes with their object ids', async () => {
    const graph = directoryGraph([alice, bob, carol, dave, erin], [sales, emea]);
    const directory = await resolveDirectory(graph, ['sales@contoso.com', 'dave@contoso.onmicrosoft.com', ' bob@contoso.onmicrosoft.com ', emea.id]);
    expect(directory.mailboxes).toEqual([
      { address: 'alice@contoso.com', objectId: alice.id, displayName: 'alice' },
      { address: 'bob@contoso.com', objectId: bob.id, displayName: 'bob' },
      { address: 'dave@contoso.com', objectId: dave.id, displayName: 'dave' },
      { address: 'erin@contoso.com', objectId: erin.id, displayName: 'erin' },
    ]);
    expect(directory.withoutMailbox).toEqual([{ entry: 'sales@contoso.com', objectId: carol.id, displayName: 'carol' }]);
    expect(directory.unknownEntries).toEqual([]);
  });

  it('follows @odata.nextLink through transitive members and asks only for ids, addresses and names', async () => {
    const graph = directoryGraph([alice, bob, carol, dave, erin], [sales, emea], 1);
    await resolveDirectory(graph, [sales.id]);
    const memberCalls = graph.calls.filter((call) => call.url.pathname.endsWith('/transitiveMembers'));
    expect(memberCalls.length).toBe(5);
    expect(memberCalls[0]!.url.searchParams.get('$select')).toBe('id,mail,displayName');
    expect(memberCalls[0]!.url.searchParams.get('$top')).toBe('999');
    expect(memberCalls[1]!.url.searchParams.get('$skiptoken')).toBe('1');
    expect(graph.calls.every((call) => call.options.mailbox === undefined)).toBe(true);
  });

  it('looks an address up as a UPN, then as a group address, then as a user address', async () => {
    const graph = directoryGraph([alice, bob, dave, erin], [sales, emea]);
    const directory = await resolveDirectory(graph, ['erin@contoso.com', 'alice@contoso.com']);
    expect(directory.mailboxes.map((mailbox) => mailbox.address)).toEqual(['alice@contoso.com', 'erin@contoso.com']);
    const erinCalls = graph.calls.filter((call) => call.url.href.includes('erin')).map((call) => `${call.url.pathname} ${call.url.searchParams.get('$filter') ?? ''}`.trim());
    expect(erinCalls).toEqual(['/v1.0/users/erin@contoso.com', "/v1.0/groups mail eq 'erin@contoso.com'", "/v1.0/users mail eq 'erin@contoso.com'"]);
  });

  it('reports entries that are neither users nor groups', async () => {
    const graph = directoryGraph([alice, bob], []);
    const directory = await resolveDirectory(graph, ['alice@contoso.com', 'bob@contoso.com', 'nobody@contoso.com', guid(999)]);
    expect(directory.unknownEntries).toEqual(['nobody@contoso.com', guid(999)]);
    expect(directory.mailboxes).toHaveLength(2);
  });

  it('refuses fewer than 2 mailboxes, saying how many were found', async () => {
    const graph = directoryGraph([alice, carol], []);
    const error = await resolveDirectory(graph, ['alice@contoso.com', 'carol@contoso.onmicrosoft.com', 'ghost@contoso.com']).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DirectoryError);
    expect((error as DirectoryError).count).toBe(1);
    expect((error as DirectoryError).message).toMatch(/^1 mailbox found; not found in the directory: ghost@contoso.com; 1 member\(s\) without a mailbox\./);
    expect((error as DirectoryError).directory.mailboxes).toHaveLength(1);
  });

  it('refuses more than 2,500 mailboxes, saying how many were found', async () => {
    const users = Array.from({ length: 2_501 }, (_, i) => user(1_000 + i, `user${i}`));
    const everyone: Group = { id: guid(100), mail: 'everyone@contoso.com', displayName: 'Everyone', members: users.map((u) => u.id) };
    const graph = directoryGraph(users, [everyone], 999);
    const error = await resolveDirectory(graph, ['everyone@contoso.com']).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DirectoryError);
    expect((error as DirectoryError).count).toBe(2_501);
    expect((error as DirectoryError).message).toMatch(/^2,501 mailboxes found\. Rapport monitors between 2 and 2,500 mailboxes/);
  });

  it('lets other Graph errors through', async () => {
    const graph = fakeGraph(() => {
      throw new GraphRequestError(403, 'Authorization_RequestDenied', 'HTTP 403 Authorization_RequestDenied: Insufficient privileges');
    });
    await expect(resolveDirectory(graph, ['a@contoso.com', 'b@contoso.com'])).rejects.toMatchObject({ status: 403 });
  });
});

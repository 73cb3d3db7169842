/** Users, groups and groups' transitive members. */
import type { DirectoryMember } from '../directoryIndex.js';
import { directoryObjectNotFound } from '../graphErrors.js';
import { canonicalSelection, DIRECTORY_OBJECT_TYPE, GROUP_TYPE, groupJson, project, USER_TYPE, userJson, type GraphObject } from '../graphJson.js';
import { equalityFilter, selectedNames } from '../odataQuery.js';
import type { SimulatedGroup, SimulatedUser } from '../../tenantModel.js';
import { pagedCollection, type GraphRequest, type GraphRoute, type PageSizes } from './graphRoute.js';

const DIRECTORY_PAGE: PageSizes = { default: 100, max: 999 };

function usersMatching(request: GraphRequest): readonly SimulatedUser[] {
  const filter = request.query.get('$filter');
  if (filter === null) return request.directory.users;
  const { field, value } = equalityFilter(filter, ['mail', 'userPrincipalName']);
  const user = request.directory.user(value);
  const matches = user !== undefined && user.address.toLowerCase() === value.trim().toLowerCase() && (field !== 'mail' || user.hasMailbox);
  return matches ? [user] : [];
}

function groupsMatching(request: GraphRequest): readonly SimulatedGroup[] {
  const filter = request.query.get('$filter');
  if (filter === null) return request.directory.groups;
  const { value } = equalityFilter(filter, ['mail']);
  const group = request.directory.group(value);
  return group !== undefined && group.address.toLowerCase() === value.trim().toLowerCase() ? [group] : [];
}

function memberJson(member: DirectoryMember): GraphObject {
  return member.kind === 'user'
    ? { '@odata.type': '#microsoft.graph.user', ...userJson(member.user) }
    : { '@odata.type': '#microsoft.graph.group', ...groupJson(member.group) };
}

function findGroup(request: GraphRequest): SimulatedGroup {
  const key = request.params['group']!;
  const group = request.directory.group(key);
  if (group === undefined) throw directoryObjectNotFound(key);
  return group;
}

export const DIRECTORY_ROUTES: readonly GraphRoute[] = [
  {
    pattern: ['users'],
    role: 'User.ReadBasic.All',
    deniedAs: 'directory',
    handle(request) {
      const selection = canonicalSelection(selectedNames(request.query), USER_TYPE);
      const users = usersMatching(request);
      return pagedCollection(request, users.length, (index) => project(userJson(users[index]!), selection, USER_TYPE), DIRECTORY_PAGE);
    },
  },
  {
    pattern: ['users', ':user'],
    role: 'User.ReadBasic.All',
    deniedAs: 'directory',
    handle(request) {
      const selection = canonicalSelection(selectedNames(request.query), USER_TYPE);
      const key = request.params['user']!;
      const user = request.directory.user(key);
      if (user === undefined) throw directoryObjectNotFound(key);
      return { status: 200, body: project(userJson(user), selection, USER_TYPE) };
    },
  },
  {
    pattern: ['groups'],
    role: 'GroupMember.Read.All',
    deniedAs: 'directory',
    handle(request) {
      const selection = canonicalSelection(selectedNames(request.query), GROUP_TYPE);
      const groups = groupsMatching(request);
      return pagedCollection(request, groups.length, (index) => project(groupJson(groups[index]!), selection, GROUP_TYPE), DIRECTORY_PAGE);
    },
  },
  {
    pattern: ['groups', ':group'],
    role: 'GroupMember.Read.All',
    deniedAs: 'directory',
    handle(request) {
      const selection = canonicalSelection(selectedNames(request.query), GROUP_TYPE);
      return { status: 200, body: project(groupJson(findGroup(request)), selection, GROUP_TYPE) };
    },
  },
  {
    pattern: ['groups', ':group', 'transitiveMembers'],
    role: 'GroupMember.Read.All',
    deniedAs: 'directory',
    handle(request) {
      const selection = canonicalSelection(selectedNames(request.query), DIRECTORY_OBJECT_TYPE);
      const members = request.directory.transitiveMembers(findGroup(request));
      return pagedCollection(request, members.length, (index) => project(memberJson(members[index]!), selection, DIRECTORY_OBJECT_TYPE), DIRECTORY_PAGE);
    },
  },
];

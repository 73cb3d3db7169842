import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSimulator, type RunningSimulator } from '../../../../src/sources/simulator/server/simulator.js';
import { GROUPS, handmadeTenant, USERS } from './handmadeTenant.js';
import { SimulatorClient } from './simulatorClient.js';

let simulator: RunningSimulator;
let client: SimulatorClient;
const [user1, user2, , , , unlicensed] = USERS;
const [groupA, groupB, groupC, emptyGroup] = GROUPS;

beforeAll(async () => {
  simulator = await startSimulator({ tenant: handmadeTenant() });
  client = new SimulatorClient(simulator);
});

afterAll(async () => {
  await client.close();
  await simulator.close();
});

describe('users', () => {
  it('finds a user by id, user principal name or mail, in any case', async () => {
    for (const key of [user1!.id, user1!.address, user1!.address.toUpperCase()]) {
      const response = await client.get(`/users/${encodeURIComponent(key)}?$select=id,mail,displayName,userPrincipalName`);
      expect(response.status).toBe(200);
      expect(response.body).toEqual({ id: user1!.id, mail: user1!.address, displayName: 'User 1', userPrincipalName: user1!.address });
    }
  });

  it('returns every property without $select, and mail null for a user without a mailbox', async () => {
    const response = await client.get(`/users/${unlicensed!.id}`);
    expect(response.body).toMatchObject({ id: unlicensed!.id, displayName: 'User 6', mail: null, userPrincipalName: unlicensed!.address, givenName: 'User', surname: '6' });
  });

  it('filters by mail or userPrincipalName', async () => {
    const byMail = await client.get(`/users?$filter=${encodeURIComponent(`mail eq '${user2!.address.toUpperCase()}'`)}&$select=id`);
    expect(byMail.body.value).toEqual([{ id: user2!.id }]);
    const byPrincipalName = await client.get(`/users?$filter=${encodeURIComponent(`userPrincipalName eq '${unlicensed!.address}'`)}&$select=id,mail`);
    expect(byPrincipalName.body.value).toEqual([{ id: unlicensed!.id, mail: null }]);
    const noMailbox = await client.get(`/users?$filter=${encodeURIComponent(`mail eq '${unlicensed!.address}'`)}`);
    expect(noMailbox.body.value).toEqual([]);
    const badFilter = await client.get(`/users?$filter=${encodeURIComponent("jobTitle eq 'x'")}`);
    expect(badFilter.status).toBe(400);
  });

  it('answers 404 Request_ResourceNotFound for an unknown user and 400 for an unknown property', async () => {
    const unknown = await client.get('/users/nobody@fabrikam.example');
    expect(unknown.status).toBe(404);
    expect(unknown.body.error.code).toBe('Request_ResourceNotFound');
    expect(unknown.body.error.innerError).toHaveProperty('request-id');
    expect(unknown.body.error.innerError).toHaveProperty('date');
    const badSelect = await client.get(`/users/${user1!.id}?$select=id,favouriteColour`);
    expect(badSelect.status).toBe(400);
    expect(badSelect.body.error.message).toContain("'favouriteColour'");
  });
});

describe('groups', () => {
  it('finds a group by id and by mail', async () => {
    const byId = await client.get(`/groups/${groupA!.id}?$select=id,displayName,mail`);
    expect(byId.body).toEqual({ id: groupA!.id, displayName: 'Group A', mail: groupA!.address });
    const byMail = await client.get(`/groups?$filter=${encodeURIComponent(`mail eq '${groupB!.address}'`)}&$select=id,mail`);
    expect(byMail.body.value).toEqual([{ id: groupB!.id, mail: groupB!.address }]);
    const unknown = await client.get('/groups/00000000-0000-0000-0000-000000000000');
    expect(unknown.status).toBe(404);
    expect(unknown.body.error.code).toBe('Request_ResourceNotFound');
  });

  it('lists transitive members, nested groups flattened, each once, over absolute next links', async () => {
    const { items, pages, links } = await client.getAll(`/groups/${groupA!.id}/transitiveMembers?$select=id,mail,displayName&$top=2`);
    expect(pages).toBe(4);
    for (const link of links) {
      expect(link.startsWith(`${simulator.url}/v1.0/groups/${groupA!.id}/transitiveMembers?`)).toBe(true);
      expect(link).toContain('$skiptoken=');
      expect(link).toContain('$top=2');
    }
    const ids = items.map((item) => item['id']);
    expect(new Set(ids).size).toBe(ids.length);
    const users = items.filter((item) => item['@odata.type'] === '#microsoft.graph.user').map((item) => item['id']);
    const groups = items.filter((item) => item['@odata.type'] === '#microsoft.graph.group').map((item) => item['id']);
    expect(users.sort()).toEqual([USERS[0]!, USERS[1]!, USERS[2]!, USERS[3]!, USERS[5]!].map((user) => user.id).sort());
    expect(groups.sort()).toEqual([groupB!.id, groupC!.id].sort());
    expect(items.find((item) => item['id'] === unlicensed!.id)).toEqual({ '@odata.type': '#microsoft.graph.user', id: unlicensed!.id, mail: null, displayName: 'User 6' });
    expect(items.find((item) => item['id'] === groupC!.id)).toEqual({ '@odata.type': '#microsoft.graph.group', id: groupC!.id, mail: groupC!.address, displayName: 'Group C' });
  });

  it('uses a page of 100 by default, and an empty group has no members', async () => {
    const members = await client.get(`/groups/${groupC!.id}/transitiveMembers`);
    expect(members.body['@odata.nextLink']).toBeUndefined();
    expect(members.body.value).toHaveLength(7);
    const empty = await client.get(`/groups/${emptyGroup!.id}/transitiveMembers`);
    expect(empty.body).toEqual({ value: [] });
  });
});

describe('authorization', () => {
  it('answers 401 InvalidAuthenticationToken without a token or with a forged one', async () => {
    const missing = await client.get(`/users/${user1!.id}`, { token: null });
    expect(missing.status).toBe(401);
    expect(missing.body.error).toMatchObject({ code: 'InvalidAuthenticationToken', message: 'Access token is empty.' });
    const token = await client.token();
    const [header, payload] = token.split('.');
    const forged = `${header}.${payload}.${Buffer.from('not the signature').toString('base64url')}`;
    const rejected = await client.get(`/users/${user1!.id}`, { token: forged });
    expect(rejected.status).toBe(401);
    expect(rejected.body.error.code).toBe('InvalidAuthenticationToken');
  });

  it('answers 403 when the token lacks the role the endpoint needs', async () => {
    simulator.consent.revoke();
    simulator.consent.grant(['Calendars.ReadBasic.All']);
    const token = await client.newToken();
    simulator.consent.revoke();
    simulator.consent.grant();
    const users = await client.get(`/users/${user1!.id}`, { token });
    expect(users.status).toBe(403);
    expect(users.body.error.code).toBe('Authorization_RequestDenied');
    const members = await client.get(`/groups/${groupA!.id}/transitiveMembers`, { token });
    expect(members.status).toBe(403);
    const messages = await client.get(`/users/${user1!.id}/mailFolders/inbox/messages`, { token });
    expect(messages.status).toBe(403);
    expect(messages.body.error.code).toBe('ErrorAccessDenied');
    const calendar = await client.get(`/users/${user1!.id}/calendarView?startDateTime=2024-01-01T00:00:00Z&endDateTime=2024-02-01T00:00:00Z`, { token });
    expect(calendar.status).toBe(200);
  });

  it('answers 400 for a path it does not serve', async () => {
    const response = await client.get('/me/drive');
    expect(response.status).toBe(400);
    expect(response.body.error.code).toBe('BadRequest');
  });
});

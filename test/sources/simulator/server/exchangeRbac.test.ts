/**
 * The simulator's scoped mode, as Exchange RBAC for Applications answers: the token carries
 * only the directory roles, mailboxes in the management scope are readable, the others
 * answer 403 ErrorAccessDenied, and an Entra grant of the mail role widens access past it.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { DIRECTORY_ROLES, REQUIRED_ROLES, startSimulator, type RunningSimulator } from '../../../../src/sources/simulator/server/simulator.js';
import { handmadeTenant, USERS } from './handmadeTenant.js';
import { SimulatorClient, tokenClaims } from './simulatorClient.js';

const [user1, user2, user3] = USERS as [typeof USERS[number], typeof USERS[number], typeof USERS[number]];
const inbox = (address: string) => `/users/${address}/mailFolders/inbox/messages?$select=sentDateTime&$top=1`;
const calendar = (address: string) => `/users/${address}/calendarView?startDateTime=2024-01-01T00:00:00Z&endDateTime=2024-01-02T00:00:00Z&$select=start&$top=1`;

let simulator: RunningSimulator;
let client: SimulatorClient;

beforeAll(async () => {
  simulator = await startSimulator({ tenant: handmadeTenant(), scope: { mailboxes: [user1.address, user2.address.toUpperCase()] } });
  client = new SimulatorClient(simulator);
});

afterEach(() => {
  simulator.consent.revoke();
  simulator.consent.grant();
  simulator.exchangeRbac.clear();
  simulator.exchangeRbac.assign(['Mail.ReadBasic', 'Calendars.ReadBasic'], [user1.address, user2.address]);
});

afterAll(async () => {
  await client.close();
  await simulator.close();
});

describe('scoped mode', () => {
  it('issues tokens with the directory roles only', async () => {
    expect(tokenClaims(await client.newToken()).roles).toEqual([...DIRECTORY_ROLES].sort());
  });

  it('reads mail and calendars of mailboxes in the scope, by address in any case or by id', async () => {
    const token = await client.newToken();
    for (const path of [inbox(user1.address), inbox(user2.id), calendar(user2.address), calendar(user1.address.toUpperCase())]) {
      expect((await client.get(path, { token })).status).toBe(200);
    }
  });

  it('answers 403 ErrorAccessDenied outside the scope, and still reads the directory', async () => {
    const token = await client.newToken();
    for (const path of [inbox(user3.address), calendar(user3.id)]) {
      const response = await client.get(path, { token });
      expect(response.status).toBe(403);
      expect(response.body.error.code).toBe('ErrorAccessDenied');
    }
    expect((await client.get(`/users/${user3.address}?$select=id,mail`, { token })).status).toBe(200);
  });

  it('scopes each permission on its own', async () => {
    simulator.exchangeRbac.clear();
    simulator.exchangeRbac.assign(['Mail.ReadBasic'], [user1.address]);
    const token = await client.newToken();
    expect((await client.get(inbox(user1.address), { token })).status).toBe(200);
    expect((await client.get(calendar(user1.address), { token })).status).toBe(403);
  });

  it('an unscoped Entra grant of the mail role widens access beyond the scope', async () => {
    simulator.consent.grant(['Mail.ReadBasic.All']);
    const token = await client.newToken();
    expect((await client.get(inbox(user3.address), { token })).status).toBe(200);
    expect((await client.get(calendar(user3.address), { token })).status).toBe(403);
  });
});

describe('a token for the Bot Framework', () => {
  it('is issued for the bot\'s own scope, without Graph roles, and Graph refuses it', async () => {
    simulator.consent.grant([...REQUIRED_ROLES]);
    const response = await client.tokenRequest({ scope: 'https://api.botframework.com/.default' });
    expect(response.status).toBe(200);
    const claims = tokenClaims(response.body.access_token);
    expect(claims.aud).toBe('https://api.botframework.com');
    expect(claims.roles).toBeUndefined();
    const refused = await client.get(`/users/${user1.id}`, { token: response.body.access_token });
    expect(refused.status).toBe(401);
    expect(refused.body.error.message).toMatch(/Invalid audience/);
  });
});

describe('the managed identity endpoint', () => {
  const identity = (query: Record<string, string>, header = simulator.managedIdentity.header) =>
    client.request(`${simulator.managedIdentity.endpoint}?${new URLSearchParams({ 'api-version': '2019-08-01', ...query })}`, { headers: { 'X-IDENTITY-HEADER': header } });

  it('issues a Graph token with the granted roles to the user-assigned identity', async () => {
    const response = await identity({ resource: 'https://graph.microsoft.com', client_id: simulator.clientId });
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ token_type: 'Bearer', resource: 'https://graph.microsoft.com', client_id: simulator.clientId });
    expect(Number(response.body.expires_on)).toBeGreaterThan(Date.now() / 1000);
    expect(tokenClaims(response.body.access_token).roles).toEqual([...DIRECTORY_ROLES].sort());
    expect((await client.get(`/users/${user1.id}`, { token: response.body.access_token })).status).toBe(200);
  });

  it('refuses another identity, a wrong header and an unknown resource', async () => {
    expect((await identity({ resource: 'https://graph.microsoft.com', client_id: '00000000-0000-0000-0000-000000000000' })).body.message).toMatch(/No User Assigned/);
    expect((await identity({ resource: 'https://graph.microsoft.com', client_id: simulator.clientId }, 'wrong')).status).toBe(401);
    expect((await identity({ resource: 'https://vault.azure.net', client_id: simulator.clientId })).status).toBe(400);
  });
});

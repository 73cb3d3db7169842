import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { GRAPH_MAILBOX_LIMITS } from '../../../../src/sources/simulator/server/mailboxBudget.js';
import { startSimulator, type RunningSimulator } from '../../../../src/sources/simulator/server/simulator.js';
import { handmadeTenant, USERS } from './handmadeTenant.js';
import { SimulatorClient } from './simulatorClient.js';

const [user1, user2, user3, user4, user5] = USERS as [typeof USERS[number], typeof USERS[number], typeof USERS[number], typeof USERS[number], typeof USERS[number]];
const inbox = (address: string) => `/users/${address}/mailFolders/inbox/messages?$select=id&$top=1`;

let simulator: RunningSimulator;
let client: SimulatorClient;

beforeAll(async () => {
  simulator = await startSimulator({ tenant: handmadeTenant() });
  client = new SimulatorClient(simulator);
  await client.token();
});

afterEach(() => {
  Object.assign(simulator.faults, { throttleRate: 0, unavailableRate: 0, latencyMs: 0, retryAfterSeconds: 1, enforceMailboxConcurrency: true, missingMailboxes: [] });
  simulator.resetRecord();
});

afterAll(async () => {
  await client.close();
  await simulator.close();
});

describe('rate faults', () => {
  it('answers 429 with Retry-After at throttle rate 1', async () => {
    simulator.faults.throttleRate = 1;
    simulator.faults.retryAfterSeconds = 7;
    const response = await client.get(inbox(user1.address));
    expect(response.status).toBe(429);
    expect(response.headers.get('retry-after')).toBe('7');
    expect(response.body.error.code).toBe('ApplicationThrottled');
    expect(simulator.record.throttled).toBe(1);
    simulator.faults.throttleRate = 0;
    expect((await client.get(inbox(user1.address))).status).toBe(200);
  });

  it('answers 503 with Retry-After at unavailable rate 1', async () => {
    simulator.faults.unavailableRate = 1;
    const response = await client.get(`/users/${user1.id}`);
    expect(response.status).toBe(503);
    expect(response.headers.get('retry-after')).toBe('1');
    expect(response.body.error.code).toBe('ServiceUnavailable');
    expect(simulator.record.unavailable).toBe(1);
  });

  it('adds the configured latency to every API request', async () => {
    simulator.faults.latencyMs = 250;
    const started = performance.now();
    expect((await client.get(`/users/${user1.id}`)).status).toBe(200);
    expect(performance.now() - started).toBeGreaterThanOrEqual(240);
  });
});

describe('per-mailbox concurrency', () => {
  it('refuses a 5th request in flight for one mailbox with 429 while the 4 others succeed', async () => {
    simulator.faults.latencyMs = 1000;
    const responses = await Promise.all(Array.from({ length: 5 }, () => client.get(inbox(user2.address))));
    const statuses = responses.map((response) => response.status).sort();
    expect(statuses).toEqual([200, 200, 200, 200, 429]);
    const refused = responses.find((response) => response.status === 429)!;
    expect(refused.headers.get('retry-after')).toBe('1');
    expect(refused.body.error.code).toBe('ApplicationThrottled');
    expect(simulator.record.maxInFlightByMailbox.get(user2.address)).toBe(5);
    expect(simulator.record.maxInFlight).toBe(5);
  });

  it('counts each mailbox on its own, and lets everything through when the rule is off', async () => {
    simulator.faults.latencyMs = 800;
    const spread = await Promise.all([user1, user2, user3, user4, user5].map((user) => client.get(inbox(user.address))));
    expect(spread.map((response) => response.status)).toEqual([200, 200, 200, 200, 200]);
    simulator.faults.enforceMailboxConcurrency = false;
    const together = await Promise.all(Array.from({ length: 6 }, () => client.get(inbox(user3.address))));
    expect(together.map((response) => response.status)).toEqual([200, 200, 200, 200, 200, 200]);
    expect(simulator.record.maxInFlightByMailbox.get(user3.address)).toBe(6);
  });

  it('counts requests by mailbox, whether named by id or address', async () => {
    await client.get(inbox(user4.id));
    await client.get(inbox(user4.address.toUpperCase()));
    await client.get(`/users/${user4.id}`);
    expect(simulator.record.requestsByMailbox.get(user4.address)).toBe(2);
    expect(simulator.record.requests).toBe(3);
  });
});

describe('missing mailboxes', () => {
  it('answers 404 ErrorInvalidUser for a mailbox made missing, while the user is still in the directory', async () => {
    simulator.faults.missingMailboxes = [user5.address.toUpperCase()];
    const messages = await client.get(inbox(user5.address));
    expect(messages.status).toBe(404);
    expect(messages.body.error.code).toBe('ErrorInvalidUser');
    const calendar = await client.get(`/users/${user5.id}/calendarView?startDateTime=2024-01-01&endDateTime=2024-02-01`);
    expect(calendar.status).toBe(404);
    expect((await client.get(`/users/${user5.id}`)).status).toBe(200);
    expect((await client.get(inbox(user4.address))).status).toBe(200);
  });
});

describe('per-mailbox request budget', () => {
  it('is 10,000 requests per 10 minutes by default', () => {
    expect(GRAPH_MAILBOX_LIMITS).toEqual({ concurrentRequests: 4, requestsPerWindow: 10_000, windowMs: 600_000 });
  });

  it('answers 429 with the time left in the window once a mailbox has spent its budget', async () => {
    let now = Date.UTC(2025, 0, 6, 9, 0, 0);
    const budgeted = await startSimulator({ tenant: handmadeTenant(), now: () => now, mailboxLimits: { requestsPerWindow: 5, windowMs: 60_000 } });
    const budgetClient = new SimulatorClient(budgeted);
    try {
      for (let i = 0; i < 5; i++) expect((await budgetClient.get(inbox(user1.address))).status).toBe(200);
      now += 15_000;
      const refused = await budgetClient.get(inbox(user1.address));
      expect(refused.status).toBe(429);
      expect(refused.headers.get('retry-after')).toBe('45');
      expect(budgeted.record.throttled).toBe(1);
      expect((await budgetClient.get(inbox(user2.address))).status).toBe(200);
      budgeted.faults.enforceMailboxBudget = false;
      expect((await budgetClient.get(inbox(user1.address))).status).toBe(200);
      budgeted.faults.enforceMailboxBudget = true;
      now += 45_000;
      expect((await budgetClient.get(inbox(user1.address))).status).toBe(200);
    } finally {
      await budgetClient.close();
      await budgeted.close();
    }
  });
});

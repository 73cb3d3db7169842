/**
 * The Graph source end to end: the real msal-node and the real Microsoft Graph JS client,
 * over HTTPS, against the tenant simulator.
 */
import { createServer } from 'node:net';
import { randomUUID } from 'node:crypto';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { DAY_MS, type ActivityItem } from '../../../src/engagement/activity.js';
import { Attribution } from '../../../src/engagement/attribution.js';
import { runAggregation } from '../../../src/jobs/aggregateRun.js';
import { tenantSource } from '../../../src/jobs/tenantSource.js';
import { GraphAuthError } from '../../../src/sources/graph/authErrors.js';
import { REQUIRED_ROLES } from '../../../src/sources/graph/consent.js';
import { DirectoryError } from '../../../src/sources/graph/directory.js';
import type { GraphConfig } from '../../../src/sources/graph/graphConfig.js';
import { createGraphSource, type GraphSource, type GraphSourceOptions } from '../../../src/sources/graph/graphSource.js';
import type { MailboxActivitySource } from '../../../src/sources/graph/mailboxSource.js';
import { readWindow } from '../../../src/sources/graph/readWindow.js';
import { startSimulator, type RunningSimulator } from '../../../src/sources/simulator/server/simulator.js';
import { generateTenant } from '../../../src/sources/simulator/tenantGenerator.js';
import type { SimulatedTenant } from '../../../src/sources/simulator/tenantModel.js';
import { simulatorGraphConfig } from '../../../src/sources/simulator/server/clientSetup.js';

const AS_OF = Date.UTC(2025, 2, 14, 9, 30);
/** Few mailboxes, but busy ones: their inboxes take more than one 1,000-item page. */
const tenant: SimulatedTenant = generateTenant({ seed: 11, asOf: AS_OF, sizes: { users: 12, monitoredMailboxes: 6, groups: 2, accounts: 20, emailsPerUserPerYear: 3000 } });
const MAILBOXES = tenant.mailboxes();
const CONTENT_FIELDS = ['body', 'bodyPreview', 'subject', 'uniqueBody', 'attachments', 'hasAttachments'];

/** A seeded generator, so that the injected faults fall the same way on every run. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1_664_525) + 1_013_904_223) >>> 0;
    return state / 2 ** 32;
  };
}

let simulator: RunningSimulator;
/** Moves the simulator's clock (token expiry) without touching the client's. */
let clockOffsetMs = 0;
const opened: GraphSource[] = [];

beforeAll(async () => {
  simulator = await startSimulator({ tenant, random: seededRandom(42), now: () => Date.now() + clockOffsetMs });
});

afterEach(async () => {
  Object.assign(simulator.faults, { throttleRate: 0, unavailableRate: 0, latencyMs: 0, retryAfterSeconds: 1, expiredTokens: false, expiredSecret: false, missingMailboxes: [] });
  simulator.consent.grant();
  simulator.resetRecord();
  clockOffsetMs = 0;
  await Promise.all(opened.splice(0).map((source) => source.close()));
});

afterAll(async () => {
  await simulator.close();
});

function config(overrides: Partial<GraphConfig> = {}): GraphConfig {
  return { ...simulatorGraphConfig(simulator), ...overrides };
}

async function open(options: Partial<GraphSourceOptions> = {}, configOverrides: Partial<GraphConfig> = {}): Promise<GraphSource> {
  const source = await createGraphSource(config(configOverrides), { entries: MAILBOXES, asOf: AS_OF, throttle: { maxAttempts: 20 }, ...options });
  opened.push(source);
  return source;
}

async function readAll(source: MailboxActivitySource): Promise<Map<string, ActivityItem[]>> {
  const read = new Map<string, ActivityItem[]>();
  for await (const stream of source.streams()) {
    const items: ActivityItem[] = [];
    for await (const item of stream.items) items.push(item);
    read.set(stream.label, items);
  }
  return read;
}

/** What the simulated tenant holds for a mailbox within the read window, as the source should deliver it. */
function expectedItems(address: string): ActivityItem[] {
  const window = readWindow(AS_OF);
  return tenant.mailboxItems(address).filter((item) =>
    item.kind === 'mail'
      ? item.folder !== 'drafts' && item.sentAt >= window.mailFrom && item.sentAt < window.mailTo
      : item.end > window.meetingsFrom && item.start < window.meetingsTo);
}

/** Items as comparable strings; the conversation id is Graph's own, so only its consistency is checked elsewhere. */
function canonical(items: readonly ActivityItem[]): string[] {
  return items
    .map((item) => JSON.stringify(item.kind === 'mail' ? { ...item, conversationId: undefined } : { ...item, attendees: [...item.attendees].sort((a, b) => a.address.localeCompare(b.address)) }))
    .sort();
}

function expectEverythingRead(read: Map<string, ActivityItem[]>): void {
  expect([...read.keys()]).toEqual(MAILBOXES);
  for (const address of MAILBOXES) expect(canonical(read.get(address)!)).toEqual(canonical(expectedItems(address)));
}

async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

describe('createGraphSource against the simulator', () => {
  it('resolves the mailboxes and reads every one completely, following nextLinks', async () => {
    const source = await open();
    expect(source.directory.mailboxes.map((mailbox) => mailbox.address)).toEqual(MAILBOXES);
    for (const mailbox of source.directory.mailboxes) expect(mailbox.objectId).toBe(tenant.users.find((user) => user.address === mailbox.address)!.id);
    expect(source.source.mailboxes).toEqual(MAILBOXES);

    const read = await readAll(source.source);
    expectEverythingRead(read);
    const busiest = MAILBOXES.find((address) => expectedItems(address).filter((item) => item.kind === 'mail' && item.folder === 'inbox').length > 1000)!;
    expect(busiest).toBeDefined();
    const status = source.statuses().find((s) => s.address === busiest)!;
    expect(status).toMatchObject({ status: 'ok', items: expectedItems(busiest).length });
    expect(status.requests).toBeGreaterThan(3);
    expect(source.source.skipped()).toMatchObject({ failedMailboxes: 0 });
    expect(simulator.record.throttled).toBe(0);
  });

  it('never asks for content: every $select names metadata only', async () => {
    const source = await open();
    await readAll(source.source);
    const selects = simulator.record.selects;
    expect(selects.some((select) => select.path.endsWith('/messages'))).toBe(true);
    expect(selects.some((select) => select.path.endsWith('/calendarView'))).toBe(true);
    for (const { path, select } of selects) {
      for (const field of CONTENT_FIELDS) expect(select.map((name) => name.toLowerCase()), `${path} selects ${field}`).not.toContain(field.toLowerCase());
    }
    expect(selects.filter((select) => select.path.endsWith('/messages')).length + selects.filter((select) => select.path.endsWith('/calendarView')).length).toBeGreaterThanOrEqual(MAILBOXES.length * 3);
  });

  it('gives the engine the same result as reading the tenant directly', async () => {
    const attribution = new Attribution(tenant.dataset, { internalDomains: tenant.organizationDomains });
    const viaGraph = await runAggregation({ sources: [(await open()).source], monitored: null, asOf: AS_OF, attribution, options: { levels: ['Year'] } });
    const direct = await runAggregation({ sources: [tenantSource(tenant)], monitored: null, asOf: AS_OF, attribution, options: { levels: ['Year'] } });
    expect(viaGraph.summary.distinctEmails).toBe(direct.summary.distinctEmails);
    expect(viaGraph.summary.distinctMeetings).toBe(direct.summary.distinctMeetings);
    expect(viaGraph.result.rows).toEqual(direct.result.rows);
  });

  it('reads everything exactly once through 429s and 503s, honouring Retry-After', async () => {
    Object.assign(simulator.faults, { throttleRate: 0.3, unavailableRate: 0.1, retryAfterSeconds: 0 });
    const source = await open();
    const read = await readAll(source.source);
    expectEverythingRead(read);
    expect(simulator.record.throttled).toBeGreaterThan(10);
    expect(simulator.record.unavailable).toBeGreaterThan(0);
    expect(source.statuses().every((status) => status.status === 'ok')).toBe(true);
  });

  it('keeps at most 4 requests in flight per mailbox, and the global cap overall', async () => {
    simulator.faults.latencyMs = 20;
    const source = await open({ globalConcurrency: 8 });
    await readAll(source.source);
    expect(Math.max(...simulator.record.maxInFlightByMailbox.values())).toBeLessThanOrEqual(4);
    expect(simulator.record.maxInFlight).toBeLessThanOrEqual(8);
    expect(simulator.record.maxInFlight).toBeGreaterThanOrEqual(4);
    // The simulator enforces Graph's limit of 4 with 429s: none were needed.
    expect(simulator.record.throttled).toBe(0);
  });

  it('refuses to start without admin consent, naming the missing roles', async () => {
    simulator.consent.revoke();
    const none = await open().catch((error: unknown) => error);
    expect(none).toBeInstanceOf(GraphAuthError);
    expect(none).toMatchObject({ reason: 'roles-missing', missingRoles: REQUIRED_ROLES });
    expect((none as Error).message).toMatch(/Admin consent has not been given/);

    simulator.consent.grant(['Mail.ReadBasic.All', 'User.ReadBasic.All']);
    const partial = await open().catch((error: unknown) => error);
    expect(partial).toMatchObject({ reason: 'roles-missing', missingRoles: ['Calendars.ReadBasic.All', 'GroupMember.Read.All'] });
    expect((partial as Error).message).toContain('Calendars.ReadBasic.All, GroupMember.Read.All');
  });

  it('resolves groups to their members and reports entries it cannot find', async () => {
    const group = tenant.groups[0]!;
    const source = await open({ entries: [group.address, 'no-such-group@northwind.example', ...MAILBOXES.slice(0, 2)] });
    expect(source.directory.unknownEntries).toEqual(['no-such-group@northwind.example']);
    const members = new Set(source.directory.mailboxes.map((mailbox) => mailbox.address));
    for (const address of MAILBOXES.slice(0, 2)) expect(members.has(address)).toBe(true);
    expect(members.size).toBeGreaterThanOrEqual(2);
    const withoutMailbox = tenant.users.filter((user) => !user.hasMailbox).map((user) => user.id);
    for (const member of source.directory.withoutMailbox) expect(withoutMailbox).toContain(member.objectId);
  });

  it('refuses a single mailbox, saying how many were found', async () => {
    const error = await open({ entries: [MAILBOXES[0]!] }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DirectoryError);
    expect(error).toMatchObject({ count: 1 });
    expect((error as Error).message).toMatch(/^1 mailbox found/);
  });

  it('refuses 2,501 mailboxes, saying how many were found', async () => {
    const users = Array.from({ length: 2_501 }, (_, i) => ({ id: randomUUID(), address: `user${i}@big.example`, displayName: `User ${i}`, hasMailbox: true }));
    const nested = { id: randomUUID(), address: 'emea@big.example', displayName: 'EMEA', memberIds: users.slice(2_000).map((user) => user.id) };
    const everyone = { id: randomUUID(), address: 'everyone@big.example', displayName: 'Everyone', memberIds: [...users.slice(0, 2_000).map((user) => user.id), nested.id] };
    const big = await startSimulator({ tenant: { tenantId: randomUUID(), users, groups: [everyone, nested], mailboxItems: () => [] } });
    try {
      const error = await createGraphSource(
        simulatorGraphConfig(big),
        { entries: ['everyone@big.example'], asOf: AS_OF },
      ).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(DirectoryError);
      expect(error).toMatchObject({ count: 2_501 });
      expect((error as Error).message).toMatch(/^2,501 mailboxes found\./);
      expect(big.record.selects.filter((select) => select.path.endsWith('/transitiveMembers')).length).toBe(3);
    } finally {
      await big.close();
    }
  });

  it.each([
    ['an expired secret', 'expired-secret', () => ({}), () => { simulator.faults.expiredSecret = true; }],
    ['a wrong secret', 'bad-secret', () => ({ clientSecret: 'not-the-secret' }), () => {}],
    ['an app the tenant does not know', 'app-not-in-tenant', () => ({ clientId: randomUUID() }), () => {}],
  ] as const)('explains a sign-in with %s (%s)', async (_case, reason, overrides, arrange) => {
    arrange();
    const error = await open({}, overrides()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GraphAuthError);
    expect(error).toMatchObject({ reason });
  });

  it('explains an unreachable sign-in service, and one whose certificate is not trusted', async () => {
    const port = await closedPort();
    const refused = await open({}, { authorityHost: `https://localhost:${port}` }).catch((e: unknown) => e);
    expect(refused).toMatchObject({ reason: 'tenant-unreachable' });
    expect((refused as Error).message).toMatch(new RegExp(`Cannot reach the sign-in service at https://localhost:${port}: .*ECONNREFUSED`));
    const untrusted = await open({}, { caPem: undefined }).catch((e: unknown) => e);
    expect(untrusted).toMatchObject({ reason: 'tenant-unreachable' });
    expect((untrusted as Error).message).toMatch(/self-signed certificate\. Check that this machine trusts the certificate/);
  });

  it('gets a new token when Graph says the one it holds has expired, and reads on', async () => {
    const source = await open();
    const read = new Map<string, ActivityItem[]>();
    for await (const stream of source.source.streams()) {
      const items: ActivityItem[] = [];
      for await (const item of stream.items) items.push(item);
      read.set(stream.label, items);
      // After the first mailbox, the cached token (valid for an hour by MSAL's clock) is two hours old for Graph.
      if (read.size === 1) clockOffsetMs = 2 * 3_600_000;
    }
    expectEverythingRead(read);
    expect(source.statuses().every((status) => status.status === 'ok')).toBe(true);
  });

  it('reports a mailbox Graph cannot find and reads the others', async () => {
    const missing = MAILBOXES[1]!;
    simulator.faults.missingMailboxes = [missing];
    const statuses: string[] = [];
    const source = await open({ onMailboxStatus: (status) => statuses.push(`${status.address} ${status.status}`) });
    const read = await readAll(source.source);
    expect(read.get(missing)).toEqual([]);
    for (const address of MAILBOXES.filter((a) => a !== missing)) expect(canonical(read.get(address)!)).toEqual(canonical(expectedItems(address)));
    const status = source.statuses()[1]!;
    expect(status).toMatchObject({ address: missing, status: 'failed', items: 0 });
    expect(status.error).toMatch(/HTTP 404/);
    expect(source.source.skipped()).toMatchObject({ failedMailboxes: 1 });
    expect(statuses).toContain(`${missing} failed`);
    expect(statuses).toHaveLength(MAILBOXES.length);
  });

  it.each(['SHA-256', 'SHA-1'] as const)('signs in with a certificate (%s thumbprint)', async (kind) => {
    const thumbprint = kind === 'SHA-256' ? simulator.certificate.thumbprint : simulator.certificate.thumbprintSha1;
    const source = await open({ entries: MAILBOXES.slice(0, 2) }, { clientSecret: undefined, certificate: { thumbprint, privateKeyPem: simulator.certificate.privateKeyPem } });
    const read = await readAll(source.source);
    expect(canonical(read.get(MAILBOXES[0]!)!)).toEqual(canonical(expectedItems(MAILBOXES[0]!)));
  });

  it('reads meetings up to 90 days ahead and mail up to asOf only', async () => {
    const source = await open({ entries: MAILBOXES.slice(0, 2) });
    const items = [...(await readAll(source.source)).values()].flat();
    expect(items.some((item) => item.kind === 'meeting' && item.start >= AS_OF)).toBe(true);
    expect(items.every((item) => item.kind === 'meeting' ? item.start < AS_OF + 90 * DAY_MS : item.sentAt < AS_OF)).toBe(true);
  });
});

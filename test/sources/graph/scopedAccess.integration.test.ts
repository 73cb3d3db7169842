/**
 * Exchange RBAC for Applications through the real msal-node and Graph client, against the
 * simulator's scoped mode: a scoped grant is accepted, mailboxes outside the scope are named
 * without failing the run, an Entra grant next to the scope is reported as widening it, and
 * the app signs in as a user-assigned managed identity (App Service's endpoint).
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { checkMailboxAccess } from '../../../src/sources/graph/accessCheck.js';
import { checkAppConsent } from '../../../src/sources/graph/appConsent.js';
import { GraphAuthError } from '../../../src/sources/graph/authErrors.js';
import type { GraphConfig } from '../../../src/sources/graph/graphConfig.js';
import { createGraphSource } from '../../../src/sources/graph/graphSource.js';
import { PROBE_EVENT_FIELD, PROBE_MESSAGE_FIELD } from '../../../src/sources/graph/mailboxProbe.js';
import { simulatorGraphConfig } from '../../../src/sources/simulator/server/clientSetup.js';
import { startSimulator, type RunningSimulator } from '../../../src/sources/simulator/server/simulator.js';
import { generateTenant } from '../../../src/sources/simulator/tenantGenerator.js';

const AS_OF = Date.UTC(2025, 2, 14, 9, 30);
const tenant = generateTenant({ seed: 3, asOf: AS_OF, sizes: { users: 10, monitoredMailboxes: 6, groups: 1, accounts: 10, emailsPerUserPerYear: 200 } });
const MAILBOXES = [...tenant.mailboxes()].sort();
const IN_SCOPE = MAILBOXES.slice(0, 4);
const OUTSIDE = MAILBOXES.slice(4);

let simulator: RunningSimulator;
const config = (overrides: Partial<GraphConfig> = {}): GraphConfig => ({ ...simulatorGraphConfig(simulator), ...overrides });

beforeAll(async () => {
  simulator = await startSimulator({ tenant, scope: { mailboxes: IN_SCOPE } });
});

afterEach(() => {
  simulator.consent.revoke();
  simulator.consent.grant();
  simulator.exchangeRbac.clear();
  simulator.exchangeRbac.assign(['Mail.ReadBasic', 'Calendars.ReadBasic'], IN_SCOPE);
  simulator.resetRecord();
});

afterAll(async () => {
  await simulator.close();
});

describe('a grant scoped by Exchange RBAC', () => {
  it('is found by probe reads of metadata only, counting readable mailboxes and naming those outside the scope', async () => {
    const { access, directory } = await checkMailboxAccess(config(), MAILBOXES, { at: AS_OF });
    expect(directory?.mailboxes).toHaveLength(6);
    expect(access).toMatchObject({ mode: 'rbac-scoped', missing: [], widening: [], probed: 6, readable: 4, unreadable: [] });
    expect(access.outsideScope.sort()).toEqual(OUTSIDE);
    const probes = simulator.record.selects.filter((seen) => /messages$|calendarView$/i.test(seen.path));
    expect(probes).toHaveLength(12);
    expect(new Set(probes.flatMap((seen) => seen.select))).toEqual(new Set([PROBE_MESSAGE_FIELD, PROBE_EVENT_FIELD]));
  });

  it('is accepted by a run, which reads the scope and reports each mailbox outside it by name', async () => {
    const graph = await createGraphSource(config(), { entries: MAILBOXES, asOf: AS_OF });
    try {
      for await (const stream of graph.source.streams()) for await (const _ of stream.items) void _;
      const statuses = graph.statuses();
      expect(statuses.filter((status) => status.status === 'ok').map((status) => status.address).sort()).toEqual(IN_SCOPE);
      const failed = statuses.filter((status) => status.status === 'failed');
      expect(failed.map((status) => status.address).sort()).toEqual(OUTSIDE);
      for (const status of failed) expect(status.error).toMatch(/403 ErrorAccessDenied.*outside the app's Exchange RBAC management scope/);
    } finally {
      await graph.close();
    }
  });

  it('without a scope or a role, the run refuses to start, naming the mail roles and the RBAC way to grant them', async () => {
    simulator.exchangeRbac.clear();
    const error = await createGraphSource(config(), { entries: MAILBOXES, asOf: AS_OF }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(GraphAuthError);
    expect(error).toMatchObject({ reason: 'roles-missing', missingRoles: ['Mail.ReadBasic.All', 'Calendars.ReadBasic.All'] });
    expect((error as Error).message).toMatch(/management scope that holds the configured mailboxes/);
    expect((await checkMailboxAccess(config(), MAILBOXES, { at: AS_OF })).access).toMatchObject({ mode: 'none', readable: 0 });
  });

  it('with an unscoped Entra grant too: both, and the widening role is named', async () => {
    simulator.consent.grant(['Mail.ReadBasic.All']);
    const { access } = await checkMailboxAccess(config(), MAILBOXES, { at: AS_OF });
    expect(access).toMatchObject({ mode: 'both', widening: ['Mail.ReadBasic.All'], missing: [] });
    // Mail is read everywhere now; only the calendars of the mailboxes outside the scope are refused.
    expect(access.outsideScope.sort()).toEqual(OUTSIDE);
  });

  it('without the directory roles, nothing is probed and every missing role is named', async () => {
    simulator.consent.revoke();
    const { access, directory } = await checkMailboxAccess(config(), MAILBOXES, { at: AS_OF });
    expect(directory).toBeNull();
    expect(access).toMatchObject({ mode: 'none', probed: 0, missing: ['Mail.ReadBasic.All', 'Calendars.ReadBasic.All', 'GroupMember.Read.All', 'User.ReadBasic.All'] });
  });
});

describe('a user-assigned managed identity', () => {
  it('signs in through the identity endpoint msal-node finds in IDENTITY_ENDPOINT and IDENTITY_HEADER, and reads the scope', async () => {
    const saved = { endpoint: process.env.IDENTITY_ENDPOINT, header: process.env.IDENTITY_HEADER };
    process.env.IDENTITY_ENDPOINT = simulator.managedIdentity.endpoint;
    process.env.IDENTITY_HEADER = simulator.managedIdentity.header;
    try {
      const identity = config({ clientSecret: undefined, managedIdentity: true });
      expect((await checkAppConsent(identity)).granted).toEqual(['GroupMember.Read.All', 'User.ReadBasic.All']);
      expect((await checkMailboxAccess(identity, MAILBOXES, { at: AS_OF })).access).toMatchObject({ mode: 'rbac-scoped', readable: 4 });
      const wrong = await checkAppConsent(config({ clientSecret: undefined, managedIdentity: true, clientId: '00000000-0000-0000-0000-000000000001' })).catch((error: unknown) => error);
      expect(wrong).toBeInstanceOf(GraphAuthError);
      expect((wrong as Error).message).toMatch(/managed identity 00000000-0000-0000-0000-000000000001 failed.*attached to the App Service or Container App/s);
    } finally {
      process.env.IDENTITY_ENDPOINT = saved.endpoint ?? '';
      process.env.IDENTITY_HEADER = saved.header ?? '';
    }
  });
});

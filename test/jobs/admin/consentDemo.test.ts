/**
 * The demo's consent, end to end: the link from the consent service is the simulator's
 * admin-consent URL; following it grants the roles and redirects to the real restify
 * callback, which records consent once an app token confirms it and refuses the same
 * redirect again. In scoped mode the token carries no mail role: reads inside the Exchange
 * RBAC scope confirm it, and without a scope it stays pending until one exists.
 */
import { randomUUID } from 'node:crypto';
import type { Server } from 'restify';
import { fetch as undiciFetch, type Agent } from 'undici';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ConsentService } from '../../../src/jobs/admin/adminServices.js';
import { createConsentService } from '../../../src/jobs/admin/consentService.js';
import { closeServer, createServer, listen } from '../../../src/server.js';
import { checkMailboxAccess } from '../../../src/sources/graph/accessCheck.js';
import { REQUIRED_ROLES } from '../../../src/sources/graph/consent.js';
import { simulatorDispatcher, simulatorGraphConfig } from '../../../src/sources/simulator/server/clientSetup.js';
import { startSimulator, type RunningSimulator } from '../../../src/sources/simulator/server/simulator.js';
import { generateTenant } from '../../../src/sources/simulator/tenantGenerator.js';
import type { RapportStore } from '../../../src/store/rapportStore.js';
import { silentLog } from '../../bot/conversations/fixtures.js';
import { openTestStore, tempDataDir } from '../../store/storeFixtures.js';

const asOf = Date.parse('2026-11-01T00:00:00Z');
const tenant = generateTenant({ seed: 11, asOf });
const mailboxes = [...tenant.mailboxes()];
let simulator: RunningSimulator;
let scoped: RunningSimulator;
let dispatcher: Agent;
let scopedDispatcher: Agent;
let server: Server;
let store: RapportStore;
let consent: ConsentService;
let botUrl: string;

/** A consent service over `sim` and a fresh store (`consent`, `store` and the server's callback use them). */
async function consentFor(sim: RunningSimulator): Promise<void> {
  store = await openTestStore(await tempDataDir());
  consent = createConsentService({
    store,
    publicUrl: botUrl,
    consentUrl: (redirectUri, state) => sim.adminConsentUrl(redirectUri, state),
    expectedTenantId: sim.tenantId,
    checkAccess: async () => (await checkMailboxAccess(simulatorGraphConfig(sim), mailboxes, { at: asOf })).access,
    now: Date.now,
    nonce: randomUUID,
  });
}

/** Opens the consent link as the tenant admin's browser would, and follows the redirect to Rapport's callback. */
async function giveConsent(agent: Agent): Promise<{ location: string; page: Response }> {
  const answer = await undiciFetch(await consent.consentLink('user:admin'), { dispatcher: agent, redirect: 'manual' });
  const location = answer.headers.get('location') ?? '';
  expect(location.startsWith(`${botUrl}/api/consent/callback?`)).toBe(true);
  return { location, page: await fetch(location) };
}

beforeAll(async () => {
  simulator = await startSimulator({ tenant, consented: false });
  scoped = await startSimulator({ tenant, consented: false, scope: { mailboxes: mailboxes.slice(0, 3) } });
  dispatcher = simulatorDispatcher(simulator.caPem);
  scopedDispatcher = simulatorDispatcher(scoped.caPem);
  server = createServer({
    messages: async () => undefined,
    health: async () => ({ status: 'ok', store: 'readable', lastRun: null }),
    openDownload: async () => 'not-found',
    log: silentLog,
    consentCallback: { handle: (query) => consent.handleCallback(query), firstRun: () => null },
  });
  botUrl = `http://127.0.0.1:${await listen(server, 0, '127.0.0.1')}`;
  await consentFor(simulator);
}, 60_000);

afterAll(async () => {
  await closeServer(server);
  await dispatcher.close();
  await scopedDispatcher.close();
  await simulator.close();
  await scoped.close();
});

describe('demo consent through the simulator', () => {
  it('records consent from the simulator redirect, then refuses the replay', async () => {
    const before = await consent.status();
    expect(before.granted).toEqual([]);
    expect(before.missing).toEqual([...REQUIRED_ROLES]);

    const link = await consent.consentLink('user:admin');
    expect(link.startsWith(`${simulator.url}/${simulator.tenantId}/v2.0/adminconsent?`)).toBe(true);

    const answer = await undiciFetch(link, { dispatcher, redirect: 'manual' });
    const location = answer.headers.get('location');
    expect(answer.status).toBeGreaterThanOrEqual(300);
    expect(location?.startsWith(`${botUrl}/api/consent/callback?`)).toBe(true);

    const recorded = await fetch(location as string);
    expect(recorded.status).toBe(200);
    expect(await recorded.text()).toContain('Consent recorded');
    expect(store.admin.consent()).toMatchObject({ tenantId: simulator.tenantId, requestedBy: 'user:admin', pendingSince: null });
    expect(store.admin.consent().recordedAt).not.toBeNull();

    const after = await consent.status();
    expect(after.missing).toEqual([]);
    expect(after.granted).toEqual(expect.arrayContaining([...REQUIRED_ROLES]));
    expect(after.recordedAt).not.toBeNull();
    expect(after.access).toMatchObject({ mode: 'tenant-wide', configured: mailboxes.length, readable: mailboxes.length, outsideScope: [] });

    const replay = await fetch(location as string);
    expect(replay.status).toBe(400);
    expect(await replay.text()).toContain('already recorded once');
  });

  it('scoped mode: the directory roles from the consent page and reads in the Exchange RBAC scope confirm it', async () => {
    await consentFor(scoped);
    const { page } = await giveConsent(scopedDispatcher);
    expect(await page.text()).toContain('Consent recorded');
    const status = await consent.status();
    expect(status.granted).toEqual(['GroupMember.Read.All', 'User.ReadBasic.All']);
    expect(status.missing).toEqual([]);
    expect(status.access).toMatchObject({ mode: 'rbac-scoped', configured: mailboxes.length, readable: 3 });
    expect(status.access?.outsideScope.sort()).toEqual(mailboxes.slice(3).sort());
  });

  it('scoped mode without a scope yet: pending confirmation, recorded by "consent status" once the scope exists', async () => {
    scoped.consent.revoke();
    scoped.exchangeRbac.clear();
    try {
      await consentFor(scoped);
      const { page } = await giveConsent(scopedDispatcher);
      expect(await page.text()).toContain('Consent pending confirmation');
      expect(store.admin.consent()).toMatchObject({ recordedAt: null, requestedBy: 'user:admin' });
      expect((await consent.status()).recordedAt).toBeNull();

      scoped.exchangeRbac.assign(['Mail.ReadBasic', 'Calendars.ReadBasic'], mailboxes);
      const status = await consent.status();
      expect(status.recordedAt).not.toBeNull();
      expect(status.access).toMatchObject({ mode: 'rbac-scoped', readable: mailboxes.length, outsideScope: [] });
    } finally {
      scoped.exchangeRbac.assign(['Mail.ReadBasic', 'Calendars.ReadBasic'], mailboxes.slice(0, 3));
    }
  });
});

/**
 * The demo's consent, end to end: the link from the consent service is the simulator's
 * admin-consent URL; following it grants the roles and redirects to the real restify
 * callback, which records consent once and refuses the same redirect again.
 */
import { randomUUID } from 'node:crypto';
import type { Server } from 'restify';
import { fetch as undiciFetch, type Agent } from 'undici';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ConsentService } from '../../../src/jobs/admin/adminServices.js';
import { createConsentService } from '../../../src/jobs/admin/consentService.js';
import { closeServer, createServer, listen } from '../../../src/server.js';
import { checkAppConsent } from '../../../src/sources/graph/appConsent.js';
import { REQUIRED_ROLES } from '../../../src/sources/graph/consent.js';
import { simulatorDispatcher, simulatorGraphConfig } from '../../../src/sources/simulator/server/clientSetup.js';
import { startSimulator, type RunningSimulator } from '../../../src/sources/simulator/server/simulator.js';
import { generateTenant } from '../../../src/sources/simulator/tenantGenerator.js';
import type { RapportStore } from '../../../src/store/rapportStore.js';
import { silentLog } from '../../bot/conversations/fixtures.js';
import { openTestStore, tempDataDir } from '../../store/storeFixtures.js';

const asOf = Date.parse('2026-11-01T00:00:00Z');
let simulator: RunningSimulator;
let dispatcher: Agent;
let server: Server;
let store: RapportStore;
let consent: ConsentService;
let botUrl: string;

beforeAll(async () => {
  simulator = await startSimulator({ tenant: generateTenant({ seed: 11, asOf }), consented: false });
  dispatcher = simulatorDispatcher(simulator.caPem);
  store = await openTestStore(await tempDataDir());
  server = createServer({
    messages: async () => undefined,
    health: async () => ({ status: 'ok', store: 'readable', lastRun: null }),
    openDownload: async () => 'not-found',
    log: silentLog,
    consentCallback: { handle: (query) => consent.handleCallback(query), firstRun: () => null },
  });
  botUrl = `http://127.0.0.1:${await listen(server, 0, '127.0.0.1')}`;
  consent = createConsentService({
    store,
    publicUrl: botUrl,
    consentUrl: (redirectUri, state) => simulator.adminConsentUrl(redirectUri, state),
    expectedTenantId: simulator.tenantId,
    checkRoles: () => checkAppConsent(simulatorGraphConfig(simulator)),
    now: Date.now,
    nonce: randomUUID,
  });
}, 60_000);

afterAll(async () => {
  await closeServer(server);
  await dispatcher.close();
  await simulator.close();
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
    expect(store.admin.consent()).toMatchObject({ tenantId: simulator.tenantId, requestedBy: 'user:admin' });

    const after = await consent.status();
    expect(after.missing).toEqual([]);
    expect(after.granted).toEqual(expect.arrayContaining([...REQUIRED_ROLES]));
    expect(after.recordedAt).not.toBeNull();

    const replay = await fetch(location as string);
    expect(replay.status).toBe(400);
    expect(await replay.text()).toContain('already recorded once');
  });
});

/** `GET /api/consent/callback` over real HTTP, against the consent service and a store on disk. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Server } from 'restify';
import { createConsentService } from '../../src/jobs/admin/consentService.js';
import { signConsentState } from '../../src/jobs/admin/consentState.js';
import { closeServer, createServer, listen } from '../../src/server.js';
import type { RapportStore } from '../../src/store/rapportStore.js';
import { silentLog } from '../bot/conversations/fixtures.js';
import { fakeClock, openTestStore, tempDataDir, type FakeClock } from '../store/storeFixtures.js';

const TENANT = '11111111-2222-3333-4444-555555555555';
let store: RapportStore;
let clock: FakeClock;
let server: Server;
let base: string;
let recorded: string[];

beforeEach(async () => {
  clock = fakeClock();
  store = await openTestStore(await tempDataDir(), { now: clock.now });
  recorded = [];
  let nonce = 0;
  const consent = createConsentService({
    store,
    publicUrl: 'https://bot.example.com',
    consentUrl: (redirectUri, state) => `https://login.example/adminconsent?${new URLSearchParams({ redirect_uri: redirectUri, state })}`,
    expectedTenantId: TENANT,
    checkRoles: async () => ({ granted: [], missing: [] }),
    now: clock.now,
    nonce: () => `nonce-${++nonce}`,
    onConsentRecorded: (_record, state) => void recorded.push(state.requestedBy),
  });
  server = createServer({
    messages: async () => undefined,
    health: async () => ({ status: 'ok', store: 'readable', lastRun: null }),
    openDownload: async () => 'not-found',
    log: silentLog,
    consentCallback: { handle: (query) => consent.handleCallback(query), firstRun: () => '1 July 2024, 15:00 UTC' },
  });
  base = `http://127.0.0.1:${await listen(server, 0, '127.0.0.1')}`;
  const link = new URL(await consent.consentLink('user:ann'));
  state = link.searchParams.get('state') ?? '';
});

afterEach(async () => {
  await closeServer(server);
});

let state: string;

const callback = (query: Record<string, string>) => fetch(`${base}/api/consent/callback?${new URLSearchParams(query)}`);
const granted = (extra: Record<string, string> = {}) => ({ admin_consent: 'True', tenant: TENANT, state, ...extra });

describe('GET /api/consent/callback', () => {
  it('records consent and says when the first run starts', async () => {
    const response = await callback(granted());
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/html');
    expect(await response.text()).toContain('Consent recorded, you can close this tab. Rapport&#39;s first run starts at 1 July 2024, 15:00 UTC.');
    expect(store.admin.consent()).toMatchObject({ tenantId: TENANT, recordedAt: clock.now(), requestedBy: 'user:ann' });
    expect(recorded).toEqual(['user:ann']);
  });

  it('refuses a forged state and records nothing', async () => {
    const forged = signConsentState({ nonce: 'x', requestedBy: 'user:mallory', issuedAt: clock.now(), expiresAt: clock.now() + 60_000 }, 'not-the-key');
    const response = await callback(granted({ state: forged }));
    expect(response.status).toBe(403);
    expect(await response.text()).toContain('was not issued by Rapport');
    expect(store.admin.consent().recordedAt).toBeNull();
  });

  it('refuses an expired state with a way forward', async () => {
    clock.advance(60 * 60 * 1000);
    const response = await callback(granted());
    expect(response.status).toBe(400);
    expect(await response.text()).toContain('This consent link has expired');
    expect(store.admin.consent().recordedAt).toBeNull();
  });

  it('refuses the same answer twice', async () => {
    expect((await callback(granted())).status).toBe(200);
    const again = await callback(granted());
    expect(again.status).toBe(400);
    expect(await again.text()).toContain('already recorded once');
    expect(recorded).toHaveLength(1);
  });

  it('shows the escaped Entra ID reason when consent was declined', async () => {
    const response = await callback({ error: 'access_denied', error_description: 'AADSTS65004: User declined <consent>.', state });
    expect(response.status).toBe(403);
    expect(await response.text()).toContain('Consent was not given. Microsoft Entra ID said: AADSTS65004: User declined &lt;consent&gt;.');
    expect(store.admin.consent().recordedAt).toBeNull();
  });

  it('refuses an answer for another tenant', async () => {
    const response = await callback(granted({ tenant: '99999999-2222-3333-4444-555555555555' }));
    expect(response.status).toBe(403);
    expect(store.admin.consent().recordedAt).toBeNull();
  });

  it('refuses an answer without a state as malformed', async () => {
    const response = await callback({ admin_consent: 'True', tenant: TENANT });
    expect(response.status).toBe(400);
    expect(await response.text()).toContain('incomplete or garbled');
  });
});

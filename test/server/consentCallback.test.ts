/**
 * `GET /api/consent/callback` over real HTTP, against the consent service and a store on disk.
 * The query alone never records consent: an app token must confirm it first (issue 12, item 6).
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Server } from 'restify';
import type { ConsentService } from '../../src/jobs/admin/adminServices.js';
import { createConsentService } from '../../src/jobs/admin/consentService.js';
import { signConsentState } from '../../src/jobs/admin/consentState.js';
import { closeServer, createServer, listen } from '../../src/server.js';
import { REQUIRED_ROLES } from '../../src/sources/graph/consent.js';
import { assessAccess, DIRECTORY_ROLES, type MailboxAccess } from '../../src/sources/graph/mailboxAccess.js';
import type { RapportStore } from '../../src/store/rapportStore.js';
import { silentLog } from '../bot/conversations/fixtures.js';
import { fakeClock, openTestStore, tempDataDir, type FakeClock } from '../store/storeFixtures.js';

const TENANT = '11111111-2222-3333-4444-555555555555';
let store: RapportStore;
let clock: FakeClock;
let server: Server;
let base: string;
let recorded: (string | null)[];
let pending: string[];
let consent: ConsentService;
/** What the app token shows when the service asks; an Error means the tenant cannot be reached. */
let access: MailboxAccess | Error;
const tenantWide = () => assessAccess(REQUIRED_ROLES, []);
const noMailRoles = () => assessAccess(DIRECTORY_ROLES, [{ address: 'ann@contoso.example', mail: 'denied', calendar: 'denied' }]);

beforeEach(async () => {
  clock = fakeClock();
  store = await openTestStore(await tempDataDir(), { now: clock.now });
  recorded = [];
  pending = [];
  access = tenantWide();
  let nonce = 0;
  consent = createConsentService({
    store,
    publicUrl: 'https://bot.example.com',
    consentUrl: (redirectUri, state) => `https://login.example/adminconsent?${new URLSearchParams({ redirect_uri: redirectUri, state })}`,
    expectedTenantId: TENANT,
    checkAccess: async () => {
      if (access instanceof Error) throw access;
      return access;
    },
    now: clock.now,
    nonce: () => `nonce-${++nonce}`,
    onConsentRecorded: (_record, requestedBy) => void recorded.push(requestedBy),
    onConsentPending: (_record, requestedBy) => void pending.push(requestedBy),
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
  it('records nothing from the query alone when the app token shows no grant: pending confirmation, said on the page', async () => {
    access = noMailRoles();
    const response = await callback(granted());
    expect(response.status).toBe(200);
    const page = await response.text();
    expect(page).toContain('<h1>Consent pending confirmation</h1>');
    expect(page).toContain('cannot confirm it with its app token yet');
    expect(page).not.toContain('Consent recorded');
    expect(store.admin.consent()).toMatchObject({ recordedAt: null, pendingSince: clock.now(), tenantId: TENANT, requestedBy: 'user:ann' });
    expect(pending).toEqual(['user:ann']);
    expect(recorded).toEqual([]);
  });

  it('keeps consent pending when the tenant cannot be asked', async () => {
    access = new Error('Cannot reach the sign-in service');
    expect(await (await callback(granted())).text()).toContain('Consent pending confirmation');
    expect(store.admin.consent().recordedAt).toBeNull();
  });

  it('records pending consent once "consent status" finds it confirmed, and tells who asked', async () => {
    access = noMailRoles();
    await callback(granted());
    const still = await consent.status();
    expect(still).toMatchObject({ recordedAt: null, pendingSince: clock.now(), missing: ['Mail.ReadBasic.All', 'Calendars.ReadBasic.All'] });
    expect(still.access).toMatchObject({ mode: 'none', outsideScope: ['ann@contoso.example'] });

    clock.advance(5 * 60_000);
    access = assessAccess(DIRECTORY_ROLES, [{ address: 'ann@contoso.example', mail: 'readable', calendar: 'readable' }]);
    const confirmed = await consent.status();
    expect(confirmed).toMatchObject({ recordedAt: clock.now(), pendingSince: null, missing: [] });
    expect(confirmed.access).toMatchObject({ mode: 'rbac-scoped', configured: 1, readable: 1, outsideScope: [] });
    expect(store.admin.consent()).toMatchObject({ recordedAt: clock.now(), pendingSince: null });
    expect(recorded).toEqual(['user:ann']);
  });

  it('records consent a token confirms even without a callback (a managed identity has no consent page)', async () => {
    expect((await consent.status()).recordedAt).toBe(clock.now());
    expect(store.admin.consent()).toMatchObject({ recordedAt: clock.now(), tenantId: TENANT });
  });

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

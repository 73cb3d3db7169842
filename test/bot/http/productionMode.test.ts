/**
 * Production mode over HTTP, through `startApp` itself (which starts no demo tenant in this
 * mode): with an app id set, only signed requests from the configured tenant reach the bot.
 * No token can be had offline, so what is tested is everything refused before the bot runs.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { loadConfig, type ProductionConfig } from '../../../src/config.js';
import { startApp, type RunningApp } from '../../../src/main.js';
import { openStore } from '../../../src/store/rapportStore.js';
import { saveDemoRun, silentLog } from '../conversations/fixtures.js';
import { activityFrom, get, post, startFakeConnector, TENANT_ID, teamsUser, type FakeConnector } from './harness.js';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

let dir: string;
let app: RunningApp;
let connector: FakeConnector;
let base: string;
let config: ProductionConfig;
const nora = teamsUser('Nora Olsen', 'nora.olsen@northwind.example');

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'rapport-production-'));
  const store = await openStore(dir);
  await saveDemoRun(store);
  await store.close();
  connector = await startFakeConnector();
  config = loadConfig({
    MicrosoftAppId: '0b7e3f52-6c1d-4f0a-9a77-3d2f5b9c8e11', MicrosoftAppPassword: 'not-a-real-secret', MicrosoftAppTenantId: TENANT_ID,
    RAPPORT_PUBLIC_URL: 'https://rapport.example', RAPPORT_DATA_DIR: dir, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'silent',
  }, { demo: false }) as ProductionConfig;
  expect(config.mode).toBe('production');
  app = await startApp(config, { log: silentLog });
  base = `http://127.0.0.1:${app.port}`;
});

afterAll(async () => {
  await app?.close();
  await connector?.close();
  await rm(dir, { recursive: true, force: true });
});

beforeEach(() => connector.clear());

const message = () => activityFrom(nora, connector.serviceUrl, { type: 'message', text: 'how engaged is Woodgrove Bank?' });

describe('production mode', () => {
  it('an unsigned request → 401, and the bot never runs', async () => {
    const answer = await post(`${base}/api/messages`, message());
    expect(answer.status).toBe(401);
    expect(connector.requests).toEqual([]);
    expect(app.store.references.all()).toEqual([]);
  });

  it('an activity of another tenant → 403, whatever its Authorization header', async () => {
    const foreign = { ...message(), conversation: { id: nora.conversationId, conversationType: 'personal', tenantId: '99999999-8888-7777-6666-555555555555' }, channelData: { tenant: { id: '99999999-8888-7777-6666-555555555555' } } };
    const answer = await post(`${base}/api/messages`, foreign, { Authorization: 'Bearer eyJhbGciOiJSUzI1NiJ9.e30.c2ln' });
    expect(answer.status).toBe(403);
    expect(answer.json).toEqual({ error: 'This bot serves one organization only.' });
    expect(connector.requests).toEqual([]);
  });

  it('an activity naming no tenant at all → 403', async () => {
    const anonymous = { ...message(), conversation: { id: nora.conversationId }, channelData: {} };
    expect((await post(`${base}/api/messages`, anonymous, { Authorization: 'Bearer x' })).status).toBe(403);
  });

  it('the tenant is read from channelData when the conversation does not name it', async () => {
    const other = { ...message(), conversation: { id: nora.conversationId }, channelData: { tenant: { id: 'another-tenant' } } };
    expect((await post(`${base}/api/messages`, other, { Authorization: 'Bearer x' })).status).toBe(403);
  });

  it('a token that is not a valid Bot Framework token, from the right tenant → 401, and the bot never runs', async () => {
    const consoleError = vi.spyOn(console, 'error').mockImplementation(() => undefined); // botbuilder logs the rejection
    const answer = await post(`${base}/api/messages`, message(), { Authorization: 'Bearer not-a-jwt' });
    expect(consoleError.mock.calls.map(([error]) => (error as { statusCode?: number }).statusCode)).toEqual([401]);
    consoleError.mockRestore();
    expect(answer.status).toBe(401);
    expect(connector.requests).toEqual([]);
    expect(app.store.references.all()).toEqual([]);
  });

  it('malformed JSON → 400 and the server goes on', async () => {
    expect((await post(`${base}/api/messages`, '{"type":', { Authorization: 'Bearer x' })).status).toBe(400);
    expect((await post(`${base}/api/messages`, message())).status).toBe(401);
  });

  it('GET /healthz → 200 with the last run', async () => {
    const health = await get(`${base}/healthz`);
    expect(health.status).toBe(200);
    expect(health.json).toEqual({
      status: 'ok', store: 'readable',
      lastRun: { id: 'run-2026-11-03', status: 'succeeded', finishedAt: '2026-11-03T00:01:00.000Z', accounts: 60 },
    });
  });

  it('GET /api/downloads/<token>: a good one → the CSV, a bad one → 404, an expired one → 410', async () => {
    const good = await app.store.downloads.create('AccountId\nACC-1\n', 'segment.csv', 60_000);
    const served = await get(`${base}/api/downloads/${good.token}`);
    expect(served.status).toBe(200);
    expect(served.text).toBe('AccountId\nACC-1\n');

    expect((await get(`${base}/api/downloads/not-a-token`)).status).toBe(404);
    expect((await get(`${base}/api/downloads/${'x'.repeat(43)}`)).status).toBe(404);

    const soon = await app.store.downloads.create('AccountId\n', 'segment.csv', 1);
    await new Promise((resolve) => setTimeout(resolve, 10));
    const expired = await get(`${base}/api/downloads/${soon.token}`);
    expect(expired.status).toBe(410);
    expect(expired.json).toEqual({ error: 'This download link has expired. Ask Rapport for the segment again.' });
  });
});

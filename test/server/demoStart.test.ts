/**
 * `startApp` in demo mode, as `rapport serve --demo` runs it (without the Playground): the
 * simulated tenant is read through the Graph path and enriched before the server listens,
 * the bot answers from that run, and `close()` stops everything.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { startApp, type RunningApp } from '../../src/main.js';
import { AS_OF, cardOf, cardTexts, silentLog } from '../bot/conversations/fixtures.js';
import { activityFrom, get, post, startFakeConnector, teamsUser, type FakeConnector } from '../bot/http/harness.js';

let dir: string;
let app: RunningApp | undefined;
let connector: FakeConnector;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'rapport-demo-start-'));
  connector = await startFakeConnector();
}, 60_000);

afterAll(async () => {
  await app?.close().catch(() => undefined);
  await connector?.close();
  await rm(dir, { recursive: true, force: true });
});

function portIsOpen(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ port, host: '127.0.0.1' });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

describe('startApp in demo mode', () => {
  it('starts with an enriched demo run, answers, and close() stops everything', async () => {
    const config = loadConfig({ RAPPORT_DATA_DIR: dir, RAPPORT_PLAYGROUND: 'off', PORT: '0', LOG_LEVEL: 'silent' }, { demo: true });
    expect(config).toMatchObject({ mode: 'demo', playground: false, host: '127.0.0.1', port: 0 });
    app = await startApp(config, { asOf: AS_OF, log: silentLog });
    expect(app.playground).toBeNull();
    const base = `http://127.0.0.1:${app.port}`;

    const health = await get(`${base}/healthz`);
    expect(health.status).toBe(200);
    expect(health.json).toMatchObject({ status: 'ok', store: 'readable', lastRun: { status: 'succeeded', accounts: 60 } });
    const insights = await app.store.insights.current();
    expect(insights?.asOf).toBe(AS_OF);
    expect(insights?.accounts).toHaveLength(60);

    // The bot answers from that run.
    const user = teamsUser('Nora Olsen', 'nora.olsen@northwind.example');
    const answer = await post(`${base}/api/messages`, activityFrom(user, connector.serviceUrl, { type: 'message', text: 'how engaged is Woodgrove Bank?' }));
    expect(answer.status).toBe(200);
    const reply = connector.activitiesIn(user.conversationId)[0];
    const woodgrove = insights!.accounts.find((insight) => insight.account.name === 'Woodgrove Bank')!;
    expect(cardTexts(cardOf(reply as Parameters<typeof cardOf>[0]))).toContain(`Engagement score: ${woodgrove.year.EngagementScore} / 100`);

    const port = app.port;
    expect(await portIsOpen(port)).toBe(true);
    await app.close();
    app = undefined;
    expect(await portIsOpen(port)).toBe(false);
  }, 60_000);
});

import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runNowReply, scheduleReply } from '../../../src/bot/admin/runCommands.js';
import { catalogFor } from '../../../src/bot/catalog/catalog.js';
import type { Reply } from '../../../src/bot/turn.js';
import { openStore } from '../../../src/store/rapportStore.js';
import { cardActions, cardText, storeWithInsights, type TestStore } from '../conversations/fixtures.js';
import { ADMIN, configure, manualTimer, SAVED_AT, servicesOver } from './adminFixtures.js';

const catalog = catalogFor('en-GB');
const stores: TestStore[] = [];
afterEach(async () => {
  for (const store of stores.splice(0)) await store.dispose();
});

async function setUp(options: Parameters<typeof servicesOver>[2] = {}, { withRun = true } = {}) {
  const test = withRun ? await storeWithInsights() : await emptyStore();
  stores.push(test);
  const { timer } = manualTimer(SAVED_AT);
  return { store: test.store, services: servicesOver(test.store, timer, options) };
}

/** A temp-dir store without any run (the first run is then due a few hours after consent). */
async function emptyStore(): Promise<TestStore> {
  const dir = await mkdtemp(join(tmpdir(), 'rapport-admin-'));
  const store = await openStore(dir);
  return { dir, store, dispose: async () => { await store.close(); await rm(dir, { recursive: true, force: true }); } };
}

const text = (reply: Reply) => ('card' in reply ? cardText(reply.card) : reply.text);

describe('run now', () => {
  it('explains that nothing is configured and how to configure it', async () => {
    const { services } = await setUp();
    const answer = await runNowReply(services, ADMIN, catalog);
    expect(text(answer.reply)).toContain('Nothing to run yet');
    expect(text(answer.reply)).toContain('Say “configure engagement” to set one up.');
    expect(answer.follow).toBeUndefined();
  });

  it('without consent, explains why and gives the admin-consent link', async () => {
    const { services, store } = await setUp();
    await configure(services, store, null);
    const answer = await runNowReply(services, ADMIN, catalog);
    expect(text(answer.reply)).toContain('Waiting for admin consent');
    expect(text(answer.reply)).toContain('has not given Rapport consent yet');
    const [link] = cardActions('card' in answer.reply ? answer.reply.card : {});
    expect(link).toMatchObject({ type: 'Action.OpenUrl', title: 'Open the admin consent page', url: 'https://login.microsoftonline.com/contoso/v2.0/adminconsent?client_id=app&state=admin-1-1' });
    expect(answer.follow).toBeUndefined();
  });

  it('when ready, starts the run and answers with its progress card', async () => {
    const { services, store } = await setUp();
    await configure(services, store, SAVED_AT);
    const runs = {
      ...services.runs,
      runNow: async () => ({ started: true as const, runId: 'run-7', finished: new Promise<never>(() => undefined) }),
      current: () => ({ runId: 'run-7', startedAt: SAVED_AT, lastProgress: { phase: 'resolving' as const } }),
    };
    const answer = await runNowReply({ ...services, runs }, ADMIN, catalog);
    expect(text(answer.reply).split('\n')).toEqual(['Enrichment run', 'Started Wed, 4 Nov 2026, 10:15', 'Resolving mailboxes']);
    expect(answer.follow).toEqual({ runId: 'run-7', startedAt: SAVED_AT, alreadyRunning: false, lastProgress: { phase: 'resolving' } });
  });

  it('says so when a run is already under way, with how far it got', async () => {
    const { services, store } = await setUp();
    await configure(services, store, SAVED_AT);
    const runs = {
      ...services.runs,
      runNow: async () => ({ started: false as const, reason: 'already-running' as const, runId: 'run-6' }),
      current: () => ({ runId: 'run-6', startedAt: SAVED_AT - 60_000, lastProgress: { phase: 'reading' as const, done: 3, total: 12, mailbox: 'ann_lee@contoso.example' } }),
    };
    const answer = await runNowReply({ ...services, runs }, ADMIN, catalog);
    expect(text(answer.reply)).toContain('A run is already under way, so I did not start another one.');
    expect(text(answer.reply)).toContain('Reading 3 of 12 mailboxes (ann_lee@contoso.example)');
    expect(text(answer.reply)).toContain('Started Wed, 4 Nov 2026, 10:14');
    expect(answer.follow).toMatchObject({ runId: 'run-6', alreadyRunning: true });
  });
});

describe('schedule', () => {
  it('saves the schedule and says when the next run is, in the configured time zone', async () => {
    const { services, store } = await setUp({ config: { timeZone: 'America/New_York' } });
    await configure(services, store, SAVED_AT);
    const reply = await scheduleReply(services, { cadence: 'daily', time: '07:30' }, catalog);
    expect(store.admin.schedule()).toEqual({ cadence: 'daily', time: '07:30' });
    expect(services.runs.nextRunAt()).toBe(Date.parse('2026-11-04T12:30:00Z'));
    expect(text(reply)).toContain('Schedule saved');
    expect(text(reply)).toContain('Enrichment runs every day at 07:30 (America/New_York). The next run is due Wed, 4 Nov 2026, 07:30.');
  });

  it('keeps weekly Monday 06:00 as the default and names the next Monday', async () => {
    const { services, store } = await setUp();
    await configure(services, store, SAVED_AT);
    expect(store.admin.schedule()).toEqual({ cadence: 'weekly', day: 'Monday', time: '06:00' });
    const reply = await scheduleReply(services, { cadence: 'weekly', day: 'Monday', time: '06:00' }, catalog);
    expect(text(reply)).toContain('Enrichment runs every Monday at 06:00 (Europe/London). The next run is due Mon, 9 Nov 2026, 06:00.');
  });

  it('turned off, says runs are off and how to run by hand', async () => {
    const { services, store } = await setUp();
    await configure(services, store, SAVED_AT);
    const reply = await scheduleReply(services, { cadence: 'off' }, catalog);
    expect(store.admin.schedule()).toEqual({ cadence: 'off' });
    expect(services.runs.nextRunAt()).toBeNull();
    expect(text(reply)).toContain('Scheduled runs are off. Say “run now” to run by hand');
  });

  it('saves it but says why no run is due without an enrichment or without consent', async () => {
    const { services, store } = await setUp();
    const unconfigured = await scheduleReply(services, { cadence: 'weekly', day: 'Friday', time: '18:00' }, catalog);
    expect(store.admin.schedule()).toEqual({ cadence: 'weekly', day: 'Friday', time: '18:00' });
    expect(text(unconfigured)).toContain('Enrichment runs every Friday at 18:00 (Europe/London). No run is due yet: no engagement enrichment is configured.');
    await configure(services, store, null);
    const waiting = await scheduleReply(services, { cadence: 'weekly', day: 'Friday', time: '18:00' }, catalog);
    expect(text(waiting)).toContain('No run is due yet: runs start once a tenant administrator has given consent.');
  });

  it('before any run, names the first run (a few hours after consent)', async () => {
    const { services, store } = await setUp({}, { withRun: false });
    await configure(services, store, SAVED_AT);
    const reply = await scheduleReply(services, { cadence: 'weekly', day: 'Monday', time: '06:00' }, catalog);
    expect(text(reply)).toContain('The next run is due Wed, 4 Nov 2026, 16:15.');
  });
});

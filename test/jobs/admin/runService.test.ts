import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createRunService, type RunServiceOptions } from '../../../src/jobs/admin/runService.js';
import { runConfigKey } from '../../../src/jobs/runs/runConfigKey.js';
import type { RunSources } from '../../../src/jobs/runs/runSources.js';
import type { Timer } from '../../../src/jobs/runs/timer.js';
import { manualTimer } from '../runs/manualTimer.js';
import { openStore, type EnrichmentSettings, type RapportStore } from '../../../src/store/rapportStore.js';
import { asOf, attribution, crashingSource, sourcesOf, tenant } from '../runs/runFixtures.js';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function freshStore(): Promise<RapportStore> {
  const dataDir = await mkdtemp(join(tmpdir(), 'rapport-run-service-'));
  const store = await openStore(dataDir);
  cleanups.push(() => rm(dataDir, { recursive: true, force: true }), () => store.close());
  return store;
}

const consentAt = Date.parse('2026-11-04T10:15:00Z');

const enrichment: EnrichmentSettings = {
  name: 'Account engagement', outputTable: 'AccountEngagement', mailboxEntries: ['sales@contoso.example'], mailboxCount: 6,
  datasetId: 'customers', fieldMapping: { email: 'Email', accountId: 'AccountId' }, region: 'EU', agreedAt: consentAt, savedAt: consentAt, savedBy: 'admin-1',
};


function service(store: RapportStore, open: () => Promise<RunSources>, timer: Timer, extra: Partial<RunServiceOptions> = {}) {
  let ids = 0;
  const runs = createRunService({
    store, config: { firstRunDelayHours: 6, timeZone: 'UTC' }, timer, newRunId: () => `run-${++ids}`, asOf: () => asOf,
    prepare: async () => ({ configKey: runConfigKey(tenant.mailboxes()), openSources: open, attribution }),
    ...extra,
  });
  cleanups.push(() => runs.stop());
  return runs;
}

describe('run service', () => {
  it('refuses a second run now while one runs, naming the run under way', async () => {
    const store = await freshStore();
    await store.admin.saveEnrichment(enrichment);
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const runs = service(store, async () => (await gate, sourcesOf(crashingSource())), manualTimer(consentAt).timer);
    const first = await runs.runNow();
    expect(first).toMatchObject({ started: true, runId: 'run-1' });
    expect(await runs.runNow()).toEqual({ started: false, reason: 'already-running', runId: 'run-1' });
    expect(runs.current()?.runId).toBe('run-1');
    release();
    if (!first.started) throw new Error('expected a start');
    expect((await first.finished).status).toBe('succeeded');
    expect(runs.current()).toBeNull();
    expect(runs.history().map((run) => [run.id, run.status, run.mailboxes])).toEqual([['run-1', 'succeeded', tenant.mailboxes().length]]);
  });

  it('tells finished-run listeners and progress listeners about a run', async () => {
    const store = await freshStore();
    await store.admin.saveEnrichment(enrichment);
    const runs = service(store, async () => sourcesOf(crashingSource()), manualTimer(consentAt).timer);
    const phases: string[] = [];
    const finished: string[] = [];
    runs.onProgress((_runId, event) => void (phases.at(-1) !== event.phase && phases.push(event.phase)));
    runs.onRunFinished((outcome) => void finished.push(outcome.status));
    const start = await runs.runNow();
    if (!start.started) throw new Error('expected a start');
    await start.finished;
    expect(finished).toEqual(['succeeded']);
    expect(phases).toEqual(['resolving', 'reading', 'aggregating', 'saving', 'finished']);
  });

  it('fails a run now with a clear reason while no enrichment is configured', async () => {
    const store = await freshStore();
    const runs = service(store, async () => sourcesOf(crashingSource()), manualTimer(consentAt).timer);
    expect(runs.readiness()).toBe('not-configured');
    const start = await runs.runNow();
    if (!start.started) throw new Error('expected a start');
    expect(await start.finished).toMatchObject({ status: 'failed', error: 'No enrichment is configured yet.' });
  });

  it('arms nothing until both consent and an enrichment exist, then the first run 6 hours after consent', async () => {
    const store = await freshStore();
    const { timer, armed } = manualTimer(consentAt);
    const runs = service(store, async () => sourcesOf(crashingSource()), timer);
    runs.start();
    expect(runs.nextRunAt()).toBeNull();
    await store.admin.recordConsent('tenant-1', consentAt);
    runs.refresh();
    expect(runs.readiness()).toBe('not-configured');
    expect(armed).toEqual([]);
    await store.admin.saveEnrichment(enrichment);
    runs.refresh();
    expect(new Date(runs.nextRunAt()!).toISOString()).toBe('2026-11-04T16:15:00.000Z');
    expect(armed.map((entry) => new Date(entry.at).toISOString())).toEqual(['2026-11-04T16:15:00.000Z']);
  });

  it('with the default delay, starts the first run as soon as consent is recorded', async () => {
    const store = await freshStore();
    await store.admin.saveEnrichment(enrichment);
    const { timer, advanceTo } = manualTimer(consentAt);
    const runs = service(store, async () => sourcesOf(crashingSource()), timer, { config: { firstRunDelayHours: 0, timeZone: 'UTC' } });
    const finished = new Promise<string>((resolve) => runs.onRunFinished((outcome) => resolve(outcome.status)));
    runs.start();
    expect(runs.readiness()).toBe('no-consent');
    await store.admin.recordConsent('tenant-1', consentAt);
    runs.refresh();
    expect(runs.nextRunAt()).toBe(consentAt);
    await advanceTo(consentAt);
    expect(await finished).toBe('succeeded');
    expect(runs.history().map((run) => run.id)).toEqual(['run-1']);
  });

  it('starts nothing while consent is only pending confirmation', async () => {
    const store = await freshStore();
    await store.admin.saveEnrichment(enrichment);
    const { timer, armed } = manualTimer(consentAt);
    const runs = service(store, async () => sourcesOf(crashingSource()), timer, { config: { firstRunDelayHours: 0, timeZone: 'UTC' } });
    runs.start();
    await store.admin.recordConsentPending('tenant-1', consentAt, 'admin-1');
    runs.refresh();
    expect(runs.readiness()).toBe('no-consent');
    expect(armed).toEqual([]);
  });

  it('persists a schedule change and re-arms the timer for it', async () => {
    const store = await freshStore();
    await store.admin.saveEnrichment(enrichment);
    await store.admin.recordConsent('tenant-1', consentAt);
    const { timer, armed, setNow } = manualTimer(consentAt);
    const runs = service(store, async () => sourcesOf(crashingSource()), timer);
    const first = await runs.runNow();
    if (!first.started) throw new Error('expected a start');
    await first.finished;
    runs.start();
    expect(new Date(runs.nextRunAt()!).toISOString()).toBe('2026-11-09T06:00:00.000Z');
    setNow(Date.parse('2026-11-05T12:00:00Z'));
    await runs.setSchedule({ cadence: 'daily', time: '07:30' });
    expect(store.admin.schedule()).toEqual({ cadence: 'daily', time: '07:30' });
    expect(armed.map((entry) => new Date(entry.at).toISOString())).toEqual(['2026-11-06T07:30:00.000Z']);
    await runs.setSchedule({ cadence: 'off' });
    expect(runs.nextRunAt()).toBeNull();
    expect(armed).toEqual([]);
  });

  it('stops a run under way at its next checkpoint, and the next start resumes it to the table an uninterrupted run makes', async () => {
    const whole = await freshStore();
    await whole.admin.saveEnrichment(enrichment);
    const uninterrupted = await service(whole, async () => sourcesOf(crashingSource()), manualTimer(consentAt).timer).runNow();
    if (!uninterrupted.started) throw new Error('expected a start');
    const expected = await uninterrupted.finished;

    const dataDir = await mkdtemp(join(tmpdir(), 'rapport-run-service-'));
    cleanups.push(() => rm(dataDir, { recursive: true, force: true }));
    const before = await openStore(dataDir);
    await before.admin.saveEnrichment(enrichment);
    await before.admin.recordConsent('tenant-1', consentAt);
    const stopping = service(before, async () => sourcesOf(crashingSource()), manualTimer(consentAt).timer);
    let stopped: Promise<void> | undefined;
    stopping.onProgress((_runId, event) => {
      if (event.phase === 'reading' && event.done === 2) stopped = stopping.stop();
    });
    const first = await stopping.runNow();
    if (!first.started) throw new Error('expected a start');
    expect(await first.finished).toMatchObject({ status: 'failed', error: expect.stringMatching(/^Stopped for a restart/) });
    await stopped;
    expect((await before.checkpoints.unfinished()).map((checkpoint) => checkpoint.completedMailboxes.length)).toEqual([3]);
    await before.close();

    const after = await openStore(dataDir);
    cleanups.push(() => after.close());
    const restarted = service(after, async () => sourcesOf(crashingSource()), manualTimer(consentAt).timer);
    const resumed = new Promise<Awaited<typeof first.finished>>((resolve) => restarted.onRunFinished(resolve));
    restarted.start();
    const outcome = await resumed;
    if (outcome.status !== 'succeeded' || expected.status !== 'succeeded') throw new Error('a run failed');
    expect(outcome.run).toMatchObject({ runId: first.runId, resumed: true });
    expect(outcome.run.insights).toEqual(expected.run.insights);
  });
});

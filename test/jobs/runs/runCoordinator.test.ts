import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { RunCoordinator, type RunJob } from '../../../src/jobs/runs/runCoordinator.js';
import { runConfigKey } from '../../../src/jobs/runs/runConfigKey.js';
import type { RunProgressEvent } from '../../../src/jobs/runs/runProgress.js';
import type { RunSources } from '../../../src/jobs/runs/runSources.js';
import { openStore, type RapportStore } from '../../../src/store/rapportStore.js';
import { asOf, attribution, crashingSource, sourcesOf, tenant } from './runFixtures.js';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function freshStore(): Promise<RapportStore> {
  const dataDir = await mkdtemp(join(tmpdir(), 'rapport-coordinator-'));
  const store = await openStore(dataDir);
  cleanups.push(() => rm(dataDir, { recursive: true, force: true }), () => store.close());
  return store;
}

function job(open: () => Promise<RunSources>): RunJob {
  return { configKey: runConfigKey(tenant.mailboxes()), openSources: open, attribution };
}

function coordinator(store: RapportStore, open: () => Promise<RunSources>, events: RunProgressEvent[] = []) {
  let time = asOf;
  let ids = 0;
  return new RunCoordinator({
    store, prepare: async () => job(open), now: () => (time += 1_000), newRunId: () => `run-${++ids}`,
    onProgress: (_runId, event) => events.push(event),
  });
}

describe('run coordinator', () => {
  it('never runs twice at once: a second start while one runs is refused with the running id', async () => {
    const store = await freshStore();
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const runs = coordinator(store, async () => (await gate, sourcesOf(crashingSource())));
    const first = await runs.runNow();
    expect(first).toMatchObject({ started: true, runId: 'run-1' });
    expect(await runs.runNow()).toEqual({ started: false, reason: 'already-running', runId: 'run-1' });
    expect(runs.current()?.runId).toBe('run-1');
    release();
    const outcome = first.started ? await first.finished : null;
    expect(outcome?.status).toBe('succeeded');
    expect(runs.current()).toBeNull();
    expect(await runs.runNow()).toMatchObject({ started: true, runId: 'run-2' });
    await runs.idle();
  });

  it('records a succeeded run in the history with its counts', async () => {
    const store = await freshStore();
    const events: RunProgressEvent[] = [];
    const start = await coordinator(store, async () => sourcesOf(crashingSource()), events).runNow();
    const outcome = start.started ? await start.finished : null;
    if (outcome?.status !== 'succeeded') throw new Error('run failed');
    const summary = outcome.run.summary;
    expect(store.runs.history()).toEqual([{
      id: 'run-1', startedAt: asOf + 1_000, finishedAt: expect.any(Number), status: 'succeeded', mailboxes: tenant.mailboxes().length,
      emails: summary.distinctEmails, meetings: summary.distinctMeetings, accounts: summary.accounts,
    }]);
    expect(events[0]).toEqual({ phase: 'resolving' });
    expect(events.at(-1)?.phase).toBe('finished');
  });

  it('records a failed run with its error, then resumes it under the same id', async () => {
    const store = await freshStore();
    let attempt = 0;
    const runs = coordinator(store, async () => sourcesOf(crashingSource(++attempt === 1 ? 2 : undefined)));
    const failed = await runs.runNow();
    expect(failed.started && (await failed.finished)).toEqual({ status: 'failed', runId: 'run-1', error: 'connection lost' });
    expect(store.runs.latest()).toMatchObject({ id: 'run-1', status: 'failed', error: 'connection lost', mailboxes: 0 });
    const retried = await runs.runNow();
    expect(retried).toMatchObject({ started: true, runId: 'run-1' });
    expect(retried.started && (await retried.finished)).toMatchObject({ status: 'succeeded', run: { resumed: true, summary: { resumedMailboxes: 2 } } });
    expect(store.runs.history().map((run) => [run.id, run.status])).toEqual([['run-1', 'succeeded']]);
  });

  it('records mailboxes that could not be read in the run record', async () => {
    const store = await freshStore();
    const open = async (): Promise<RunSources> => ({
      ...sourcesOf(crashingSource()),
      statuses: () => [{ address: 'ann@us.example', status: 'failed', items: 0, requests: 3, error: 'ErrorAccessDenied' }],
    });
    const start = await coordinator(store, open).runNow();
    if (start.started) await start.finished;
    expect(store.runs.latest()).toMatchObject({ status: 'succeeded', error: '1 mailbox could not be read completely: ann@us.example (ErrorAccessDenied)' });
  });
});

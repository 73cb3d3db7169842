import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runCheckpointed, type CheckpointedRunInput } from '../../../src/jobs/runs/checkpointedRun.js';
import { runConfigKey } from '../../../src/jobs/runs/runConfigKey.js';
import type { RunProgressEvent } from '../../../src/jobs/runs/runProgress.js';
import type { RunSources } from '../../../src/jobs/runs/runSources.js';
import { checkpointsDirectory } from '../../../src/store/checkpointsRepository.js';
import { openStore, type RapportStore } from '../../../src/store/rapportStore.js';
import { asOf, attribution, crashingSource, SourceCrash, sourcesOf, tenant } from './runFixtures.js';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function freshStore(): Promise<{ store: RapportStore; dataDir: string }> {
  const dataDir = await mkdtemp(join(tmpdir(), 'rapport-runs-'));
  const store = await openStore(dataDir);
  cleanups.push(() => rm(dataDir, { recursive: true, force: true }), () => store.close());
  return { store, dataDir };
}

const configKey = runConfigKey(tenant.mailboxes());

function input(store: RapportStore, runId: string, open: (asOf: number) => Promise<RunSources>, events: RunProgressEvent[] = []): CheckpointedRunInput {
  return { store, configKey, runId, asOf, openSources: open, attribution, now: () => asOf + 1_000, onProgress: (event) => events.push(event) };
}

describe('checkpointed run', () => {
  it('after a crash, resumes from its checkpoint and computes the same table as an uninterrupted run', async () => {
    const uninterrupted = await runCheckpointed(input((await freshStore()).store, 'clean', async () => sourcesOf(crashingSource())));
    expect(uninterrupted.result.rows.length).toBeGreaterThan(20);

    const { store, dataDir } = await freshStore();
    const crashing = crashingSource(3);
    await expect(runCheckpointed(input(store, 'run-1', async () => sourcesOf(crashing)))).rejects.toThrow(SourceCrash);
    const saved = await store.checkpoints.load('run-1');
    expect(saved?.completedMailboxes).toEqual(tenant.mailboxes().slice(0, 3));
    expect(store.runs.latest()).toBeUndefined();

    const resumingSource = crashingSource();
    const events: RunProgressEvent[] = [];
    let openedFor: number | undefined;
    const resumed = await runCheckpointed({
      ...input(store, 'run-2', async (runAsOf) => ((openedFor = runAsOf), sourcesOf(resumingSource)), events),
      asOf: asOf + 86_400_000,
    });
    expect(resumed.runId).toBe('run-1');
    expect(resumed.resumed).toBe(true);
    expect(openedFor).toBe(asOf);
    expect(resumed.summary.resumedMailboxes).toBe(3);
    expect(events.filter((event) => event.phase === 'reading').map((event) => event.phase === 'reading' && event.mailbox)).toEqual(tenant.mailboxes().slice(3));
    expect(resumed.result.rows).toEqual(uninterrupted.result.rows);
    expect(resumed.insights).toEqual(uninterrupted.insights);
    expect(resumed.summary.distinctEmails).toBe(uninterrupted.summary.distinctEmails);
    expect(resumed.summary.distinctMeetings).toBe(uninterrupted.summary.distinctMeetings);
    expect(await readdir(checkpointsDirectory(dataDir))).toEqual([]);
    expect(await store.insights.current()).toEqual(uninterrupted.insights);
  }, 60_000);

  it('reports its phases in order, mailbox by mailbox', async () => {
    const { store } = await freshStore();
    const events: RunProgressEvent[] = [];
    const run = await runCheckpointed(input(store, 'run-1', async () => sourcesOf(crashingSource()), events));
    const mailboxes = tenant.mailboxes();
    expect(events.map((event) => event.phase)).toEqual(['resolving', ...mailboxes.map(() => 'reading'), 'aggregating', 'saving', 'finished']);
    expect(events.filter((event) => event.phase === 'reading')).toEqual(mailboxes.map((mailbox, index) => ({ phase: 'reading', done: index + 1, total: mailboxes.length, mailbox })));
    expect(events.at(-1)).toEqual({ phase: 'finished', summary: run.summary });
    expect(run.summary).toMatchObject({ mailboxes: mailboxes.length, resumedMailboxes: 0, problems: [] });
    expect(run.summary.accounts).toBe(run.insights.accounts.length);
  }, 60_000);

  it('reports a failure as its last event, and closes its sources', async () => {
    const { store } = await freshStore();
    const events: RunProgressEvent[] = [];
    let closed = 0;
    const open = async () => ({ ...sourcesOf(crashingSource(1)), close: async () => void closed++ });
    await expect(runCheckpointed(input(store, 'run-1', open, events))).rejects.toThrow('connection lost');
    expect(events.at(-1)).toEqual({ phase: 'failed', error: 'connection lost' });
    expect(closed).toBe(1);
  });

  it('puts the failed mailboxes a source reports in the summary', async () => {
    const { store } = await freshStore();
    const [first, second] = tenant.mailboxes();
    const open = async (): Promise<RunSources> => ({
      ...sourcesOf(crashingSource()),
      statuses: () => [
        { address: first!, status: 'ok', items: 10, requests: 2 },
        { address: second!, status: 'failed', items: 0, requests: 5, error: 'MailboxNotEnabledForRESTAPI' },
      ],
    });
    const run = await runCheckpointed(input(store, 'run-1', open));
    expect(run.summary.problems).toEqual([{ mailbox: second, error: 'MailboxNotEnabledForRESTAPI' }]);
    expect(run.summary.skipped.failedMailboxes).toBe(1);
  });

  it('does not resume a checkpoint made for another configuration, and deletes it', async () => {
    const { store } = await freshStore();
    await expect(runCheckpointed(input(store, 'run-1', async () => sourcesOf(crashingSource(2))))).rejects.toThrow(SourceCrash);
    const run = await runCheckpointed({ ...input(store, 'run-2', async () => sourcesOf(crashingSource())), configKey: runConfigKey(['someone@else.com']) });
    expect(run.runId).toBe('run-2');
    expect(run.resumed).toBe(false);
    expect(await store.checkpoints.unfinished()).toEqual([]);
  });
});

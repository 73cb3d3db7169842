import { describe, expect, it } from 'vitest';
import { openStore, type RunRecord } from '../../src/store/rapportStore.js';
import { RUNS_KEPT } from '../../src/store/runsRepository.js';
import { openTestStore, tempDataDir } from './storeFixtures.js';

const runRecord = (id: string, finishedAt: number, extra: Partial<RunRecord> = {}): RunRecord => ({
  id, startedAt: finishedAt - 10, finishedAt, status: 'succeeded', mailboxes: 3, emails: 120, meetings: 14, accounts: 2, ...extra,
});

describe('runs', () => {
  it('start empty', async () => {
    const store = await openTestStore(await tempDataDir());
    expect(store.runs.latest()).toBeUndefined();
    expect(store.runs.history()).toEqual([]);
  });

  it('round-trip, latest being the one that finished last, history newest first', async () => {
    const store = await openTestStore(await tempDataDir());
    await store.runs.record(runRecord('r1', 100));
    await store.runs.record(runRecord('r3', 300, { status: 'failed', error: 'Graph said 403' }));
    await store.runs.record(runRecord('r2', 200));
    expect(store.runs.latest()).toEqual(runRecord('r3', 300, { status: 'failed', error: 'Graph said 403' }));
    expect(store.runs.history().map((run) => run.id)).toEqual(['r3', 'r2', 'r1']);
    expect(store.runs.history(2).map((run) => run.id)).toEqual(['r3', 'r2']);
  });

  it('replace a run recorded again under the same id', async () => {
    const store = await openTestStore(await tempDataDir());
    await store.runs.record(runRecord('r1', 100, { status: 'failed', error: 'x' }));
    await store.runs.record(runRecord('r1', 150));
    expect(store.runs.history()).toEqual([runRecord('r1', 150)]);
  });

  it(`keep the last ${RUNS_KEPT} runs`, async () => {
    const store = await openTestStore(await tempDataDir());
    await Promise.all(Array.from({ length: RUNS_KEPT + 5 }, (_, i) => store.runs.record(runRecord(`r${i + 1}`, i + 1))));
    expect(store.runs.history()).toHaveLength(RUNS_KEPT);
    expect(store.runs.history().at(-1)?.id).toBe('r6');
  });

  it('survive a restart', async () => {
    const dataDir = await tempDataDir();
    const first = await openStore(dataDir);
    await first.runs.record(runRecord('r1', 100));
    await first.close();
    const second = await openTestStore(dataDir);
    expect(second.runs.latest()?.id).toBe('r1');
  });
});

describe('runs: what the state file would refuse on the next start', () => {
  it.each([
    ['a count that is not a whole number', { emails: 1.5 }],
    ['a negative count', { meetings: -1 }],
    ['a time that is not a number', { finishedAt: Number.NaN }],
  ])('is rejected when recorded: %s', async (_case, extra) => {
    const dataDir = await tempDataDir();
    const store = await openStore(dataDir);
    await expect(store.runs.record(runRecord('bad', 100, extra))).rejects.toThrow();
    expect(store.runs.history()).toEqual([]);
    await store.close();
    await expect(openTestStore(dataDir)).resolves.toBeDefined();
  });
});

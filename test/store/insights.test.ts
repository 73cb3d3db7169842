import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { INSIGHTS_RUNS_KEPT } from '../../src/store/insightsRepository.js';
import { InsightsFileError, openStore, storePaths } from '../../src/store/rapportStore.js';
import { listFiles, openTestStore, sampleInsights, tempDataDir } from './storeFixtures.js';

const asJson = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

describe('insights', () => {
  it('are null before any run was saved', async () => {
    const store = await openTestStore(await tempDataDir());
    expect(await store.insights.current()).toBeNull();
  });

  it('are saved to insights/<runId>.json, leaving no temp file, and become current', async () => {
    const dataDir = await tempDataDir();
    const store = await openTestStore(dataDir);
    const insights = sampleInsights();
    expect(insights.accounts).toHaveLength(1);
    await store.insights.saveForRun('run-1', insights);
    expect(await listFiles(storePaths(dataDir).insights)).toEqual(['run-1.json']);
    const onDisk = JSON.parse(await readFile(join(storePaths(dataDir).insights, 'run-1.json'), 'utf8'));
    expect(onDisk).toMatchObject({ version: 1, runId: 'run-1', insights: asJson(insights) });
    expect(JSON.parse(await readFile(storePaths(dataDir).state, 'utf8')).insights).toEqual({ current: 'run-1', saved: ['run-1'] });
    expect(await store.insights.current()).toBe(insights);
  });

  it('are loaded from disk after a restart, once, then served from memory', async () => {
    const dataDir = await tempDataDir();
    const first = await openStore(dataDir);
    const insights = sampleInsights();
    await first.insights.saveForRun('run-1', insights);
    await first.close();

    const second = await openTestStore(dataDir);
    const loaded = await second.insights.current();
    expect(loaded).toEqual(asJson(insights));
    await rm(join(storePaths(dataDir).insights, 'run-1.json'));
    expect(await second.insights.current()).toBe(loaded);
  });

  it('follow the current run pointer: the latest saved run is the one served, after a restart too', async () => {
    const dataDir = await tempDataDir();
    const first = await openStore(dataDir);
    await first.insights.saveForRun('run-1', sampleInsights('2024-07-01T00:00:00Z'));
    await first.insights.saveForRun('run-2', sampleInsights('2024-07-08T00:00:00Z'));
    expect((await first.insights.current())?.asOf).toBe(Date.parse('2024-07-08T00:00:00Z'));
    await first.close();
    const second = await openTestStore(dataDir);
    expect((await second.insights.current())?.asOf).toBe(Date.parse('2024-07-08T00:00:00Z'));
  });

  it(`keep the files of the last ${INSIGHTS_RUNS_KEPT} runs only`, async () => {
    const dataDir = await tempDataDir();
    const store = await openTestStore(dataDir);
    const insights = sampleInsights();
    for (let run = 1; run <= INSIGHTS_RUNS_KEPT + 2; run++) await store.insights.saveForRun(`run-${run}`, insights);
    const kept = Array.from({ length: INSIGHTS_RUNS_KEPT }, (_, i) => `run-${i + 3}.json`);
    expect(await listFiles(storePaths(dataDir).insights)).toEqual(kept.sort());
  });

  it('load despite temp files left by a crash mid-write, which the next open sweeps', async () => {
    const dataDir = await tempDataDir();
    const first = await openStore(dataDir);
    const insights = sampleInsights();
    await first.insights.saveForRun('run-1', insights);
    await first.close();
    const insightsDir = storePaths(dataDir).insights;
    await writeFile(join(insightsDir, '.run-2.json.4242.1.tmp'), '{"version":1,"runId":"run-2","insights":{"asOf":');

    const second = await openTestStore(dataDir);
    expect(await second.insights.current()).toEqual(asJson(insights));
    expect(await listFiles(insightsDir)).toEqual(['run-1.json']);
    await second.insights.saveForRun('run-2', insights);
    expect(await listFiles(insightsDir)).toEqual(['run-1.json', 'run-2.json']);
  });

  it('keep the previous run current when writing the new file fails, and leave no temp file', async () => {
    const dataDir = await tempDataDir();
    const store = await openTestStore(dataDir);
    const insights = sampleInsights();
    await store.insights.saveForRun('run-1', insights);
    await mkdir(join(storePaths(dataDir).insights, 'run-2.json'));
    await expect(store.insights.saveForRun('run-2', sampleInsights('2024-07-08T00:00:00Z'))).rejects.toThrow();
    expect(await store.insights.current()).toBe(insights);
    expect(await listFiles(storePaths(dataDir).insights)).toEqual(['run-1.json']);
  });

  it('refuse run ids that cannot safely name a file', async () => {
    const store = await openTestStore(await tempDataDir());
    for (const runId of ['', '../escape', 'a/b', '.hidden', 'x'.repeat(129)]) {
      await expect(store.insights.saveForRun(runId, sampleInsights())).rejects.toThrow(RangeError);
    }
  });

  it.each([
    ['missing', null, /is missing/],
    ['not JSON', '{"version":1,', /not valid JSON/],
    ['of a newer format', JSON.stringify({ version: 2, runId: 'run-1', savedAt: 0, insights: {} }), /format version 2/],
    ['without an accounts array', JSON.stringify({ version: 1, runId: 'run-1', savedAt: 0, insights: { asOf: 0, windowStart: 0, knownBy: {} } }), /insights\.accounts/],
    ['without asOf', JSON.stringify({ version: 1, runId: 'run-1', savedAt: 0, insights: { windowStart: 0, accounts: [], knownBy: {} } }), /insights\.asOf/],
    ['of another run', JSON.stringify({ version: 1, runId: 'run-9', savedAt: 0, insights: { asOf: 0, windowStart: 0, accounts: [], knownBy: {} } }), /holds run run-9/],
  ])('name the file when the current one is %s', async (_case, content, message) => {
    const dataDir = await tempDataDir();
    const first = await openStore(dataDir);
    await first.insights.saveForRun('run-1', sampleInsights());
    await first.close();
    const file = join(storePaths(dataDir).insights, 'run-1.json');
    if (content === null) await rm(file);
    else await writeFile(file, content);

    const second = await openTestStore(dataDir);
    const error = await second.insights.current().catch((thrown: unknown) => thrown);
    expect(error).toBeInstanceOf(InsightsFileError);
    expect((error as Error).message).toContain(file);
    expect((error as Error).message).toMatch(message);
  });

  it('retry loading after a failed load', async () => {
    const dataDir = await tempDataDir();
    const first = await openStore(dataDir);
    const insights = sampleInsights();
    await first.insights.saveForRun('run-1', insights);
    await first.close();
    const file = join(storePaths(dataDir).insights, 'run-1.json');
    const good = await readFile(file, 'utf8');
    await writeFile(file, 'garbage');
    const second = await openTestStore(dataDir);
    await expect(second.insights.current()).rejects.toBeInstanceOf(InsightsFileError);
    await writeFile(file, good);
    expect(await second.insights.current()).toEqual(asJson(insights));
  });
});

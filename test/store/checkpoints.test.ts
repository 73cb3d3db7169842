import { readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ActivityFold } from '../../src/engagement/fold.js';
import { checkpointsDirectory, type RunCheckpoint } from '../../src/store/checkpointsRepository.js';
import { mail } from '../engagement/builders.js';
import { openTestStore, tempDataDir } from './storeFixtures.js';

const asOf = Date.parse('2024-07-01T00:00:00Z');

function checkpoint(runId: string, startedAt: number): RunCheckpoint {
  const fold = new ActivityFold(asOf).addAll([mail({ from: 'uma@us.com', to: ['pat@contoso.com'], sentAt: '2024-06-20T10:00:00Z' })]);
  return { runId, configKey: 'key-a', asOf, startedAt, completedMailboxes: ['uma@us.com'], seenMailboxes: ['uma@us.com'], unmonitoredItems: 0, fold: fold.toSnapshot() };
}

describe('checkpoints repository', () => {
  it('round-trips a checkpoint through checkpoints/<runId>.json, and restores the fold', async () => {
    const dataDir = await tempDataDir();
    const store = await openTestStore(dataDir);
    const saved = checkpoint('run-1', 1_000);
    await store.checkpoints.save(saved);
    expect(await readdir(checkpointsDirectory(dataDir))).toEqual(['run-1.json']);
    const loaded = await store.checkpoints.load('run-1');
    expect(loaded).toEqual(saved);
    expect(ActivityFold.fromSnapshot(loaded!.fold).emailCount).toBe(1);
  });

  it('survives reopening the store, lists unfinished runs oldest first, and deletes on remove', async () => {
    const dataDir = await tempDataDir();
    const first = await openTestStore(dataDir);
    await first.checkpoints.save(checkpoint('run-b', 2_000));
    await first.checkpoints.save(checkpoint('run-a', 1_000));
    await first.close();
    const store = await openTestStore(dataDir);
    expect((await store.checkpoints.unfinished()).map((c) => c.runId)).toEqual(['run-a', 'run-b']);
    await store.checkpoints.remove('run-a');
    await store.checkpoints.remove('run-a');
    expect((await store.checkpoints.unfinished()).map((c) => c.runId)).toEqual(['run-b']);
    expect(await store.checkpoints.load('run-a')).toBeNull();
  });

  it('deletes unreadable checkpoints instead of resuming them, and sweeps temp files on open', async () => {
    const dataDir = await tempDataDir();
    await openTestStore(dataDir);
    const directory = checkpointsDirectory(dataDir);
    await writeFile(join(directory, 'broken.json'), '{"version":1,');
    await writeFile(join(directory, 'wrong.json'), JSON.stringify({ version: 1, checkpoint: { runId: 'wrong' } }));
    await writeFile(join(directory, '.run-1.json.123.1.tmp'), 'partial');
    const store = await openTestStore(dataDir);
    expect(await readdir(directory)).toEqual(['broken.json', 'wrong.json']);
    expect(await store.checkpoints.unfinished()).toEqual([]);
    expect(await readdir(directory)).toEqual([]);
  });

  it('refuses a run id that cannot name a file', async () => {
    const store = await openTestStore(await tempDataDir());
    await expect(store.checkpoints.save(checkpoint('../escape', 1))).rejects.toThrow(RangeError);
  });
});

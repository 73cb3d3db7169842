import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { StateFileError, StoreClosedError, openStore, storePaths } from '../../src/store/rapportStore.js';
import { STATE_VERSION, emptyState } from '../../src/store/stateSchema.js';
import { listFiles, openTestStore, tempDataDir } from './storeFixtures.js';

async function refusal(dataDir: string): Promise<StateFileError> {
  const error = await openStore(dataDir).then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(StateFileError);
  return error as StateFileError;
}

describe('the state file', () => {
  it('is created, with the current schema version, in a data dir that did not exist', async () => {
    const dataDir = join(await tempDataDir(), 'nested', 'data');
    await openTestStore(dataDir);
    const written = JSON.parse(await readFile(storePaths(dataDir).state, 'utf8'));
    expect(written).toEqual(emptyState());
    expect(written.version).toBe(STATE_VERSION);
    expect(await listFiles(dataDir)).toEqual(['rapport.json']);
  });

  it('survives a restart: what was written before close is there after reopening', async () => {
    const dataDir = await tempDataDir();
    const first = await openStore(dataDir);
    await first.preferences.setOptedOut('Ann@Contoso.com', true);
    await first.preferences.watch('user-1', 'contoso');
    await first.segments.save('user-1', { name: 'Stale', expression: 'stale' });
    await first.close();

    const second = await openTestStore(dataDir);
    expect(second.preferences.isOptedOut('ann@contoso.com')).toBe(true);
    expect(second.preferences.watches('user-1')).toEqual(['contoso']);
    expect(second.segments.get('user-1', 'stale')?.expression).toBe('stale');
  });

  it('persists both of two concurrent writes', async () => {
    const dataDir = await tempDataDir();
    const store = await openStore(dataDir);
    await Promise.all([
      store.segments.save('user-1', { name: 'A', expression: 'health < 40' }),
      store.segments.save('user-2', { name: 'B', expression: 'stale' }),
      store.preferences.watch('user-1', 'contoso'),
      store.preferences.watch('user-1', 'fabrikam'),
    ]);
    const onDisk = JSON.parse(await readFile(storePaths(dataDir).state, 'utf8'));
    expect(onDisk.segments.map((s: { name: string }) => s.name)).toEqual(['A', 'B']);
    expect(onDisk.watches).toHaveLength(2);
    await store.close();

    const reopened = await openTestStore(dataDir);
    expect(reopened.segments.list('user-1').map((s) => s.name)).toEqual(['A']);
    expect(reopened.segments.list('user-2').map((s) => s.name)).toEqual(['B']);
    expect(reopened.preferences.watches('user-1')).toEqual(['contoso', 'fabrikam']);
  });

  it('persists many concurrent writes from one burst', async () => {
    const dataDir = await tempDataDir();
    const store = await openStore(dataDir);
    await Promise.all(Array.from({ length: 50 }, (_, i) => store.preferences.watch(`user-${i}`, 'contoso')));
    await store.close();
    const reopened = await openTestStore(dataDir);
    expect(reopened.preferences.watchersOf('contoso')).toHaveLength(50);
  });

  it.each([
    ['bad JSON', '{"version": 1, "optedOut": ['],
    ['an empty file', ''],
    ['a JSON array', '[]'],
    ['no version', '{"optedOut": []}'],
    ['a field of the wrong type', JSON.stringify({ ...emptyState(), optedOut: 'everyone' })],
    ['a missing field', JSON.stringify({ version: 1 })],
    ['a download token that is a path', JSON.stringify({ ...emptyState(), downloads: [{ token: '../../x', fileName: 'x.csv', createdAt: 0, expiresAt: 1 }] })],
    ['a current run id that is a path', JSON.stringify({ ...emptyState(), insights: { current: '../x', saved: [] } })],
  ])('refuses a corrupt file (%s), naming it, and leaves it byte for byte untouched', async (_case, content) => {
    const dataDir = await tempDataDir();
    const file = storePaths(dataDir).state;
    await writeFile(file, content);
    const error = await refusal(dataDir);
    expect(error.problem).toBe('corrupt');
    expect(error.message).toContain(file);
    expect(error.message).toContain('left untouched');
    expect(await readFile(file, 'utf8')).toBe(content);
    expect(await listFiles(dataDir)).toEqual(['rapport.json']);
  });

  it('says which field failed the schema', async () => {
    const dataDir = await tempDataDir();
    await writeFile(storePaths(dataDir).state, JSON.stringify({ ...emptyState(), runs: [{ id: 'r1' }] }));
    expect((await refusal(dataDir)).message).toMatch(/runs\.0\.startedAt/);
  });

  it('refuses a file from a newer schema version and leaves it untouched', async () => {
    const dataDir = await tempDataDir();
    const file = storePaths(dataDir).state;
    const content = JSON.stringify({ ...emptyState(), version: STATE_VERSION + 1, somethingNew: [] });
    await writeFile(file, content);
    const error = await refusal(dataDir);
    expect(error.problem).toBe('too-new');
    expect(error.message).toContain(file);
    expect(error.message).toContain(`schema version ${STATE_VERSION + 1}`);
    expect(error.message).toContain('newer Rapport');
    expect(await readFile(file, 'utf8')).toBe(content);
  });

  it('opens a file of the current version without rewriting it', async () => {
    const dataDir = await tempDataDir();
    const file = storePaths(dataDir).state;
    const content = JSON.stringify({ ...emptyState(), optedOut: ['ann@contoso.com'] });
    await writeFile(file, content);
    const store = await openTestStore(dataDir);
    expect(store.preferences.optedOut()).toEqual(['ann@contoso.com']);
    expect(await readFile(file, 'utf8')).toBe(content);
  });

  it('refuses writes after close, once the writes under way have landed', async () => {
    const dataDir = await tempDataDir();
    const store = await openStore(dataDir);
    const pending = store.preferences.watch('user-1', 'contoso');
    await store.close();
    await expect(pending).resolves.toBe(true);
    await expect(store.preferences.watch('user-1', 'fabrikam')).rejects.toBeInstanceOf(StoreClosedError);
    const onDisk = JSON.parse(await readFile(storePaths(dataDir).state, 'utf8'));
    expect(onDisk.watches).toEqual([{ userKey: 'user-1', accountId: 'contoso' }]);
  });
});

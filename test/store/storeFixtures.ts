/** Temp data directories, a settable clock and sample insights for the store tests. */
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';
import { buildInsights, type EnrichmentInsights } from '../../src/engagement/insights.js';
import { openStore, type RapportStore, type StoreOptions } from '../../src/store/rapportStore.js';
import { dataset, mail, meeting, run } from '../engagement/builders.js';

const directories: string[] = [];
const stores: RapportStore[] = [];

afterEach(async () => {
  await Promise.all(stores.splice(0).map((store) => store.close()));
  await Promise.all(directories.splice(0).map((directory) => rm(directory, { recursive: true, force: true })));
});

/** A fresh directory under the OS temp dir, removed after the test. */
export async function tempDataDir(): Promise<string> {
  const directory = await mkdtemp(join(tmpdir(), 'rapport-store-'));
  directories.push(directory);
  return directory;
}

/** Opens a store that is closed after the test. */
export async function openTestStore(dataDir: string, options?: StoreOptions): Promise<RapportStore> {
  const store = await openStore(dataDir, options);
  stores.push(store);
  return store;
}

export interface FakeClock {
  now: () => number;
  set(time: number): void;
  advance(ms: number): void;
}

export function fakeClock(start = Date.parse('2024-07-01T09:00:00Z')): FakeClock {
  let time = start;
  return {
    now: () => time,
    set: (value) => void (time = value),
    advance: (ms) => void (time += ms),
  };
}

/** Every file under `directory`, as relative paths, sorted. */
export async function listFiles(directory: string): Promise<string[]> {
  const entries = await readdir(directory, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name).slice(directory.length + 1))
    .sort();
}

/** Real insights from the engine: one account (contoso) that uma@us.com knows. */
export function sampleInsights(asOf = '2024-07-01T00:00:00Z'): EnrichmentInsights {
  const items = [
    mail({ from: 'uma@us.com', to: ['pat@contoso.com'], sentAt: '2024-06-20T10:00:00Z' }),
    mail({ from: 'pat@contoso.com', to: ['uma@us.com'], sentAt: '2024-06-21T10:00:00Z', folder: 'inbox' }),
    meeting({ organizer: 'uma@us.com', attendees: ['pat@contoso.com'], start: '2024-06-25T15:00:00Z' }),
  ];
  const result = run(asOf, items, dataset({ contoso: ['pat@contoso.com'] }));
  return buildInsights(result);
}

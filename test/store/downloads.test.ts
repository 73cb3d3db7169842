import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DOWNLOAD_TOKEN_PATTERN } from '../../src/store/fileNames.js';
import { openStore, storePaths } from '../../src/store/rapportStore.js';
import { fakeClock, listFiles, openTestStore, tempDataDir } from './storeFixtures.js';

const HOUR = 3_600_000;
const CSV = 'AccountId,AccountName\r\ncontoso,Contoso\r\n';

describe('downloads', () => {
  it('round-trip: the content is a file named by the token, opened until it expires', async () => {
    const dataDir = await tempDataDir();
    const clock = fakeClock(1_000);
    const store = await openTestStore(dataDir, { now: clock.now });
    const { token, expiresAt } = await store.downloads.create(CSV, 'engagement.csv', HOUR);
    expect(expiresAt).toBe(1_000 + HOUR);
    expect(await readFile(join(storePaths(dataDir).downloads, `${token}.csv`), 'utf8')).toBe(CSV);
    expect(await store.downloads.open(token)).toEqual({ content: CSV, fileName: 'engagement.csv' });
    clock.set(expiresAt - 1);
    expect(await store.downloads.open(token)).toEqual({ content: CSV, fileName: 'engagement.csv' });
    clock.set(expiresAt);
    expect(await store.downloads.open(token)).toBe('expired');
  });

  it('purge expired links and their files, keeping live ones', async () => {
    const dataDir = await tempDataDir();
    const clock = fakeClock(0);
    const store = await openTestStore(dataDir, { now: clock.now });
    const short = await store.downloads.create('a', 'a.csv', HOUR);
    const long = await store.downloads.create('b', 'b.csv', 3 * HOUR);
    clock.advance(2 * HOUR);
    expect(await store.downloads.purgeExpired()).toBe(1);
    expect(await store.downloads.open(short.token)).toBe('not-found');
    expect(await listFiles(storePaths(dataDir).downloads)).toEqual([`${long.token}.csv`]);
    expect(await store.downloads.purgeExpired()).toBe(0);
    expect(await store.downloads.open(long.token)).toMatchObject({ content: 'b' });
  });

  it('have unguessable tokens: 32 random bytes, base64url (43 characters), distinct over 1,000', async () => {
    const store = await openTestStore(await tempDataDir());
    const created = await Promise.all(Array.from({ length: 1_000 }, (_, i) => store.downloads.create(`${i}`, 'x.csv', HOUR)));
    for (const { token } of created) {
      expect(token).toHaveLength(43);
      expect(token).toMatch(/^[A-Za-z0-9_-]+$/);
    }
    expect(new Set(created.map(({ token }) => token)).size).toBe(1_000);
  });

  it('take the token from the injected random bytes', async () => {
    const bytes = Buffer.alloc(32, 0xfb);
    const store = await openTestStore(await tempDataDir(), { randomBytes: () => bytes });
    const { token } = await store.downloads.create(CSV, 'x.csv', HOUR);
    expect(token).toBe(bytes.toString('base64url'));
    expect(token).toMatch(DOWNLOAD_TOKEN_PATTERN);
  });

  it('say not-found for unknown and malformed tokens, never reading outside the folder', async () => {
    const dataDir = await tempDataDir();
    const store = await openTestStore(dataDir);
    await writeFile(join(dataDir, 'secret.csv'), 'secret');
    for (const token of ['', 'abc', '../secret', '../../etc/passwd', 'A'.repeat(43), 'A'.repeat(42) + '/']) {
      expect(await store.downloads.open(token)).toBe('not-found');
    }
  });

  it('refuse a time to live that is not positive', async () => {
    const store = await openTestStore(await tempDataDir());
    await expect(store.downloads.create(CSV, 'x.csv', 0)).rejects.toThrow(RangeError);
    await expect(store.downloads.create(CSV, 'x.csv', Number.NaN)).rejects.toThrow(RangeError);
  });

  it('survive a restart; expired ones are purged when the store opens', async () => {
    const dataDir = await tempDataDir();
    const clock = fakeClock(0);
    const first = await openStore(dataDir, { now: clock.now });
    const live = await first.downloads.create('live', 'live.csv', 10 * HOUR);
    const dead = await first.downloads.create('dead', 'dead.csv', HOUR);
    await first.close();
    clock.advance(2 * HOUR);
    const second = await openTestStore(dataDir, { now: clock.now });
    expect(await second.downloads.open(live.token)).toEqual({ content: 'live', fileName: 'live.csv' });
    expect(await second.downloads.open(dead.token)).toBe('not-found');
    expect(await listFiles(storePaths(dataDir).downloads)).toEqual([`${live.token}.csv`]);
  });
});

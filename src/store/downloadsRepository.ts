/**
 * Download links for exported CSVs: an unguessable token (32 random bytes, base64url)
 * names the file `downloads/<token>.csv`; the state keeps its file name and expiry.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { removeFile, writeFileAtomically } from './atomicFile.js';
import { DOWNLOAD_TOKEN_PATTERN } from './fileNames.js';
import type { StateDb } from './stateDb.js';

export const TOKEN_BYTES = 32;

export interface DownloadsRepository {
  create(content: string, fileName: string, ttlMs: number): Promise<{ token: string; expiresAt: number }>;
  /** 'expired' from `expiresAt` on until purged; 'not-found' for unknown or malformed tokens. */
  open(token: string): Promise<{ content: string; fileName: string } | 'expired' | 'not-found'>;
  /** Forgets expired links and deletes their files; resolves with how many. */
  purgeExpired(): Promise<number>;
}

export function downloadsRepository(
  state: StateDb,
  directory: string,
  now: () => number,
  randomBytes: (n: number) => Buffer,
): DownloadsRepository {
  const fileOf = (token: string): string => join(directory, `${token}.csv`);

  return {
    async create(content, fileName, ttlMs) {
      if (!(ttlMs > 0) || !Number.isFinite(ttlMs)) throw new RangeError(`a download needs a positive time to live, not ${ttlMs}`);
      if (fileName.trim() === '') throw new TypeError('a download needs a file name');
      const bytes = randomBytes(TOKEN_BYTES);
      if (bytes.length !== TOKEN_BYTES) throw new RangeError(`expected ${TOKEN_BYTES} random bytes, got ${bytes.length}`);
      const token = bytes.toString('base64url');
      const createdAt = now();
      const expiresAt = createdAt + ttlMs;
      return state.track(async () => {
        await state.update((data) => void data.downloads.push({ token, fileName, createdAt, expiresAt }));
        try {
          await writeFileAtomically(fileOf(token), content);
        } catch (error) {
          await state.update((data) => void (data.downloads = data.downloads.filter((link) => link.token !== token)));
          throw error;
        }
        return { token, expiresAt };
      });
    },

    async open(token) {
      if (!DOWNLOAD_TOKEN_PATTERN.test(token)) return 'not-found';
      const link = state.data.downloads.find((candidate) => candidate.token === token);
      if (!link) return 'not-found';
      if (now() >= link.expiresAt) return 'expired';
      try {
        return { content: await readFile(fileOf(token), 'utf8'), fileName: link.fileName };
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return 'not-found';
        throw error;
      }
    },

    purgeExpired() {
      return state.track(async () => {
        const time = now();
        if (!state.data.downloads.some((link) => time >= link.expiresAt)) return 0;
        const expired = await state.update((data) => {
          const gone = data.downloads.filter((link) => time >= link.expiresAt);
          data.downloads = data.downloads.filter((link) => time < link.expiresAt);
          return gone;
        });
        await Promise.all(expired.map((link) => removeFile(fileOf(link.token))));
        return expired.length;
      });
    },
  };
}

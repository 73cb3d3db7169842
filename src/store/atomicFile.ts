/**
 * Whole-file writes that readers never see half done: write a temp file in the same
 * directory, flush it, then rename it over the target. A crash leaves at most a stray
 * `.<name>.<pid>.<n>.tmp`, which `removeTempFiles` sweeps when the store opens.
 */
import { open, readdir, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

export const TEMP_SUFFIX = '.tmp';
let sequence = 0;

export interface AtomicWriteOptions {
  /** Called with the temp file once it is written and flushed, before the rename (crash tests). */
  beforeRename?: (temp: string) => void;
  /** Also flush the directory, so the rename survives a power cut before later steps rely on it. */
  syncDirectory?: boolean;
}

export async function writeFileAtomically(file: string, content: string, options: AtomicWriteOptions = {}): Promise<void> {
  const temp = join(dirname(file), `.${basename(file)}.${process.pid}.${++sequence}${TEMP_SUFFIX}`);
  try {
    const handle = await open(temp, 'wx');
    try {
      await handle.writeFile(content, 'utf8');
      await handle.sync();
    } finally {
      await handle.close();
    }
    options.beforeRename?.(temp);
    await rename(temp, file);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
  if (options.syncDirectory) await syncDirectory(dirname(file));
}

/** Error codes of a file system that cannot open or fsync a directory; the rename or create is still atomic there. */
const DIRECTORY_SYNC_UNSUPPORTED = new Set(['EISDIR', 'EPERM', 'EINVAL']);

/**
 * Flushes a directory, so that the entries created or renamed in it survive a power cut.
 * Skipped on Windows, which cannot open a directory for syncing; any other failure is thrown.
 */
export async function syncDirectory(directory: string): Promise<void> {
  if (process.platform === 'win32') return;
  let handle;
  try {
    handle = await open(directory, 'r');
    await handle.sync();
  } catch (error) {
    if (!DIRECTORY_SYNC_UNSUPPORTED.has((error as NodeJS.ErrnoException).code ?? '')) throw error;
  } finally {
    await handle?.close();
  }
}

/** Deletes temp files left by interrupted writes; call only while no write is under way. */
export async function removeTempFiles(directory: string): Promise<number> {
  const names = await readdir(directory);
  const temps = names.filter((name) => name.startsWith('.') && name.endsWith(TEMP_SUFFIX));
  await Promise.all(temps.map((name) => rm(join(directory, name), { force: true })));
  return temps.length;
}

/** Deletes a file; one already gone is fine. */
export async function removeFile(file: string): Promise<void> {
  await rm(file, { force: true });
}

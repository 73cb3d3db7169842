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

/** Not every platform can fsync a directory. */
async function syncDirectory(directory: string): Promise<void> {
  let handle;
  try {
    handle = await open(directory, 'r');
    await handle.sync();
  } catch {
    // Windows cannot open a directory for syncing; the rename is still atomic there.
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

/**
 * Whole-file writes that readers never see half done: write a temp file in the same
 * directory, flush it, then rename it over the target. A crash leaves at most a stray
 * `.<name>.<pid>.<n>.tmp`, which `removeTempFiles` sweeps when the store opens.
 */
import { open, readdir, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

const TEMP_SUFFIX = '.tmp';
let sequence = 0;

export async function writeFileAtomically(file: string, content: string): Promise<void> {
  const temp = join(dirname(file), `.${basename(file)}.${process.pid}.${++sequence}${TEMP_SUFFIX}`);
  try {
    const handle = await open(temp, 'wx');
    try {
      await handle.writeFile(content, 'utf8');
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, file);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
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

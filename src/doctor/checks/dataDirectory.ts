/**
 * "Data directory writable with free space": RAPPORT_DATA_DIR exists (made 0700 if not), a file
 * can be written and removed in it, only its owner can read it, and the disk has room.
 */
import { randomBytes } from 'node:crypto';
import { mkdir, rm, stat, statfs, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fail, messageOf, pass, warn, type CheckResult } from '../checkResult.js';
import type { DoctorContext } from '../doctorContext.js';

export const DATA_DIRECTORY = 'Data directory writable with free space';

const MB = 1024 * 1024;
/** Below this nothing can be promised (a run's insights and checkpoints, the outbox journal). */
export const MIN_FREE_BYTES = 100 * MB;
/** Below this, warn: a large tenant's runs need a few hundred megabytes. */
export const LOW_FREE_BYTES = 1024 * MB;

export async function checkDataDirectory(context: Pick<DoctorContext, 'target'>, freeBytes: (dir: string) => Promise<number> = freeBytesOf): Promise<CheckResult> {
  const dir = resolve(context.target.dataDir);
  const probe = join(dir, `.doctor-${randomBytes(6).toString('hex')}`);
  try {
    await mkdir(dir, { recursive: true, mode: 0o700 });
    await writeFile(probe, 'rapport doctor', { mode: 0o600 });
    await rm(probe);
  } catch (error) {
    return fail(DATA_DIRECTORY, `${dir} is not writable: ${(error as NodeJS.ErrnoException).code ?? messageOf(error)}`, 'point RAPPORT_DATA_DIR at a persistent, writable folder (on App Service: under /home; on Container Apps: a mounted Azure Files share)');
  }
  const free = await freeBytes(dir);
  const room = `${dir}, ${Math.floor(free / MB).toLocaleString('en-US')} MB free`;
  if (free < MIN_FREE_BYTES) return fail(DATA_DIRECTORY, room, 'free disk space, or move RAPPORT_DATA_DIR to a larger volume');
  const mode = (await stat(dir)).mode & 0o777;
  if ((mode & 0o077) !== 0) return warn(DATA_DIRECTORY, `${room}; readable by other local users (mode ${mode.toString(8)})`, `chmod 700 ${dir} (Rapport tightens it at start)`);
  if (free < LOW_FREE_BYTES) return warn(DATA_DIRECTORY, `${room}: little room left`, 'free disk space before a large tenant\'s first run');
  return pass(DATA_DIRECTORY, room);
}

async function freeBytesOf(dir: string): Promise<number> {
  const stats = await statfs(dir);
  return stats.bavail * stats.bsize;
}

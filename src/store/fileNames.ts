import { join } from 'node:path';

/**
 * Values that become file names under DATA_DIR. They are checked wherever they enter
 * (arguments, and the state file's schema), so none can point outside its folder.
 */

/** A download token: 32 random bytes in base64url, no padding (43 characters). */
export const DOWNLOAD_TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

/** A stored dataset file: a generated id (letters, digits, `-`) and `.csv`. */
export const DATASET_FILE_PATTERN = /^[A-Za-z0-9-]{1,64}\.csv$/;

/** A run id: letters, digits, `.`, `_`, `-`; not starting with a dot; at most 128 characters. */
export const RUN_ID_PATTERN = /^[A-Za-z0-9_-][A-Za-z0-9._-]{0,127}$/;

/** `<directory>/<runId>.json`, for a run id that is safe as a file name. */
export function runFilePath(directory: string, runId: string): string {
  if (!RUN_ID_PATTERN.test(runId)) throw new RangeError(`run id ${JSON.stringify(runId)} cannot name a file (letters, digits, . _ - only)`);
  return join(directory, `${runId}.json`);
}

/**
 * The saved state read once, without opening the store (nothing is written, migrated on disk
 * or locked): for `rapport doctor`, which may run beside a live `rapport serve`.
 */
import { JSONFile } from 'lowdb/node';
import { loadState, readStoredJson } from './loadState.js';
import type { StateData } from './stateSchema.js';
import { storePaths } from './storePaths.js';

/** null when there is no state file yet; throws StateFileError for a corrupt or too new one. */
export async function readStateSnapshot(dataDir: string): Promise<StateData | null> {
  const file = storePaths(dataDir).state;
  const raw = await readStoredJson(new JSONFile<unknown>(file), file);
  return raw === null ? null : loadState(raw, file).state;
}

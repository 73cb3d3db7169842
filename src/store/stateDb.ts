/**
 * The state file `rapport.json` as a lowdb database. Every change goes through `update`,
 * which mutates the in-memory data synchronously and then persists it with lowdb's
 * `write()`. Changes made in the same tick share one `write()` (lowdb serializes the
 * whole state on each call), and steno (under lowdb) writes atomically and coalesces
 * overlapping writes, so the last one, holding every change made so far, always lands.
 */
import { copyFile } from 'node:fs/promises';
import { Low } from 'lowdb';
import { JSONFile } from 'lowdb/node';
import { loadState, readStoredJson } from './loadState.js';
import { emptyState, type StateData } from './stateSchema.js';
import { StoreClosedError } from './storeErrors.js';

export class StateDb {
  readonly #low: Low<StateData>;
  readonly #pending = new Set<Promise<unknown>>();
  #closed = false;
  #nextWrite: Promise<void> | null = null;

  constructor(
    low: Low<StateData>,
    readonly file: string,
  ) {
    this.#low = low;
  }

  /** The in-memory state. Read it freely; change it only inside `update`. */
  get data(): StateData {
    return this.#low.data;
  }

  /** Applies `mutate` now (synchronously), then persists; resolves with `mutate`'s result once on disk. */
  update<T>(mutate: (data: StateData) => T): Promise<T> {
    return this.track(async () => {
      const result = mutate(this.#low.data);
      await this.#persist();
      return result;
    });
  }

  /** One lowdb `write()` for every change made before the next microtask. */
  #persist(): Promise<void> {
    this.#nextWrite ??= Promise.resolve().then(() => {
      this.#nextWrite = null;
      return this.#low.write();
    });
    return this.#nextWrite;
  }

  /** Runs other persistent work (files next to the state) so that `close()` waits for it. */
  track<T>(work: () => Promise<T>): Promise<T> {
    if (this.#closed) return Promise.reject(new StoreClosedError());
    const promise = work();
    this.#pending.add(promise);
    const forget = (): void => void this.#pending.delete(promise);
    promise.then(forget, forget);
    return promise;
  }

  /** Waits for every write under way (including ones they start), then refuses new ones. */
  async close(): Promise<void> {
    while (this.#pending.size > 0) await Promise.allSettled([...this.#pending]);
    this.#closed = true;
  }
}

/**
 * Opens (or creates) the state file. An older file is backed up to `<file>.v<N>.bak`
 * and migrated; a newer, unreadable or invalid one is refused and never written.
 */
export async function openStateDb(file: string): Promise<StateDb> {
  const adapter = new JSONFile<StateData>(file);
  const low = new Low<StateData>(adapter, emptyState());
  const raw = await readStoredJson(adapter, file);
  if (raw === null) {
    await low.write();
    return new StateDb(low, file);
  }
  const { state, migratedFrom } = loadState(raw, file);
  low.data = state;
  if (migratedFrom !== undefined) {
    await copyFile(file, `${file}.v${migratedFrom}.bak`);
    await low.write();
  }
  return new StateDb(low, file);
}

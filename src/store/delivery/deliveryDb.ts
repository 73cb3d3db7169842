/**
 * `delivery.json` as a lowdb database. Unlike the state file it changes on every send, and
 * lowdb serializes the whole file each time, so writes are coalesced harder than
 * StateDb's: at most one write is under way and at most one waits behind it, serializing
 * the data as it is when it starts. Every change made meanwhile rides on that one write.
 */
import { Low } from 'lowdb';
import { DataFile } from 'lowdb/node';
import { readStoredJson } from '../loadState.js';
import { StateFileError, StoreClosedError } from '../storeErrors.js';
import { DELIVERY_VERSION, deliverySchema, emptyDelivery, type DeliveryData } from './deliverySchema.js';

const ISSUES_SHOWN = 3;

export class DeliveryDb {
  readonly #low: Low<DeliveryData>;
  #writing: Promise<void> | null = null;
  #queued: Promise<void> | null = null;
  #closed = false;

  constructor(low: Low<DeliveryData>, readonly file: string) {
    this.#low = low;
  }

  /** The in-memory data. Read it freely; change it only inside `update`. */
  get data(): DeliveryData {
    return this.#low.data;
  }

  /** Applies `mutate` now (synchronously); resolves with its result once a write holding the change is on disk. */
  async update<T>(mutate: (data: DeliveryData) => T): Promise<T> {
    if (this.#closed) throw new StoreClosedError();
    const result = mutate(this.#low.data);
    await this.#persist();
    return result;
  }

  #persist(): Promise<void> {
    if (this.#queued) return this.#queued;
    if (!this.#writing) return this.#startWrite();
    const queued = this.#writing.catch(() => undefined).then(() => {
      this.#queued = null;
      return this.#startWrite();
    });
    this.#queued = queued;
    return queued;
  }

  #startWrite(): Promise<void> {
    // Deferred by a microtask so that changes made in the same tick share the write.
    const writing: Promise<void> = Promise.resolve()
      .then(() => this.#low.write())
      .finally(() => {
        if (this.#writing === writing) this.#writing = null;
      });
    this.#writing = writing;
    return writing;
  }

  /** Waits for the writes under way, then refuses new changes. */
  async close(): Promise<void> {
    this.#closed = true;
    while (this.#queued || this.#writing) await Promise.allSettled([this.#queued, this.#writing]);
  }
}

/** Opens (or creates) the delivery file; one that is unreadable, invalid or newer is refused and left untouched. */
export async function openDeliveryDb(file: string): Promise<DeliveryDb> {
  // Compact JSON: the file is rewritten on every send, and indentation would double its size.
  const adapter = new DataFile<unknown>(file, { parse: JSON.parse, stringify: (data) => JSON.stringify(data) });
  const raw = await readStoredJson(adapter, file);
  const low = new Low<DeliveryData>(adapter as DataFile<DeliveryData>, emptyDelivery());
  if (raw === null) {
    await low.write();
    return new DeliveryDb(low, file);
  }
  low.data = parseDelivery(raw, file);
  return new DeliveryDb(low, file);
}

function parseDelivery(raw: unknown, file: string): DeliveryData {
  const version = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>).version : undefined;
  if (typeof version === 'number' && version > DELIVERY_VERSION) {
    throw new StateFileError(file, 'too-new', `was written by a newer Rapport (delivery schema version ${version}; this build reads version ${DELIVERY_VERSION})`);
  }
  const parsed = deliverySchema.safeParse(raw);
  if (!parsed.success) {
    const issues = parsed.error.issues.slice(0, ISSUES_SHOWN).map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`);
    const more = parsed.error.issues.length > ISSUES_SHOWN ? `; and ${parsed.error.issues.length - ISSUES_SHOWN} more` : '';
    throw new StateFileError(file, 'corrupt', `does not match delivery schema version ${DELIVERY_VERSION} (${issues.join('; ')}${more})`);
  }
  return parsed.data as DeliveryData;
}

/**
 * The delivery data in memory, made durable as a snapshot plus an append-only journal (see
 * deliveryFiles.ts). A commit is applied in memory at once and appended as one journal line;
 * its promise resolves once that line is fsynced. Commits made while a write is under way
 * share the next one (group commit), so a send costs two short appends, not a rewrite.
 *
 * When the journal would outgrow the snapshot, the next write is a compaction instead: a new
 * snapshot of the data in memory (which already holds the commits waiting), then a fresh
 * journal. Its cost is spread over the journal bytes that preceded it, so each commit costs
 * O(1) amortised. Writes and compactions run one at a time, in order.
 */
import { open, rm, type FileHandle } from 'node:fs/promises';
import { dirname } from 'node:path';
import { syncDirectory } from '../atomicFile.js';
import { StateFileError, StoreClosedError } from '../storeErrors.js';
import { journalFile, listDeliveryFiles, readJournal, readSnapshot, writeSnapshot, type DeliveryWriteStep } from './deliveryFiles.js';
import { emptyDelivery, type DeliveryData, type OutboxEntry } from './deliverySchema.js';
import { applyOp, commitProblem, indexState, type DeliveryState, type JournalOp } from './journalOps.js';

export type { DeliveryWriteStep } from './deliveryFiles.js';

/** The journal is compacted once it would be larger than the snapshot and than this. */
export const DEFAULT_COMPACT_AFTER_BYTES = 1024 * 1024;

export interface DeliveryDbOptions {
  compactAfterBytes?: number;
  /** Problems that were recovered from (a torn journal tail, leftovers of a crash); `console.warn` by default. */
  onWarning?: (message: string) => void;
  /** Called after each step of a write, while no other write is under way: a seam for crash tests. */
  onStep?: (step: DeliveryWriteStep) => void;
}

interface Waiting {
  text: string;
  resolve: () => void;
  reject: (error: unknown) => void;
}

export class DeliveryDb {
  readonly #state: DeliveryState;
  readonly #compactAfterBytes: number;
  readonly #onStep: (step: DeliveryWriteStep) => void;
  #generation: number;
  #snapshotBytes: number;
  #journalBytes = 0;
  #journal: FileHandle | null = null;
  #waiting: Waiting[] = [];
  #writing: Promise<void> | null = null;
  /** A write failed part way: the journal's tail is unknown, so the next write starts a new one. */
  #mustCompact = false;
  #closed = false;

  constructor(readonly file: string, snapshot: { data: DeliveryData; generation: number; bytes: number }, options: DeliveryDbOptions) {
    this.#state = indexState(snapshot.data);
    this.#generation = snapshot.generation;
    this.#snapshotBytes = snapshot.bytes;
    this.#compactAfterBytes = options.compactAfterBytes ?? DEFAULT_COMPACT_AFTER_BYTES;
    this.#onStep = options.onStep ?? (() => undefined);
  }

  /** The in-memory data. Read it freely; change it only through `commit`. */
  get data(): DeliveryData {
    return this.#state.data;
  }

  entry(key: string): OutboxEntry | undefined {
    return this.#state.byKey.get(key);
  }

  /** The pending entries, in no particular order. */
  pending(): IterableIterator<OutboxEntry> {
    return this.#state.pending.values();
  }

  /** The entry's place in enqueue order. */
  orderOf(key: string): number {
    return this.#state.order.get(key) ?? Number.POSITIVE_INFINITY;
  }

  /**
   * Applies the ops now (synchronously), all of them or, when one does not fit, none (the
   * promise then rejects and nothing is written); resolves once they are on disk.
   */
  commit(ops: readonly JournalOp[]): Promise<void> {
    if (this.#closed) return Promise.reject(new StoreClosedError());
    if (ops.length === 0) return Promise.resolve();
    let text: string;
    try {
      text = `${JSON.stringify({ ops })}\n`;
      const problem = commitProblem(this.#state, ops, text);
      if (problem !== null) return Promise.reject(new Error(problem));
    } catch (error) {
      return Promise.reject(error instanceof Error ? error : new Error(String(error)));
    }
    for (const op of ops) applyOp(this.#state, op);
    return new Promise<void>((resolve, reject) => {
      this.#waiting.push({ text, resolve, reject });
      this.#startWriting();
    });
  }

  /** Applies ops read back from the journal; returns how many were skipped for not fitting the entries (see `applyOp`). */
  replay(ops: readonly JournalOp[]): number {
    let skipped = 0;
    for (const op of ops) if (!applyOp(this.#state, op)) skipped++;
    return skipped;
  }

  /** Waits for the writes under way, folds the journal into the snapshot, then refuses new changes. */
  async close(): Promise<void> {
    this.#closed = true;
    while (this.#writing) await this.#writing;
    if (this.#journalBytes > 0 || this.#mustCompact) await this.compact();
    await this.#journal?.close();
    this.#journal = null;
  }

  #startWriting(): void {
    this.#writing ??= this.#writeWaiting().finally(() => {
      this.#writing = null;
      if (this.#waiting.length > 0) this.#startWriting();
    });
  }

  async #writeWaiting(): Promise<void> {
    // Deferred by a microtask so that commits made in the same tick share the write.
    await Promise.resolve();
    while (this.#waiting.length > 0) {
      const batch = this.#waiting.splice(0);
      const text = batch.map((waiting) => waiting.text).join('');
      try {
        if (this.#mustCompact || this.#journalBytes + Buffer.byteLength(text, 'utf8') > Math.max(this.#compactAfterBytes, this.#snapshotBytes)) await this.compact();
        else await this.#append(text);
        for (const waiting of batch) waiting.resolve();
      } catch (error) {
        this.#mustCompact = true;
        for (const waiting of batch) waiting.reject(error);
      }
    }
  }

  async #append(text: string): Promise<void> {
    const file = journalFile(dirname(this.file), this.#generation);
    this.#onStep({ step: 'journal-appending', file, text });
    if (!this.#journal) {
      this.#journal = await open(file, 'a');
      // The new file's directory entry must be durable before the file confirms a commit: a power cut could drop the file with every commit in it.
      await syncDirectory(dirname(file));
    }
    // One write call per batch (appendFile's chunking costs more, and the batch is small).
    const bytes = Buffer.from(text, 'utf8');
    for (let written = 0; written < bytes.length;) written += (await this.#journal.write(bytes, written, bytes.length - written)).bytesWritten;
    await this.#journal.datasync();
    this.#journalBytes += bytes.length;
    this.#onStep({ step: 'journal-appended', file });
  }

  /** Snapshot of everything in memory (the commits waiting included) under the next generation; then the old journal goes. Call only between writes. */
  async compact(): Promise<void> {
    const previous = this.#generation;
    const text = JSON.stringify({ ...this.#state.data, journal: previous + 1 });
    await writeSnapshot(this.file, text, this.#onStep);
    this.#generation = previous + 1;
    this.#snapshotBytes = Buffer.byteLength(text, 'utf8');
    this.#journalBytes = 0;
    this.#mustCompact = false;
    const journal = this.#journal;
    this.#journal = null;
    await journal?.close().catch(() => undefined);
    await rm(journalFile(dirname(this.file), previous), { force: true });
    this.#onStep({ step: 'compacted', generation: this.#generation });
  }
}

/**
 * Opens (or creates) the delivery store's files: the snapshot, then its journal replayed. A
 * snapshot that is unreadable, invalid or newer, or a journal damaged before its last line,
 * is refused and left untouched. A torn last line is left out with a warning. Once opened,
 * the journal is folded into a new snapshot and crash leftovers are removed.
 */
export async function openDeliveryDb(file: string, options: DeliveryDbOptions = {}): Promise<DeliveryDb> {
  const warn = options.onWarning ?? ((message: string) => console.warn(message));
  const snapshot = (await readSnapshot(file)) ?? { data: emptyDelivery(), generation: 0, bytes: 0 };
  const files = await listDeliveryFiles(file);
  const newer = files.generations.find((generation) => generation > snapshot.generation);
  if (newer !== undefined) {
    const detail = `has journal generation ${snapshot.generation}, but ${journalFile(dirname(file), newer)} is newer; its snapshot is missing`;
    throw new StateFileError(file, 'corrupt', detail);
  }
  const journalPath = journalFile(dirname(file), snapshot.generation);
  const journal = await readJournal(journalPath);
  const db = new DeliveryDb(file, snapshot, options);
  let skipped = 0;
  for (const ops of journal.commits) skipped += db.replay(ops);
  if (journal.tornTail !== null) {
    warn(`Rapport delivery journal ${journalPath}: ignored its last record, cut short by a crash (${journal.tornTail}); that change had not been confirmed, so nothing that was sent is lost.`);
  }
  if (skipped > 0) warn(`Rapport delivery journal ${journalPath}: skipped ${skipped} change(s) to outbox entries that are not in ${file} (or that added an entry already there).`);
  const stale = files.generations.filter((generation) => generation < snapshot.generation);
  if (journal.bytes > 0 || stale.length > 0 || files.temps.length > 0 || snapshot.bytes === 0) await db.compact();
  await Promise.all([...stale.map((generation) => journalFile(dirname(file), generation)), ...files.temps].map((path) => rm(path, { force: true })));
  return db;
}

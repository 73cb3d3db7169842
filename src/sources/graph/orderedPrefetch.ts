/**
 * Reads up to `concurrency` keys ahead of the consumer, each into its own bounded buffer,
 * and hands them out in order. Requests for the following mailboxes keep the global request
 * slots busy while the run folds the current one, yet memory stays bounded: at most
 * `concurrency` buffers of at most `bufferChunks` chunks each.
 */
import { ChunkBuffer, type ChunkSink } from './chunkBuffer.js';

export interface PrefetchOptions {
  concurrency: number;
  bufferChunks: number;
}

export interface Prefetched<K, T> {
  key: K;
  /** Valid until the consumer asks for the next key. */
  chunks: AsyncIterable<T>;
}

/**
 * `read` fills the sink for one key; if it rejects, the consumer gets the error after the
 * chunks already read. A key the consumer moves past, or stops at, is cancelled.
 */
export async function* prefetchInOrder<K, T>(
  keys: readonly K[],
  read: (key: K, sink: ChunkSink<T>) => Promise<void>,
  options: PrefetchOptions,
): AsyncGenerator<Prefetched<K, T>> {
  if (!Number.isInteger(options.concurrency) || options.concurrency < 1) throw new RangeError(`prefetch concurrency must be at least 1, got ${options.concurrency}`);
  const active = new Map<number, ChunkBuffer<T>>();
  const start = (index: number) => {
    const buffer = new ChunkBuffer<T>(options.bufferChunks);
    active.set(index, buffer);
    read(keys[index]!, buffer).then(() => buffer.close(), (error: unknown) => buffer.fail(error));
  };
  let started = 0;
  try {
    for (let index = 0; index < keys.length; index++) {
      while (started < keys.length && started < index + options.concurrency) start(started++);
      const buffer = active.get(index)!;
      yield { key: keys[index]!, chunks: buffer };
      buffer.cancel();
      active.delete(index);
    }
  } finally {
    for (const buffer of active.values()) buffer.cancel();
  }
}

/**
 * A bounded queue between producers (a mailbox's folder readers) and one consumer (the run).
 * Producers wait for room; when the consumer goes away, `signal` aborts and `push` answers
 * false so that they stop.
 */
export interface ChunkSink<T> {
  /** Waits for room; false when nobody will read any more. */
  push(chunk: T): Promise<boolean>;
  readonly signal: AbortSignal;
}

export class ChunkBuffer<T> implements ChunkSink<T>, AsyncIterable<T> {
  private readonly queue: T[] = [];
  private closed = false;
  private failure: { error: unknown } | null = null;
  private readonly consumerGone = new AbortController();
  private wakeConsumer: (() => void) | null = null;
  private wakeProducers: Array<() => void> = [];

  constructor(private readonly capacity: number) {
    if (!Number.isInteger(capacity) || capacity < 1) throw new RangeError(`a buffer holds at least 1 chunk, got ${capacity}`);
  }

  get signal(): AbortSignal {
    return this.consumerGone.signal;
  }

  async push(chunk: T): Promise<boolean> {
    while (this.queue.length >= this.capacity && !this.signal.aborted) {
      await new Promise<void>((resolve) => this.wakeProducers.push(resolve));
    }
    if (this.signal.aborted || this.closed) return false;
    this.queue.push(chunk);
    this.notifyConsumer();
    return true;
  }

  /** No more chunks will come. */
  close(): void {
    this.closed = true;
    this.notifyConsumer();
  }

  /** No more chunks will come; the consumer gets `error` after what is queued. */
  fail(error: unknown): void {
    if (this.closed) return;
    this.failure = { error };
    this.close();
  }

  /** The consumer is gone: drop what is queued and release the producers. */
  cancel(): void {
    this.queue.length = 0;
    this.consumerGone.abort();
    this.notifyProducers();
  }

  async *[Symbol.asyncIterator](): AsyncGenerator<T> {
    for (;;) {
      if (this.queue.length > 0) {
        const chunk = this.queue.shift()!;
        this.notifyProducers();
        yield chunk;
        continue;
      }
      if (this.failure) throw this.failure.error;
      if (this.closed || this.signal.aborted) return;
      await new Promise<void>((resolve) => {
        this.wakeConsumer = resolve;
      });
    }
  }

  private notifyConsumer(): void {
    const wake = this.wakeConsumer;
    this.wakeConsumer = null;
    wake?.();
  }

  private notifyProducers(): void {
    const waiting = this.wakeProducers;
    this.wakeProducers = [];
    for (const wake of waiting) wake();
  }
}

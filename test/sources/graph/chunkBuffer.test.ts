import { describe, expect, it } from 'vitest';
import { ChunkBuffer } from '../../../src/sources/graph/chunkBuffer.js';
import { prefetchInOrder } from '../../../src/sources/graph/orderedPrefetch.js';

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

async function drain<T>(iterable: AsyncIterable<T>): Promise<T[]> {
  const all: T[] = [];
  for await (const value of iterable) all.push(value);
  return all;
}

describe('ChunkBuffer', () => {
  it('makes producers wait while it is full', async () => {
    const buffer = new ChunkBuffer<number>(2);
    const pushed: boolean[] = [];
    for (const chunk of [1, 2, 3]) void buffer.push(chunk).then((accepted) => pushed.push(accepted));
    await settle();
    expect(pushed).toEqual([true, true]);
    const reader = buffer[Symbol.asyncIterator]();
    expect((await reader.next()).value).toBe(1);
    await settle();
    expect(pushed).toEqual([true, true, true]);
    buffer.close();
    expect(await drain({ [Symbol.asyncIterator]: () => reader })).toEqual([2, 3]);
  });

  it('hands over what was read before a failure, then the failure', async () => {
    const buffer = new ChunkBuffer<number>(4);
    await buffer.push(1);
    buffer.fail(new Error('mailbox gone'));
    const seen: number[] = [];
    await expect((async () => {
      for await (const chunk of buffer) seen.push(chunk);
    })()).rejects.toThrow('mailbox gone');
    expect(seen).toEqual([1]);
  });

  it('releases waiting producers with false once the consumer is gone', async () => {
    const buffer = new ChunkBuffer<number>(1);
    await buffer.push(1);
    const waiting = buffer.push(2);
    buffer.cancel();
    await expect(waiting).resolves.toBe(false);
    expect(buffer.signal.aborted).toBe(true);
    await expect(buffer.push(3)).resolves.toBe(false);
  });
});

describe('prefetchInOrder', () => {
  it('hands keys out in order however the reads finish, starting at most `concurrency` ahead', async () => {
    const started: number[] = [];
    const read = async (key: number, sink: { push(chunk: string): Promise<boolean> }) => {
      started.push(key);
      await new Promise((resolve) => setTimeout(resolve, (5 - key) * 3));
      await sink.push(`${key}a`);
      await sink.push(`${key}b`);
    };
    const seen: string[] = [];
    for await (const { key, chunks } of prefetchInOrder([0, 1, 2, 3, 4], read, { concurrency: 2, bufferChunks: 1 })) {
      expect(Math.max(...started)).toBeLessThanOrEqual(key + 1);
      for await (const chunk of chunks) seen.push(chunk);
    }
    expect(seen).toEqual(['0a', '0b', '1a', '1b', '2a', '2b', '3a', '3b', '4a', '4b']);
  });
});

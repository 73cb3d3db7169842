/**
 * Append-only numeric columns backed by typed arrays: half the memory of number arrays,
 * and their contents are never scanned by the garbage collector.
 */
abstract class GrowableArray<T extends Int32Array | Float64Array> {
  protected data: T;
  length = 0;

  constructor(initial: T) {
    this.data = initial;
  }

  protected abstract allocate(capacity: number): T;

  push(value: number): void {
    if (this.length === this.data.length) {
      const grown = this.allocate(this.data.length * 2);
      grown.set(this.data);
      this.data = grown;
    }
    this.data[this.length++] = value;
  }

  get(index: number): number {
    return this.data[index]!;
  }

  set(index: number, value: number): void {
    this.data[index] = value;
  }

  /** A view of `[start, start + count)`, sharing memory with the column. */
  view(start: number, count: number): T {
    return this.data.subarray(start, start + count) as T;
  }

  toArray(): number[] {
    return Array.from(this.data.subarray(0, this.length));
  }
}

export class GrowableInt32Array extends GrowableArray<Int32Array> {
  constructor(capacity = 1024) {
    super(new Int32Array(capacity));
  }

  protected allocate(capacity: number): Int32Array {
    return new Int32Array(capacity);
  }
}

export class GrowableFloat64Array extends GrowableArray<Float64Array> {
  constructor(capacity = 1024) {
    super(new Float64Array(capacity));
  }

  protected allocate(capacity: number): Float64Array {
    return new Float64Array(capacity);
  }
}

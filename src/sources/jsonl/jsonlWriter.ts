import { createWriteStream } from 'node:fs';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ActivityItem } from '../../engagement/activity.js';
import { formatActivityLine } from './activityJson.js';

/** Lines are joined into writes of about this many characters, far fewer calls than one per item. */
const WRITE_BATCH_CHARS = 64 * 1024;

/**
 * Writes items to a JSONL file (created or replaced), one spec-form object per line, and
 * resolves with the number written once the file is closed. pipeline() waits for the file
 * to drain before pulling more items, so a fast source cannot fill memory.
 */
export async function writeActivityJsonl(
  path: string,
  items: AsyncIterable<ActivityItem> | Iterable<ActivityItem>,
): Promise<number> {
  let written = 0;
  async function* batches(): AsyncGenerator<string> {
    let batch = '';
    for await (const item of items) {
      batch += formatActivityLine(item) + '\n';
      written++;
      if (batch.length >= WRITE_BATCH_CHARS) {
        yield batch;
        batch = '';
      }
    }
    if (batch.length > 0) yield batch;
  }
  await pipeline(Readable.from(batches()), createWriteStream(path));
  return written;
}

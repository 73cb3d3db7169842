import { createReadStream } from 'node:fs';

export const DEFAULT_CHUNK_BYTES = 1 << 20;

/**
 * Streams a UTF-8 text file as batches of its lines, in order, every line included (blank
 * ones too, so callers can number them). Line ends are LF or CRLF and are not part of the
 * line; a leading byte order mark is dropped. A line may span any number of chunks, and the
 * stream's decoder holds back a multi-byte character split by a chunk boundary.
 */
export async function* readLineBatches(path: string, chunkBytes = DEFAULT_CHUNK_BYTES): AsyncGenerator<string[]> {
  const stream = createReadStream(path, { highWaterMark: chunkBytes, encoding: 'utf8' });
  let partial = '';
  let atStart = true;
  for await (let chunk of stream as AsyncIterable<string>) {
    if (atStart && chunk.length > 0) {
      if (chunk.charCodeAt(0) === 0xfeff) chunk = chunk.slice(1);
      atStart = false;
    }
    let end = chunk.indexOf('\n');
    if (end < 0) {
      partial += chunk;
      continue;
    }
    // The line begun in earlier chunks ends here; the rest of the chunk is split in place
    // rather than concatenated to it, which would copy every chunk once more.
    const lines = [withoutCarriageReturn(partial + chunk.slice(0, end))];
    let start = end + 1;
    end = chunk.indexOf('\n', start);
    while (end >= 0) {
      lines.push(withoutCarriageReturn(chunk.slice(start, end)));
      start = end + 1;
      end = chunk.indexOf('\n', start);
    }
    partial = chunk.slice(start);
    yield lines;
  }
  if (partial.length > 0) yield [withoutCarriageReturn(partial)];
}

function withoutCarriageReturn(line: string): string {
  return line.charCodeAt(line.length - 1) === 0x0d ? line.slice(0, -1) : line;
}

import { createReadStream } from 'node:fs';
import { pipeline } from 'node:stream';
import { CsvError, parse } from 'csv-parse';
import { DatasetError } from './datasetError.js';

/** One CSV record and the 1-based line of the file on which it starts. */
export interface CsvRecord {
  line: number;
  fields: string[];
}

const READ_CHUNK_BYTES = 1 << 20;

/**
 * Streams the records of a UTF-8 CSV file (BOM, quoted fields, CRLF handled by csv-parse),
 * skipping blank lines and records whose fields are all blank. Records may have fewer or
 * more fields than the header; a missing field reads as ''.
 */
export async function* readCsvRecords(path: string): AsyncGenerator<CsvRecord> {
  const parser = parse({ bom: true, relax_column_count: true, relax_quotes: true });
  // pipeline, unlike pipe, forwards a read error (missing file) into the parser's iteration.
  pipeline(createReadStream(path, { highWaterMark: READ_CHUNK_BYTES }), parser, () => {});
  let nextLine = 1;
  try {
    for await (const fields of parser as AsyncIterable<string[]>) {
      const line = nextLine;
      // csv-parse's own line count is off for CRLF inside quoted fields, so count here.
      nextLine += 1 + countLineBreaks(fields);
      if (!isBlank(fields)) yield { line, fields };
    }
  } catch (error) {
    throw toDatasetError(path, error);
  }
}

function isBlank(fields: readonly string[]): boolean {
  return fields.every((field) => field.trim() === '');
}

/** Line breaks inside quoted fields: CRLF, lone CR and lone LF each count once. */
function countLineBreaks(fields: readonly string[]): number {
  let breaks = 0;
  for (const field of fields) {
    if (field.indexOf('\n') < 0 && field.indexOf('\r') < 0) continue;
    for (let i = 0; i < field.length; i++) {
      const char = field.charCodeAt(i);
      if (char === 0x0a || (char === 0x0d && field.charCodeAt(i + 1) !== 0x0a)) breaks++;
    }
  }
  return breaks;
}

function toDatasetError(path: string, error: unknown): Error {
  if (error instanceof DatasetError) return error;
  if (error instanceof CsvError) return new DatasetError(`${path} is not valid CSV: ${error.message}`);
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT') return new DatasetError(`Customer dataset file not found: ${path}`);
  if (code === 'EISDIR') return new DatasetError(`Customer dataset path is a directory, not a CSV file: ${path}`);
  const message = error instanceof Error ? error.message : String(error);
  return new DatasetError(`Cannot read customer dataset ${path}: ${message}`);
}

import type { ActivityItem } from '../../engagement/activity.js';
import { parseActivityLine } from './activityJson.js';
import { JsonlError, toJsonlError } from './jsonlError.js';
import { DEFAULT_CHUNK_BYTES, readLineBatches } from './lineBatches.js';

export { JsonlError } from './jsonlError.js';

/** A malformed line: its 1-based number in the file and what is wrong with it. */
export interface JsonlIssue {
  line: number;
  reason: string;
}

export interface JsonlReport {
  /** Lines read, blank ones included. */
  lines: number;
  items: number;
  /** Malformed lines, all counted; `issues` details the first MAX_REPORTED_ISSUES of them. */
  malformed: number;
  issues: JsonlIssue[];
}

export const MAX_REPORTED_ISSUES = 20;

export interface JsonlReadOptions {
  /** Bytes read from the file at a time. */
  chunkBytes?: number;
}

/** The items of one JSONL file, iterated once; report() tells what was read and skipped so far. */
export interface ActivityJsonlRead extends AsyncIterable<ActivityItem> {
  report(): JsonlReport;
}

/**
 * Streams the activity items of a JSONL file (engagement-spec.md section 1). Blank lines
 * are ignored; a malformed line is counted, reported with its line number and skipped. A
 * file that cannot be read is a JsonlError once iteration starts.
 */
export function readActivityJsonl(path: string, options: JsonlReadOptions = {}): ActivityJsonlRead {
  const report: JsonlReport = { lines: 0, items: 0, malformed: 0, issues: [] };
  let started = false;
  return {
    [Symbol.asyncIterator]() {
      if (started) throw new JsonlError(`Activity file ${path} is already being read; call readActivityJsonl again`);
      started = true;
      return new ActivityLineIterator(path, readLineBatches(path, options.chunkBytes ?? DEFAULT_CHUNK_BYTES), report);
    },
    report: () => ({ ...report, issues: report.issues.map((issue) => ({ ...issue })) }),
  };
}

/**
 * Hands out the items of one batch of lines at a time, parsing each line only when its item
 * is asked for: an item then dies young unless the caller keeps it, which keeps garbage
 * collection cheap, and a plain method returning a settled promise costs far less per
 * item than an async generator's yield.
 */
class ActivityLineIterator implements AsyncIterator<ActivityItem> {
  private lines: readonly string[] = [];
  private nextLine = 0;

  constructor(
    private readonly path: string,
    private readonly lineBatches: AsyncGenerator<string[]>,
    private readonly report: JsonlReport,
  ) {}

  next(): Promise<IteratorResult<ActivityItem>> {
    const item = this.parseNextItem();
    return item === null ? this.nextFromFile() : Promise.resolve({ done: false, value: item });
  }

  async return(): Promise<IteratorResult<ActivityItem>> {
    this.lines = [];
    await this.lineBatches.return(undefined);
    return { done: true, value: undefined };
  }

  private async nextFromFile(): Promise<IteratorResult<ActivityItem>> {
    for (;;) {
      let batch: IteratorResult<string[]>;
      try {
        batch = await this.lineBatches.next();
      } catch (error) {
        throw toJsonlError(this.path, error);
      }
      if (batch.done === true) return { done: true, value: undefined };
      this.lines = batch.value;
      this.nextLine = 0;
      const item = this.parseNextItem();
      if (item !== null) return { done: false, value: item };
    }
  }

  /** The next well-formed item of the current batch, or null when the batch is used up. */
  private parseNextItem(): ActivityItem | null {
    const report = this.report;
    while (this.nextLine < this.lines.length) {
      const line = this.lines[this.nextLine++] as string;
      const lineNumber = ++report.lines;
      if (line.trim().length === 0) continue;
      const parsed = parseActivityLine(line);
      if (parsed.ok) {
        report.items++;
        return parsed.item;
      }
      report.malformed++;
      if (report.issues.length < MAX_REPORTED_ISSUES) report.issues.push({ line: lineNumber, reason: parsed.reason });
    }
    return null;
  }
}

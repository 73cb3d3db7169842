/** Opens `--source` specs as the run's ActivitySources. */
import { readActivityJsonl, type ActivityJsonlRead } from '../sources/jsonl/jsonlReader.js';
import { openMailExport } from '../sources/mailExport/mailExport.js';
import type { ActivitySource, ItemStream } from './aggregateRun.js';
import type { SourceSpec } from './sourceSpec.js';

export interface OpenSourceOptions {
  mailboxMap?: Readonly<Record<string, string>>;
}

export async function openActivitySource(spec: SourceSpec, options: OpenSourceOptions = {}): Promise<ActivitySource> {
  if (spec.kind === 'jsonl') return jsonlSource(spec.path);
  if (spec.kind === 'graph') throw new RangeError('open a graph source with openGraphSource');
  const mailExport = await openMailExport({ kind: spec.kind, path: spec.path }, options);
  return {
    mailboxes: mailExport.mailboxes.map((mailbox) => mailbox.address),
    async *streams(): AsyncGenerator<ItemStream> {
      for (const mailbox of mailExport.mailboxes) yield { label: mailbox.address, items: mailExport.read(mailbox) };
    },
    skipped: () => {
      const { unparseableDate, noFrom, headerTooLarge } = mailExport.skipped();
      return { unparseableDate, noFrom, headerTooLarge };
    },
  };
}

/** A JSONL file mixes mailboxes: it is one stream, and its mailboxes are known only once read. */
function jsonlSource(path: string): ActivitySource {
  let read: ActivityJsonlRead | null = null;
  return {
    mailboxes: null,
    async *streams(): AsyncGenerator<ItemStream> {
      read = readActivityJsonl(path);
      yield { label: path, items: read };
    },
    skipped: () => ({ malformedLines: read?.report().malformed ?? 0 }),
  };
}

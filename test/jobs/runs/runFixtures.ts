/** A small simulated tenant as in-memory sources for run tests, with a source that crashes on demand. */
import { Attribution } from '../../../src/engagement/attribution.js';
import type { ActivitySource, ItemStream } from '../../../src/jobs/aggregateRun.js';
import type { RunSources } from '../../../src/jobs/runs/runSources.js';
import { tenantSource } from '../../../src/jobs/tenantSource.js';
import { generateTenant } from '../../../src/sources/simulator/tenantGenerator.js';

export const asOf = Date.parse('2026-11-01T00:00:00Z');
export const tenant = generateTenant({
  seed: 7,
  asOf,
  sizes: { users: 10, monitoredMailboxes: 6, groups: 1, accounts: 12, emailsPerUserPerYear: 150, meetingsPerUserPerYear: 30 },
});
export const attribution = new Attribution(tenant.dataset, { internalDomains: tenant.organizationDomains });

export class SourceCrash extends Error {}

/** The tenant's mailboxes, one stream each; throws after `crashAfter` mailboxes when given (midway into the next one). */
export function crashingSource(crashAfter?: number): ActivitySource & { opened: string[] } {
  const inner = tenantSource(tenant);
  const opened: string[] = [];
  return {
    opened,
    mailboxes: inner.mailboxes,
    skipped: inner.skipped,
    async *streams(): AsyncGenerator<ItemStream> {
      for await (const stream of inner.streams()) {
        if (crashAfter !== undefined && opened.length === crashAfter) {
          opened.push(stream.label);
          yield { label: stream.label, items: crashMidway(stream.items) };
          return;
        }
        opened.push(stream.label);
        yield stream;
      }
    },
  };
}

async function* crashMidway<T>(items: AsyncIterable<T>): AsyncGenerator<T> {
  let count = 0;
  for await (const item of items) {
    if (++count > 3) throw new SourceCrash('connection lost');
    yield item;
  }
  throw new SourceCrash('connection lost');
}

export function sourcesOf(source: ActivitySource): RunSources {
  return { sources: [source], monitored: tenant.mailboxes() };
}

/** A simulated tenant as an ActivitySource: one stream per monitored mailbox. */
import type { SimulatedTenant } from '../sources/simulator/tenantModel.js';
import type { ActivitySource, ItemStream } from './aggregateRun.js';

export function tenantSource(tenant: SimulatedTenant): ActivitySource {
  return {
    mailboxes: tenant.mailboxes(),
    async *streams(): AsyncGenerator<ItemStream> {
      for (const mailbox of tenant.mailboxes()) {
        yield { label: mailbox, items: toAsync(tenant.mailboxItems(mailbox)) };
      }
    },
    skipped: () => ({}),
  };
}

async function* toAsync<T>(items: Iterable<T>): AsyncGenerator<T> {
  yield* items;
}

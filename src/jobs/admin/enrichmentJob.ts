/**
 * The saved enrichment as a run job: its customer dataset read with the admin's field mapping,
 * its mailboxes read through Microsoft Graph. Asked for afresh before every run, so a
 * reconfiguration applies to the next run, and the app's roles are checked every time.
 */
import { Attribution } from '../../engagement/attribution.js';
import { domainOf } from '../../engagement/activity.js';
import { readCustomerCsv } from '../../sources/contacts/csvDataset.js';
import { GraphAuthError } from '../../sources/graph/authErrors.js';
import type { DirectoryMailbox } from '../../sources/graph/directory.js';
import type { GraphConfig } from '../../sources/graph/graphConfig.js';
import { createGraphSource, readDirectory } from '../../sources/graph/graphSource.js';
import type { EnrichmentSettings, RapportStore } from '../../store/rapportStore.js';
import type { RunJob } from '../runs/runCoordinator.js';
import { runConfigKey } from '../runs/runConfigKey.js';

export interface EnrichmentJobDependencies {
  store: RapportStore;
  graph: GraphConfig;
  /** The organization's own domains beyond those of its monitored mailboxes (the demo's tenant). */
  internalDomains?: readonly string[];
}

export interface EnrichmentJob {
  prepare(): Promise<RunJob>;
  /** The mailboxes the last prepared run resolved to (the Office_UserEntity table). */
  lastMailboxes(): DirectoryMailbox[];
}

export class EnrichmentJobError extends Error {}

export function enrichmentJob(deps: EnrichmentJobDependencies): EnrichmentJob {
  let mailboxes: DirectoryMailbox[] = [];
  return {
    lastMailboxes: () => mailboxes,
    async prepare() {
      // The run service calls this only once an enrichment is saved.
      const settings = deps.store.admin.enrichment()!;
      const dataset = deps.store.datasets.get(settings.datasetId);
      if (!dataset) throw new EnrichmentJobError(`The customer dataset of "${settings.name}" is no longer registered: configure the enrichment again.`);
      const { dataset: customers } = await readCustomerCsv(deps.store.datasets.pathOf(dataset), settings.fieldMapping);
      const directory = await readDirectoryCheckingConsent(deps, settings);
      mailboxes = directory.mailboxes;
      const internalDomains = new Set([...(deps.internalDomains ?? []), ...mailboxes.map((mailbox) => domainOf(mailbox.address))]);
      return {
        configKey: runConfigKey(settings.mailboxEntries, { datasetId: settings.datasetId, ...settings.fieldMapping }),
        attribution: new Attribution(customers, { internalDomains }),
        colleagueNames: new Map(mailboxes.map((mailbox) => [mailbox.address, mailbox.displayName])),
        openSources: async (asOf) => {
          const graph = await forgettingWithdrawnConsent(deps, () => createGraphSource(deps.graph, { entries: settings.mailboxEntries, directory, asOf }));
          return {
            sources: [graph.source],
            monitored: graph.directory.mailboxes.map((mailbox) => mailbox.address),
            statuses: () => graph.statuses(),
            close: () => graph.close(),
          };
        },
      };
    },
  };
}

/**
 * A token without the roles (and, for mail, no readable mailbox in an Exchange RBAC scope), or
 * an app no longer in the tenant (its enterprise app deleted), means consent was withdrawn:
 * forget it, so no schedule fires until it is given again.
 */
async function forgettingWithdrawnConsent<T>(deps: EnrichmentJobDependencies, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof GraphAuthError && (error.reason === 'roles-missing' || error.reason === 'app-not-in-tenant')) await deps.store.admin.clearConsent();
    throw error;
  }
}

function readDirectoryCheckingConsent(deps: EnrichmentJobDependencies, settings: EnrichmentSettings) {
  return forgettingWithdrawnConsent(deps, () => readDirectory(deps.graph, settings.mailboxEntries));
}

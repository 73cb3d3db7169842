/**
 * The demo: the simulated tenant served over HTTPS, read through the real Microsoft Graph
 * path (msal-node, Graph client, throttling) and enriched, so the bot starts with data.
 */
import type { Timestamp } from '../engagement/activity.js';
import { Attribution } from '../engagement/attribution.js';
import { createGraphSource } from '../sources/graph/graphSource.js';
import { startSimulator, type RunningSimulator } from '../sources/simulator/server/simulator.js';
import { generateTenant } from '../sources/simulator/tenantGenerator.js';
import type { SimulatedTenant } from '../sources/simulator/tenantModel.js';
import type { RapportStore } from '../store/rapportStore.js';
import { runEnrichment, type EnrichmentRunResult } from './enrichmentRun.js';
import { simulatorGraphConfig } from '../sources/simulator/server/clientSetup.js';

export const DEMO_TENANT_SEED = 7;

export interface DemoTenant {
  tenant: SimulatedTenant;
  simulator: RunningSimulator;
  run: EnrichmentRunResult;
}

export async function startDemoTenant(store: RapportStore, asOf: Timestamp, seed = DEMO_TENANT_SEED): Promise<DemoTenant> {
  const tenant = generateTenant({ seed, asOf });
  const simulator = await startSimulator({ tenant });
  try {
    const graph = await createGraphSource(
      simulatorGraphConfig(simulator),
      { entries: tenant.mailboxes(), asOf },
    );
    try {
      const attribution = new Attribution(tenant.dataset, { internalDomains: tenant.organizationDomains });
      const colleagueNames = new Map(graph.directory.mailboxes.map((mailbox) => [mailbox.address, mailbox.displayName]));
      const run = await runEnrichment({ sources: [graph.source], attribution, asOf, store, colleagueNames });
      return { tenant, simulator, run };
    } finally {
      await graph.close();
    }
  } catch (error) {
    await simulator.close();
    throw error;
  }
}

/**
 * The demo starts configured, as if its admin had finished the wizard and the tenant admin had
 * consented: the simulated tenant's customers as the dataset, all its mailboxes, consent
 * recorded. "run now", "results" and "consent status" then answer at once; "configure
 * engagement" replaces these settings like in production.
 */
import type { SimulatedTenant } from '../../sources/simulator/tenantModel.js';
import type { RapportStore } from '../../store/rapportStore.js';
import type { DatasetCatalog } from './adminServices.js';
import { registerDemoDataset, SYSTEM_USER } from './datasetCatalog.js';

export const DEMO_ENRICHMENT_NAME = 'AccountEngagement';
export const DEMO_OUTPUT_TABLE = 'AccountEngagementDemo';

export async function configureDemoEnrichment(store: RapportStore, catalog: DatasetCatalog, tenant: SimulatedTenant, now: number): Promise<void> {
  const dataset = await registerDemoDataset(catalog, tenant.dataset);
  if (store.admin.enrichment() === null) {
    await store.admin.saveEnrichment({
      name: DEMO_ENRICHMENT_NAME, outputTable: DEMO_OUTPUT_TABLE, mailboxEntries: [...tenant.mailboxes()], mailboxCount: tenant.mailboxes().length,
      datasetId: dataset.id, fieldMapping: { email: 'email', accountId: 'accountId', accountName: 'accountName', domain: 'domains', owner: 'owner' },
      region: 'Europe', agreedAt: now, savedAt: now, savedBy: SYSTEM_USER,
    });
  }
  if (store.admin.consent().recordedAt === null) await store.admin.recordConsent(tenant.tenantId, now);
}

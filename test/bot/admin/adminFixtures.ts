/** Small fakes for the admin command tests: a manual timer, consent, and services over a real store. */
import type { AdminConfig } from '../../../src/config.js';
import type { AdminServices, ConsentService, ConsentStatus } from '../../../src/jobs/admin/adminServices.js';
import { createRunService, type AdminRunService } from '../../../src/jobs/admin/runService.js';
import type { Timer } from '../../../src/jobs/runs/timer.js';
export { manualTimer } from '../../jobs/runs/manualTimer.js';
import type { EnrichmentSettings, RapportStore } from '../../../src/store/rapportStore.js';
import type { Asker } from '../../../src/bot/turn.js';

export const ADMIN: Asker = { userKey: 'admin-1', aadObjectId: 'admin-1', name: 'Alex Wilber', email: 'alexw@contoso.example' };

export const SAVED_AT = Date.parse('2026-11-04T10:15:00Z');

export const ENRICHMENT: EnrichmentSettings = {
  name: 'Account engagement', outputTable: 'AccountEngagement', mailboxEntries: ['sales@contoso.example'], mailboxCount: 6,
  datasetId: 'customers', fieldMapping: { email: 'Email', accountId: 'AccountId' }, region: 'Europe', agreedAt: SAVED_AT, savedAt: SAVED_AT, savedBy: ADMIN.userKey,
};

export function adminConfig(overrides: Partial<AdminConfig> = {}): AdminConfig {
  return {
    admins: [ADMIN.userKey], tenantAdmins: ['ga@contoso.example', 'pra@contoso.example'], supportedRegions: ['Europe'], tenantRegion: 'Europe',
    firstRunDelayHours: 6, timeZone: 'Europe/London', datasetFiles: [], ...overrides,
  };
}


/** Consent whose links name who asked, counted so each link is distinct. */
export function fakeConsent(store: RapportStore, status: Partial<ConsentStatus> = {}): ConsentService & { links: string[] } {
  const links: string[] = [];
  return {
    links,
    async consentLink(requestedBy) {
      const link = `https://login.microsoftonline.com/contoso/v2.0/adminconsent?client_id=app&state=${requestedBy}-${links.length + 1}`;
      links.push(link);
      return link;
    },
    async status() {
      const record = store.admin.consent();
      return { recordedAt: record.recordedAt, requestedAt: record.requestedAt, granted: [], missing: [], ...status };
    },
    async handleCallback() {
      throw new Error('not used here');
    },
  };
}

export type TestServices = AdminServices & { runs: AdminRunService };

/** The real run service (schedule, readiness) over the store; runs themselves are never prepared. */
export function servicesOver(store: RapportStore, timer: Timer, options: { config?: Partial<AdminConfig>; status?: Partial<ConsentStatus> } = {}): TestServices {
  const config = adminConfig(options.config);
  const runs = createRunService({
    store, config, timer,
    prepare: async () => {
      throw new Error('these tests do not run enrichments');
    },
  });
  runs.start();
  return {
    config,
    settings: {
      enrichment: () => store.admin.enrichment(),
      saveEnrichment: async (settings) => {
        await store.admin.saveEnrichment(settings);
        runs.refresh();
      },
      relationship: () => store.admin.relationship(),
      saveRelationship: (settings) => store.admin.saveRelationship(settings),
    },
    directory: { resolve: async () => ({ kind: 'unavailable', reason: 'not used here' }) },
    datasets: {} as AdminServices['datasets'],
    consent: fakeConsent(store, options.status),
    runs,
    now: () => timer.now(),
  };
}

/** Saves the enrichment and (optionally) records consent, then re-arms the schedule. */
export async function configure(services: TestServices, store: RapportStore, consentAt: number | null): Promise<void> {
  await store.admin.saveEnrichment(ENRICHMENT);
  if (consentAt !== null) await store.admin.recordConsent('contoso', consentAt);
  services.runs.refresh();
}

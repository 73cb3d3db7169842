/**
 * The admin back end against the HTTPS tenant simulator, through the real Graph client: the
 * saved enrichment runs, a run killed in the middle resumes after a restart to the same table
 * as an uninterrupted one, and a run that finds consent withdrawn stops the schedule.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_SUPPORTED_REGIONS, type AdminConfig } from '../../../src/config.js';
import { createAdminBackend, type AdminBackend } from '../../../src/jobs/admin/adminBackend.js';
import { createDatasetCatalog, registerDemoDataset } from '../../../src/jobs/admin/datasetCatalog.js';
import type { RunOutcome } from '../../../src/jobs/runs/runCoordinator.js';
import { simulatorGraphConfig } from '../../../src/sources/simulator/server/clientSetup.js';
import { startSimulator, type RunningSimulator } from '../../../src/sources/simulator/server/simulator.js';
import { generateTenant } from '../../../src/sources/simulator/tenantGenerator.js';
import { openStore, type RapportStore } from '../../../src/store/rapportStore.js';
import { silentLog } from '../../bot/conversations/fixtures.js';
import { tempDataDir } from '../../store/storeFixtures.js';

const asOf = Date.parse('2026-11-01T00:00:00Z');
const tenant = generateTenant({
  seed: 5, asOf,
  sizes: { users: 10, monitoredMailboxes: 6, groups: 1, accounts: 12, emailsPerUserPerYear: 120, meetingsPerUserPerYear: 25 },
});
const admin: AdminConfig = {
  admins: ['admin-1'], tenantAdmins: ['admin-1'], supportedRegions: DEFAULT_SUPPORTED_REGIONS, tenantRegion: 'Europe',
  firstRunDelayHours: 6, timeZone: 'UTC', datasetFiles: [],
};
let simulator: RunningSimulator;

beforeAll(async () => {
  simulator = await startSimulator({ tenant });
}, 60_000);
afterAll(async () => {
  await simulator.close();
});

/** A store in `dataDir` with the demo dataset registered, the enrichment saved and consent recorded. */
async function configuredStore(dataDir: string): Promise<RapportStore> {
  const store = await openStore(dataDir);
  if (store.admin.enrichment() === null) {
    const dataset = await registerDemoDataset(createDatasetCatalog(store.datasets), tenant.dataset);
    await store.admin.saveEnrichment({
      name: 'AccountEngagement', outputTable: 'AccountEngagement_Demo', mailboxEntries: tenant.mailboxes(), mailboxCount: null,
      datasetId: dataset.id, fieldMapping: { email: 'email', accountId: 'accountId', accountName: 'accountName', domain: 'domains', owner: 'owner' },
      region: 'Europe', agreedAt: asOf, savedAt: asOf, savedBy: 'admin-1',
    });
    await store.admin.recordConsent(simulator.tenantId, asOf);
  }
  return store;
}

function backendFor(store: RapportStore): Promise<AdminBackend> {
  return createAdminBackend({
    admin, store, log: silentLog, graph: simulatorGraphConfig(simulator), publicUrl: 'http://127.0.0.1:1',
    consentUrl: (redirect, state) => simulator.adminConsentUrl(redirect, state), internalDomains: tenant.organizationDomains,
    asOf: () => asOf,
  });
}

async function finished(start: Awaited<ReturnType<AdminBackend['services']['runs']['runNow']>>): Promise<RunOutcome> {
  if (!start.started) throw new Error(`not started: ${start.reason}`);
  return start.finished;
}

describe('admin back end against the simulator', () => {
  it('resumes a run killed after two mailboxes, after a restart, to the same table as an uninterrupted run', async () => {
    const uninterruptedStore = await configuredStore(await tempDataDir());
    const uninterrupted = await backendFor(uninterruptedStore);
    const whole = await finished(await uninterrupted.services.runs.runNow());
    await uninterrupted.stop();
    await uninterruptedStore.close();
    expect(whole).toMatchObject({ status: 'succeeded' });

    const dataDir = await tempDataDir();
    let store = await configuredStore(dataDir);
    let backend = await backendFor(store);
    backend.services.runs.onProgress((_, event) => {
      if (event.phase === 'reading' && event.done === 2) throw new Error('process killed');
    });
    const killed = await finished(await backend.services.runs.runNow());
    expect(killed).toMatchObject({ status: 'failed', error: 'process killed' });
    await backend.stop();
    await store.close();

    store = await configuredStore(dataDir);
    backend = await backendFor(store);
    const resumed = await finished(await backend.services.runs.runNow());
    await backend.stop();
    if (resumed.status !== 'succeeded' || whole.status !== 'succeeded') throw new Error(`a run failed: ${JSON.stringify(resumed)}`);
    expect(whole.run.summary.problems).toEqual([]);
    expect(resumed.run.summary.problems).toEqual([]);
    expect(resumed.run.runId).toBe(killed.status === 'failed' ? killed.runId : '');
    expect(resumed.run.summary.resumedMailboxes).toBe(2);
    expect(resumed.run.insights).toEqual(whole.run.insights);
    expect(store.admin.directory()?.mailboxes.map((mailbox) => mailbox.address)).toEqual([...tenant.mailboxes()].sort());
    await store.close();
  }, 120_000);

  it('checks the roles before a run: withdrawn consent fails the run, is forgotten, and disarms the schedule', async () => {
    const store = await configuredStore(await tempDataDir());
    const backend = await backendFor(store);
    backend.start();
    expect(backend.services.runs.nextRunAt()).not.toBeNull();
    simulator.consent.revoke();
    try {
      const outcome = await finished(await backend.services.runs.runNow());
      expect(outcome.status).toBe('failed');
      expect(outcome.status === 'failed' && outcome.error).toMatch(/admin consent/i);
      expect(store.admin.consent().recordedAt).toBeNull();
      expect(backend.services.runs.readiness()).toBe('no-consent');
      expect(backend.services.runs.nextRunAt()).toBeNull();
    } finally {
      simulator.consent.grant();
      await backend.stop();
      await store.close();
    }
  }, 60_000);
});

/**
 * The admin back end over the simulator in scoped mode (Exchange RBAC for Applications), end to
 * end: the consent callback records consent once reads inside the scope confirm it, the first
 * run starts at once (no delay by default), succeeds, and names each mailbox outside the scope.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetch as undiciFetch } from 'undici';
import { DEFAULT_SUPPORTED_REGIONS, type AdminConfig } from '../../../src/config.js';
import { createAdminBackend } from '../../../src/jobs/admin/adminBackend.js';
import { registerDemoDataset } from '../../../src/jobs/admin/datasetCatalog.js';
import type { RunOutcome } from '../../../src/jobs/runs/runCoordinator.js';
import { simulatorDispatcher, simulatorGraphConfig } from '../../../src/sources/simulator/server/clientSetup.js';
import { startSimulator, type RunningSimulator } from '../../../src/sources/simulator/server/simulator.js';
import { generateTenant } from '../../../src/sources/simulator/tenantGenerator.js';
import { openStore } from '../../../src/store/rapportStore.js';
import { silentLog } from '../../bot/conversations/fixtures.js';
import { tempDataDir } from '../../store/storeFixtures.js';

const asOf = Date.parse('2026-11-01T00:00:00Z');
const tenant = generateTenant({
  seed: 5, asOf,
  sizes: { users: 10, monitoredMailboxes: 6, groups: 1, accounts: 12, emailsPerUserPerYear: 120, meetingsPerUserPerYear: 25 },
});
const mailboxes = [...tenant.mailboxes()].sort();
const admin: AdminConfig = {
  admins: ['admin-1'], tenantAdmins: ['admin-1'], supportedRegions: DEFAULT_SUPPORTED_REGIONS, tenantRegion: 'Europe',
  firstRunDelayHours: 0, timeZone: 'UTC', datasetFiles: [],
};
let simulator: RunningSimulator;

beforeAll(async () => {
  simulator = await startSimulator({ tenant, consented: false, scope: { mailboxes: mailboxes.slice(0, 4) } });
}, 60_000);
afterAll(async () => {
  await simulator.close();
});

describe('a scoped grant through the admin back end', () => {
  it('consent confirmed by reads in the scope starts the first run at once; mailboxes outside the scope are its problems', async () => {
    const store = await openStore(await tempDataDir());
    const backend = await createAdminBackend({
      admin, store, log: silentLog, graph: simulatorGraphConfig(simulator), publicUrl: 'https://rapport.example',
      consentUrl: (redirect, state) => simulator.adminConsentUrl(redirect, state), internalDomains: tenant.organizationDomains, asOf: () => asOf,
    });
    const dataset = await registerDemoDataset(backend.services.datasets, tenant.dataset);
    await backend.services.settings.saveEnrichment({
      name: 'AccountEngagement', outputTable: 'AccountEngagement_Demo', mailboxEntries: mailboxes, mailboxCount: mailboxes.length,
      datasetId: dataset.id, fieldMapping: { email: 'email', accountId: 'accountId', accountName: 'accountName', domain: 'domains', owner: 'owner' },
      region: 'Europe', agreedAt: asOf, savedAt: asOf, savedBy: 'admin-1',
    });
    const finished = new Promise<RunOutcome>((resolve) => backend.services.runs.onRunFinished(resolve));
    const told: (string | null)[] = [];
    backend.onConsentRecorded((_record, requestedBy) => void told.push(requestedBy));
    backend.start();
    const dispatcher = simulatorDispatcher(simulator.caPem);
    try {
      expect(backend.services.runs.readiness()).toBe('no-consent');
      const link = await backend.services.consent.consentLink('admin-1');
      const redirect = (await undiciFetch(link, { dispatcher, redirect: 'manual' })).headers.get('location') ?? '';
      const outcome = await backend.consentCallback.handle(Object.fromEntries(new URL(redirect).searchParams));
      expect(outcome).toMatchObject({ ok: true, confirmed: true });
      expect(told).toEqual(['admin-1']);

      const run = await finished;
      if (run.status !== 'succeeded') throw new Error(`the run failed: ${JSON.stringify(run)}`);
      expect(run.run.summary.mailboxes).toBe(mailboxes.length);
      expect(run.run.summary.problems.map((problem) => problem.mailbox).sort()).toEqual(mailboxes.slice(4));
      for (const problem of run.run.summary.problems) expect(problem.error).toMatch(/outside the app's Exchange RBAC management scope/);
      expect(run.run.insights.accounts.length).toBeGreaterThan(0);
    } finally {
      await dispatcher.close();
      await backend.stop();
      await store.close();
    }
  }, 60_000);
});
